"""The planner's arithmetic (labs/procurement/rules.py), pinned at its boundaries."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labs.procurement import rules
from labs.procurement.rules import Bid, MeasureLine, Weighting


def line(name="Local jobs", target="2", value="30000", theme=True):
    return MeasureLine(
        key=name.lower(), name=name, target=D(target), proxy_value=D(value), serves_theme=theme
    )


# --- Money and numbers as the page shows them ----------------------------------------------


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (D("1234567"), "£1,234,567"),
        (D("1234567.00"), "£1,234,567"),
        (D("1234.5"), "£1,234.50"),
        (D("0.05"), "£0.05"),
        (D("0"), "£0"),
        (D("999.995"), "£1,000"),  # rounded half up to the penny
        (D("-250"), "-£250"),
        (None, ""),
    ],
)
def test_pounds_have_thousands_separators_and_pence_only_when_there_are_some(amount, shown):
    assert rules.format_pounds(amount) == shown


def test_money_for_a_form_field_keeps_its_pence_and_drops_the_pound_sign():
    assert rules.format_money(D("1250000.50")) == "1,250,000.50"
    assert rules.format_money(D("1250000.00")) == "1,250,000"
    assert rules.format_money(D("0.05")) == "0.05"
    assert rules.format_money(None) == ""


def test_quantities_percentages_and_points_are_shown_plainly():
    assert rules.format_number(D("1250.00")) == "1,250"
    assert rules.format_number(D("2.50")) == "2.5"
    assert rules.format_percent(D("12.345")) == "12.3%"
    assert rules.format_percent(D("50")) == "50.0%"
    assert rules.format_points(D("45")) == "45.00"


# --- Weighting -------------------------------------------------------------------------------


def test_a_weighting_that_totals_100_is_accepted():
    assert rules.weighting_total_problem(60, 30, 10) is None
    assert Weighting(60, 30, 10).is_valid


@pytest.mark.parametrize(
    ("parts", "total"), [((60, 30, 9), 99), ((60, 30, 11), 101), ((0, 0, 0), 0)]
)
def test_a_weighting_that_does_not_total_100_is_refused_with_its_total(parts, total):
    assert rules.weighting_total_problem(*parts) == total
    assert not Weighting(*parts).is_valid


def test_price_and_quality_alone_are_re_weighted_to_100():
    alone = Weighting(50, 30, 20).without_social_value()
    assert (alone.price, alone.quality, alone.social_value) == (D("62.5"), D("37.5"), 0)
    assert Weighting(0, 0, 100).without_social_value() is None


# --- Indicative social value and its warnings -------------------------------------------------


def test_social_value_is_target_times_proxy_value_added_up_with_its_share_of_the_contract():
    result = rules.social_value(
        [line(target="2", value="30000"), line("Befriending", target="1500", value="20")],
        D("400000"),
    )
    assert result.total == D("90000.00")
    assert result.share == D("22.5")
    assert result.warnings == ()


def test_a_line_is_valued_to_the_penny():
    assert rules.line_value(D("3.333"), D("0.10")) == D("0.33")


def test_social_value_above_half_the_contract_value_is_warned_of_but_exactly_half_is_not():
    half = rules.social_value([line(target="1", value="50000")], D("100000"))
    assert not half.has(rules.ABOVE_HALF)
    above = rules.social_value([line(target="1", value="50000.01")], D("100000"))
    assert above.has(rules.ABOVE_HALF)


def test_a_plan_with_no_measure_serving_the_cohorts_theme_is_warned_of():
    plan = [line(theme=False), line("Waste", theme=False)]
    assert rules.social_value(plan, D("1000000")).has(rules.NO_THEME_MEASURE)
    plan.append(line("Befriending", theme=True))
    assert not rules.social_value(plan, D("1000000")).has(rules.NO_THEME_MEASURE)


def test_a_plan_with_no_measures_has_no_warnings_yet():
    assert rules.social_value([], D("1000")).warnings == ()


def test_a_target_of_zero_is_warned_of_and_the_measure_named():
    result = rules.social_value(
        [line("Local jobs", target="0"), line("Befriending", target="10")], D("1000000")
    )
    (warning,) = [w for w in result.warnings if w.code == rules.ZERO_TARGET]
    assert warning.measures == ("Local jobs",)


def test_without_a_contract_value_there_is_no_share_and_no_half_warning():
    result = rules.social_value([line(target="100", value="30000")], None)
    assert result.share is None
    assert not result.has(rules.ABOVE_HALF)


# --- The bid evaluator ------------------------------------------------------------------------


def test_the_lowest_price_gets_full_price_marks_and_the_others_in_proportion():
    evaluation = rules.evaluate_bids(
        [Bid("Cheap", D("100000"), D("50")), Bid("Dear", D("200000"), D("50"))],
        Weighting(60, 40, 0),
    )
    scores = {s.bid.name: s for s in evaluation.scores}
    assert scores["Cheap"].price == D("60.00")
    assert scores["Dear"].price == D("30.00")
    assert scores["Cheap"].quality == scores["Dear"].quality == D("20.00")


def test_the_highest_social_value_commitment_gets_full_marks_and_nobody_committing_scores_zero():
    bids = [
        Bid("A", D("100"), D("0"), committed=D("5000")),
        Bid("B", D("100"), D("0"), committed=D("2500")),
    ]
    scores = {s.bid.name: s for s in rules.evaluate_bids(bids, Weighting(50, 30, 20)).scores}
    assert (scores["A"].social_value, scores["B"].social_value) == (D("20.00"), D("10.00"))
    nothing = [Bid("A", D("100"), D("0")), Bid("B", D("100"), D("0"))]
    assert {s.social_value for s in rules.evaluate_bids(nothing, Weighting(50, 30, 20)).scores} == {
        D("0.00")
    }


# Three bids: cheap and weak; mid-priced and solid; dearer with strong social value.
BIDS = [
    Bid("Cwmbran Care", D("380000"), D("70"), committed=D("20000")),
    Bid("Gwent Partners", D("420000"), D("75"), committed=D("40000")),
    Bid("Valleys Befriending CIC", D("460000"), D("72"), committed=D("160000")),
]


def test_a_ranking_flips_when_social_value_weighs_more():
    low = rules.evaluate_bids(BIDS, Weighting(60, 30, 10))
    assert low.winners == ("Cwmbran Care",)
    assert low.social_value_changed_winner is False

    high = rules.evaluate_bids(BIDS, Weighting(40, 30, 30))
    assert high.winners == ("Valleys Befriending CIC",)
    assert high.price_quality_winners == ("Cwmbran Care",)
    assert high.social_value_changed_winner is True
    assert [s.bid.name for s in high.scores] == [
        "Valleys Befriending CIC",
        "Gwent Partners",
        "Cwmbran Care",
    ]


def test_the_parts_add_up_to_the_total_shown():
    for score in rules.evaluate_bids(BIDS, Weighting(40, 30, 30)).scores:
        assert score.total == score.price + score.quality + score.social_value
    top = rules.evaluate_bids(BIDS, Weighting(40, 30, 30)).scores[0]
    # 380000 / 460000 × 40 = 33.04; 72 / 100 × 30 = 21.60; 160000 / 160000 × 30 = 30.00
    assert (top.price, top.quality, top.social_value, top.total) == (
        D("33.04"),
        D("21.60"),
        D("30.00"),
        D("84.64"),
    )


def test_equal_totals_share_a_rank_and_a_tie_names_every_winner():
    bids = [Bid("A", D("100"), D("80")), Bid("B", D("100"), D("80")), Bid("C", D("200"), D("80"))]
    evaluation = rules.evaluate_bids(bids, Weighting(50, 50, 0))
    assert [s.rank for s in evaluation.scores] == [1, 1, 3]
    assert evaluation.winners == ("A", "B")


def test_with_price_and_quality_weighing_nothing_there_is_nothing_to_compare_with():
    bids = [Bid("A", D("100"), D("80"), D("10")), Bid("B", D("90"), D("70"), D("20"))]
    evaluation = rules.evaluate_bids(bids, Weighting(0, 0, 100))
    assert evaluation.winners == ("B",)
    assert evaluation.social_value_changed_winner is None


@pytest.mark.parametrize("count", [1, 5])
def test_the_evaluator_compares_two_to_four_bids(count):
    with pytest.raises(ValueError, match="2 to 4"):
        rules.evaluate_bids(
            [Bid(str(n), D("100"), D("50")) for n in range(count)], Weighting(50, 50, 0)
        )


def test_the_evaluator_refuses_a_weighting_that_does_not_total_100_and_a_free_bid():
    two = [Bid("A", D("100"), D("50")), Bid("B", D("100"), D("50"))]
    with pytest.raises(ValueError):
        rules.evaluate_bids(two, Weighting(50, 40, 0))
    with pytest.raises(ValueError):
        rules.evaluate_bids([Bid("A", D("0"), D("50")), two[1]], Weighting(50, 50, 0))


money = st.decimals(min_value=D("0.01"), max_value=D("99999999"), places=2)
marks = st.decimals(min_value=D("0"), max_value=D("100"), places=2)
weights = st.tuples(st.integers(0, 100), st.integers(0, 100)).filter(lambda t: sum(t) <= 100)


@given(
    st.lists(
        st.tuples(money, marks, st.decimals(min_value=0, max_value=D("9999999"), places=2)),
        min_size=2,
        max_size=4,
    ),
    weights,
)
def test_every_score_lies_between_0_and_100_and_the_cheapest_gets_full_price_marks(rows, pq):
    weighting = Weighting(pq[0], pq[1], 100 - sum(pq))
    bids = [
        Bid(f"Bid {n}", price, quality, committed)
        for n, (price, quality, committed) in enumerate(rows)
    ]
    evaluation = rules.evaluate_bids(bids, weighting)
    for score in evaluation.scores:
        assert 0 <= score.total <= D("100.02")  # three parts each rounded to the hundredth
        assert score.price <= weighting.price
    cheapest = min(evaluation.scores, key=lambda s: s.bid.price)
    assert cheapest.price == weighting.price
    assert evaluation.scores[0].rank == 1
