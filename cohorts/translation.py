"""A cohort's title in English and Welsh (django-modeltranslation; see labs/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Cohort


@register(Cohort)
class CohortTranslation(TranslationOptions):
    fields = ("title",)
