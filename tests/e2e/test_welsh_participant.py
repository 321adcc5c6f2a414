"""Issue 26, acceptance 2: a Welsh-speaking participant meets no English in a real browser.

On the dashboard, a week page of each Lab, each Lab's tool and the certificate page, no text
node outside an element with lang="en" equals an English source string: a msgid of the Welsh
catalogue (whose Welsh differs from it) or an English content field in the database (whose
Welsh differs from it). And axe passes on each page.

Content shown in English falls back marked lang="en", which the acceptance allows; but a Welsh
speaker should do the whole Lab in Welsh, so an English content field is counted even when it
is marked. The test reads the real Welsh curriculum the migrations load
(labs/<lab>/curriculum_cy.py): it passes once each Lab's Welsh has landed, and names every
English string it finds until then.
"""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from cohorts.messaging.certificates import issue_certificate
from cohorts.models import Cohort
from cohorts.scheduling.services import cohort_generate_sessions
from cohorts.services import enrolment_create
from labs.models import Activity, Lab, Material, Module, Statement
from labs.procurement.models import ProxyValue
from tests.cohorts.test_certificates import complete
from tests.e2e.conftest import sign_in
from tests.infuse import world_adaption, world_data, world_procurement
from tests.support.catalogue import read_po

PASSWORD = "a-long-test-password-for-e2e"

# Text nodes, their nearest element, and whether an element around them is lang="en".
TEXT_NODES = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, noscript')) continue;
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    if (!text) continue;
    const english = parent.closest('[lang]');
    found.push({text, english: !!english && english.getAttribute('lang') === 'en',
                where: parent.outerHTML.slice(0, 160)});
  }
  return found;
}"""

CONTENT = [
    (Lab, ["name", "summary"]),
    (Module, ["title", "summary", "outcomes"]),
    (Material, ["title", "body"]),
    (Activity, ["title", "instructions"]),
    (Statement, ["text"]),
    (Cohort, ["title"]),
    (ProxyValue, ["measure", "unit", "guidance"]),
]


def catalogue_sources() -> set[str]:
    """The interface's English: each msgid whose Welsh differs from it."""
    return {
        " ".join(entry.msgid.split())
        for entry in read_po()
        if entry.msgid and "%(" not in entry.msgid and entry.msgid not in entry.msgstrs
    }


def content_sources() -> set[str]:
    """The Labs' English: each content field whose Welsh differs from it (or is missing)."""
    sources = set()
    for model, fields in CONTENT:
        for field in fields:
            for english, welsh in model.objects.values_list(f"{field}_en", f"{field}_cy"):
                if english and english != welsh:
                    sources.add(" ".join(english.split()))
                    # Outcomes are shown one a line; Markdown bodies a paragraph at a time.
                    sources.update(" ".join(line.split()) for line in english.splitlines())
    return {s for s in sources if s}


@pytest.fixture
def welsh_participant(db, make_user, cardiff):
    person = make_user("nia.cymraeg@cardiff.test", council=cardiff, name="Nia Cymraeg")
    person.language = "cy"
    person.set_password(PASSWORD)
    person.save()
    data_lab = Lab.objects.get(code="data")
    cohort = Cohort.objects.create(
        lab=data_lab,
        theme="communities",
        title="Data Lab for Cardiff",
        title_cy="Labordy Data Caerdydd",
        start_date=timezone.localdate() - dt.timedelta(days=40),
        session_weekday=1,
        session_time=dt.time(10, 0),
        location="Neuadd y Ddinas",
    )
    cohort.councils.set([cardiff])
    cohort_generate_sessions(cohort=cohort)
    data = enrolment_create(cohort=cohort, user=person)
    world_data.make(data)
    adaption = world_adaption.make(SimpleNamespace(user=person))
    procurement = world_procurement.make(SimpleNamespace(user=person))
    Cohort.objects.filter(lab__code="adaption").update(title_cy="Labordy Addasu Caerdydd")
    Cohort.objects.filter(lab__code="procurement").update(title_cy="Labordy Caffael Caerdydd")
    # A finished Lab's certificate, from a cohort of its own.
    finished = Cohort.objects.create(
        lab=data_lab,
        theme="decarbonisation",
        title="Data Lab, first cohort",
        title_cy="Labordy Data, y garfan gyntaf",
        start_date=timezone.localdate() - dt.timedelta(days=120),
        session_weekday=1,
        session_time=dt.time(10, 0),
        location="Neuadd y Ddinas",
    )
    finished.councils.set([cardiff])
    cohort_generate_sessions(cohort=finished)
    done = enrolment_create(cohort=finished, user=person)
    complete(done)
    certificate = issue_certificate(enrolment_id=done.pk)
    return SimpleNamespace(
        user=person,
        data=data,
        adaption=adaption["adaption_enrolment"],
        procurement=procurement["procurement_enrolment"],
        certificate=certificate,
    )


def welsh_strings() -> set[str]:
    return {" ".join(s.split()) for entry in read_po() for s in entry.msgstrs if s}


def english_left(page, interface: set[str], content: set[str], welsh: set[str]) -> list[str]:
    nodes = page.evaluate(TEXT_NODES)
    # The reader works: the page's own Welsh is among the text it found.
    assert any(node["text"] in welsh for node in nodes), page.url
    return [
        f"{node['text']!r} in {node['where']}"
        for node in nodes
        if (not node["english"] and node["text"] in interface) or node["text"] in content
    ]


def test_a_welsh_speaker_meets_no_unmarked_english(page, welsh_participant):
    person = welsh_participant
    interface, content, welsh = catalogue_sources(), content_sources(), welsh_strings()
    sign_in(page, person.user.email, PASSWORD)
    pages = [reverse("dashboard")]
    pages += [
        reverse("lab_week", args=[enrolment.pk, 1])
        for enrolment in (person.data, person.adaption, person.procurement)
    ]
    pages += [
        reverse("data_tool", args=[person.data.pk]),
        reverse("adaption_tool", args=[person.adaption.pk]),
        reverse("procurement_planner", args=[person.procurement.pk]),
        reverse("certificate_verify", args=[person.certificate.code]),
    ]
    found = {}
    for url in pages:
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == "cy", url
        page.axe()
        left = english_left(page, interface, content, welsh)
        if left:
            found[url] = left
    assert not found, "\n".join(f"{url}:\n  " + "\n  ".join(left) for url, left in found.items())
