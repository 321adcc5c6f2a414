"""Message a cohort from its admin page: compose → preview → "Send to N people", and the
messages' history (cohorts/messaging/cohort_messages.py does the sending)."""

import uuid

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ..markdown import render_markdown
from ..models import (
    Cohort,
    CohortMessage,
    CohortMessageRecipient,
    MessageRecipientStatus,
)
from .cohort_messages import (
    HEADING_OFFSET,
    AlreadySent,
    RecipientsChanged,
    cohort_message_recipients,
    cohort_message_send,
    recipients_digest,
)

SUBJECT_MAX = 150


class CohortMessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=SUBJECT_MAX)
    body = forms.CharField(
        label=gettext_lazy("Message"),
        widget=forms.Textarea(attrs={"rows": 12, "class": "vLargeTextField"}),
        help_text=gettext_lazy(
            "Markdown: a blank line between paragraphs, **bold**, [a link](https://…), "
            "“- ” for a list, “## ” for a heading."
        ),
    )
    subject_cy = forms.CharField(
        label=gettext_lazy("Subject in Welsh"), max_length=SUBJECT_MAX, required=False
    )
    body_cy = forms.CharField(
        label=gettext_lazy("Message in Welsh"),
        widget=forms.Textarea(attrs={"rows": 12, "class": "vLargeTextField"}),
        required=False,
        help_text=gettext_lazy(
            "Optional. People who chose Welsh get the Welsh text; everyone else, and everyone "
            "when it is left blank, gets the English."
        ),
    )
    include_leads = forms.BooleanField(
        label=gettext_lazy("Also send it to the council leads of these people"), required=False
    )
    create_token = forms.UUIDField(widget=forms.HiddenInput)
    digest = forms.CharField(widget=forms.HiddenInput, required=False)
    again = forms.BooleanField(
        label=gettext_lazy("Yes, send the same message again"), required=False
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("subject_cy", "").strip()) != bool(data.get("body_cy", "").strip()):
            raise ValidationError(
                _("Write both the Welsh subject and the Welsh message, or neither.")
            )
        return data


