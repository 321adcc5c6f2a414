"""The curriculum in Welsh (issue 26): every content field of all 18 modules has a Welsh text of
its own (not the English copied), with valid Markdown and the same links as the English."""

import re

import pytest

from cohorts.markdown import render_markdown
from labs.models import Activity, Lab, Material, Module

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^\s)\]>\"']+")
# Words that almost every paragraph of Welsh holds and English never does.
WELSH_WORDS = re.compile(r"\b(yn|y|yr|a'r|i'r|mae|ac|ei|eich|gyda|sy'n|ar gyfer|neu|o'r)\b", re.I)
CODES = ["adaption", "data", "procurement"]


def links(text: str) -> list[str]:
    return sorted(set(LINK.findall(text or "")))


def check(where: str, english: str, welsh: str, problems: list[str], *, markdown=False):
    if not (welsh or "").strip():
        problems.append(f"{where}: no Welsh")
        return
    if welsh.strip() == (english or "").strip():
        problems.append(f"{where}: the Welsh is the English")
        return
    if len(english.split()) >= 6 and not WELSH_WORDS.search(welsh):
        problems.append(f"{where}: does not read as Welsh")
    if links(english) != links(welsh):
        problems.append(f"{where}: links differ {links(english)} / {links(welsh)}")
    if markdown:
        if welsh.count("```") % 2 or welsh.count("**") % 2:
            problems.append(f"{where}: unbalanced Markdown")
        html = str(render_markdown(welsh))
        if english.count("\n#") and html.count("<h") != str(render_markdown(english)).count("<h"):
            problems.append(f"{where}: headings differ from the English")


@pytest.mark.parametrize("code", CODES)
def test_every_content_field_has_its_own_welsh(code):
    problems = []
    lab = Lab.objects.get(code=code)
    check(f"{code} name", lab.name_en, lab.name_cy, problems)
    check(f"{code} summary", lab.summary_en, lab.summary_cy, problems)
    modules = Module.objects.filter(lab=lab, archived_at__isnull=True)
    # Six weeks a Lab (18 modules in all), each with its materials and activities: a Lab with
    # fewer would pass this test with less to check.
    assert sorted(modules.values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]
    assert all(m.materials.exists() and m.activities.exists() for m in modules), code
    for module in modules:
        where = f"{code} week {module.number}"
        check(f"{where} title", module.title_en, module.title_cy, problems)
        check(f"{where} summary", module.summary_en, module.summary_cy, problems)
        english = [o for o in module.outcomes_en.splitlines() if o.strip()]
        welsh = [o for o in (module.outcomes_cy or "").splitlines() if o.strip()]
        if len(english) != len(welsh):
            problems.append(f"{where}: {len(english)} outcomes but {len(welsh)} in Welsh")
        for n, (en, cy) in enumerate(zip(english, welsh, strict=False), start=1):
            check(f"{where} outcome {n}", en, cy, problems)
        for item in Material.objects.filter(module=module, archived_at__isnull=True):
            check(f"{where} material {item.position} title", item.title_en, item.title_cy, problems)
            check(
                f"{where} material {item.position}",
                item.body_en,
                item.body_cy,
                problems,
                markdown=True,
            )
        for item in Activity.objects.filter(module=module, archived_at__isnull=True):
            check(f"{where} activity {item.position} title", item.title_en, item.title_cy, problems)
            check(
                f"{where} activity {item.position}",
                item.instructions_en,
                item.instructions_cy,
                problems,
                markdown=True,
            )
    assert not problems, problems


@pytest.mark.parametrize("code", CODES)
def test_a_welsh_page_reads_the_welsh_text(code):
    from django.utils import translation

    module = Module.objects.get(lab__code=code, number=1)
    with translation.override("cy"):
        assert module.title == module.title_cy
    with translation.override("en"):
        assert module.title == module.title_en
