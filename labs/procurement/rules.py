"""The Social value planner's arithmetic, free of any framework so that every boundary can be
unit-tested: indicative social value, the warnings for implausible plans, the weighting rule
and the bid evaluator. Money is `Decimal` throughout; nothing here rounds to floats.

The bid method, as the page explains it to participants:

- price score = lowest price ÷ this bid's price × price weight (the lowest price gets full marks,
  the others in proportion);
- quality score = quality mark ÷ 100 × quality weight;
- social value score = this bid's committed social value (£) ÷ the highest committed (£) ×
  social value weight (no one committing anything: everyone scores 0).

Each part is rounded to two decimal places and the total is their sum, so the figures on the
page add up. "Would social value change the winner?" re-weights price and quality alone to 100.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

WEIGHTING_TOTAL = 100
PENNY = Decimal("0.01")
POINT = Decimal("0.01")  # scores are shown to two decimal places
HUNDRED = Decimal(100)
HALF = Decimal("0.5")
MIN_BIDS, MAX_BIDS = 2, 4

# Warning codes (the page words them; see selectors.warning_message).
ABOVE_HALF = "above_half"
NO_THEME_MEASURE = "no_theme_measure"
ZERO_TARGET = "zero_target"


def _money(amount: Decimal) -> Decimal:
    return amount.quantize(PENNY, rounding=ROUND_HALF_UP)


def _points(amount: Decimal) -> Decimal:
    return amount.quantize(POINT, rounding=ROUND_HALF_UP)


# --- Showing numbers ------------------------------------------------------------------------


def format_pounds(amount: Decimal | None) -> str:
    """£1,234,567 for whole pounds, £1,234.50 when there are pence; "" for no amount."""
    if amount is None:
        return ""
    amount = _money(Decimal(amount))
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if amount == amount.to_integral_value():
        return f"{sign}£{amount:,.0f}"
    return f"{sign}£{amount:,.2f}"


def format_money(amount: Decimal | None) -> str:
    """Pounds for a form field, without the £: 1,250,000 for whole pounds, 1,250,000.50 with
    pence (never 1,250,000.5)."""
    return format_pounds(amount).replace("£", "", 1)


def format_number(amount: Decimal | None) -> str:
    """A quantity with thousands separators and no trailing zeros: 1,250 or 2.5."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    if amount == amount.to_integral_value():
        return f"{amount:,.0f}"
    text = f"{_money(amount):,.2f}"
    return text.rstrip("0").rstrip(".")


def format_percent(share: Decimal | None) -> str:
    """A share already in per cent, to one decimal place: 12.5%."""
    if share is None:
        return ""
    return f"{Decimal(share).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):,}%"


def format_points(points: Decimal | None) -> str:
    if points is None:
        return ""
    return f"{_points(Decimal(points)):.2f}"


# --- Weighting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weighting:
    """Price, quality and social value, in whole per cent."""

    price: int
    quality: int
    social_value: int

    @property
    def total(self) -> int:
        return self.price + self.quality + self.social_value

    @property
    def is_valid(self) -> bool:
        return (
            min(self.price, self.quality, self.social_value) >= 0 and self.total == WEIGHTING_TOTAL
        )

    def without_social_value(self) -> "_ScaledWeighting | None":
        """Price and quality alone, re-weighted to total 100 (for "did social value change
        the winner?"). None when price and quality both weigh nothing."""
        rest = self.price + self.quality
        if rest == 0:
            return None
        return _ScaledWeighting(
            price=Decimal(self.price) * HUNDRED / rest,
            quality=Decimal(self.quality) * HUNDRED / rest,
            social_value=Decimal(0),
        )


@dataclass(frozen=True)
class _ScaledWeighting:
    """A weighting whose parts need not be whole numbers (re-normalised price and quality)."""

    price: Decimal
    quality: Decimal
    social_value: Decimal


def weighting_total_problem(price: int, quality: int, social_value: int) -> int | None:
    """The total the three weightings reach when it is not 100; None when they total 100."""
    total = price + quality + social_value
    return None if total == WEIGHTING_TOTAL else total


# --- Indicative social value ----------------------------------------------------------------


@dataclass(frozen=True)
class MeasureLine:
    """One outcome measure of a plan: its target, and the proxy value (£) of one unit."""

    key: str
    name: str
    target: Decimal
    proxy_value: Decimal
    serves_theme: bool = False

    @property
    def value(self) -> Decimal:
        return line_value(self.target, self.proxy_value)


def line_value(quantity: Decimal, proxy_value: Decimal) -> Decimal:
    """Quantity × proxy value per unit, to the penny."""
    return _money(Decimal(quantity) * Decimal(proxy_value))


@dataclass(frozen=True)
class PlanWarning:
    code: str
    measures: tuple[str, ...] = ()  # the measures it is about, where it names some


@dataclass(frozen=True)
class SocialValue:
    total: Decimal
    share: Decimal | None  # per cent of the contract value; None without a contract value
    warnings: tuple[PlanWarning, ...] = field(default_factory=tuple)

    def has(self, code: str) -> bool:
        return any(w.code == code for w in self.warnings)


