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
