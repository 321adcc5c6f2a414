"""Who asks, and with which filters: the choices a person has, and reading filters from a query
string or a stored export."""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import (
    Min,
    Subquery,
)
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Council, Role, User
from labs.models import Lab

from ..models import (
    Cohort,
    Enrolment,
    Theme,
)
from .periods import Period, period_choices, year_label

AUDIENCES = {Role.FUNDER: "funder", Role.LEAD: "lead", Role.STAFF: "staff"}
# What a cohort among the filter's choices is read for: its title (in either language) and
# start; not its Lab, place, joining link and the rest, for each of some hundreds (issue 24).
CHOICE_FIELDS = ("pk", "title_en", "title_cy", "start_date")


class InvalidFilter(ValueError):
    """A filter value that is not one of the choices this person has (tampered or stale)."""


# --- Who asks, and with which filters ---------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    obj: object = None


@dataclass
class ReportOptions:
    """What this person may choose from: the filters' choices, scoped to them."""

    user: User
    audience: str
    periods: list[Period]
    labs: list[Lab]
    councils: list[Council]
    cohorts: list[Cohort]
    first: dt.date
    today: dt.date

    @property
    def themes(self) -> list[Choice]:
        return [Choice(value, str(label)) for value, label in Theme.choices]

    @property
    def suppressed(self) -> bool:
        return self.audience == "funder"

    @property
    def period_groups(self) -> list[tuple[str, list[Period]]]:
        """Periods for a select: the programme to date, then one group per financial year."""
        groups: list[tuple[str, list[Period]]] = [("", [self.periods[0]])]
        for period in self.periods[1:]:
            if period.key.count("-") == 1:
                groups.append((year_label(int(period.key[3:])), []))
            groups[-1][1].append(period)
        return groups

    @property
    def council_fixed(self) -> Council | None:
        return self.councils[0] if self.audience == "lead" else None


@dataclass
class ReportFilters:
    period: Period
    lab: Lab | None = None
    theme: str = ""
    council: Council | None = None
    cohort: Cohort | None = None
    # The theme a funder asked for with a lab and a council, which they are not shown by.
    dropped_theme: str = ""

    @property
    def theme_dropped(self) -> bool:
        return bool(self.dropped_theme)

    def as_params(self) -> dict[str, str]:
        """The filters as stored with an export and carried in URLs."""
        params = {"period": self.period.key}
        if self.lab:
            params["lab"] = self.lab.code
        if self.theme:
            params["theme"] = self.theme
        if self.council:
            params["council"] = self.council.slug
        if self.cohort:
            params["cohort"] = str(self.cohort.pk)
        if self.dropped_theme:  # asked again (a download, a link), it is dropped again, and said
            params["theme"] = self.dropped_theme
        return params

    def described(self) -> list[tuple[str, str]]:
        """(filter, value) pairs for the report's heading and the PDF's cover."""
        return [
            (_("Period"), f"{self.period.label}"),
            (_("Dates"), self.period.dates),
            (_("Lab"), self.lab.display_name if self.lab else _("All labs")),
            (_("Theme"), Theme(self.theme).label if self.theme else _("Both themes")),
            (_("Council"), self.council.display_name if self.council else _("All councils")),
        ] + ([(_("Cohort"), self.cohort.title)] if self.cohort else [])


def report_options(*, user: User, today: dt.date) -> ReportOptions:
    """The choices this person has: funders and staff every council, a lead only their own;
    cohorts for staff (all) and leads (their council's), none for funders. Four queries."""
    audience = AUDIENCES.get(user.role)
    if audience is None or (audience == "lead" and not user.council_id):
        raise PermissionDenied
    # The first enrolment read off its index (cohorts/migrations/0014), not every enrolment
    # joined to its cohort on each page (issue 24).
    first_enrolment = Enrolment.objects.order_by("enrolled_at").values("enrolled_at")[:1]
    bounds = Cohort.objects.order_by().aggregate(
        first_start=Min("start_date"), first_enrolled=Min(Subquery(first_enrolment))
    )
    starts = [bounds["first_start"]]
    if bounds["first_enrolled"]:
        starts.append(timezone.localtime(bounds["first_enrolled"]).date())
    first = min([d for d in starts if d] or [today])
    councils = Council.objects.order_by("name")
    if audience == "lead":
        councils = councils.filter(pk=user.council_id)
    if audience == "staff":
        cohorts = list(Cohort.objects.only(*CHOICE_FIELDS).order_by("-start_date", "title"))
    elif audience == "lead":
        cohorts = list(
            Cohort.objects.filter(councils=user.council_id)
            .only(*CHOICE_FIELDS)
            .order_by("-start_date", "title")
            .distinct()
        )
    else:
        cohorts = []
    return ReportOptions(
        user=user,
        audience=audience,
        periods=period_choices(first=first, today=today),
        labs=list(Lab.objects.order_by("code")),
        councils=list(councils),
        cohorts=cohorts,
        first=first,
        today=today,
    )


def report_filters(*, options: ReportOptions, data: Mapping[str, str]) -> ReportFilters:
    """Read filters from a query string or a stored export. A value that is not among this
    person's choices — another council for a lead, any cohort for a funder — raises
    InvalidFilter; the caller answers 404, as for anything that is not theirs."""

    def pick(name: str, choices: dict):
        value = (data.get(name) or "").strip()
        if not value:
            return None
        if value not in choices:
            raise InvalidFilter(name)
        return choices[value]

    periods = {p.key: p for p in options.periods}
    period = pick("period", periods) or periods["all"]
    lab = pick("lab", {lab.code: lab for lab in options.labs})
    theme = pick("theme", {value: value for value, _label in Theme.choices}) or ""
    # A lead's report is always of their own council, and says so.
    council = pick("council", {c.slug: c for c in options.councils}) or options.council_fixed
    cohort = None
    if options.audience == "funder":
        if data.get("cohort"):
            raise InvalidFilter("cohort")
    else:
        cohort = pick("cohort", {str(c.pk): c for c in options.cohorts})
    # Funders see nothing finer than lab × council: one Lab in one council is not split by
    # theme. Asked for all three, they get the Lab in the council, for both themes, and are told.
    dropped = theme if options.audience == "funder" and lab and council and theme else ""
    return ReportFilters(
        period=period,
        lab=lab,
        theme="" if dropped else theme,
        council=council,
        cohort=cohort,
        dropped_theme=dropped,
    )
