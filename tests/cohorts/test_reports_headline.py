"""The funder's headline on the demo programme (docs/reporting.md): the programme's size, its
starts, completions and withdrawals, and the councils taking part are always shown exactly —
for the programme, each Lab and each quarter — and equal to a count made here, independently of
the report code; also after staff add an ordinary 9-person cohort of two councils."""

import datetime as dt
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.demo import FUNDER_EMAIL, demo_load
from cohorts.models import Cohort, Completion, Enrolment, EnrolmentStatus, Theme
from cohorts.reports.periods import quarter_label, quarter_of
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolments_create
from councils.models import Council, Role, User
from labs.models import Lab
from tests.cohorts.participant_helpers import set_today

TODAY = timezone.localdate()  # enrolments made here are dated today
HEADLINE = [
    "councils_taking_part",
    "councils_supported",
    "enrolled",
    "started",
    "completed",
    "withdrawn",
]


class Tables(HTMLParser):
    """Each table's rows as (group, label) → {column label: data-figure}, and the summary."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, dict] = {}
        self.summary: list[str] = []
        self.table = self.group = None
        self.heads: list[str] = []
        self.row: list[str] | None = None
        self.label = ""
        self.text: list[str] | None = None
        self.in_head = self.in_summary = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.table, self.heads, self.group = attrs.get("id"), [], None
            self.tables[self.table] = {}
        elif tag == "dl" and attrs.get("id") == "report-summary":
            self.in_summary = True
        elif tag == "dd" and self.in_summary:
            self.summary.append(attrs["data-figure"])
        elif self.table and tag == "thead":
            self.in_head = True
        elif self.table and tag == "tbody":
            self.group = None
        elif self.table and tag == "tr" and not self.in_head:
            self.row, self.label = [], ""
        elif self.table and tag == "th":
            self.text = []
            self.colspan = attrs.get("colspan")
        elif self.table and tag == "td" and self.row is not None:
            self.row.append(attrs.get("data-figure"))

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "dl":
            self.in_summary = False
        elif tag == "thead":
            self.in_head = False
        elif tag == "th" and self.text is not None:
            text = "".join(self.text).strip()
            self.text = None
            if self.in_head:
                self.heads.append(text)
            elif self.colspan:
                self.group = text
            else:
                self.label = text
        elif tag == "tr" and self.row:
            self.tables[self.table][(self.group, self.label)] = dict(
                zip(self.heads[1:], self.row, strict=True)
            )
            self.row = None
        elif tag == "table":
            self.table = None


def page(client) -> Tables:
    response = client.get(reverse("reports"))
    assert response.status_code == 200
    parsed = Tables()
    parsed.feed(response.content.decode())
    return parsed


def counted(enrolments) -> dict[str, int]:
    """The headline counted here, person by person, with no report code."""
    enrolments = list(enrolments)
    started = {c.enrolment_id for c in Completion.objects.filter(enrolment__in=enrolments)}
    return {
        "councils_taking_part": len({e.user.council_id for e in enrolments}),
        "councils_supported": len({e.user.council_id for e in enrolments if e.pk in started}),
        "enrolled": len(enrolments),
        "started": sum(1 for e in enrolments if e.pk in started),
        "completed": sum(1 for e in enrolments if e.status == EnrolmentStatus.COMPLETED),
        "withdrawn": sum(1 for e in enrolments if e.status == EnrolmentStatus.WITHDRAWN),
    }


def labels() -> dict[str, str]:
    from cohorts.reports.figures import MEASURE

    return {key: str(MEASURE[key].label) for key in HEADLINE}


def quarterly(everyone) -> tuple[dict[str, Counter], dict[str, set]]:
    """Each quarter: people enrolled, started, completed and withdrawn in it, and the councils
    of those who started."""
    by_quarter: dict[str, Counter] = {}
    first_done = {}
    for c in Completion.objects.order_by("completed_at"):
        first_done.setdefault(c.enrolment_id, timezone.localtime(c.completed_at).date())
    supported: dict[str, set] = {}
    for e in everyone:
        events = {"enrolled": timezone.localtime(e.enrolled_at).date()}
        if e.pk in first_done:
            events["started"] = first_done[e.pk]
            label = quarter_label(*quarter_of(first_done[e.pk]))
            supported.setdefault(label, set()).add(e.user.council_id)
        if e.status == EnrolmentStatus.COMPLETED:
            events["completed"] = e.completed_on
        if e.status == EnrolmentStatus.WITHDRAWN:
            events["withdrawn"] = e.withdrawn_on
        for key, day in events.items():
            by_quarter.setdefault(quarter_label(*quarter_of(day)), Counter())[key] += 1
    return by_quarter, supported


def assert_headline_exact(client):
    parsed = page(client)
    names = labels()
    everyone = Enrolment.objects.select_related("user", "cohort__lab")
    expected = counted(everyone)
    # The summary: numbers, not "[c]" or "<5", equal to the count here.
    totals = parsed.tables["lab-council-table"][(None, "Total")]
    totals |= parsed.tables["lab-councils-table"][(None, "All labs")]
    for key in HEADLINE:
        assert totals[names[key]] == str(expected[key]), key
    for figure in parsed.summary:
        assert figure not in ("[c]", "<5", "[m]")
    # Each Lab's total for all councils.
    for lab in Lab.objects.all():
        mine = counted(everyone.filter(cohort__lab=lab))
        if not mine["enrolled"]:
            continue
        row = parsed.tables["lab-council-table"][(lab.display_name, "All councils")]
        row |= parsed.tables["lab-councils-table"][(None, lab.display_name)]
        for key in HEADLINE:
            assert row[names[key]] == str(mine[key]), (lab.code, key)
    by_quarter, supported = quarterly(everyone)
    quarters = parsed.tables["quarter-table"]
    assert len(quarters) > 1
    for (_group, label), row in quarters.items():
        if label == "Total":
            continue
        for key in ("enrolled", "started", "completed", "withdrawn"):
            assert row[names[key]] not in ("[c]", "<5", "[m]"), (label, key)
        for key in ("enrolled", "started", "completed", "withdrawn"):
            assert row[names[key]] == str(by_quarter.get(label, Counter())[key]), (label, key)
        assert row[names["councils_supported"]] == str(len(supported.get(label, ()))), label
    return parsed


@pytest.fixture
def demo(monkeypatch, db):
    set_today(monkeypatch, TODAY)
    demo_load(today=TODAY)
    return User.objects.get(email=FUNDER_EMAIL)


def test_the_funder_sees_the_demo_programmes_headline_exactly(client, demo):
    client.force_login(demo)
    assert_headline_exact(client)


def test_the_headline_stays_exact_after_staff_add_a_nine_person_cohort(client, demo):
    staff = User.objects.filter(role=Role.STAFF).first()
    blaenau, bridgend = (
        Council.objects.get(slug="blaenau-gwent"),
        Council.objects.get(slug="bridgend"),
    )
    cohort = Cohort.objects.create(
        lab=Lab.objects.get(code="data"),
        theme=Theme.DECARBONISATION,
        title="Data Lab: Accelerating Decarbonisation (cohort 3)",
        start_date=TODAY + dt.timedelta(days=14),
        session_time=dt.time(10, 0),
        capacity=20,
    )
    cohort.councils.set([blaenau, bridgend])
    cohort_generate_sessions(cohort=cohort)
    people = [
        User.objects.create_user(
            email=f"new{i}@example.org",
            full_name=f"New Person {i}",
            role=Role.PARTICIPANT,
            council=blaenau if i < 5 else bridgend,
        )
        for i in range(9)
    ]
    enrolments_create(cohort=cohort, users=people, by=staff)
    client.force_login(demo)
    parsed = assert_headline_exact(client)
    data = parsed.tables["lab-council-table"][("Data Lab", "All councils")]
    assert data[labels()["enrolled"]] == str(
        Enrolment.objects.filter(cohort__lab__code="data").count()
    )


def test_every_lab_with_a_finished_cohort_has_a_bar_in_the_completion_chart(client, demo):
    from cohorts.reports import report_filters, report_for, report_options
    from cohorts.reports.charts import completion_chart

    options = report_options(user=demo, today=TODAY)
    report = report_for(
        user=demo, filters=report_filters(options=options, data={}), options=options
    )
    svg = str(completion_chart(report))
    drawn = 0
    for group in report.lab_groups:
        assert group.lab.display_name in svg  # every Lab has its line in the chart
        rate = group.total.figures["completion_rate"]
        assert not rate.withheld, group.lab.code
        if rate.value is not None:
            drawn += 1
            assert f">{rate.text}<" in svg
    # A bar for each Lab with a cohort finished; the others say none has finished yet.
    assert drawn and svg.count('stroke-width="1"/>') >= drawn
    assert svg.count("no cohort finished") == len(report.lab_groups) - drawn
