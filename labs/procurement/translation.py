"""The planner's measures in English and Welsh (django-modeltranslation; see
labs/translation.py): the name, the unit and the guidance on what counts."""

from modeltranslation.translator import TranslationOptions, register

from .models import ProxyValue


@register(ProxyValue)
class ProxyValueTranslation(TranslationOptions):
    fields = ("measure", "unit", "guidance")
