"""Enrolling people from a CSV file: a preview of every row's outcome, then an all-or-nothing
apply. Columns: email, full name, council (slug or name, English or Welsh)."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from councils.models import Council, Role, User
from councils.services import participants_create

from .models import WAITING_QUEUE, Cohort, Enrolment, WaitingListEntry
from .selectors import enrolment_warnings
from .services import cohort_is_full, enrolments_create, places_held
from .waiting import waiting_list_join_many

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
HEADERS = {
    "email": {"email", "email address", "e-mail", "cyfeiriad e-bost", "e-bost"},
    "full_name": {"full name", "full_name", "name", "enw llawn", "enw"},
    "council": {"council", "authority", "local authority", "cyngor"},
}


class CSVFileError(Exception):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Row:
    number: int  # the line in the file, counting the header as line 1
    email: str
    full_name: str
    council_text: str
    council: Council | None = None
    user: User | None = None
    outcome: str = ""  # "new" | "existing" | "error"
    problems: list[str] = field(default_factory=list)
    # Worth knowing, but no reason not to enrol (selectors.enrolment_warnings).
    warnings: list[str] = field(default_factory=list)
    # Beyond the places left: joins the waiting list at this number (0: enrolled).
    waiting_position: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Preview:
    rows: list[Row]
    places_left: int

    @property
    def errors(self) -> list[Row]:
        return [row for row in self.rows if not row.ok]

    @property
    def warned(self) -> list[Row]:
        return [row for row in self.rows if row.ok and row.warnings]

    @property
    def rows_in_order(self) -> list[Row]:
        """As the preview lists them: rows with errors first, then those with warnings, then
        the rest, each in the file's order."""
        return sorted(self.rows, key=lambda row: (row.ok, not row.warnings, row.number))

    @property
    def can_apply(self) -> bool:
        return bool(self.rows) and not self.errors

    @property
    def new_people(self) -> int:
        return sum(row.outcome == "new" for row in self.rows)

    @property
    def waiting(self) -> int:
        return sum(bool(row.waiting_position) for row in self.rows if row.ok)


@dataclass
class Applied:
    enrolments: list[Enrolment]
    waiting: list[WaitingListEntry]  # in order, beyond capacity
    first_position: int = 0  # the first one's number on the waiting list


