"""The planner's step forms. Each error names the field and the rule; what was typed is kept
(the forms are re-rendered bound)."""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from labs.templatetags.lab_content import content

from .models import ContractKind
from .rules import MAX_BIDS, MIN_BIDS, WEIGHTING_TOTAL, weighting_total_problem

MAX_MONEY = Decimal("999999999999.99")


def _clean_number_text(value):
    """People type "£1,250,000" or "2 500": keep the digits, the point and a minus sign."""
    if isinstance(value, str):
        value = value.strip().replace("£", "").replace(",", "").replace(" ", "")
    return value


# "1e5": Decimal reads it as 100,000, but nobody means a contract value so, and a slip such as
# "1e20" should not pass as a figure.
EXPONENT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$")


class PlainNumberField(forms.DecimalField):
    """A number typed in full, with or without "£" and thousands separators, to two decimal
    places. Only the bounds limit its size (no max_digits), so a figure too large gets one
    error, the field's own."""

    default_error_messages = {
        "exponent": _("Enter the number in full, for example 250,000, not as a power of ten."),
    }

    def __init__(self, **kwargs):
        super().__init__(max_digits=None, decimal_places=2, **kwargs)

    def to_python(self, value):
        value = _clean_number_text(value)
        if isinstance(value, str) and EXPONENT.match(value):
            raise forms.ValidationError(self.error_messages["exponent"], code="exponent")
        return super().to_python(value)


class MoneyField(PlainNumberField):
    """Pounds and pence."""

    def __init__(self, *, label, required=True, **kwargs):
        super().__init__(label=label, required=required, max_value=MAX_MONEY, **kwargs)


class QuantityField(PlainNumberField):
    def __init__(self, *, label, required=False, **kwargs):
        super().__init__(label=label, required=required, min_value=0, max_value=MAX_MONEY, **kwargs)


def _messages(**messages):
    return {key: value for key, value in messages.items() if value}


class ContractForm(forms.Form):
    prefix = "contract"

    title = forms.CharField(
        label=_("Contract title"),
        max_length=200,
        error_messages=_messages(
            required=_("Enter the contract’s title."),
            max_length=_("The contract’s title must be 200 characters or fewer."),
        ),
    )
    kind = forms.ChoiceField(
        label=_("Type of contract"),
        choices=ContractKind.choices,
        error_messages=_messages(
            required=_("Choose whether the contract is for works, goods or services."),
            invalid_choice=_("Choose works, goods or services."),
        ),
    )
    value = MoneyField(
        label=_("Estimated value"),
        min_value=Decimal("1"),
        error_messages=_messages(
            required=_("Enter the estimated value in pounds, for example 250,000."),
            invalid=_("Enter the estimated value as a number of pounds, for example 250,000."),
            min_value=_("The estimated value must be at least £1."),
            max_value=_(
                "The estimated value must be £999,999,999,999.99 or less: check the number of "
                "digits."
            ),
            max_decimal_places=_(
                "The estimated value can have at most two decimal places (pence)."
            ),
            exponent=_(
                "Enter the estimated value in full, for example 250,000, not as a power of ten "
                "such as 1e5."
            ),
        ),
    )
    duration_months = forms.IntegerField(
        label=_("Duration"),
        min_value=1,
        max_value=240,
        error_messages=_messages(
            required=_("Enter the duration in months, for example 36."),
            invalid=_("Enter the duration as a whole number of months, for example 36."),
            min_value=_("The duration must be at least 1 month."),
            max_value=_("The duration must be 240 months (20 years) or fewer."),
        ),
    )

    def clean_title(self):
        return self.cleaned_data["title"].strip()


