from django.contrib import admin
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from .models import Activity, Lab, Material, Module, Statement
from .progress import activities_changed


class ModuleInline(TranslationTabularInline):
    model = Module
    fields = ["number", "title"]
    extra = 0
    show_change_link = True


@admin.register(Lab)
class LabAdmin(TranslationAdmin):
    list_display = ["name", "code", "weeks"]
    inlines = [ModuleInline]


class MaterialInline(TranslationStackedInline):
    model = Material
    fields = [("kind", "position", "minutes"), "title", "body", "url", "file"]
    extra = 0


class ActivityInline(TranslationStackedInline):
    model = Activity
    fields = [("kind", "required", "position", "minutes"), "title", "instructions", "tool_step"]
    extra = 0


@admin.register(Module)
class ModuleAdmin(TranslationAdmin):
    list_display = ["title", "lab", "number"]
    list_filter = ["lab"]
    search_fields = ["title", "summary"]
    list_select_related = ["lab"]
    inlines = [MaterialInline, ActivityInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Adding or removing a required activity changes everyone's progress in this lab;
        # the admin's own transaction is still open, so the refresh lands with the change.
        activities_changed(lab_id=form.instance.lab_id)


@admin.register(Material)
class MaterialAdmin(TranslationAdmin):
    list_display = ["title", "module", "kind", "minutes"]
    list_filter = ["kind", "module__lab"]
    search_fields = ["title", "body"]
    list_select_related = ["module__lab"]


@admin.register(Activity)
class ActivityAdmin(TranslationAdmin):
    list_display = ["title", "module", "kind", "required", "tool_step"]
    list_filter = ["kind", "required", "module__lab"]
    search_fields = ["title", "instructions"]
    list_select_related = ["module__lab"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        activities_changed(lab_id=obj.module.lab_id)

    def delete_model(self, request, obj):
        lab_id = obj.module.lab_id
        super().delete_model(request, obj)
        activities_changed(lab_id=lab_id)

    def delete_queryset(self, request, queryset):
        lab_ids = set(queryset.values_list("module__lab_id", flat=True))
        super().delete_queryset(request, queryset)
        for lab_id in lab_ids:
            activities_changed(lab_id=lab_id)


@admin.register(Statement)
class StatementAdmin(TranslationAdmin):
    """The Labs' self-assessment statements, in English and Welsh. Answered statements are
    archived rather than deleted (their answers are protected)."""

    list_display = ["text", "lab", "module", "position", "archived"]
    list_filter = ["lab", "archived"]
    list_select_related = ["lab", "module"]
    fields = ["lab", "module", "position", "text", "archived"]
