import datetime as dt
import re

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from councils.models import Role, User

from .models import Cohort, Session, Weekday

EDIT_FIELDS = ("date", "start_time", "minutes", "location", "online_url")


# A cohort's many-to-many fields the admin form starts from, and which the cohort's admin page
# reads with the cohort itself as keys (`<name>_keys`: CohortAdmin.get_object).
CHOSEN_FIELDS = ("facilitators", "councils")


def _seed_chosen(cohort) -> list[str]:
    """A cohort read with its staff and councils as keys (`facilitators_keys`, `councils_keys`)
    has them put where Django's `model_to_dict` reads a form's starting values (the cohort's
    prefetched relations), as objects with their keys alone, so that the form reads nothing
    more (issue 24: two queries a page). Returns the relations put there, for the form to take
    away once it has its starting values: nothing else ever sees those objects."""
    seeded = []
    if cohort is None or cohort.pk is None:
        return seeded
    for name in CHOSEN_FIELDS:
        keys = getattr(cohort, f"{name}_keys", None)
        if keys is None or name in cohort.__dict__.get("_prefetched_objects_cache", {}):
            continue
        cache = cohort.__dict__.setdefault("_prefetched_objects_cache", {})
        related = Cohort._meta.get_field(name).related_model
        chosen = getattr(cohort, name).get_queryset()  # no query: filled in here
        chosen._result_cache = [related(pk=key) for key in keys]
        chosen._prefetch_done = True
        cache[name] = chosen
        seeded.append(name)
    return seeded


