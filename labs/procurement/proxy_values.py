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


# The Welsh of each measure (code: measure, unit, guidance), in the planner's terms in
# locale/cy/LC_MESSAGES/django.po ("gwerth procsi", "uned", "Cymunedau Cefnogol"). Needs review
# by a Welsh-language professional before launch, as the catalogue does (README).
MEASURES_CY = {
    "local-jobs": (
        "Pobl leol a gyflogir ar y contract",
        "swydd gyfwerth ag amser llawn (FTE) am flwyddyn",
        "Pobl sy'n byw yn ardal y cyngor ac a gyflogir i gyflawni'r contract hwn, wedi'u cyfrif "
        "yn gyfwerth ag amser llawn (FTE) ar gyfer pob blwyddyn o'r contract. Gofynnwch am "
        "dystiolaeth o'r gyflogres gyda chodau post eu cartrefi.",
    ),
    "apprenticeship-weeks": (
        "Wythnosau prentisiaeth ar y contract",
        "wythnos o brentisiaeth",
        "Wythnosau a weithiwyd ar y contract hwn gan brentisiaid ar fframwaith cydnabyddedig, "
        "megis adeiladu, gofal neu ôl-osod. Gofynnwch am fframwaith pob prentis a'r wythnosau a "
        "weithiwyd.",
    ),
    "local-sme-spend": (
        "Gwariant gyda BBaChau lleol yn y gadwyn gyflenwi",
        "£1 a werir",
        "Arian y mae'r cyflenwr yn ei wario gyda busnesau bach a chanolig yn ardal y cyngor wrth "
        "gyflawni'r contract. Gofynnwch am anfonebau neu adroddiad ar wariant y gadwyn gyflenwi.",
    ),
    "third-sector-spend": (
        "Gwariant gyda sefydliadau'r trydydd sector (elusennau, mentrau cymdeithasol, mentrau "
        "cydweithredol)",
        "£1 a werir",
        "Is-gontractau a phryniannau gan sefydliadau gwirfoddol a chymunedol, mentrau "
        "cymdeithasol a mentrau cydweithredol. Gofynnwch am rifau elusen neu rifau cwmni'r "
        "sefydliadau.",
    ),
    "waste-diverted": (
        "Gwastraff a ddargyfeiriwyd o safleoedd tirlenwi (wedi'i ailddefnyddio neu ei ailgylchu)",
        "tunnell",
        "Tunelli o wastraff o'r contract sy'n cael eu hailddefnyddio neu eu hailgylchu yn lle "
        "mynd i safle tirlenwi. Gofynnwch am nodiadau trosglwyddo gwastraff.",
    ),
    "habitat-improved": (
        "Tir wedi'i wella ar gyfer byd natur (cynefin wedi'i greu neu ei adfer)",
        "hectar",
        "Hectarau o dir lle caiff cynefin ei greu neu ei adfer yn rhan o'r contract, gyda "
        "chynllun i'w gynnal. Gofynnwch am gynllun safle a chadarnhad gan ecolegydd.",
    ),
    "befriending-hours": (
        "Oriau o gyfeillio neu gymorth llesiant i breswylwyr sydd wedi'u hynysu",
        "awr",
        "Oriau o gyswllt un i un neu mewn grŵp â phreswylwyr sydd mewn perygl o unigrwydd, y tu "
        "hwnt i'r hyn y mae'r fanyleb eisoes yn talu amdano. Gofynnwch am gofnodion dienw o'r "
        "sesiynau.",
    ),
    "warmer-homes": (
        "Cartrefi mewn tlodi tanwydd wedi'u gwneud yn gynhesach (inswleiddio, rheolyddion "
        "gwresogi, cyngor)",
        "cartref",
        "Aelwydydd mewn tlodi tanwydd, neu'n agos ato, y mae eu cartrefi wedi'u gwneud yn "
        "gynhesach ac yn rhatach i'w gwresogi. Gofynnwch am y cyfeiriadau a gafodd y gwasanaeth "
        "a'r mesurau a osodwyd.",
    ),
    "barrier-jobs": (
        "Swyddi i bobl sy'n wynebu rhwystrau rhag gweithio (pobl ddi-waith hirdymor, pobl sy'n "
        "gadael gofal, pobl anabl, pobl sy'n gadael y carchar)",
        "swydd FTE am flwyddyn",
        "Pobl sy'n wynebu rhwystrau rhag gweithio a gyflogir ar y contract, wedi'u cyfrif yn FTE "
        "ar gyfer pob blwyddyn. Gofynnwch sut y cawsant eu recriwtio, er enghraifft drwy "
        "wasanaeth cymorth cyflogaeth y cyngor.",
    ),
    "employability-hours": (
        "Oriau o gymorth cyflogadwyedd (help gyda CV, ymarfer cyfweliadau, hyfforddiant) i "
        "breswylwyr",
        "awr",
        "Oriau o gymorth a roddir i breswylwyr sydd allan o waith. Gofynnwch am gofnodion "
        "presenoldeb, nid enwau.",
    ),
    "volunteering-hours": (
        "Oriau gwirfoddoli gan staff y cyflenwr ar brosiectau cymunedol lleol",
        "awr",
        "Oriau y mae staff y cyflenwr yn eu gwirfoddoli, yn eu hamser â thâl, gyda grwpiau "
        "cymunedol lleol. Gofynnwch i'r grwpiau gadarnhau'r oriau.",
    ),
    "community-donations": (
        "Rhoddion a chymorth mewn nwyddau i grwpiau cymunedol lleol",
        "£1 a roddir",
        "Arian, offer neu le a roddir i grwpiau cymunedol lleol. Gofynnwch am dderbynebau neu "
        "lythyrau gan y grwpiau.",
    ),
    "welsh-service-hours": (
        "Oriau o wasanaeth i breswylwyr yn Gymraeg",
        "awr",
        "Oriau pan fydd preswylwyr yn cael gwasanaeth yn Gymraeg gan staff neu wirfoddolwyr sy'n "
        "siarad Cymraeg, y tu hwnt i'r hyn y mae safonau'r Gymraeg yn ei ofyn gan y cyngor. "
        "Gofynnwch am rotâu sy'n dangos y siaradwyr Cymraeg.",
    ),
    "welsh-training-hours": (
        "Oriau o hyfforddiant Cymraeg i staff y cyflenwr",
        "awr",
        "Oriau o wersi Cymraeg a gaiff staff sy'n gweithio ar y contract. Gofynnwch am gofnodion "
        "y cyrsiau.",
    ),
    "co2e-avoided": (
        "Allyriadau carbon a osgowyd",
        "tunnell o CO2e",
        "Tunelli o garbon deuocsid cyfwerth a osgowyd o gymharu â'r ffordd arferol o gyflawni'r "
        "contract, wedi'u cyfrifo â dull a nodir (er enghraifft ffactorau trosi Llywodraeth y "
        "DU). Gofynnwch am y cyfrifiad.",
    ),
    "zero-emission-miles": (
        "Milltiroedd a yrrwyd mewn cerbydau allyriadau sero yn lle cerbydau diesel",
        "milltir",
        "Milltiroedd a yrrwyd i gyflawni'r contract mewn cerbydau trydan neu gerbydau allyriadau "
        "sero eraill. Gofynnwch am gofnodion y cerbydau.",
    ),
    "ethical-supply-spend": (
        "Gwariant ar nwyddau masnach deg a nwyddau o ffynonellau moesegol",
        "£1 a werir",
        "Gwariant ar nwyddau sydd â thystysgrif cyrchu moesegol gydnabyddedig, megis Masnach Deg "
        "neu bren FSC. Gofynnwch am y tystysgrifau.",
    ),
}


