"""The character count's attributes are the same for everyone: built once per language and
limit in a process, and still in the page's language."""

from unittest import mock

from django.utils import translation

from infuse import template_tags


def test_the_character_counts_attributes_are_built_once_per_language_and_limit():
    template_tags._character_count_attrs.clear()
    real = template_tags._character_count_i18n
    with mock.patch.object(template_tags, "_character_count_i18n", side_effect=real) as built:
        with translation.override("en"):
            english = template_tags.character_count_attrs(500)
            assert template_tags.character_count_attrs(500) == english
            other = template_tags.character_count_attrs(2000)
        with translation.override("cy"):
            welsh = template_tags.character_count_attrs(500)
            assert template_tags.character_count_attrs(500) == welsh
    assert built.call_count == 3  # en 500, en 2000, cy 500: each once
    assert 'data-maxlength="500"' in english and 'data-maxlength="2000"' in other
    assert "You can enter up to %{count} characters" in english
    assert welsh != english and 'data-maxlength="500"' in welsh
    assert "You can enter up to" not in welsh
    assert template_tags.character_count_attrs(0) == ""