class WeightingForm(forms.Form):
    prefix = "weighting"

    def _weight(label, name):  # noqa: N805 - a helper used while the class body runs
        return forms.IntegerField(
            label=label,
            min_value=0,
            max_value=100,
            error_messages={
                "required": _("Enter the %(name)s weighting as a whole number from 0 to 100.")
                % {"name": name},
                "invalid": _("Enter the %(name)s weighting as a whole number from 0 to 100.")
                % {"name": name},
                "min_value": _("The %(name)s weighting must be 0 or more.") % {"name": name},
                "max_value": _("The %(name)s weighting must be 100 or less.") % {"name": name},
            },
        )

    price = _weight(_("Price"), pgettext_lazy("weighting", "price"))
    quality = _weight(_("Quality"), pgettext_lazy("weighting", "quality"))
    social_value = _weight(_("Social value"), pgettext_lazy("weighting", "social value"))
    note = forms.CharField(
        label=_("Why this weighting (optional)"),
        required=False,
        max_length=300,
        error_messages={"max_length": _("The reason must be 300 characters or fewer.")},
    )
    del _weight

    def __init__(self, *args, has_saved=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_saved = has_saved  # a weighting is saved already: a refusal leaves it as it was

    def clean(self):
        data = super().clean()
        parts = [data.get(name) for name in ("price", "quality", "social_value")]
        if all(part is not None for part in parts):
            total = weighting_total_problem(*parts)
            if total is not None:
                if self.has_saved:
                    message = _(
                        "Price, quality and social value add up to %(total)s%%. "
                        "They must total %(required)s%%: your weighting has not been changed."
                    )
                else:
                    message = _(
                        "Price, quality and social value add up to %(total)s%%. "
                        "They must total %(required)s%%: nothing has been saved yet."
                    )
                raise forms.ValidationError(
                    message % {"total": total, "required": WEIGHTING_TOTAL}, code="total"
                )
        return data


class OutcomesForm(forms.Form):
    """A target for each measure the plan uses; a blank target leaves the measure out."""

    prefix = "outcomes"

    note = forms.CharField(
        label=_("Notes on the outcomes (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea,
        error_messages={"max_length": _("The notes must be 2,000 characters or fewer.")},
    )

    def __init__(self, *args, proxies, **kwargs):
        super().__init__(*args, **kwargs)
        self.proxies = list(proxies)
        for proxy in self.proxies:
            self.fields[self.field_name(proxy)] = QuantityField(
                label=content(proxy, "measure"),  # lang="en" while its Welsh is missing
                error_messages={
                    "invalid": _("Enter the target for “%(measure)s” as a number, in %(unit)s.")
                    % {"measure": proxy.measure, "unit": proxy.unit},
                    "min_value": _("The target for “%(measure)s” cannot be negative.")
                    % {"measure": proxy.measure},
                    "max_value": _(
                        "The target for “%(measure)s” must be 999,999,999,999.99 or less."
                    )
                    % {"measure": proxy.measure},
                    "exponent": _(
                        "Enter the target for “%(measure)s” in full, for example 2,500, not as "
                        "a power of ten such as 1e5."
                    )
                    % {"measure": proxy.measure},
                    "max_decimal_places": _(
                        "The target for “%(measure)s” can have at most two decimal places."
                    )
                    % {"measure": proxy.measure},
                },
            )
        # The targets first, so that an error about them all points at the first target.
        self.order_fields([self.field_name(proxy) for proxy in self.proxies] + ["note"])

    @staticmethod
    def field_name(proxy) -> str:
        return f"target-{proxy.code}"

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        targets = {
            proxy: data[self.field_name(proxy)]
            for proxy in self.proxies
            if data.get(self.field_name(proxy)) is not None
        }
        if not targets:
            raise forms.ValidationError(
                _(
                    "Enter a target for at least one measure: the measures with a target are your plan’s outcomes."
                ),
                code="none",
            )
        data["targets"] = targets
        return data

    def bound_field(self, proxy):
        return self[self.field_name(proxy)]


class BidsForm(forms.Form):
    """Two to four sample bids in fixed slots; a slot left wholly blank is no bid."""

    prefix = "bids"
    slots = range(1, MAX_BIDS + 1)

    def __init__(self, *args, measures, **kwargs):
        super().__init__(*args, **kwargs)
        self.measures = list(measures)  # the plan's PlanMeasures, with their proxies
        for n in self.slots:
            self.fields[f"bid{n}-bidder"] = forms.CharField(
                label=_("Bidder’s name"),
                required=False,
                max_length=120,
                error_messages={
                    "max_length": _("Bid %(n)s: the bidder’s name must be 120 characters or fewer.")
                    % {"n": n}
                },
            )
            self.fields[f"bid{n}-price"] = MoneyField(
                label=_("Price"),
                required=False,
                min_value=Decimal("0.01"),
                error_messages={
                    "invalid": _("Bid %(n)s: enter the price as a number of pounds.") % {"n": n},
                    "min_value": _("Bid %(n)s: the price must be more than £0.") % {"n": n},
                    "max_value": _("Bid %(n)s: the price must be £999,999,999,999.99 or less.")
                    % {"n": n},
                    "exponent": _(
                        "Bid %(n)s: enter the price in full, for example 250,000, not as a "
                        "power of ten such as 1e5."
                    )
                    % {"n": n},
                    "max_decimal_places": _(
                        "Bid %(n)s: the price can have at most two decimal places (pence)."
                    )
                    % {"n": n},
                },
            )
            self.fields[f"bid{n}-quality"] = PlainNumberField(
                label=_("Quality score (out of 100)"),
                required=False,
                min_value=0,
                max_value=100,
                error_messages={
                    "invalid": _("Bid %(n)s: enter the quality score as a number from 0 to 100.")
                    % {"n": n},
                    "min_value": _("Bid %(n)s: the quality score must be 0 or more.") % {"n": n},
                    "max_value": _("Bid %(n)s: the quality score must be 100 or less.") % {"n": n},
                    "exponent": _(
                        "Bid %(n)s: enter the quality score in full, as a number from 0 to 100."
                    )
                    % {"n": n},
                    "max_decimal_places": _(
                        "Bid %(n)s: the quality score can have at most two decimal places."
                    )
                    % {"n": n},
                },
            )
            for measure in self.measures:
                proxy = measure.proxy
                self.fields[self.commit_name(n, proxy)] = QuantityField(
                    label=content(proxy, "measure"),  # lang="en" while its Welsh is missing
                    error_messages={
                        "invalid": _(
                            "Bid %(n)s: enter the commitment to “%(measure)s” as a number."
                        )
                        % {"n": n, "measure": proxy.measure},
                        "min_value": _(
                            "Bid %(n)s: the commitment to “%(measure)s” cannot be negative."
                        )
                        % {"n": n, "measure": proxy.measure},
                        "max_value": _(
                            "Bid %(n)s: the commitment to “%(measure)s” must be "
                            "999,999,999,999.99 or less."
                        )
                        % {"n": n, "measure": proxy.measure},
                        "exponent": _(
                            "Bid %(n)s: enter the commitment to “%(measure)s” in full, not as a "
                            "power of ten such as 1e5."
                        )
                        % {"n": n, "measure": proxy.measure},
                        "max_decimal_places": _(
                            "Bid %(n)s: the commitment to “%(measure)s” can have at most two "
                            "decimal places."
                        )
                        % {"n": n, "measure": proxy.measure},
                    },
                )

    @staticmethod
    def commit_name(n: int, proxy) -> str:
        return f"bid{n}-commit-{proxy.code}"

    def slot_fields(self, n: int) -> dict:
        """The bound fields of one slot, for the template."""
        return {
            "n": n,
            "bidder": self[f"bid{n}-bidder"],
            "price": self[f"bid{n}-price"],
            "quality": self[f"bid{n}-quality"],
            "commitments": [
                (measure, self[self.commit_name(n, measure.proxy)]) for measure in self.measures
            ],
        }

    def _raw(self, name: str) -> str:
        return (self.data.get(self.add_prefix(name)) or "").strip()

    def _slot_used(self, n: int) -> bool:
        names = [f"bid{n}-bidder", f"bid{n}-price", f"bid{n}-quality"]
        names += [self.commit_name(n, m.proxy) for m in self.measures]
        return any(self._raw(name) for name in names)

    def clean(self):
        data = super().clean()
        bids = []
        for n in self.slots:
            if not self._slot_used(n):
                continue
            missing = {
                f"bid{n}-bidder": _("Bid %(n)s: enter the bidder’s name.") % {"n": n},
                f"bid{n}-price": _("Bid %(n)s: enter the price in pounds.") % {"n": n},
                f"bid{n}-quality": _("Bid %(n)s: enter the quality score out of 100.") % {"n": n},
            }
            for name, message in missing.items():
                if name not in self.errors and data.get(name) in (None, ""):
                    self.add_error(name, message)
            bids.append(
                {
                    "slot": n,
                    "bidder": data.get(f"bid{n}-bidder", ""),
                    "price": data.get(f"bid{n}-price"),
                    "quality": data.get(f"bid{n}-quality"),
                    "commitments": {
                        m.proxy: data.get(self.commit_name(n, m.proxy)) or Decimal(0)
                        for m in self.measures
                    },
                }
            )
        if len(bids) < MIN_BIDS and not self.errors:
            raise forms.ValidationError(
                _("Enter at least %(min)s bids to compare (you can enter up to %(max)s).")
                % {"min": MIN_BIDS, "max": MAX_BIDS},
                code="too_few",
            )
        # "Acme Ltd", "ACME LTD" and "Acme  Ltd" are one bidder: the ranking could not tell
        # them apart. The later bid is the one to change.
        first_slot = {}
        for bid in bids:
            if not bid["bidder"]:
                continue
            key = "".join(bid["bidder"].split()).casefold()
            if key in first_slot:
                self.add_error(
                    f"bid{bid['slot']}-bidder",
                    _(
                        "Bid %(n)s: the bidder’s name is the same as bid %(first)s’s. Give each "
                        "bid a different bidder’s name, so the ranking can tell them apart."
                    )
                    % {"n": bid["slot"], "first": first_slot[key]},
                )
            else:
                first_slot[key] = bid["slot"]
        data["bids"] = bids
        return data
