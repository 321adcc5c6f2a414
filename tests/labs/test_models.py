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


def test_the_names_were_filled_in_both_languages(db):
    names = {lab.code: (lab.name_en, lab.name_cy) for lab in Lab.objects.all()}
    assert names == {
        "adaption": ("Adaption Lab", "Labordy Addasu"),
        "data": ("Data Lab", "Labordy Data"),
        "procurement": ("Procurement Lab", "Labordy Caffael"),
    }


def test_a_name_edited_in_the_admin_is_the_display_name(db):
    # What the admin's English and Welsh name fields save.
    lab = Lab.objects.get(code="data")
    lab.name_en = "Data and Evidence Lab"
    lab.name_cy = "Labordy Data a Thystiolaeth"
    lab.save()
    lab = Lab.objects.get(code="data")
    with translation.override("en"):
        assert lab.display_name == "Data and Evidence Lab"
    with translation.override("cy"):
        assert lab.display_name == "Labordy Data a Thystiolaeth"
    # An empty Welsh name falls back to the English; both empty, to the code's label.
    Lab.objects.filter(pk=lab.pk).update(name_cy="")
    with translation.override("cy"):
        assert Lab.objects.get(pk=lab.pk).display_name == "Data and Evidence Lab"
    Lab.objects.filter(pk=lab.pk).update(name_cy="", name_en="")
    with translation.override("cy"):
        assert Lab.objects.get(pk=lab.pk).display_name == "Labordy Data"


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
    Module.objects.filter(pk=module.pk).update(title_cy="")  # the Welsh curriculum gave it one
    with translation.override("cy"):
        assert Module.objects.get(pk=module.pk).title == module.title_en
