"""The lab's own model: its name in the active language."""

from django.utils import translation

from labs.models import Lab


def test_a_labs_display_name_follows_the_active_language(db):
    lab = Lab.objects.get(code="data")
    assert lab.name == "Data Lab"
    with translation.override("cy"):
        assert lab.display_name == "Labordy Data"
    with translation.override("en"):
        assert lab.display_name == "Data Lab"


def test_staff_edit_a_statement_in_english_and_welsh_in_the_admin(client, staff):
    from django.urls import reverse

    from labs.models import Statement

    statement = Statement.objects.filter(lab__code="data").order_by("position").first()
    client.force_login(staff)
    url = reverse("admin:labs_statement_change", args=[statement.pk])
    page = client.get(url).content.decode()
    assert 'name="text_en"' in page and 'name="text_cy"' in page
    response = client.post(
        url,
        {
            "lab": statement.lab_id,
            "module": statement.module_id,
            "position": statement.position,
            "text_en": "I can frame a data question.",
            "text_cy": "Gallaf fframio cwestiwn data.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    statement.refresh_from_db()
    assert (statement.text_en, statement.text_cy) == (
        "I can frame a data question.",
        "Gallaf fframio cwestiwn data.",
    )


def test_lab_content_falls_back_to_english_when_the_welsh_is_empty(db):
    from django.utils import translation

    from labs.models import Module

    module = Module.objects.get(lab__code="data", number=1)
    assert module.title_cy in (None, "")
    with translation.override("cy"):
        assert Module.objects.get(pk=module.pk).title == module.title_en