class CohortAdminForm(forms.ModelForm):
    """The cohort in the admin. A change of schedule or place on a saved cohort is not saved
    straight away: the form answers with what will change (`schedule_plan`: the sessions that
    move, those edited by hand that are kept, who is emailed) until staff tick "confirm"."""

    confirm_schedule = forms.BooleanField(
        label=_("Yes, change the sessions and send these emails"),
        required=False,
    )
    # The fingerprint of the plan the confirmation showed (SchedulePlan.digest): a confirm is
    # refused if the plan worked out again on save is not the one shown.
    schedule_digest = forms.CharField(widget=forms.HiddenInput, required=False)
    schedule_plan = None

    class Meta:
        model = Cohort
        fields = [
            "lab",
            "theme",
            "title",
            "start_date",
            "session_weekday",
            "session_time",
            "session_minutes",
            "online_url",
            "location",
            "facilitators",
            "councils",
            "capacity",
            "attendance_threshold",
        ]

    SCHEDULE_FIELDS = ("start_date", "session_weekday", "session_time", "session_minutes")
    PLACE_FIELDS = ("online_url", "location")

    def __init__(self, *args, **kwargs):
        seeded = _seed_chosen(kwargs.get("instance"))
        try:
            super().__init__(*args, **kwargs)
        finally:
            if seeded:  # for the form's starting values only: anything else reads anew
                cache = kwargs["instance"]._prefetched_objects_cache
                for name in seeded:
                    del cache[name]
                if not cache:  # none before: as it was
                    del kwargs["instance"]._prefetched_objects_cache
        if self.instance.pk is None and "session_weekday" in self.fields:
            # A new cohort meets on its start date's day unless staff choose another: the day
            # is left blank ("the start date's day") and worked out on save (clean).
            field = self.fields["session_weekday"]
            field.required = False
            field.choices = [("", _("The start date’s day")), *Weekday.choices]
            if "session_weekday" not in (kwargs.get("initial") or {}):
                self.initial["session_weekday"] = ""
        # The page carries the schedule it was drawn with, so that a second tab or a double
        # submit is told apart from a change (see hidden_initials).
        hidden_initials(self, self.SCHEDULE_FIELDS + self.PLACE_FIELDS)

    def _moved_since_drawn(self) -> list[str]:
        """The schedule fields this page would put back: someone saved another value since
        the page was drawn, and this page still carries the old one."""
        moved = []
        for name in self.SCHEDULE_FIELDS + self.PLACE_FIELDS:
            drawn = drawn_value(self, name)
            saved = self.get_initial_for_field(self.fields[name], name)
            if drawn is _NOT_POSTED or name not in self.cleaned_data:
                continue
            if drawn != saved and self.cleaned_data[name] != saved:
                moved.append(name)
        return moved

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        today = timezone.localdate()
        if not today - dt.timedelta(days=365 * 2) <= start <= today + dt.timedelta(days=365 * 3):
            raise forms.ValidationError(
                _("Choose a start date within two years before and three years after today.")
            )
        return start

    def clean_session_minutes(self):
        minutes = self.cleaned_data["session_minutes"]
        if not 15 <= minutes <= 480:
            raise forms.ValidationError(_("A session lasts between 15 and 480 minutes."))
        return minutes

    def clean_attendance_threshold(self):
        threshold = self.cleaned_data["attendance_threshold"]
        if not 0 <= threshold <= 6:
            raise forms.ValidationError(_("A cohort has six sessions; use a number from 0 to 6."))
        return threshold

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity < 1:
            raise forms.ValidationError(_("A cohort needs at least one place."))
        if self.instance.pk:
            from .services import places_taken

            taken = places_taken(cohort=self.instance)
            if capacity < taken:
                raise forms.ValidationError(
                    ngettext(
                        "%(n)s person already holds a place; the capacity cannot be lower.",
                        "%(n)s people already hold a place; the capacity cannot be lower.",
                        taken,
                    )
                    % {"n": taken}
                )
        return capacity

    def clean_councils(self):
        """A council cannot leave a cohort while its people hold places on it: their lead would
        still see them, and they would be on a cohort their council has left. Withdraw them
        (or let them finish) first."""
        councils = self.cleaned_data["councils"]
        if not self.instance.pk:
            return councils
        from .models import EnrolmentStatus

        leaving = self.instance.councils.exclude(pk__in=[c.pk for c in councils])
        problems = []
        for council in leaving.order_by("name"):
            holding = (
                self.instance.enrolments.filter(council=council)
                .exclude(status__in=[EnrolmentStatus.WITHDRAWN, EnrolmentStatus.COMPLETED])
                .count()
            )
            if holding:
                problems.append(
                    ngettext(
                        "%(council)s still has %(n)s person on this cohort: withdraw them before "
                        "taking the council off it.",
                        "%(council)s still has %(n)s people on this cohort: withdraw them before "
                        "taking the council off it.",
                        holding,
                    )
                    % {"council": council.name, "n": holding}
                )
        if problems:
            raise forms.ValidationError(problems)
        return councils

    def clean(self):
        cleaned = super().clean()
        cohort = self.instance
        if cohort.pk is None and cleaned.get("session_weekday") in (None, ""):
            start = cleaned.get("start_date")
            # Set on the instance too: a post without the field at all keeps the instance's
            # value, which would otherwise be the model's default (Tuesday). Without a valid
            # start date the form is refused for that alone.
            day = start_weekday(start) if start else cohort.session_weekday
            cleaned["session_weekday"] = cohort.session_weekday = day
        if cohort.pk and self._moved_since_drawn():
            raise forms.ValidationError(
                _(
                    "The cohort's schedule or place was changed by someone else since you "
                    "opened this page: reload the page and make your change again."
                )
            )
        if cohort.pk and any(name in self.changed_data for name in self.SCHEDULE_FIELDS):
            first = cohort.sessions.order_by("date").values_list("date", flat=True).first()
            if first and first <= timezone.localdate():
                for name in self.SCHEDULE_FIELDS:
                    if name in self.changed_data:
                        self.add_error(
                            name,
                            _(
                                "This cohort began on %(date)s, so its schedule can no longer be "
                                "regenerated. Edit the sessions below instead."
                            )
                            % {"date": date_format(first, "j F Y")},
                        )
        if not cleaned.get("online_url") and not cleaned.get("location"):
            raise forms.ValidationError(_("Give an online joining link, a place, or both."))
        return cleaned

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the values about to be saved
        if self.errors or not self.instance.pk:
            return
        from cohorts.scheduling.services import cohort_schedule_plan

        plan = cohort_schedule_plan(cohort=self.instance, changed=self.changed_data)
        if plan.is_empty:
            return
        self.schedule_plan = plan
        confirmed = self.cleaned_data.get("confirm_schedule")
        shown = self.cleaned_data.get("schedule_digest")
        # The page drawn again carries this plan's fingerprint, and an unticked box.
        self.data = self.data.copy()
        self.data[self.add_prefix("schedule_digest")] = plan.digest
        self.data.pop(self.add_prefix("confirm_schedule"), None)
        if plan.problems:
            for problem in plan.problems:
                self.add_error(None, problem)
        elif not confirmed:
            self.add_error(
                None,
                _(
                    "Nothing is saved yet. Check what will change to the sessions and who "
                    "will be emailed, then tick the box to confirm and save again."
                ),
            )
        elif shown != plan.digest:
            self.add_error(
                None,
                _(
                    "Nothing is saved: what would change is no longer what you confirmed "
                    "(the cohort or its sessions changed since). Check the new list below, "
                    "then tick the box to confirm and save again."
                ),
            )


