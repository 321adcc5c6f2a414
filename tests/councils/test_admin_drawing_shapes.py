"""The Python drawing against Django's templates for shapes no project page has today:
collapsible fieldsets, multi-field lines mixing read-only fields, checkboxes and errors, a
tabular inline with add and delete permission and extra rows (the empty form), posted with
errors."""

import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils.safestring import mark_safe

from cohorts.admin import CohortAdmin, SessionInline
from tests.support.admin_templates import form_of, use_djangos_templates

FIELDSETS = [
    (None, {"fields": ["lab", ("theme", "status_detail"), "title"]}),
    (
        mark_safe("Schedule <em>safe</em>"),
        {
            "fields": [
                ("start_date", "invitations_sent_at"),
                ("session_weekday", "session_time", "session_minutes"),
                "online_url",
                "location",
            ],
            "classes": ["collapse", "wide"],
            "description": "Desc <b>bold</b>",
        },
    ),
    (
        "People <i>",
        {"fields": [("facilitators", "councils"), ("capacity", "attendance_threshold")]},
    ),
    ("Collapsed", {"fields": ["message_history"], "classes": ["collapse"]}),
]


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("post", [False, True])
def test_shapes(client, staff, cohort, settings, tmp_path, language, post):
    staff.language = language  # the admin speaks the person's language
    staff.save(update_fields=["language"])
    client.force_login(staff)
    url = reverse("admin:cohorts_cohort_change", args=[cohort.pk])
    patches = [
        mock.patch.object(CohortAdmin, "fieldsets", FIELDSETS),
        mock.patch.object(SessionInline, "has_add_permission", lambda *a, **k: True),
        mock.patch.object(SessionInline, "can_delete", True),
        mock.patch.object(SessionInline, "extra", 0),
        mock.patch.object(SessionInline, "max_num", 10),
    ]
    for p in patches:
        p.start()
    try:
        page = client.get(url).content.decode()
        data = dict(
            re.findall(
                r'<input type="(?:hidden|text|number|url)" name="([^"]+)" value="([^"]*)"', page
            )
        )
        data.update(
            {
                "lab": str(cohort.lab_id),
                "theme": cohort.theme,
                "title_en": "",
                "capacity": "many",
                "session_weekday": "9",
                "session_time": "xx",
                "councils": [str(c.pk) for c in cohort.councils.all()],
                "facilitators": [str(staff.pk)],
                "sessions-0-date": "not a date",
                "sessions-0-DELETE": "on",
            }
        )

        def draw():
            if post:
                r = client.post(url, data)
            else:
                r = client.get(url)
            assert r.status_code == 200
            return r.content.decode()

        ours = draw()
        use_djangos_templates(settings, tmp_path)
        theirs = draw()
    finally:
        for p in patches:
            p.stop()
    a, b = form_of(ours), form_of(theirs)
    assert "empty-form" in a and "<details>" in a and 'name="sessions-0-DELETE"' in a
    if post:
        assert "errorlist" in a
    if a != b:
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        pytest.fail(
            f"differs at {i}:\n ours  {a[i - 200 : i + 200]}\n djang {b[i - 200 : i + 200]}"
        )
