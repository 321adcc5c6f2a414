"""The builder's PDF: the participant's name, cohort, date and every section they entered, for
the participant and programme staff; and nothing typed into it makes the renderer fetch a URL."""

import io

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from pypdf import PdfReader

import councils.pdf
from cohorts.models import ToolComment
from labs.data.models import DataQuestion
from tests.labs.data.conftest import READY_STEPS, url
from tests.support.work import with_version

EXTERNAL = "http://tracker.example.invalid/pixel.png"


@pytest.fixture
def full_question(client, participant, enrolment, question, make_item):
    """A question with every step filled in through the pages, as a participant would."""
    client.force_login(participant)
    make_item(question, description="Visits per warm space per week", source_name="Sign-in sheets")
    make_item(
        question,
        description="Health conditions of regular visitors",
        value_type="words",
        source="new_survey",
        personal="special",
    )
    for step in ("question", "kind"):
        client.post(
            url("data_question_step", enrolment, question.pk, step),
            with_version(READY_STEPS[step], question),
        )
    client.post(
        url("data_question_step", enrolment, question.pk, "ethics"),
        with_version(
            {
                **READY_STEPS["ethics"],
                "ethics-lawful_basis": "public_task",
                "ethics-lawful_basis_detail": "Social Services and Well-being (Wales) Act 2014",
                "ethics-screen_vulnerable": "yes",
            },
            question,
        ),
    )
    return DataQuestion.objects.get(pk=question.pk)


def pdf_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_pdf_holds_who_what_when_and_every_section_entered(
    client, enrolment, full_question, staff
):
    ToolComment.objects.create(enrolment=enrolment, author=staff, body="Name the three wards.")
    response = client.get(url("data_tool_pdf", enrolment))
    assert 'filename="good-data-questions-gwenllian-owner.pdf"' in response["Content-Disposition"]
    text = pdf_text(response)
    for expected in [
        "Good data question builder",
        "Gwenllian Owner",
        "Cardiff",
        "Data Lab test cohort",
        f"Downloaded {date_format(timezone.localdate(), 'j F Y')}",
        # 1. the question
        "How many people aged 75 and over used each of our warm spaces each week last winter?",
        "Whether to fund three more warm spaces in the valley wards",
        "Head of Communities, at the budget board",
        "Budget board, 10 December 2026",
        # 2. kind
        "Descriptive",
        "We need counts before causes.",
        # 3. data
        "Visits per warm space per week",
        "Sign-in sheets",
        "Health conditions of regular visitors",
        "Special category data",
        # 4. ethics, with the screening
        "Public task",
        "Social Services and Well-being (Wales) Act 2014",
        "DPIA required",
        "Vulnerable people",
        "volunteers will count them",
        "A note on each sign-in sheet",
        "Counts by age band and ward only",
        # 5. quality, and why it needs work
        "Needs work",
        "Article 9 condition",
        # the facilitator's comment
        "Name the three wards.",
    ]:
        assert expected in text, expected


def test_staff_download_the_pdf_too(client, staff, enrolment, full_question):
    client.force_login(staff)
    assert "Gwenllian Owner" in pdf_text(client.get(url("data_tool_pdf", enrolment)))


def test_a_url_typed_into_the_tool_is_never_fetched(client, participant, enrolment, monkeypatch):
    """A form value and a comment hold an image tag, a Markdown image and bare links: the
    renderer asks for nothing outside static/ (only the fonts, once per process), and refuses
    nothing because it was asked nothing else."""
    fetchers = []

    class Recording(councils.pdf.StaticOnlyFetcher):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.asked = []
            fetchers.append(self)

        def fetch(self, url, headers=None):
            self.asked.append(url)
            return super().fetch(url, headers)

    monkeypatch.setattr(councils.pdf, "StaticOnlyFetcher", Recording)
    question = DataQuestion.objects.create(
        enrolment=enrolment,
        question=f'Which wards in 2025? <img src="{EXTERNAL}"> see https://example.invalid/a',
        decision=f"![chart]({EXTERNAL}) <link rel=stylesheet href='{EXTERNAL}'>",
        fairness=f'<iframe src="{EXTERNAL}"></iframe><style>@import "{EXTERNAL}";</style>',
    )
    ToolComment.objects.create(enrolment=enrolment, body=f"![x]({EXTERNAL}) <img src={EXTERNAL}>")
    client.force_login(participant)
    text = pdf_text(client.get(url("data_tool_pdf", enrolment)))

    assert len(fetchers) == 1
    asked = fetchers[0].asked
    assert all(u.startswith(councils.pdf.BASE_URL) for u in asked), asked
    assert not any("example.invalid" in u for u in asked)
    assert fetchers[0].refused == []
    assert f'<img src="{EXTERNAL}">' in text  # shown as the text it is
    assert question.pk


def test_the_renderer_would_refuse_an_external_url_if_one_reached_it():
    """The other half of the proof: the fetcher in use refuses anything outside static/."""
    fetcher = councils.pdf.StaticOnlyFetcher()
    councils.pdf.render_pdf(f'<p>x</p><img src="{EXTERNAL}">', fetcher=fetcher)
    assert fetcher.refused == [EXTERNAL]


@pytest.mark.parametrize(
    ("basis", "personal", "confirmed", "says"),
    [
        ("", "none", False, None),  # no basis chosen yet
        ("no_personal_data", "none", False, None),
        ("public_task", "personal", False, "To confirm with the DPO."),
        ("no_personal_data", "personal", False, "To confirm with the DPO."),  # contradicts
        ("public_task", "personal", True, "Confirmed by the DPO."),
    ],
)
def test_the_dpo_note_shows_only_when_a_basis_is_chosen_for_personal_data(
    client, participant, enrolment, question, make_item, basis, personal, confirmed, says
):
    make_item(question, personal=personal)
    DataQuestion.objects.filter(pk=question.pk).update(lawful_basis=basis, dpo_confirmed=confirmed)
    client.force_login(participant)
    text = pdf_text(client.get(url("data_tool_pdf", enrolment)))
    notes = [n for n in ("To confirm with the DPO.", "Confirmed by the DPO.") if n in text]
    assert notes == ([says] if says else [])


def test_a_table_row_is_never_split_across_pages(client, participant, enrolment, question):
    """Long answers make tall rows in the PDF's tables: each row starts and ends on the same
    page (tr { break-inside: avoid } in templates/pdf/tool_base.html)."""
    sentence = "People who do not sign in at the warm spaces are missed by the counts we have. "
    fields = [
        "decision",
        "kind_reason",
        "lawful_basis_detail",
        "article9_condition",
        "fairness",
        "residents_told",
        "minimisation",
    ]
    DataQuestion.objects.filter(pk=question.pk).update(
        **{name: f"{name}START {sentence * 11}{name}END" for name in fields}
    )
    client.force_login(participant)
    response = client.get(url("data_tool_pdf", enrolment))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages]
    assert len(pages) > 2
    for name in fields:
        start = [i for i, text in enumerate(pages) if f"{name}START" in text]
        end = [i for i, text in enumerate(pages) if f"{name}END" in text]
        assert start == end and len(start) == 1, (name, start, end)
