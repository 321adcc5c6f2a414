"""Every registered admin's change, add and list pages drawn with the project's
templates and with Django's, compared (white space aside), in English and Welsh, with hostile
values in names and titles."""

import re

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from cohorts.models import Cohort, Session
from councils.models import Council, User
from tests.infuse.test_access import world  # noqa: F401
from tests.support.admin_templates import DRAWING, SIDEBAR, form_at_any_time, use_djangos_templates

EVIL = "\"><script>alert(1)</script>'&"


def _sidebar(page: str) -> str:
    m = re.search(r'<nav class="sticky" id="nav-sidebar".*?</nav>', page, re.S)
    return re.sub(r"\s+", " ", m[0]).replace("> <", "><") if m else ""


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_admin_page(client, staff, world, settings, tmp_path, language):  # noqa: F811
    Cohort.objects.update(title=EVIL + "cohort", location=EVIL + "loc")
    Session.objects.update(location=EVIL + "sess")
    User.objects.exclude(pk=staff.pk).update(full_name=EVIL + "name")
    Council.objects.filter(slug="cardiff").update(name=EVIL + "council")
    staff.language = language  # the admin speaks the person's language
    staff.save(update_fields=["language"])
    client.force_login(staff)
    urls = []
    for model in admin.site._registry:
        opts = model._meta
        for name, args in [("changelist", []), ("add", [])]:
            try:
                urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args))
            except NoReverseMatch:
                pass
        for obj in model._default_manager.all()[:2]:
            urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))

    def draw():
        out = {}
        for url in urls:
            r = client.get(url)
            out[url] = (r.status_code, r.content.decode() if r.status_code == 200 else "")
        return out

    ours = draw()
    use_djangos_templates(settings, tmp_path, [*DRAWING, SIDEBAR])
    admin.site.forget_app_lists()
    theirs = draw()
    problems = []
    for url in urls:
        (s1, p1), (s2, p2) = ours[url], theirs[url]
        if s1 != s2:
            problems.append(f"{url}: status {s1} vs {s2}")
            continue
        if "<script>alert" in p1:
            problems.append(f"{url}: UNESCAPED in ours")
        if form_at_any_time(p1) != form_at_any_time(p2):
            a, b = form_at_any_time(p1), form_at_any_time(p2)
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            problems.append(
                f"{url}: form differs at {i}:\n ours  {a[i - 150 : i + 200]}\n djang {b[i - 150 : i + 200]}"
            )
        if _sidebar(p1) != _sidebar(p2):
            problems.append(f"{url}: sidebar differs")
    hits = {u for u in urls if "&lt;script&gt;alert" in ours[u][1]}
    assert len(urls) > 60 and len(hits) > 20  # the hostile values are drawn, escaped
    assert ('lang="cy"' in ours[urls[0]][1]) == (language == "cy")
    assert not problems, "\n".join(problems)