def _looks_like_utf16(data: bytes) -> bool:
    """A byte-order mark, or mostly-ASCII text with a NUL in every other byte (UTF-16 saved
    without a mark). A NUL anywhere else means a binary file, not UTF-16."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = data[:400]
    even, odd = sample[0::2], sample[1::2]
    if not odd:
        return False
    for nuls, other in ((odd, even), (even, odd)):
        if nuls.count(0) >= 0.6 * len(nuls) and other.count(0) <= 0.05 * len(other):
            return True
    return False


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise CSVFileError(_("The file is larger than 2 MB. Split it into smaller files."))
    if _looks_like_utf16(data):
        raise CSVFileError(
            _("The file is saved as Unicode text (UTF-16). Save it as “CSV UTF-8” and try again.")
        )
    unreadable = _("The file is not a text file we can read. Save it as “CSV UTF-8” and try again.")
    if b"\x00" in data:
        raise CSVFileError(unreadable)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CSVFileError(unreadable)


def _columns(header: list[str]) -> dict[str, int]:
    found = {}
    for index, name in enumerate(header):
        cleaned = name.strip().lower()
        for key, names in HEADERS.items():
            if cleaned in names and key not in found:
                found[key] = index
    missing = [key for key in HEADERS if key not in found]
    if missing:
        labels = {"email": _("email"), "full_name": _("full name"), "council": _("council")}
        raise CSVFileError(
            _("The first line must name the columns email, full name and council; missing: %(m)s.")
            % {"m": ", ".join(labels[key] for key in missing)}
        )
    return found


def _council_lookup() -> dict[str, Council]:
    lookup = {}
    for council in Council.objects.all():
        for name in (council.slug, council.name, council.name_cy):
            lookup[name.strip().lower()] = council
    return lookup


def parse(*, text: str, cohort: Cohort, viewer: User | None = None) -> Preview:
    """Read the file and say, for every row, what applying it would do. Changes nothing.

    With `viewer` (the staff member looking), each row that can be enrolled also carries its
    warnings: the person is already on this Lab, or on a cohort whose sessions clash."""
    # newline="": the csv module finds the line endings itself, so files saved with CR only
    # (Excel for Mac), LF or CRLF all read, and a quoted cell may hold a line break.
    reader = csv.reader(io.StringIO(text, newline=""))
    lines: list[tuple[int, list[str]]] = []  # (the line the record starts on, its cells)
    try:
        start = 1
        for line in reader:
            if any(cell.strip() for cell in line):
                lines.append((start, line))
            start = reader.line_num + 1
    except csv.Error:
        raise CSVFileError(
            _(
                "Line %(n)s of the file cannot be read as CSV: a cell may be too long or its "
                "quotation marks unmatched. Correct it, save the file as “CSV UTF-8” and try again."
            )
            % {"n": reader.line_num}
        ) from None
    if not lines:
        raise CSVFileError(_("The file is empty."))
    columns = _columns(lines[0][1])
    body = lines[1:]
    if len(body) > MAX_ROWS:
        raise CSVFileError(
            _("The file has %(n)s rows; at most %(max)s can be enrolled at once.")
            % {"n": len(body), "max": MAX_ROWS}
        )
    if not body:
        raise CSVFileError(_("The file has a header line but no people."))

    def cell(line, key):
        index = columns[key]
        return line[index].strip() if index < len(line) else ""

    rows = [
        Row(number, cell(line, "email").lower(), cell(line, "full_name"), cell(line, "council"))
        for number, line in body
    ]
    councils = _council_lookup()
    taking_part = set(cohort.councils.values_list("pk", flat=True))
    emails = [row.email for row in rows if row.email]
    existing = {u.email: u for u in User.objects.filter(email__in=emails).select_related("council")}
    enrolled = set(
        Enrolment.objects.filter(cohort=cohort, user__email__in=emails).values_list(
            "user__email", flat=True
        )
    )
    waiting = set(
        cohort.waiting_list.filter(status__in=WAITING_QUEUE, user__email__in=emails).values_list(
            "user__email", flat=True
        )
    )
    seen: dict[str, int] = {}
    # First come first served: with people already waiting, newcomers join behind them.
    places_left = (
        0 if cohort_is_full(cohort=cohort) else cohort.capacity - places_held(cohort=cohort)
    )
    queue = cohort.waiting_list.filter(status__in=WAITING_QUEUE).count()
    for row in rows:
        try:
            validate_email(row.email)
        except ValidationError:
            row.problems.append(
                _("“%(email)s” is not a valid email address.") % {"email": row.email}
                if row.email
                else _("The email address is missing.")
            )
        if row.email in seen:
            row.problems.append(
                _("Duplicate: the same email is on row %(n)s.") % {"n": seen[row.email]}
            )
        else:
            seen[row.email] = row.number
        row.council = councils.get(row.council_text.lower())
        if row.council is None:
            row.problems.append(
                _("Unknown council “%(c)s”.") % {"c": row.council_text}
                if row.council_text
                else _("The council is missing.")
            )
        elif row.council.pk not in taking_part:
            row.problems.append(
                _("%(c)s is not taking part in this cohort.") % {"c": row.council.display_name}
            )
        if len(row.email) > 254:
            row.problems.append(_("The email address is longer than 254 characters."))
        if len(row.full_name) > 150:
            row.problems.append(_("The full name is longer than 150 characters."))
        if any(ord(c) < 32 for c in row.full_name + row.email):
            row.problems.append(_("The name or email contains a line break or control character."))
        row.user = existing.get(row.email)
        if row.user is None:
            row.outcome = "new"
            if not row.full_name:
                row.problems.append(_("The full name is missing."))
        else:
            row.outcome = "existing"
            if row.user.role != Role.PARTICIPANT:
                row.problems.append(
                    _("%(email)s belongs to a %(role)s, not a participant.")
                    % {"email": row.email, "role": row.user.get_role_display().lower()}
                )
            elif not row.user.is_active or row.user.erased_at:
                row.problems.append(
                    _("%(email)s has left the programme: their account is closed.")
                    % {"email": row.email}
                )
            elif row.council and row.user.council_id != row.council.pk:
                row.problems.append(
                    _("%(email)s belongs to %(c)s, not %(row)s.")
                    % {
                        "email": row.email,
                        "c": row.user.council.display_name,
                        "row": row.council.display_name,
                    }
                )
            if row.email in enrolled:
                row.problems.append(_("Already enrolled in this cohort."))
            elif row.email in waiting:
                row.problems.append(_("Already on this cohort's waiting list."))
    accepted = 0
    for row in rows:
        if row.ok:
            accepted += 1
            if accepted > max(places_left, 0):
                # Beyond capacity: joins the waiting list, in the file's order.
                row.waiting_position = queue + accepted - max(places_left, 0)
    for row in rows:
        if row.problems:
            row.outcome = "error"
    if viewer is not None:
        people = [row.user for row in rows if row.ok and row.user is not None]
        found = enrolment_warnings(user=viewer, cohort=cohort, people=people)
        for row in rows:
            if row.ok and row.user is not None:
                row.warnings = [w.message for w in found.get(row.user.pk, [])]
    return Preview(rows=rows, places_left=max(places_left, 0))


def apply(*, text: str, cohort: Cohort, by: User) -> Applied:
    """Enrol every row, all or nothing; refuses if any row has an error now.

    New people are created as participants of their council; every new enrolment gets one
    invitation, queued once the whole file has committed. Rows beyond the places left join the
    cohort's waiting list, in the file's order. A fixed number of queries however many rows (a
    2,000-row file is one request).
    """
    try:
        with transaction.atomic():
            # Held to the end: nobody takes a place between the checks and the inserts.
            Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
            preview = parse(text=text, cohort=cohort)
            if not preview.can_apply:
                n = len(preview.errors)
                raise CSVFileError(
                    ngettext(
                        "The file has %(n)s row with problems; nothing was enrolled.",
                        "The file has %(n)s rows with problems; nothing was enrolled.",
                        n,
                    )
                    % {"n": n}
                )
            created = participants_create(
                people=[
                    (row.email, row.full_name, row.council)
                    for row in preview.rows
                    if row.user is None
                ]
            )
            by_email = {user.email: user for user in created}
            users = [row.user or by_email[row.email] for row in preview.rows]
            enrol = [
                u for u, row in zip(users, preview.rows, strict=True) if not row.waiting_position
            ]
            wait = [u for u, row in zip(users, preview.rows, strict=True) if row.waiting_position]
            return Applied(
                enrolments=enrolments_create(cohort=cohort, users=enrol, by=by),
                waiting=waiting_list_join_many(cohort=cohort, users=wait, by=by),
                first_position=min(
                    (r.waiting_position for r in preview.rows if r.waiting_position), default=0
                ),
            )
    except IntegrityError:
        # Someone in the file joined the portal while it was being checked.
        raise CSVFileError(
            _(
                "Someone in the file was added to the portal while you were checking it, so "
                "nothing was enrolled. Upload the file again to see the new preview."
            )
        ) from None