_NOT_POSTED = object()


def start_weekday(start: dt.date) -> int:
    """The session day a cohort starting on `start` meets on by default: that day, or the
    Monday after a weekend (sessions are on working days)."""
    return start.weekday() if start.weekday() < 5 else Weekday.MONDAY


def hidden_initials(form: forms.BaseForm, names) -> None:
    """Render these fields with the value the page was drawn with (Django's
    show_hidden_initial), so that has_changed() compares what was posted with what the page
    showed, not with what is saved now. A post without them (an older page) is compared with
    what is saved, as before."""
    for name in names:
        if name not in form.fields:
            continue
        posted = form.is_bound and form.add_initial_prefix(name) in form.data
        form.fields[name].show_hidden_initial = posted or not form.is_bound


def drawn_value(form: forms.BaseForm, name: str):
    """The value of `name` the page was drawn with, or _NOT_POSTED."""
    field = form.fields.get(name)
    if field is None or not field.show_hidden_initial or not form.is_bound:
        return _NOT_POSTED
    key = form.add_initial_prefix(name)
    if key not in form.data:
        return _NOT_POSTED
    try:
        return field.clean(field.hidden_widget().value_from_datadict(form.data, form.files, key))
    except forms.ValidationError:
        return _NOT_POSTED


class SessionForm(forms.ModelForm):
    """A session edited on its own (in the cohort's list or on its own page).

    `edits` names the fields this post changes: changed from the values the page was drawn
    with (posted back as hidden initials) and different from what is saved. A double submit,
    or a stale tab whose row was left alone, edits nothing. A row changed on a page drawn
    before someone else saved that session is refused: nothing is saved."""

    edits: list[str] = []

    unusual_day_ok = forms.BooleanField(
        label=_("Keep this day"),
        help_text=_("Tick to keep it on a weekend or bank holiday."),
        required=False,
    )

    class Meta:
        model = Session
        fields = ["date", "start_time", "minutes", "location", "online_url"]

    def __init__(self, *args, check_order: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.check_order = check_order  # the cohort's list checks the order across its rows
        hidden_initials(self, EDIT_FIELDS)

    def clean(self):
        from cohorts.scheduling.services import SESSION_EDIT_FIELDS

        cleaned = super().clean()
        session = self.instance
        changed = [n for n in self.changed_data if n in SESSION_EDIT_FIELDS]
        self.edits = [n for n in changed if n in cleaned and cleaned[n] != getattr(session, n)]
        if not session.pk or not self.edits:
            return cleaned
        moved = [
            n
            for n in SESSION_EDIT_FIELDS
            if drawn_value(self, n) is not _NOT_POSTED
            and drawn_value(self, n) != getattr(session, n)
        ]
        if moved:
            raise forms.ValidationError(
                _(
                    "Week %(n)s was changed by someone else since you opened this page: reload "
                    "the page and make your change again. Nothing was saved."
                )
                % {"n": session.number}
            )
        if session.is_cancelled:
            raise forms.ValidationError(
                _("This session was cancelled, so it cannot be changed; everyone was told.")
            )
        day = cleaned.get("date")
        if day and "date" in self.edits:
            from cohorts.scheduling.services import session_problems

            others = None if self.check_order else {}
            for problem in session_problems(
                session=self.instance,
                day=day,
                unusual_day_ok=cleaned.get("unusual_day_ok", False),
                others=others,
                start_time=cleaned.get("start_time"),
            ):
                self.add_error("date", problem)
        elif "start_time" in self.edits and cleaned.get("start_time"):
            from cohorts.scheduling.services import session_marks_problem

            problem = session_marks_problem(
                session=session, day=session.date, start_time=cleaned["start_time"]
            )
            if problem:
                self.add_error("start_time", problem)
        return cleaned


class SessionFormSet(forms.BaseInlineFormSet):
    """The cohort's six sessions: weeks in order, checked with the dates on the form."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "check_order": False}

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.instance.pk and form.instance.cohort_id == self.instance.pk:
            # The cohort being edited, not read again for each row (a session's name, drawn
            # on its row, is its cohort's title and week: six queries otherwise).
            form.instance.cohort = self.instance
        return form

    def session_dates(self) -> dict[int, dt.date]:
        dates = {}
        for form in self.forms:
            day = getattr(form, "cleaned_data", {}).get("date") or form.instance.date
            dates[form.instance.number] = day
        return dates

    def clean(self):
        super().clean()
        dates = self.session_dates()
        numbers = sorted(dates)
        for before, after in zip(numbers, numbers[1:], strict=False):
            if dates[before] and dates[after] and dates[before] >= dates[after]:
                raise forms.ValidationError(
                    _(
                        "Week %(after)s (%(after_date)s) must come after week %(before)s "
                        "(%(before_date)s). Keep the weeks in order."
                    )
                    % {
                        "before": before,
                        "after": after,
                        "before_date": date_format(dates[before], "j F Y"),
                        "after_date": date_format(dates[after], "j F Y"),
                    }
                )


class AttendanceFormSet(forms.BaseInlineFormSet):
    """Marks on a session's own admin page: refused, all of them, before the session starts.

    Every row's "person" list offers the same people: it is read once and shared by the rows
    (and the blank row "Add another" copies), so the page costs the same number of queries
    for 6 people or 60. Left to itself, each row would read the list again.
    """

    def _construct_form(self, i, **kwargs):
        return self._share_people(super()._construct_form(i, **kwargs))

    @property
    def empty_form(self):
        return self._share_people(super().empty_form)

    def _share_people(self, form):
        field = form.fields.get("enrolment")
        if field is not None and hasattr(field, "queryset"):
            if not hasattr(self, "_people"):
                self._people = list(field.choices)
            field.choices = self._people
        return form

    def clean(self):
        super().clean()
        if any(form.has_changed() for form in self.forms):
            from .services import register_refusal

            refusal = register_refusal(session=self.instance)
            if refusal:
                raise forms.ValidationError(refusal)


class EnrolCSVForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: email, full name, council (slug or name, in English or Welsh). "
            "At most 2,000 rows and 2 MB."
        ),
    )


class ConfirmCSVForm(forms.Form):
    content = forms.CharField(widget=forms.HiddenInput)


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for withdrawal"),
        max_length=300,
        help_text=_("Kept with their record; they keep their history and get no more emails."),
    )
    on = forms.DateField(
        label=_("Withdrawn on"),
        initial=dt.date.today,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class ResendInvitationsForm(forms.Form):
    """The confirmation of "Resend invitations": when the count was shown, so that sending the
    same confirmation twice emails nobody twice (invitations_resend)."""

    shown_at = forms.DateTimeField(widget=forms.HiddenInput)


class NominateExistingForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Colleague"),
        queryset=User.objects.none(),
        error_messages={
            "required": _("Choose the colleague you want to nominate"),
            # Someone not in the list: another council's, already enrolled, or gone since the
            # page was loaded.
            "invalid_choice": _("Choose a colleague from the list"),
        },
    )

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = colleagues


def email_domains_text(council) -> str:
    """A council's domains as a person reads them: "@a.gov.uk" or "@a.gov.uk or @b.gov.uk"."""
    return str(get_text_list([f"@{d}" for d in council.domain_list], _("or")))


class NominateNewForm(forms.Form):
    """Someone new to the portal. Their address must be at one of the lead's council's email
    domains, when the council has any (programme staff set them in the admin)."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        error_messages={
            "required": _("Enter their full name"),
            "max_length": _("Full name must be 150 characters or fewer"),
        },
    )
    email = forms.EmailField(
        label=_("Work email address"),
        max_length=254,
        error_messages={
            "required": _("Enter their work email address"),
            "invalid": _("Enter a work email address in the correct format, like name@example.com"),
            "max_length": _("Work email address must be 254 characters or fewer"),
        },
    )

    def __init__(self, *args, council, **kwargs):
        super().__init__(*args, **kwargs)
        self.council = council
        if council.domain_list:
            self.fields["email"].help_text = _(
                "Their %(council)s Council address, ending %(domains)s."
            ) % {"council": council.display_name, "domains": email_domains_text(council)}

    def clean_full_name(self):
        # As CSV enrolment refuses: a line break would split the name on certificates and in
        # email headers.
        name = self.cleaned_data["full_name"]
        if any(ord(c) < 32 or ord(c) == 127 for c in name):
            raise forms.ValidationError(
                _("Enter the full name on one line, without line breaks or control characters.")
            )
        return name

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        other = User.objects.filter(email=email).first()
        if (
            other is not None
            and other.council_id == self.council.pk
            and other.role == Role.PARTICIPANT
        ):
            # Their own council's participants the lead sees anyway, whatever their address.
            raise forms.ValidationError(
                _(
                    "Someone with this email is already on the portal. If they work for "
                    "your council, choose them from the list above."
                )
            )
        # The domain first: the answer to an address outside it says nothing about whether
        # it is on the portal.
        if not self.council.accepts_email(email):
            raise forms.ValidationError(
                _("Use a %(council)s Council address ending %(domains)s")
                % {
                    "council": self.council.display_name,
                    "domains": email_domains_text(self.council),
                }
            )
        if other is not None:
            # Whether an address is on the portal is not a lead's to know, outside their own
            # council's participants.
            raise forms.ValidationError(
                _("We cannot nominate this address. Ask the programme team.")
            )
        return email


class CancelSessionsForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the session is cancelled"),
        max_length=300,
        help_text=_("Sent to everyone enrolled with the cancellation."),
    )


class CertificateLookupForm(forms.Form):
    """A verification code as someone types it from a certificate: spaces and case are
    forgiven, anything else that could not be a code is refused with an example."""

    code = forms.CharField(
        label=_("Verification code"),
        help_text=_("It is printed at the foot of the certificate, for example INF-AB2C-D3EF."),
        max_length=40,
        error_messages={
            "required": _("Enter the verification code from the certificate"),
            "max_length": _("Enter the code as it is printed, for example INF-AB2C-D3EF"),
        },
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).upper()
        if not re.fullmatch(r"[A-Z0-9-]{1,20}", code):
            raise forms.ValidationError(
                _("Enter the code as it is printed, for example INF-AB2C-D3EF")
            )
        return code
