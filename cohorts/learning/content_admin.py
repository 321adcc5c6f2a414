"""The Lab content admin (labs/admin.py) seen from cohorts: a live preview beside each
material's Markdown body, and "View this week as a participant" on a week's page.

Both show what a participant's page draws, so they live here, where that page is (`labs`
knows nothing of cohorts): the preview renders with `cohorts.markdown.render_markdown`, the
one function the week page's `markdown` filter calls, and the week is `cohorts.views`' own
week page drawn read-only. The labs admin classes are registered again as subclasses, as
`privacy/admin.py` does with the person's page.
"""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from councils.permissions import staff_or_404
from labs import admin as labs_admin
from labs.models import Material, Module

from ..markdown import render_markdown
from ..views import week_as_participant

# The week page draws a material's body one level under its `h3` title (`markdown:2`).
HEADING_OFFSET = 2
PREVIEW_MAX_CHARS = 100_000
LANGUAGES = {"en": _("Preview (English)"), "cy": _("Preview (Welsh)")}


@staff_or_404
@require_POST
def markdown_preview(request):
    """POST `text` (and `language`: en or cy): the Markdown as the participant's page renders
    and sanitises it, as an HTML fragment. Programme staff only (anyone else 404); it saves
    nothing, so a repeat is harmless."""
    text = request.POST.get("text", "")[:PREVIEW_MAX_CHARS]
    language = request.POST.get("language", "en")
    with translation.override(language if language in LANGUAGES else "en"):
        html = render_markdown(text, heading_offset=HEADING_OFFSET)
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"
    return response


class MarkdownPreviewMixin:
    """Every `body_<language>` textarea of a material gets a live preview beside it
    (static/js/markdown-preview.js; without JavaScript the field is as before)."""

    class Media:
        css = {"all": ["css/infuse.css", "css/admin-preview.css"]}
        js = ["js/markdown-preview.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = db_field.name.removeprefix("body_")
        if db_field.model is Material and language in LANGUAGES and field is not None:
            field.widget.attrs.update(
                {
                    "data-markdown-preview": reverse("admin:labs_material_markdown_preview"),
                    "data-preview-language": language,
                    "data-preview-label": str(LANGUAGES[language]),
                    "data-preview-error": str(
                        _("The preview could not be drawn. Your text is not affected.")
                    ),
                }
            )
        return field


class MaterialInline(MarkdownPreviewMixin, labs_admin.MaterialInline):
    pass


admin.site.unregister(Material)
admin.site.unregister(Module)


@admin.register(Material)
class MaterialAdmin(MarkdownPreviewMixin, labs_admin.MaterialAdmin):
    def get_urls(self):
        return [
            path(
                "markdown-preview/",
                markdown_preview,
                name="labs_material_markdown_preview",
            ),
        ] + super().get_urls()


@admin.register(Module)
class ModuleAdmin(labs_admin.ModuleAdmin):
    inlines = [MaterialInline, labs_admin.ActivityInline]

    def get_urls(self):
        return [
            path(
                "<int:module_pk>/as-participant/",
                week_as_participant,
                name="labs_module_as_participant",
            ),
        ] + super().get_urls()
