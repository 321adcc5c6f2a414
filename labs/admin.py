from django import forms
from django.contrib import admin, messages
from django.db import router
from django.db.models import Q
from django.db.models.deletion import Collector, ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext
from modeltranslation.admin import TranslationAdmin as BaseTranslationAdmin
from modeltranslation.admin import TranslationStackedInline as BaseTranslationStackedInline
from modeltranslation.admin import TranslationTabularInline as BaseTranslationTabularInline
from modeltranslation.translator import translator

from .models import Activity, Lab, Material, Module, Statement
from .progress import activities_changed
from .services import content_archive


def pair_languages(fields, translated) -> list:
    """`[..., "title_en", "title_cy", ...]` as `[..., ("title_en", "title_cy"), ...]`: the
    admin draws a tuple of fields on one row, so each field's English and Welsh are side by
    side (django-modeltranslation puts them one under the other)."""
    fields = list(fields)
    paired = []
    index = 0
    while index < len(fields):
        name = fields[index]
        base = name.removesuffix("_en") if isinstance(name, str) else None
        if (
            base in translated
            and name.endswith("_en")
            and index + 1 < len(fields)
            and fields[index + 1] == f"{base}_cy"
        ):
            paired.append((name, f"{base}_cy"))
            index += 2
        else:
            paired.append(name)
            index += 1
    return paired


class SideBySide:
    """The admin page of translated content shows each field's English and Welsh side by
    side (the inlines too)."""

    def get_fieldsets(self, request, obj=None):
        translated = set(translator.get_options_for_model(self.model).all_fields)
        return [
            (
                name,
                {
                    **options,
                    "fields": pair_languages(options["fields"], translated),
                    "classes": [*options.get("classes", ()), "infuse-side-by-side"],
                },
            )
            for name, options in super().get_fieldsets(request, obj)
        ]

    @property
    def media(self):
        # Two columns of one row, long texts included (static/css/admin-side-by-side.css).
        return super().media + forms.Media(css={"all": ["css/admin-side-by-side.css"]})


class TranslationAdmin(SideBySide, BaseTranslationAdmin):
    pass


class TranslationStackedInline(SideBySide, BaseTranslationStackedInline):
    pass


class TranslationTabularInline(SideBySide, BaseTranslationTabularInline):
    pass


def missing_welsh(model) -> Q:
    """The rows of `model` where some translated field has English but no Welsh."""
    missing = Q(pk__in=[])
    for field in translator.get_options_for_model(model).all_fields:
        has_english = Q(**{f"{field}_en__isnull": False}) & ~Q(**{f"{field}_en": ""})
        no_welsh = Q(**{f"{field}_cy__isnull": True}) | Q(**{f"{field}_cy": ""})
        missing |= has_english & no_welsh
    return missing


