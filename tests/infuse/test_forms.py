"""Text holding a null character (U+0000, which PostgreSQL cannot store) is refused by every
form with the portal's message, in the reader's language, rather than Django's English "Null
characters are not allowed." (infuse.forms, installed by councils.apps)."""

import pytest
from django import forms
from django.utils import translation

from infuse.forms import NULL_CHARACTER_MESSAGE

ENGLISH = (
    "This text contains a hidden null character, often left by copying and pasting, and "
    "cannot be saved. Type it again, or paste it as plain text."
)
# From the Welsh catalogue (locale/cy/LC_MESSAGES/django.po).
WELSH = (
    "Mae nod nwl cudd yn y testun hwn, sy'n aml yn cael ei adael wrth gopïo a gludo, ac ni "
    "ellir ei gadw. Teipiwch ef eto, neu gludwch ef fel testun plaen."
)


class Free(forms.Form):
    name = forms.CharField()
    note = forms.CharField(widget=forms.Textarea, required=False)


def test_every_form_refuses_a_null_character_with_the_portal_message():
    form = Free({"name": "Ely\x00 hub", "note": "fine"})
    assert not form.is_valid()
    assert form.errors["name"] == [ENGLISH]
    assert "Null characters are not allowed." not in str(form.errors)


def test_the_message_is_in_welsh_on_a_welsh_page():
    with translation.override("cy"):
        form = Free({"name": "Ely\x00 hub"})
        assert form.errors["name"] == [WELSH]
    with translation.override("en"):
        assert Free({"name": "Ely\x00 hub"}).errors["name"] == [ENGLISH]
    assert str(NULL_CHARACTER_MESSAGE) == ENGLISH  # lazy: chosen when shown, not at start-up


@pytest.mark.parametrize("value", ["\x00", "a\x00b"])
def test_a_model_choice_is_refused_with_the_same_message(db, value):
    from councils.models import Council

    field = forms.ModelChoiceField(queryset=Council.objects.all())
    with pytest.raises(forms.ValidationError) as refused:
        field.clean(value)
    assert refused.value.messages == [ENGLISH]
