"""The forms of the canvas's steps. Each saves whatever is valid so far (a step is filled in
over a week or two); an error names the field and the rule it broke."""

import datetime as dt

from django import forms
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from cohorts import selectors as cohort_selectors

from . import guidance, rules
from .models import Decision, EvidenceLevel, PartKind, Risk

TEXT_LIMIT = 2000
NOTE_LIMIT = 1000
TEST_START_YEARS_BEFORE = 2
TEST_START_YEARS_AFTER = 3


def _text(label, *, hint="", limit=TEXT_LIMIT, required=False, required_message=None, rows=4):
    messages = {
        "max_length": format_lazy(
            _("{label} must be {limit} characters or fewer."), label=label, limit=f"{limit:,}"
        )
    }
    if required_message:
        messages["required"] = required_message
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(
        label=label,
        help_text=hint,
        required=required,
        max_length=limit,
        strip=True,
        widget=widget,
        error_messages=messages,
    )


def _choice(label, choices, *, hint="", invalid, required=False, required_message=None):
    messages = {"invalid_choice": invalid}
    if required_message:
        messages["required"] = required_message
    return forms.ChoiceField(
        label=label,
        help_text=hint,
        required=required,
        choices=[("", "")] + list(choices),
        widget=forms.RadioSelect,
        error_messages=messages,
    )


class StepForm(forms.Form):
    """Field order and first-error links for the error summary."""

    radio_fields: tuple[str, ...] = ()

    def error_links(self) -> list[tuple[str, str]]:
        links = []
        for name, errors in self.errors.items():
            if name == "__all__":
                links += [("", str(e)) for e in errors]
                continue
            field_id = self[name].auto_id
            if name in self.radio_fields:
                field_id = f"{field_id}-1"  # the first option
            links += [(field_id, str(e)) for e in errors]
        return links

    def options(self, name: str, hints: dict | None = None) -> list[dict]:
        """A radio field's options, with the value chosen (or typed) marked."""
        bound = self[name]
        current = "" if bound.value() is None else str(bound.value())
        hints = hints or {}
        return [
            {
                "value": str(value),
                "label": label,
                "hint": hints.get(value, ""),
                "checked": str(value) == current,
                "id": f"{bound.auto_id}-{index}",
            }
            for index, (value, label) in enumerate(
                [c for c in bound.field.choices if c[0] != ""], start=1
            )
        ]


class NewCanvasForm(StepForm):
    name = _text(
        _("Name of the innovation"),
        hint=_(
            "A short name you will recognise, for example “School streets” or “Community fridge”."
        ),
        limit=120,
        required=True,
        required_message=_("Name of the innovation: enter a name, for example “School streets”."),
        rows=0,
    )


class InnovationForm(StepForm):
    radio_fields = ("evidence_level",)

    name = NewCanvasForm.base_fields["name"]
    what_it_is = _text(
        _("What it is"),
        hint=_(
            "Two or three plain sentences, as if explaining it to a councillor in a corridor. "
            "Say what people actually do, not what the scheme hopes to achieve."
        ),
    )
    where_it_worked = _text(
        _("Where it worked"),
        hint=_("The place and the organisation that ran it, roughly when, and at what scale."),
        rows=3,
    )
    problem_there = _text(
        _("The problem it solved there"),
        hint=_(
            "In the originator's terms, not yours. You describe your own problem in the next step."
        ),
        rows=3,
    )
    evidence_level = _choice(
        _("Strength of evidence"),
        EvidenceLevel.choices,
        hint=_("Which rung the main claim stands on. You grade it properly in week 2."),
        invalid=_("Strength of evidence: choose one of the four options."),
    )
    evidence_source = _text(
        _("Where the evidence comes from (optional)"),
        hint=_("The report, case study or person the claim comes from."),
        rows=2,
    )

    def evidence_options(self):
        return self.options("evidence_level", guidance.EVIDENCE_LEVEL_HINTS)


class ContextForm(StepForm):
    problem_here = _text(
        _("The problem here"),
        hint=_(
            "One or two sentences about the problem in your area, in terms of people and "
            "outcomes. Do not mention the innovation."
        ),
        rows=3,
    )
    who_affected = _text(
        _("Who is affected"),
        hint=_(
            "The groups, where they live and roughly how many, with a source such as StatsWales, "
            "Data Cymru, the Census or your Public Services Board's well-being assessment. If it "
            "is an estimate, say so."
        ),
        rows=3,
    )
    policy_fit = _text(
        _("The well-being goal or plan it serves (optional)"),
        hint=_(
            "For example a goal of the Well-being of Future Generations (Wales) Act, Net Zero "
            "Wales, Connected Communities or your Public Services Board's well-being plan."
        ),
        rows=2,
    )