class MissingWelshFilter(admin.SimpleListFilter):
    """ "Missing Welsh: Yes" lists the items with a field whose Welsh is still to be written
    (the page shows those fields in English, marked `lang="en"`); "No" the rest."""

    title = gettext_lazy("missing Welsh")
    parameter_name = "missing_welsh"

    def lookups(self, request, model_admin):
        return [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(missing_welsh(queryset.model))
        if self.value() == "no":
            return queryset.exclude(missing_welsh(queryset.model))
        return queryset


def records_held(obj) -> int:
    """How many people's records (a completion, a reflection, a mark) would go with `obj`: the
    rows whose foreign key PROTECTs it, found the way a delete would find them."""
    collector = Collector(using=router.db_for_write(type(obj)))
    try:
        collector.collect([obj])
    except ProtectedError as exc:
        # People's records only: a week's self-assessment statements protect it too, but they
        # are content (the delete page lists them).
        return sum(1 for o in exc.protected_objects if o._meta.app_label != "labs")
    return 0


class ArchiveNotDeleteMixin:
    """Content that people's records hang off is archived, not deleted: a delete is refused
    with a message saying how many records it holds and what to do instead."""

    @admin.action(description=gettext_lazy("Archive the selected items (keeps everyone's work)"))
    def archive(self, request, queryset):
        count = content_archive(queryset=queryset)
        self.message_user(
            request,
            ngettext(
                "%(n)s item archived: hidden from participants and no longer counted for "
                "progress. Everyone's work on it is kept.",
                "%(n)s items archived: hidden from participants and no longer counted for "
                "progress. Everyone's work on them is kept.",
                count,
            )
            % {"n": count},
            messages.SUCCESS,
        )

    @admin.action(description=gettext_lazy("Restore the selected archived items"))
    def restore(self, request, queryset):
        count = content_archive(queryset=queryset, archive=False)
        self.message_user(
            request,
            ngettext("%(n)s item restored.", "%(n)s items restored.", count) % {"n": count},
            messages.SUCCESS,
        )

    def get_actions(self, request):
        # Django's "Delete selected" would cascade past the per-item check below: archive.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        held = records_held(obj) if obj is not None else 0
        if held:
            messages.error(
                request,
                ngettext(
                    "%(item)s cannot be deleted: %(n)s participant's record (a completion or "
                    "reflection) depends on it. Archive it instead: it is hidden from "
                    "participants and stops counting for progress, and their work is kept.",
                    "%(item)s cannot be deleted: %(n)s participants' records (completions and "
                    "reflections) depend on it. Archive it instead: it is hidden from "
                    "participants and stops counting for progress, and their work is kept.",
                    held,
                )
                % {"item": obj, "n": held},
            )
            opts = self.model._meta
            return redirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            )
        return super().delete_view(request, object_id, extra_context)


class ModuleInline(TranslationTabularInline):
    model = Module
    fields = ["number", "title", "archived_at"]
    readonly_fields = ["archived_at"]
    extra = 0
    can_delete = False  # archive a week on its own page: people's work hangs off it
    show_change_link = True


@admin.register(Lab)
class LabAdmin(TranslationAdmin):
    list_display = ["name", "code", "weeks"]
    inlines = [ModuleInline]


class MaterialInline(TranslationStackedInline):
    model = Material
    fields = [("kind", "position", "minutes"), "title", "body", "url", "file", "archived_at"]
    readonly_fields = ["archived_at"]
    extra = 0
    can_delete = False  # archive it from the materials list


class ActivityInline(TranslationStackedInline):
    model = Activity
    fields = [
        ("kind", "required", "position", "minutes"),
        "title",
        "instructions",
        "tool_step",
        "archived_at",
    ]
    readonly_fields = ["archived_at"]
    extra = 0
    can_delete = False  # archive it from the activities list: answers hang off it


@admin.register(Module)
class ModuleAdmin(ArchiveNotDeleteMixin, TranslationAdmin):
    list_display = ["title", "lab", "number", "archived_at"]
    list_filter = ["lab", MissingWelshFilter, ("archived_at", admin.EmptyFieldListFilter)]
    search_fields = ["title", "summary"]
    list_select_related = ["lab"]
    readonly_fields = ["archived_at"]
    inlines = [MaterialInline, ActivityInline]
    actions = ["archive", "restore"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Adding or removing a required activity changes everyone's progress in this lab;
        # the admin's own transaction is still open, so the refresh lands with the change.
        activities_changed(lab_id=form.instance.lab_id)


@admin.register(Material)
class MaterialAdmin(ArchiveNotDeleteMixin, TranslationAdmin):
    list_display = ["title", "module", "kind", "minutes", "archived_at"]
    list_filter = [
        "kind",
        "module__lab",
        MissingWelshFilter,
        ("archived_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["title", "body"]
    list_select_related = ["module__lab"]
    readonly_fields = ["archived_at"]
    actions = ["archive", "restore"]


@admin.register(Activity)
class ActivityAdmin(ArchiveNotDeleteMixin, TranslationAdmin):
    list_display = ["title", "module", "kind", "required", "tool_step", "archived_at"]
    list_filter = [
        "kind",
        "required",
        "module__lab",
        MissingWelshFilter,
        ("archived_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["title", "instructions"]
    list_select_related = ["module__lab"]
    readonly_fields = ["archived_at"]
    actions = ["archive", "restore"]

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
