"""The measures the Social value planner starts with, and their illustrative proxy values.

Loaded by a data migration; staff keep them in the admin afterwards. The pound figures are
round, illustrative numbers chosen to teach the method. They are NOT the official National
TOMs Wales values, which are licensed, updated each year and differ between frameworks; a
council doing this for real uses the figures of the framework it has adopted.
"""

from decimal import Decimal

# code, goal, measure, unit, £ per unit, serves decarbonisation, serves communities, guidance
MEASURES = [
    (
        "local-jobs",
        "prosperous",
        "Local people employed on the contract",
        "full-time-equivalent (FTE) job for a year",
        "30000",
        False,
        True,
        "People who live in the council area employed to deliver this contract, counted as FTE "
        "for each year of the contract. Ask for payroll evidence with home postcodes.",
    ),
    (
        "apprenticeship-weeks",
        "prosperous",
        "Apprenticeship weeks on the contract",
        "week of apprenticeship",
        "300",
        False,
        False,
        "Weeks worked on this contract by apprentices on a recognised framework, such as "
        "construction, care or retrofit. Ask for each apprentice's framework and weeks worked.",
    ),
    (
        "local-sme-spend",
        "prosperous",
        "Spend with local SMEs in the supply chain",
        "£1 spent",
        "0.20",
        False,
        False,
        "Money the supplier spends with small and medium-sized businesses based in the council "
        "area while delivering the contract. Ask for invoices or a supply-chain spend report.",
    ),
    (
        "third-sector-spend",
        "prosperous",
        "Spend with third-sector organisations (charities, social enterprises, co-operatives)",
        "£1 spent",
        "0.25",
        False,
        True,
        "Subcontracts and purchases from voluntary and community organisations, social "
        "enterprises and co-operatives. Ask for the organisations' charity or company numbers.",
    ),
    (
        "waste-diverted",
        "resilient",
        "Waste diverted from landfill (reused or recycled)",
        "tonne",
        "100",
        True,
        False,
        "Tonnes of waste from the contract that are reused or recycled instead of going to "
        "landfill. Ask for waste transfer notes.",
    ),
    (
        "habitat-improved",
        "resilient",
        "Land improved for nature (habitat created or restored)",
        "hectare",
        "3000",
        False,
        False,
        "Hectares of land where habitat is created or restored as part of the contract, with a "
        "plan for its upkeep. Ask for a site plan and an ecologist's sign-off.",
    ),
    (
        "befriending-hours",
        "healthier",
        "Hours of befriending or well-being support for isolated residents",
        "hour",
        "20",
        False,
        True,
        "Hours of one-to-one or group contact with residents at risk of loneliness, beyond what "
        "the specification already pays for. Ask for anonymised session logs.",
    ),
    (
        "warmer-homes",
        "healthier",
        "Homes in fuel poverty made warmer (insulation, heating controls, advice)",
        "home",
        "1500",
        True,
        True,
        "Households in or near fuel poverty whose homes are made warmer and cheaper to heat. "
        "Ask for addresses served and the measures fitted.",
    ),
    (
        "barrier-jobs",
        "equal",
        "Jobs for people facing barriers to work (long-term unemployed, care leavers, disabled "
        "people, people leaving prison)",
        "FTE job for a year",
        "35000",
        False,
        True,
        "People facing barriers to work employed on the contract, counted as FTE for each year. "
        "Ask how they were recruited, for example through the council's employment support.",
    ),
    (
        "employability-hours",
        "equal",
        "Hours of employability support (CV help, interview practice, training) for residents",
        "hour",
        "90",
        False,
        True,
        "Hours of support given to residents who are out of work. Ask for attendance records, "
        "not names.",
    ),
    (
        "volunteering-hours",
        "cohesive",
        "Volunteering hours by the supplier's staff on local community projects",
        "hour",
        "17",
        False,
        True,
        "Hours the supplier's staff volunteer, in paid time, with local community groups. Ask "
        "the groups to confirm the hours.",
    ),
    (
        "community-donations",
        "cohesive",
        "Donations and in-kind support for local community groups",
        "£1 given",
        "1",
        False,
        True,
        "Money, equipment or space given to local community groups. Ask for receipts or letters "
        "from the groups.",
    ),
    (
        "welsh-service-hours",
        "culture",
        "Hours of service delivered to residents in Welsh",
        "hour",
        "15",
        False,
        True,
        "Hours in which residents are served in Welsh by Welsh-speaking staff or volunteers, "
        "beyond the council's Welsh language standards. Ask for rotas showing Welsh speakers.",
    ),
    (
        "welsh-training-hours",
        "culture",
        "Hours of Welsh-language training for the supplier's staff",
        "hour",
        "25",
        False,
        False,
        "Hours of Welsh lessons taken by staff working on the contract. Ask for course records.",
    ),
    (
        "co2e-avoided",
        "global",
        "Carbon emissions avoided",
        "tonne of CO2e",
        "250",
        True,
        False,
        "Tonnes of carbon dioxide equivalent avoided compared with the usual way of delivering "
        "the contract, worked out with a stated method (for example UK Government conversion "
        "factors). Ask for the calculation.",
    ),
    (
        "zero-emission-miles",
        "global",
        "Miles driven in zero-emission vehicles instead of diesel",
        "mile",
        "0.10",
        True,
        False,
        "Miles driven to deliver the contract in electric or other zero-emission vehicles. Ask "
        "for vehicle logs.",
    ),
    (
        "ethical-supply-spend",
        "global",
        "Spend on fairly traded and ethically sourced goods",
        "£1 spent",
        "0.05",
        False,
        False,
        "Spend on goods with a recognised ethical sourcing certificate, such as Fairtrade or "
        "FSC timber. Ask for the certificates.",
    ),
]


def load(apps, schema_editor=None) -> None:
    """Add the measures that are missing. Ones already there keep the figures staff gave
    them, so running this again never undoes an edit."""
    ProxyValue = apps.get_model("lab_procurement", "ProxyValue")
    existing = set(ProxyValue.objects.values_list("code", flat=True))
    ProxyValue.objects.bulk_create(
        ProxyValue(
            code=code,
            goal=goal,
            measure=measure,
            unit=unit,
            value=Decimal(value),
            serves_decarbonisation=decarbonisation,
            serves_communities=communities,
            guidance=guidance,
            position=position * 10,
        )
        for position, (
            code,
            goal,
            measure,
            unit,
            value,
            decarbonisation,
            communities,
            guidance,
        ) in enumerate(MEASURES, start=1)
        if code not in existing
    )


def ensure() -> None:
    """Put the starting measures back where a test's flush removed them."""
    from django.apps import apps

    load(apps)