class CohortMessagesMixin:
    """For CohortAdmin: the "Message this cohort" page under the cohort's admin URL, and the
    messages sent so far on the cohort's page (a read-only field, not an inline: an inline's
    management form would be one more thing every post of the cohort form must carry)."""

    @admin.display(description=gettext_lazy("messages"))
    def message_history(self, cohort):
        if not cohort.pk:
            return "—"
        if not getattr(cohort, "has_messages", True):  # read with the cohort: none sent
            return _("None yet.")
        # The messages, then (if any) their recipients counted in one grouped query: a cohort
        # with none, the usual, is one plain query, not a join and two counts built for
        # nothing (about 3 ms a page in one process, issue 24).
        sent = list(
            CohortMessage.objects.filter(cohort=cohort)
            .select_related("sent_by")
            .only("pk", "created_at", "subject", "sent_by__full_name")
            .order_by("-created_at", "-pk")
        )
        if not sent:
            return _("None yet.")
        counts = {
            row["message_id"]: row
            for row in CohortMessageRecipient.objects.filter(message__in=sent)
            .order_by()
            .values("message_id")
            .annotate(
                people=Count("pk"), sent=Count("pk", filter=Q(status=MessageRecipientStatus.SENT))
            )
        }
        for message in sent:
            found = counts.get(message.pk, {})
            message.people, message.sent = found.get("people", 0), found.get("sent", 0)
        rows = format_html_join(
            "",
            '<tr><td>{}</td><td><a href="{}">{}</a></td><td>{}</td><td>{}</td></tr>',
            (
                (
                    date_format(timezone.localtime(m.created_at), "j M Y, H:i"),
                    reverse("admin:cohorts_cohortmessage_change", args=[m.pk]),
                    m.subject,
                    m.sent_by.full_name,
                    _("%(sent)s of %(people)s") % {"sent": m.sent, "people": m.people},
                )
                for m in sent
            ),
        )
        return format_html(
            '<table id="message-history"><thead><tr><th scope="col">{}</th><th scope="col">{}'
            '</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody>'
            "</table>",
            _("Sent"),
            _("Subject"),
            _("By"),
            _("Emails sent"),
            rows,
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/message/",
                self.admin_site.admin_view(self.message_view),
                name="cohorts_cohort_message",
            ),
        ] + super().get_urls()

    def message_view(self, request, pk):
        cohort = get_object_or_404(Cohort.objects.select_related("lab"), pk=pk)
        if not self.has_change_permission(request, cohort):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "cohort": cohort,
            "title": _("Message this cohort: %(cohort)s") % {"cohort": cohort.title},
        }
        if request.method != "POST":
            form = CohortMessageForm(initial={"create_token": uuid.uuid4()})
            return self._compose(request, context, form, cohort)
        form = CohortMessageForm(request.POST)
        if not form.is_valid():
            if "create_token" in form.errors:  # not the page's own form
                raise BadRequest("A message form without its one-time token.")
            return self._compose(request, context, form, cohort)
        if "send" not in request.POST and (
            CohortMessage.objects.filter(create_token=form.cleaned_data["create_token"]).exists()
        ):
            # A page from before a send (Back, then edited): what is written now is a new
            # message, not a second click on the one sent, so it gets a token of its own.
            data = request.POST.copy()
            data["create_token"] = str(uuid.uuid4())
            form = CohortMessageForm(data)
            form.is_valid()
        if "edit" in request.POST:
            return self._compose(request, context, form, cohort)
        data = form.cleaned_data
        if "send" in request.POST:
            try:
                message, created = cohort_message_send(
                    cohort=cohort,
                    by=request.user,
                    token=data["create_token"],
                    subject=data["subject"],
                    body=data["body"],
                    subject_cy=data["subject_cy"],
                    body_cy=data["body_cy"],
                    include_leads=data["include_leads"],
                    digest=data["digest"],
                    again=data["again"],
                )
            except RecipientsChanged:
                context["recipients_changed"] = True
            except AlreadySent as exc:
                context["already_sent"] = exc.message
            except ValidationError as exc:
                form.add_error(None, exc)
                return self._compose(request, context, form, cohort)
            else:
                return self._sent(request, cohort, message, created)
        return self._preview(request, context, form, cohort)

    def _compose(self, request, context, form, cohort):
        recipients = cohort_message_recipients(cohort=cohort, include_leads=True)
        context.update(
            stage="compose",
            form=form,
            participants=sum(1 for r in recipients if r.sent_as == "participant"),
            leads=sum(1 for r in recipients if r.sent_as == "lead"),
        )
        return TemplateResponse(request, "admin/cohorts/cohort/message.html", context)

    def _preview(self, request, context, form, cohort):
        data = form.cleaned_data
        recipients = cohort_message_recipients(cohort=cohort, include_leads=data["include_leads"])
        welsh = bool(data["subject_cy"] and data["body_cy"])
        same = context.get("already_sent") or (
            CohortMessage.objects.filter(
                cohort=cohort,
                subject=data["subject"],
                body=data["body"],
                subject_cy=data["subject_cy"],
                body_cy=data["body_cy"],
            )
            .select_related("sent_by")
            .first()
        )
        hidden = {**form.cleaned_data, "digest": recipients_digest(recipients)}
        hidden.pop("again")
        context.update(
            stage="preview",
            form=form,
            hidden=hidden,
            again_field=form["again"],
            already_sent=same,
            english_html=render_markdown(data["body"], heading_offset=HEADING_OFFSET + 1),
            welsh_html=render_markdown(data["body_cy"], heading_offset=HEADING_OFFSET + 1)
            if welsh
            else None,
            recipients=[
                {
                    "person": r.user,
                    "lead": r.sent_as == "lead",
                    "welsh": welsh and r.user.language == "cy",
                }
                for r in recipients
            ],
            count=len(recipients),
        )
        return TemplateResponse(request, "admin/cohorts/cohort/message.html", context)

    def _sent(self, request, cohort, message, created):
        count = message.recipients.count()
        if created:
            self.message_user(
                request,
                ngettext(
                    "Your message is being sent to %(n)s person.",
                    "Your message is being sent to %(n)s people.",
                    count,
                )
                % {"n": count},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                _("This message was already sent at %(time)s; it was not sent again.")
                % {"time": date_format(timezone.localtime(message.created_at), "H:i")},
                messages.INFO,
            )
        return redirect("admin:cohorts_cohort_change", cohort.pk)


class CohortMessageRecipientInline(admin.TabularInline):
    model = CohortMessageRecipient
    fields = ["user", "sent_as", "status", "language", "sent_at", "attempts", "error"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


@admin.register(CohortMessage)
class CohortMessageAdmin(admin.ModelAdmin):
    """Read only, never deleted: what was sent to a cohort, by whom, to whom."""

    list_display = ["subject", "cohort", "sent_by", "created_at"]
    list_filter = ["cohort"]
    list_select_related = ["cohort", "sent_by"]
    search_fields = ["subject", "cohort__title_en"]
    fields = [
        "cohort",
        "subject",
        "body",
        "subject_cy",
        "body_cy",
        "include_leads",
        "sent_by",
        "created_at",
    ]
    readonly_fields = fields
    inlines = [CohortMessageRecipientInline]

    def has_add_permission(self, request):
        return False  # from the cohort's page, where it is previewed and sent

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the cohort's history
