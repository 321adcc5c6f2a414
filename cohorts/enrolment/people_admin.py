"""People move on (issue 22): on a person's admin page, programme staff move them to another
council, mark them as having left, or make them their council's lead, each after a
confirmation page. The person admin (privacy.admin.PersonAdmin) mixes this in; the writes are
`councils.services.user_move_council` and `council_lead_handover`, and
`cohorts.services.person_mark_left`."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from councils.models import Council, Role, User
from councils.services import PersonMoveRefused, council_lead_handover, user_move_council

from ..models import Enrolment
from ..services import CURRENT, person_mark_left


class MoveCouncilForm(forms.Form):
    council = forms.ModelChoiceField(
        label=gettext_lazy("Move them to"),
        queryset=Council.objects.none(),
        empty_label=gettext_lazy("Choose a council"),
        error_messages={"required": gettext_lazy("Choose the council they are moving to.")},
    )

    def __init__(self, *args, person: User, **kwargs):
        super().__init__(*args, **kwargs)
        # Their own council is not offered, but it is a valid answer: a double submit or a
        # second tab (they are in it now) is told so and changes nothing, never "Select a
        # valid choice".
        field = self.fields["council"]
        field.queryset = Council.objects.order_by("name")
        field.widget.choices = [
            (value, label)
            for value, label in field.choices
            if value == "" or value.value != person.council_id
        ]


class PeopleMoveOnAdmin:
    """Mixed into the person's ModelAdmin: three confirmation pages, staff only (the admin's
    own gate, then the change permission on that person)."""

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/move/", wrap(self.move_view), name="councils_user_move"),
            path("<int:pk>/left/", wrap(self.left_view), name="councils_user_left"),
            path("<int:pk>/make-lead/", wrap(self.make_lead_view), name="councils_user_make_lead"),
        ] + super().get_urls()

    def _moving_person(self, request, pk) -> User:
        person = get_object_or_404(User.objects.select_related("council"), pk=pk)
        if not self.has_change_permission(request, person):
            raise PermissionDenied
        return person

    def _context(self, request, person: User, title: str) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": person,
            "title": title,
            "enrolments": Enrolment.objects.filter(user=person)
            .select_related("cohort", "council")
            .order_by("cohort__start_date", "pk"),
        }

    def _refuse(self, request, person: User, message: str):
        messages.error(request, message)
        return redirect("admin:councils_user_change", person.pk)

    def move_view(self, request, pk):
        person = self._moving_person(request, pk)
        if person.role != Role.PARTICIPANT or person.erased_at:
            return self._refuse(
                request,
                person,
                _(
                    "Only participants move between councils; hand a lead’s role to someone else first."
                )
                if person.role == Role.LEAD
                else _("This person cannot be moved to another council."),
            )
        form = MoveCouncilForm(request.POST or None, person=person)
        context = self._context(
            request, person, _("Move %(name)s to another council") % {"name": person.full_name}
        )
        context["form"] = form
        if request.method == "POST":
            if not form.is_valid():
                return TemplateResponse(
                    request, "admin/people/move_confirm.html", context, status=400
                )
            council = form.cleaned_data["council"]
            try:
                moved = user_move_council(user=person, council=council, by=request.user)
            except PersonMoveRefused as refusal:
                return self._refuse(request, person, str(refusal))
            if moved:
                messages.success(
                    request,
                    _(
                        "%(name)s is now in %(council)s. Their enrolments so far stay with the "
                        "council they were made for."
                    )
                    % {"name": person.full_name, "council": council.display_name},
                )
            else:
                messages.info(
                    request,
                    _("%(name)s is already in %(council)s: nothing has changed.")
                    % {"name": person.full_name, "council": council.display_name},
                )
            return redirect("admin:councils_user_change", person.pk)
        return TemplateResponse(request, "admin/people/move_confirm.html", context)

    def left_view(self, request, pk):
        person = self._moving_person(request, pk)
        if person.pk == request.user.pk:
            return self._refuse(request, person, _("You cannot mark yourself as having left."))
        if person.erased_at:
            return self._refuse(request, person, _("This person has been erased."))
        context = self._context(
            request, person, _("Mark %(name)s as having left") % {"name": person.full_name}
        )
        context["current"] = [e for e in context["enrolments"] if e.status in CURRENT]
        if request.method == "POST" and request.POST.get("confirm") == "left":
            withdrawn = person_mark_left(user=person, by=request.user)
            messages.success(
                request,
                ngettext(
                    "%(name)s is marked as having left: %(n)s enrolment withdrawn, and they can "
                    "no longer sign in.",
                    "%(name)s is marked as having left: %(n)s enrolments withdrawn, and they can "
                    "no longer sign in.",
                    withdrawn,
                )
                % {"name": person.full_name, "n": withdrawn},
            )
            return redirect("admin:councils_user_change", person.pk)
        return TemplateResponse(request, "admin/people/left_confirm.html", context)

    def make_lead_view(self, request, pk):
        person = self._moving_person(request, pk)
        council = person.council
        if council is None or person.role not in (Role.PARTICIPANT, Role.LEAD):
            return self._refuse(
                request, person, _("Only a participant of a council can become its lead.")
            )
        context = self._context(
            request,
            person,
            _("Make %(name)s the lead of %(council)s")
            % {"name": person.full_name, "council": council.display_name},
        )
        context["council"] = council
        # Roles decide the pages: a lead has no participant's pages for a Lab they are on.
        context["current"] = [e for e in context["enrolments"] if e.status in CURRENT]
        context["leads"] = User.objects.filter(council=council, role=Role.LEAD).exclude(
            pk=person.pk
        )
        if request.method == "POST" and request.POST.get("confirm") == "lead":
            try:
                council_lead_handover(council=council, to=person, by=request.user)
            except PersonMoveRefused as refusal:
                return self._refuse(request, person, str(refusal))
            messages.success(
                request,
                _("%(name)s is now the lead of %(council)s.")
                % {"name": person.full_name, "council": council.display_name},
            )
            return redirect("admin:councils_user_change", person.pk)
        return TemplateResponse(request, "admin/people/lead_confirm.html", context)
