"""The curriculum is real teaching content: the minimums hold, nothing is repeated, nothing is a
placeholder, and both themes run through every lab."""

import re
from urllib.parse import urlparse

import pytest

from labs.models import Activity, Lab, Material, MaterialKind, Module

PLACEHOLDERS = re.compile(r"lorem|ipsum|\bTODO\b|\bTBC\b|\bTBD\b|FIXME|example\.(com|org)", re.I)
DECARBONISATION = ["fleet", "retrofit", "energy", "active travel", "decarbonisation", "net zero"]
COMMUNITIES = [
    "social care",
    "loneliness",
    "food poverty",
    "community hub",
    "supportive communities",
]

pytestmark = pytest.mark.django_db


def words(text: str) -> int:
    return len(text.split())


def test_eighteen_modules_six_per_lab():
    assert Module.objects.count() == 18
    for lab in Lab.objects.all():
        assert sorted(lab.modules.values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]


def test_every_week_meets_the_minimums():
    problems = []
    for module in Module.objects.prefetch_related("materials", "activities"):
        where = f"{module.lab.code} week {module.number}"
        if not module.title.strip():
            problems.append(f"{where}: no title")
        if words(module.summary) < 40:
            problems.append(f"{where}: summary under 40 words")
        if len(module.outcome_list) < 3:
            problems.append(f"{where}: fewer than 3 outcomes")
        if module.materials.count() < 3:
            problems.append(f"{where}: fewer than 3 materials")
        if module.activities.count() < 2:
            problems.append(f"{where}: fewer than 2 activities")
    assert not problems, problems


def test_every_material_is_real_teaching_content_or_a_real_link_explained():
    problems = []
    for material in Material.objects.select_related("module__lab"):
        if material.kind in (MaterialKind.LINK, MaterialKind.VIDEO):
            host = urlparse(material.url).hostname or ""
            if not material.url.startswith("https://") or "example" in host:
                problems.append(f"{material.title}: link {material.url!r}")
            if words(material.body) < 60:
                problems.append(f"{material.title}: no paragraph on why to read it")
        elif words(material.body) < 150:
            problems.append(f"{material.title}: {words(material.body)} words")
    assert not problems, problems


def test_no_two_materials_share_their_text():
    bodies = list(Material.objects.values_list("body", flat=True))
    assert len(bodies) == len(set(bodies))


def test_no_placeholder_words_anywhere():
    texts = []
    for module in Module.objects.all():
        texts += [module.title, module.summary, module.outcomes]
    texts += [f"{m.title} {m.body} {m.url}" for m in Material.objects.all()]
    texts += [f"{a.title} {a.instructions}" for a in Activity.objects.all()]
    found = [PLACEHOLDERS.search(t).group(0) for t in texts if PLACEHOLDERS.search(t)]
    assert not found, found


def test_activities_take_under_an_hour_and_reflections_ask_a_question():
    for activity in Activity.objects.all():
        assert activity.minutes < 60, activity.title
        assert words(activity.instructions) >= 15, activity.title
        if activity.kind == "reflection":
            assert "?" in activity.instructions, activity.title


@pytest.mark.parametrize("code", ["adaption", "data", "procurement"])
def test_both_themes_appear_in_every_lab(code):
    text = " ".join(
        Material.objects.filter(module__lab__code=code).values_list("body", flat=True)
    ).lower()
    text += " ".join(
        Activity.objects.filter(module__lab__code=code).values_list("instructions", flat=True)
    ).lower()
    assert sum(word in text for word in DECARBONISATION) >= 3
    assert sum(word in text for word in COMMUNITIES) >= 3


@pytest.mark.parametrize(
    ("code", "topics"),
    [
        ("adaption", ["evidence", "context", "core", "test", "spread"]),
        ("data", ["question", "open data", "ethic", "insight", "data science", "decision"]),
        ("procurement", ["value", "well-being", "outcome", "market", "criteria", "contract"]),
    ],
)
def test_each_lab_covers_its_syllabus(code, topics):
    titles = " ".join(Module.objects.filter(lab__code=code).values_list("title", flat=True)).lower()
    summaries = " ".join(
        Module.objects.filter(lab__code=code).values_list("summary", flat=True)
    ).lower()
    for topic in topics:
        assert topic in titles or topic in summaries, topic


# A list item indented by one to three spaces under another is not nested by Python-Markdown
# (it needs four), so its marker shows as text: "- **Descriptive** …" run on in one paragraph.
UNNESTED_ITEM = re.compile(r"(?m)^ {1,3}(?:[-*+]|\d+\.) ")


def test_every_nested_list_in_the_curricula_is_indented_so_that_it_nests():
    texts = [
        (f"{a.module} / {a.title_en} ({field})", getattr(a, field))
        for a in Activity.objects.select_related("module")
        for field in ("instructions_en", "instructions_cy")
    ] + [
        (f"{m.module} / {m.title_en} ({field})", getattr(m, field))
        for m in Material.objects.select_related("module")
        for field in ("body_en", "body_cy")
    ]
    assert len(texts) > 200
    assert [where for where, text in texts if UNNESTED_ITEM.search(text or "")] == []


def test_the_data_builders_kinds_of_question_render_as_a_list_inside_the_step():
    from cohorts.markdown import render_markdown

    step = Activity.objects.get(module__lab__code="data", title_en__startswith="Builder step 2")
    for text in (step.instructions_en, step.instructions_cy):
        html = str(render_markdown(text))
        nested = re.search(r"<ol[^>]*>.*?<li>.*?<ul[^>]*>(.*?)</ul>", html, re.S)
        assert nested, html
        assert nested[1].count("<li>") == 4
        assert "- <strong>" not in html
