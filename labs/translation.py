"""The lab content that exists in English and Welsh (django-modeltranslation: a `<field>_en`
and `<field>_cy` column beside each, read in the active language and falling back to English;
see docs/architecture.md)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Activity, Lab, Material, Module, Statement


@register(Lab)
class LabTranslation(TranslationOptions):
    fields = ("name", "summary")


@register(Module)
class ModuleTranslation(TranslationOptions):
    fields = ("title", "summary", "outcomes")


@register(Material)
class MaterialTranslation(TranslationOptions):
    fields = ("title", "body")


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "instructions")


@register(Statement)
class StatementTranslation(TranslationOptions):
    fields = ("text",)