def social_value(lines: Sequence[MeasureLine], contract_value: Decimal | None) -> SocialValue:
    """The plan's indicative social value: the sum of target × proxy value over its measures,
    its share of the contract's estimated value, and what looks implausible about it."""
    total = sum((line.value for line in lines), Decimal("0.00"))
    share = None
    if contract_value and contract_value > 0:
        share = total * HUNDRED / Decimal(contract_value)
    return SocialValue(total=total, share=share, warnings=plan_warnings(lines, contract_value))


def plan_warnings(
    lines: Sequence[MeasureLine], contract_value: Decimal | None
) -> tuple[PlanWarning, ...]:
    """Warnings for an implausible plan, in the order the page shows them:

    - ABOVE_HALF: the social value is more than half the contract's value (exactly half is not);
    - NO_THEME_MEASURE: measures were chosen, but none serves the cohort's theme;
    - ZERO_TARGET: a chosen measure has a target of zero (named).
    """
    warnings: list[PlanWarning] = []
    total = sum((line.value for line in lines), Decimal(0))
    if contract_value and contract_value > 0 and total > Decimal(contract_value) * HALF:
        warnings.append(PlanWarning(ABOVE_HALF))
    if lines and not any(line.serves_theme for line in lines):
        warnings.append(PlanWarning(NO_THEME_MEASURE))
    zero = tuple(line.name for line in lines if line.target == 0)
    if zero:
        warnings.append(PlanWarning(ZERO_TARGET, zero))
    return tuple(warnings)


# --- The bid evaluator ----------------------------------------------------------------------


@dataclass(frozen=True)
class Bid:
    name: str
    price: Decimal  # £, more than 0
    quality: Decimal  # marks out of 100
    committed: Decimal = Decimal(0)  # £ of social value committed against the plan's measures


@dataclass(frozen=True)
class BidScore:
    bid: Bid
    price: Decimal
    quality: Decimal
    social_value: Decimal
    rank: int = 0
    price_quality_total: Decimal | None = None  # on price and quality alone, re-weighted
    price_quality_rank: int | None = None

    @property
    def total(self) -> Decimal:
        return self.price + self.quality + self.social_value


@dataclass(frozen=True)
class Evaluation:
    scores: tuple[BidScore, ...]  # best first
    winners: tuple[str, ...]  # more than one when the top totals tie
    price_quality_winners: tuple[str, ...] | None  # None: price and quality weigh nothing
    price_quality_weighting: _ScaledWeighting | None

    @property
    def social_value_changed_winner(self) -> bool | None:
        """Whether social value decided it: the winner differs from the winner on price and
        quality alone. None when there is nothing to compare with."""
        if self.price_quality_winners is None:
            return None
        return set(self.winners) != set(self.price_quality_winners)


def _score(bid: Bid, weighting, lowest_price: Decimal, highest_committed: Decimal):
    price = _points(lowest_price / bid.price * Decimal(weighting.price))
    quality = _points(Decimal(bid.quality) / HUNDRED * Decimal(weighting.quality))
    if highest_committed > 0:
        social = _points(
            Decimal(bid.committed) / highest_committed * Decimal(weighting.social_value)
        )
    else:
        social = Decimal("0.00")
    return price, quality, social


def _ranks(totals: Sequence[Decimal]) -> list[int]:
    """Competition ranking (1, 1, 3): equal totals share a rank."""
    return [1 + sum(1 for other in totals if other > total) for total in totals]


def evaluate_bids(bids: Sequence[Bid], weighting: Weighting) -> Evaluation:
    """Score and rank two to four bids with the weighting, and rank them again on price and
    quality alone, re-weighted to 100, to show whether social value changed the winner."""
    if not MIN_BIDS <= len(bids) <= MAX_BIDS:
        raise ValueError(f"The evaluator compares {MIN_BIDS} to {MAX_BIDS} bids, not {len(bids)}.")
    if any(bid.price <= 0 for bid in bids):
        raise ValueError("Every bid needs a price above £0.")
    if not weighting.is_valid:
        raise ValueError("The weighting must total 100.")
    lowest = min(bid.price for bid in bids)
    highest = max(Decimal(bid.committed) for bid in bids)
    parts = [_score(bid, weighting, lowest, highest) for bid in bids]
    totals = [sum(p) for p in parts]
    ranks = _ranks(totals)

    alone = weighting.without_social_value()
    pq_totals: list[Decimal | None] = [None] * len(bids)
    pq_ranks: list[int | None] = [None] * len(bids)
    if alone is not None:
        pq_totals = [sum(_score(bid, alone, lowest, highest)[:2]) for bid in bids]
        pq_ranks = list(_ranks(pq_totals))

    scores = [
        BidScore(bid, *part, rank=rank, price_quality_total=pq_total, price_quality_rank=pq_rank)
        for bid, part, rank, pq_total, pq_rank in zip(
            bids, parts, ranks, pq_totals, pq_ranks, strict=True
        )
    ]
    ordered = tuple(sorted(scores, key=lambda s: s.rank))  # stable: ties keep their order
    winners = tuple(s.bid.name for s in ordered if s.rank == 1)
    pq_winners = None
    if alone is not None:
        pq_winners = tuple(s.bid.name for s in scores if s.price_quality_rank == 1)
    return Evaluation(
        scores=ordered,
        winners=winners,
        price_quality_winners=pq_winners,
        price_quality_weighting=alone,
    )