def load(apps, schema_editor=None) -> None:
    """Add the measures that are missing, in English and Welsh. Ones already there keep the
    figures and words staff gave them, so running this again never undoes an edit."""
    ProxyValue = apps.get_model("lab_procurement", "ProxyValue")
    # Migration 0003 runs this before the Welsh columns exist (0006 adds them and fills in
    # the Welsh of the measures 0003 made).
    bilingual = any(f.name == "measure_cy" for f in ProxyValue._meta.get_fields())
    existing = set(ProxyValue.objects.values_list("code", flat=True))
    made = []
    for position, (
        code,
        goal,
        measure,
        unit,
        value,
        decarbonisation,
        communities,
        guidance,
    ) in enumerate(MEASURES, start=1):
        if code in existing:
            continue
        words = {"measure": measure, "unit": unit, "guidance": guidance}
        if bilingual:
            # The columns themselves: a migration's historical model knows no fallback.
            cy = dict(zip(("measure", "unit", "guidance"), MEASURES_CY[code], strict=True))
            for field in list(words):
                words[f"{field}_en"] = words[field]
                words[f"{field}_cy"] = cy[field]
        made.append(
            ProxyValue(
                code=code,
                goal=goal,
                value=Decimal(value),
                serves_decarbonisation=decarbonisation,
                serves_communities=communities,
                position=position * 10,
                **words,
            )
        )
    ProxyValue.objects.bulk_create(made)


def add_welsh(apps, schema_editor=None) -> None:
    """Copy each measure's words into the English columns and give the starting measures
    their Welsh where staff have not changed the English since (an edited measure's Welsh is
    left for staff to write: the admin lists it under "Missing Welsh")."""
    ProxyValue = apps.get_model("lab_procurement", "ProxyValue")
    english = {m[0]: (m[2], m[3], m[7]) for m in MEASURES}
    for proxy in ProxyValue.objects.all():
        proxy.measure_en = proxy.measure_en or proxy.measure
        proxy.unit_en = proxy.unit_en or proxy.unit
        proxy.guidance_en = proxy.guidance_en or proxy.guidance
        words = (proxy.measure_en, proxy.unit_en, proxy.guidance_en)
        if proxy.code in MEASURES_CY and english.get(proxy.code) == words:
            cy = MEASURES_CY[proxy.code]
            proxy.measure_cy = proxy.measure_cy or cy[0]
            proxy.unit_cy = proxy.unit_cy or cy[1]
            proxy.guidance_cy = proxy.guidance_cy or cy[2]
        proxy.save()


def ensure() -> None:
    """Put the starting measures back where a test's flush removed them."""
    from django.apps import apps

    load(apps)
