"""Enrolling people from a CSV file: a preview of every row's outcome, then an all-or-nothing
apply. Columns: email, full name, council (slug or name, English or Welsh).

`read_file` reads the file (its encoding checked first by `decode`) into rows; `RowForm` checks
one row against what is already known (`Known`, read once per file); `parse` puts the two
together with the places left; `apply` enrols from the same preview."""

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from councils.models import Council, Role, User
from councils.services import participants_create

from ..models import WAITING_QUEUE, Cohort, Enrolment, WaitingListEntry
from ..selectors import enrolment_warnings
from ..services import cohort_is_full, enrolments_create, places_held
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


def read_file(text: str) -> list[tuple[int, dict[str, str]]]:
    """The file reader: each person's row as (the line it starts on, its cells by column), or
    CSVFileError saying why the file as a whole cannot be used."""
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
    return [
        (number, {key: line[index] if index < len(line) else "" for key, index in columns.items()})
        for number, line in body
    ]


@dataclass
class Known:
    """What the rows are checked against, read once for the whole file."""

    councils: dict[str, Council]  # by slug or name, lower case
    taking_part: set[int]  # the cohort's councils
    existing: dict[str, User]  # people already on the portal, by email
    enrolled: set[str]  # emails already enrolled in the cohort
    waiting: set[str]  # emails already on its waiting list
    seen: dict[str, int] = field(default_factory=dict)  # email -> the first row it is on

    @classmethod
    def for_file(cls, *, cohort: Cohort, emails: list[str]) -> "Known":
        people = User.objects.filter(email__in=emails).select_related("council")
        return cls(
            councils=_council_lookup(),
            taking_part=set(cohort.councils.values_list("pk", flat=True)),
            existing={user.email: user for user in people},
            enrolled=set(
                Enrolment.objects.filter(cohort=cohort, user__email__in=emails).values_list(
                    "user__email", flat=True
                )
            ),
            waiting=set(
                cohort.waiting_list.filter(
                    status__in=WAITING_QUEUE, user__email__in=emails
                ).values_list("user__email", flat=True)
            ),
        )


class _Cell(forms.CharField):
    """A cell as typed, stripped. Every check is the row's (RowForm.clean), so that a row's
    problems are listed in one order, whatever the cell holds."""

    def __init__(self):
        super().__init__(required=False)
        self.validators = []


class RowForm(forms.Form):
    """One row of the file, checked as a form: each problem is one of its errors, in the order
    the preview lists them. `known` is shared by the file's rows (duplicates are found through
    it), so rows are checked in the file's order."""

    email = _Cell()
    full_name = _Cell()
    council = _Cell()

    def __init__(self, data: dict[str, str], *, number: int, known: Known):
        super().__init__(data)
        self.number = number
        self.known = known

    def clean_email(self) -> str:
        return self.cleaned_data["email"].lower()

    def clean(self):
        data = super().clean()
        email, full_name = data["email"], data["full_name"]
        council = self.known.councils.get(data["council"].lower())
        user = self.known.existing.get(email)
        data["council_found"], data["user"] = council, user
        for problem in (
            *self._email_problems(email),
            *self._council_problems(council, data["council"]),
            *self._text_problems(email, full_name),
            *self._person_problems(email, full_name, council, user),
        ):
            self.add_error(None, problem)
        return data

    def _email_problems(self, email: str):
        try:
            validate_email(email)
        except ValidationError:
            yield (
                _("“%(email)s” is not a valid email address.") % {"email": email}
                if email
                else _("The email address is missing.")
            )
        if email in self.known.seen:
            yield _("Duplicate: the same email is on row %(n)s.") % {"n": self.known.seen[email]}
        else:
            self.known.seen[email] = self.number

    def _council_problems(self, council: Council | None, text: str):
        if council is None:
            yield (
                _("Unknown council “%(c)s”.") % {"c": text}
                if text
                else _("The council is missing.")
            )
        elif council.pk not in self.known.taking_part:
            yield _("%(c)s is not taking part in this cohort.") % {"c": council.display_name}

    def _text_problems(self, email: str, full_name: str):
        if len(email) > 254:
            yield _("The email address is longer than 254 characters.")
        if len(full_name) > 150:
            yield _("The full name is longer than 150 characters.")
        if any(ord(c) < 32 for c in full_name + email):
            yield _("The name or email contains a line break or control character.")

    def _person_problems(self, email, full_name, council, user):
        if user is None:
            if not full_name:
                yield _("The full name is missing.")
            return
        if user.role != Role.PARTICIPANT:
            yield _("%(email)s belongs to a %(role)s, not a participant.") % {
                "email": email,
                "role": user.get_role_display().lower(),
            }
        elif not user.is_active or user.erased_at:
            yield _("%(email)s has left the programme: their account is closed.") % {"email": email}
        elif council and user.council_id != council.pk:
            yield _("%(email)s belongs to %(c)s, not %(row)s.") % {
                "email": email,
                "c": user.council.display_name,
                "row": council.display_name,
            }
        if email in self.known.enrolled:
            yield _("Already enrolled in this cohort.")
        elif email in self.known.waiting:
            yield _("Already on this cohort's waiting list.")

    def row(self) -> Row:
        """The row as the preview shows it."""
        self.is_valid()
        data = self.cleaned_data
        user = data["user"]
        return Row(
            self.number,
            data["email"],
            data["full_name"],
            data["council"],
            council=data["council_found"],
            user=user,
            outcome="error" if self.errors else ("new" if user is None else "existing"),
            problems=[str(problem) for problem in self.non_field_errors()],
        )


def _queue_beyond_capacity(rows: list[Row], *, cohort: Cohort) -> int:
    """Number the rows beyond the places left on the waiting list, in the file's order, and
    return the places left. First come first served: with people already waiting, newcomers
    join behind them."""
    places_left = max(
        0 if cohort_is_full(cohort=cohort) else cohort.capacity - places_held(cohort=cohort), 0
    )
    queue = cohort.waiting_list.filter(status__in=WAITING_QUEUE).count()
    accepted = 0
    for row in rows:
        if row.ok:
            accepted += 1
            if accepted > places_left:
                row.waiting_position = queue + accepted - places_left
    return places_left


def parse(*, text: str, cohort: Cohort, viewer: User | None = None) -> Preview:
    """Read the file and say, for every row, what applying it would do. Changes nothing.

    With `viewer` (the staff member looking), each row that can be enrolled also carries its
    warnings: the person is already on this Lab, or on a cohort whose sessions clash."""
    body = read_file(text)
    emails = [email for _number, cells in body if (email := cells["email"].strip().lower())]
    known = Known.for_file(cohort=cohort, emails=emails)
    rows = [RowForm(cells, number=number, known=known).row() for number, cells in body]
    places_left = _queue_beyond_capacity(rows, cohort=cohort)
    if viewer is not None:
        people = [row.user for row in rows if row.ok and row.user is not None]
        found = enrolment_warnings(user=viewer, cohort=cohort, people=people)
        for row in rows:
            if row.ok and row.user is not None:
                row.warnings = [w.message for w in found.get(row.user.pk, [])]
    return Preview(rows=rows, places_left=places_left)


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