class FitForm(StepForm):
    radio_fields = rules.ATTRIBUTES

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, attribute in guidance.ATTRIBUTES.items():
            self.fields[code] = forms.TypedChoiceField(
                label=attribute.title,
                help_text=attribute.question,
                required=False,
                choices=[("", "")] + [(s, str(s)) for s in rules.SCORES],
                coerce=int,
                empty_value=None,
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": format_lazy(
                        _("{label}: choose a score from 1 to 5."), label=attribute.title
                    )
                },
            )
            self.fields[f"{code}_note"] = _text(
                format_lazy(_("{label}: why this score"), label=attribute.title),
                limit=NOTE_LIMIT,
                rows=2,
            )

    def attributes(self) -> list[dict]:
        return [
            {
                "attribute": attribute,
                "field": self[code],
                "note": self[f"{code}_note"],
                "options": self.options(code, attribute.scores),
            }
            for code, attribute in guidance.ATTRIBUTES.items()
        ]

    def scores(self) -> dict[str, int | None]:
        """The scores as posted, where they are valid (for a proposal before saving)."""
        data = getattr(self, "cleaned_data", {})
        return {code: data.get(code) for code in rules.ATTRIBUTES}


class DecisionForm(StepForm):
    radio_fields = ("decision",)

    decision = _choice(
        _("Your decision"),
        Decision.choices,
        invalid=_("Your decision: choose adopt as it is, adapt or leave."),
    )
    decision_reasons = _text(
        _("Why"),
        hint=_(
            "Three to five sentences. Refer to the evidence grade, your two lowest fit scores and "
            "the core parts. If you disagree with the tool's proposal, say why."
        ),
        rows=5,
    )
    reconsider_if = _text(
        _("We would reconsider if…"),
        hint=_("What would change your mind, for example a result of the first test."),
        rows=2,
    )
    who_agrees = _text(
        _("Who needs to agree"),
        hint=_("You, your manager, a programme board or a cabinet member."),
        limit=500,
        rows=2,
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") and not data.get("decision_reasons"):
            self.add_error(
                "decision_reasons",
                _(
                    "Why: give your reasons for this decision. A decision is not recorded without them."
                ),
            )
        return data

    def decision_options(self, proposed: str | None):
        options = self.options("decision", guidance.DECISION_HINTS)
        for option in options:
            option["proposed"] = option["value"] == proposed
        return options


class TestForm(StepForm):
    test_what = _text(
        _("What we will test"),
        hint=_("The change you will try, including which core parts and which adapted parts."),
        rows=3,
    )
    test_where = _text(
        _("Where, and with whom"),
        hint=_("Keep it small: one site, one team, one street or a handful of people."),
        rows=2,
    )
    # No max_length: a length error would leave the part out, and the date would then be said
    # to lack it. clean() judges the three parts together.
    start_day = forms.CharField(label=_("Day"), required=False)
    start_month = forms.CharField(label=_("Month"), required=False)
    start_year = forms.CharField(label=_("Year"), required=False)
    test_weeks = forms.IntegerField(
        label=_("How many weeks it will run"),
        help_text=_("From 1 to 12. A first test usually runs one to four weeks."),
        required=False,
        min_value=1,
        max_value=12,
        error_messages={
            "invalid": _("How many weeks: enter a whole number, such as 2."),
            "min_value": _("How many weeks: enter a number from 1 to 12."),
            "max_value": _(
                "How many weeks: enter a number from 1 to 12. Keep a first test short, and "
                "plan a longer one as the next cycle."
            ),
        },
    )
    test_prediction = _text(
        _("What we predict will happen, and why"),
        hint=_("Without a prediction, every result looks like success."),
        rows=3,
    )
    measure_outcome = _text(
        _("Outcome measure: how we will know it worked"),
        hint=_(
            "Whether things are better for people or the planet, who collects it and how often. "
            "Note your baseline."
        ),
        rows=2,
    )
    measure_process = _text(
        _("Process measure (optional)"),
        hint=_("Whether the change happened as planned, for example rounds done by bike."),
        rows=2,
    )
    measure_balancing = _text(
        _("Balancing measure (optional)"),
        hint=_("Whether it caused a problem somewhere else, such as complaints or overtime."),
        rows=2,
    )
    test_review = _text(
        _("Study and act (optional)"),
        hint=_(
            "When you will compare the results with your prediction, and who decides the next cycle."
        ),
        rows=2,
    )

    def clean(self):
        data = super().clean()
        parts = [data.get("start_day", ""), data.get("start_month", ""), data.get("start_year", "")]
        data["test_starts_on"] = None
        if any(parts):
            starts_on, message = _start_date(parts)
            if message:
                self.add_error("start_day", message)
            else:
                data["test_starts_on"] = starts_on
        return data


def _start_date(parts: list[str]) -> tuple[dt.date | None, object]:
    """The start date from its day, month and year as typed, or why it is not one. A first
    test starts within TEST_START_YEARS_BEFORE years before today and TEST_START_YEARS_AFTER
    years after it (a year of 1900 or 10000 is a slip)."""
    day, month, year = parts
    if not all(parts):
        missing = [
            label
            for label, value in zip((_("a day"), _("a month"), _("a year")), parts, strict=True)
            if not value
        ]
        return None, format_lazy(
            _("Start date must include {missing}."), missing=_(" and ").join(map(str, missing))
        )
    if not all(p.isascii() and p.isdigit() for p in parts):
        return None, _("Start date must be a real date, in numbers, for example 3 6 2027.")
    today = cohort_selectors.today()
    earliest = _years_from(today, -TEST_START_YEARS_BEFORE)
    latest = _years_from(today, TEST_START_YEARS_AFTER)
    too_early = format_lazy(
        _(
            "Start date must be {date} or later: a first test cannot have started more than "
            "two years ago."
        ),
        date=date_format(earliest, "j F Y"),
    )
    too_late = format_lazy(
        _(
            "Start date must be {date} or earlier: plan a first test to start within three "
            "years of today."
        ),
        date=date_format(latest, "j F Y"),
    )
    year_digits = year.lstrip("0")
    if len(year_digits) > 4:  # 10000 or 99999999999: far too late (and int() of it is not cheap)
        return None, too_late
    if len(year) != 4:
        return None, _(
            "Start date must be a real date, with a four-digit year, for example 3 6 2027."
        )
    if len(day) > 2 or len(month) > 2:
        return None, _("Start date must be a real date, for example 3 6 2027.")
    try:
        starts_on = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None, _("Start date must be a real date, for example 3 6 2027.")
    if starts_on < earliest:
        return None, too_early
    if starts_on > latest:
        return None, too_late
    return starts_on, None


def _years_from(day: dt.date, years: int) -> dt.date:
    """The same day `years` years on (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class CorePartForm(StepForm):
    part = _text(
        _("A part we must keep"),
        hint=_(
            "A part without which it would stop working, for example “teams organise their own work”."
        ),
        limit=300,
        required=True,
        required_message=_("A part we must keep: enter the part."),
        rows=0,
    )
    why = _text(
        _("Why it is core (optional)"),
        hint=_(
            "Your evidence: the theory of change, what the originator told you, or what failed copies changed."
        ),
        rows=2,
    )

    kind = PartKind.CORE


class ChangePartForm(StepForm):
    radio_fields = ("risk",)

    part = _text(
        _("A part we will change"),
        hint=_("For example timing, staffing mix, venue, IT, branding, scale or language."),
        limit=300,
        required=True,
        required_message=_("A part we will change: enter the part."),
        rows=0,
    )
    change = _text(
        _("What we will change"),
        required=True,
        required_message=_(
            "What we will change: every change needs a plan, so say what will be different."
        ),
        rows=2,
    )
    reason = _text(
        _("Why we will change it"),
        hint=_("Local need, law, funding, language, geography, culture or capacity."),
        required=True,
        required_message=_("Why we will change it: give the reason for the change."),
        rows=2,
    )
    risk = _choice(
        _("Risk to the core"),
        Risk.choices,
        invalid=_("Risk to the core: choose none, possible or high."),
        required=True,
        required_message=_("Risk to the core: choose none, possible or high."),
    )
    check_plan = _text(
        _("How we will check (optional)"),
        hint=_("What you will watch to see whether the change helps or harms."),
        rows=2,
    )

    kind = PartKind.CHANGE

    def risk_options(self):
        return self.options("risk", guidance.RISK_HINTS)


PART_FORMS = {PartKind.CORE: CorePartForm, PartKind.CHANGE: ChangePartForm}
STEP_FORMS = {
    "innovation": InnovationForm,
    "context": ContextForm,
    "fit": FitForm,
    "decision": DecisionForm,
    "test": TestForm,
}
