"""The Procurement Lab's six-week curriculum, loaded by a data migration and editable in the admin afterwards."""

MODULES = [
    {
        "number": 1,
        "title": "Value beyond price",
        "summary": (
            "This week you look past the price tag. You learn how whole-life cost, quality and social value "
            "together make up value for money, and how the Procurement Act 2023, in force since 24 February 2025, "
            "asks you to award contracts to the most advantageous tender rather than simply the cheapest. You also "
            "find out what your council buys and where its spend goes, so the rest of the Lab rests on real "
            "contracts from both themes: Accelerating Decarbonisation and Supportive Communities."
        ),
        "outcomes": [
            "Explain the difference between lowest price, whole-life cost and the most advantageous tender.",
            "Describe how the Procurement Act 2023 and Welsh policy shape what counts as value in a council contract.",
            "Calculate a simple whole-life cost comparison for a decarbonisation purchase.",
            "Map the main areas of your council's third-party spend and pick one contract to work on in the Lab.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "From cheapest to most advantageous: the Procurement Act 2023 in Wales",
                "url": "",
                "minutes": 15,
                "body": """## Why this matters

For years, many officers heard "MEAT" (most economically advantageous tender) and still thought
"cheapest wins". The Procurement Act 2023 came into force on 24 February 2025. It replaced the Public
Contracts Regulations 2015 for new procurements. Under the Act, you award a competed contract to the
**most advantageous tender**, judged against the award criteria you publish.

The word "economically" has gone. That does not make price unimportant. It makes it clear that price is
one criterion among several, and that you choose the mix.

## What the Act asks of you

- **Objectives (section 12).** When you carry out a covered procurement you must have regard to the
  importance of delivering value for money, acting with integrity and sharing information. You must also
  have regard to the barriers small and medium-sized enterprises (SMEs) face, and consider whether you can
  remove or reduce them.
- **Award criteria (section 23).** Your criteria must relate to the subject matter of the contract. They must
  be clear, measurable and specific, and proportionate to the contract.
- **Transparency.** You publish notices at each stage. Devolved Welsh authorities submit notices through
  Sell2Wales, which passes them to the UK central digital platform.

## The Welsh layer

In Wales you also work within:

- the **Well-being of Future Generations (Wales) Act 2015** and its seven well-being goals;
- the **Wales Procurement Policy Statement**, which sets the strategic direction for public procurement in Wales;
- the **Procurement (Wales) Regulations 2024**, which sit under the Act;
- the **Social Partnership and Public Procurement (Wales) Act 2023**, which you study in week 2.

## Value is three things at once

| Element | Question you ask | Example |
|---|---|---|
| Whole-life cost | What will this cost us over its life? | An electric pool car costs more to buy but less to run |
| Quality | Will it do the job well? | A befriending service with trained, checked volunteers |
| Social value | What else does the contract do for our area? | Local apprenticeships on a retrofit contract |

## A Welsh council example

Say a council in the Cardiff Capital Region is replacing street lighting lanterns. The cheapest bid uses
lanterns with a short warranty. A dearer bid offers LED units with a longer life, lower energy use and a
take-back scheme for old lanterns. Under the old habit, the first bid might win. Under a well-designed
award, with whole-life cost and carbon in the criteria, the second can win fairly and openly.

The lesson for the Lab: you decide what "advantageous" means **before** you go to market, and you write it
down.
""",
            },
            {
                "kind": "worksheet",
                "title": "Whole-life cost: a fleet van and a warm spaces contract",
                "url": "",
                "minutes": 25,
                "body": """## How to use this worksheet

Work through both examples. Then repeat the method for your own contract. All figures below are
**illustrative**. They show the method, not real prices. Use your own fleet, finance or service data
when you do this for real.

## Part A: Accelerating Decarbonisation - a small van

Your fleet manager needs a small van for a parks team. You compare a diesel van with an electric van over
an eight-year life.

| Cost item (illustrative) | Diesel van | Electric van |
|---|---|---|
| Purchase price | £28,000 | £38,000 |
| Fuel or electricity, 8 years | £36,000 | £12,000 |
| Servicing and repairs, 8 years | £9,600 | £5,600 |
| **Whole-life cost** | **£73,600** | **£55,600** |

On purchase price alone, diesel looks £10,000 cheaper. Over its life, in this illustration, the electric van
is £18,000 cheaper and cuts tailpipe emissions to zero. You would also add:

- chargepoint installation at the depot (a one-off cost);
- residual value at the end of the life;
- driver training and downtime while charging.

## Part B: Supportive Communities - a warm spaces contract

Your council funds a voluntary organisation to run warm spaces in three community hubs over winter.

- **Option 1:** a one-winter grant. Low admin at the start, but staff and volunteers disperse each spring,
  and you pay to set up again each autumn.
- **Option 2:** a three-year contract with a light-touch renewal each year. Higher set-up effort, but the
  provider keeps trained volunteers, builds trust with isolated residents and links people to advice on
  energy debt.

Whole-life thinking here is about **repeat set-up costs** and **lost relationships**, not just the annual fee.

## Your turn

1. List every cost your contract creates over its full life: buying, running, maintaining, ending.
2. Mark which costs fall on other budgets (for example, social care, housing or the NHS).
3. Note one benefit that has no price attached but matters to residents.
4. Write one sentence: "On whole-life cost, the cheapest option is ... because ..."

Bring the sentence to the session.
""",
            },
            {
                "kind": "reading",
                "title": "What your council buys and where the money goes",
                "url": "",
                "minutes": 15,
                "body": """## Start with the spend, not the policy

You cannot steer value through procurement until you know what you buy. Every council in Wales spends a
large share of its budget with third parties: care providers, builders, waste contractors, bus and taxi
firms, energy suppliers, software companies and the voluntary sector.

## How spend is usually grouped

A spend analysis groups payments by category. Common headings include:

- **Social care:** residential and nursing care, domiciliary care, supported living, day opportunities.
- **Construction and property:** new schools, repairs, retrofit of council homes and buildings.
- **Environment:** waste and recycling, including food waste, grounds maintenance, street lighting.
- **Transport:** home-to-school transport, fleet, fuel and chargepoints.
- **Energy and utilities:** electricity and gas for schools, offices and depots.
- **ICT and professional services.**
- **Grants and contracts with the third sector:** advice, befriending, food support, community hubs.

In many councils, social care and construction are among the biggest areas. Check your own figures rather
than assume.

## Questions to ask of a spend analysis

1. Which ten suppliers take the most money in your service area?
2. What share goes to suppliers based in Wales, or in your council area?
3. What share goes to SMEs and to third-sector organisations?
4. Which contracts end in the next 18 months? Those are your chances to change things.
5. Which spend is off-contract (paid by invoice with no contract behind it)?

## Where the data comes from

Your procurement or finance team can run a report from the council's finance system. Many councils
publish payment data on their website. Your council's annual procurement reporting and its Public Services
Board well-being plan may also describe priorities you can link to.

## A worked example

Imagine an officer in a Gwent council's adult services team. The spend report shows that a handful of
domiciliary care providers take most of the service's external spend, and two contracts end next year.
The officer also sees many small payments to community groups for lunch clubs, with no shared outcomes.

That gives two clear options for the Lab: a care re-procurement (Supportive Communities) and a more joined-up
approach to small community contracts. A colleague in the same council, in the property team, spots a
planned programme of school boiler replacements, which is a natural Accelerating Decarbonisation contract.
""",
            },
            {
                "kind": "link",
                "title": "Procurement Act 2023 on legislation.gov.uk",
                "url": "https://www.legislation.gov.uk/ukpga/2023/54/contents",
                "minutes": 15,
                "body": """This is the full text of the Procurement Act 2023, the law that has governed most new council
procurements since 24 February 2025. You do not need to read it all. Open the contents page and read three
parts. First, section 12 (covered procurement: objectives), for value for money, integrity and the duty to
have regard to barriers faced by SMEs. Second, section 19 (competitive award), where the phrase "most
advantageous tender" appears. Third, section 23 (award criteria), which says criteria must relate to the
subject matter and be clear, measurable, specific and proportionate. Note one phrase from each section that
you could quote to a colleague who thinks "lowest price must win".""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Set up your contract in the Social value planner",
                "instructions": """You will use one contract for the whole Lab. Today you record its basic facts.

1. Open the **Social value planner** and go to the **Contract** step.
2. **Title:** enter a real contract from your service that will be bought or re-bought in the next 18 months.
   If you have none, use a practice contract: "Community warm spaces and befriending service" (Supportive
   Communities) or "Depot chargepoints for the council fleet" (Accelerating Decarbonisation).
3. **Type:** choose goods, services or works. Why: the type changes the rules. For example, under the Social
   Partnership and Public Procurement (Wales) Act 2023, a works contract of £2 million or more is a "major
   construction contract" with extra duties, and outsourcing services contracts have their own duties.
4. **Value:** enter the total estimated value over the whole term, including any extension options. Why: value
   decides which procedures and notices apply and what level of social value ask is proportionate. Ask your
   procurement team how to estimate it, including how VAT is treated.
5. **Duration:** enter the full term, including extensions. Why: some outcomes, such as apprenticeships or
   reduced loneliness, need time. A six-month contract cannot deliver a two-year apprenticeship.
6. Save the step. In week 2 you add outcomes, and in week 5 you set weightings and test bids against this
   contract.""",
                "minutes": 20,
                "required": True,
                "tool_step": "contract",
            },
            {
                "kind": "reflection",
                "title": "Price, cost and value in a contract you know",
                "instructions": """1. Think of a contract you have seen awarded, in your service or elsewhere in the council.
2. Write down, in two or three lines, what the deciding factor was. Was it price, quality or something else?
3. Using the whole-life cost worksheet, list one cost that was probably missed at the time.
4. Note one benefit to residents, such as fewer lonely older people or lower carbon, that the award did not
   reward at all.
5. Write a short paragraph: if you bought it again tomorrow, what would "most advantageous" mean?

Question for the session: if the cheapest bid had won, who would have paid the hidden costs later, and how
would anyone have known?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "checkoff",
                "title": "Get a spend snapshot for your service",
                "instructions": """1. Email your procurement or finance team and ask for a simple spend report for your service
   for the last full financial year.
2. Ask for: top ten suppliers by value, category of spend, and contract end dates where known.
3. If it will take time, look at any payment data your council publishes and note the largest suppliers.
4. Mark which contracts end in the next 18 months.
5. Tick this off when you have a list of at least five suppliers and one contract ending soon.""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 2,
        "title": "Social value and the well-being goals",
        "summary": (
            "This week you connect procurement to the Well-being of Future Generations (Wales) Act 2015. You work "
            "through the seven well-being goals and the five ways of working, and see how the Social Partnership "
            "and Public Procurement (Wales) Act 2023 turns them into a socially responsible procurement duty. You "
            "meet the Wales National TOMs as a way to measure social value, learn to treat proxy values with care, "
            "and set measurable outcomes for your own contract."
        ),
        "outcomes": [
            "Name the seven well-being goals and the five ways of working and apply them to a contract.",
            "Summarise the main procurement duties in the Social Partnership and Public Procurement (Wales) Act 2023.",
            "Explain how the Wales National TOMs organise social value measures and why proxy values need care.",
            "Set three to five social value measures, with targets, for your Lab contract.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "The seven goals and five ways of working, applied to buying",
                "url": "",
                "minutes": 15,
                "body": """## The Act in one paragraph

The Well-being of Future Generations (Wales) Act 2015 requires public bodies, including every council in
Wales, to carry out sustainable development. That means acting to improve the economic, social,
environmental and cultural well-being of Wales, in line with the sustainable development principle.

## The seven well-being goals

1. **A prosperous Wales** - for example, fair work, skills and local jobs.
2. **A resilient Wales** - healthy ecosystems and biodiversity.
3. **A healthier Wales** - physical and mental well-being.
4. **A more equal Wales** - people can fulfil their potential whatever their background.
5. **A Wales of cohesive communities** - attractive, safe, well-connected communities.
6. **A Wales of vibrant culture and thriving Welsh language.**
7. **A globally responsible Wales** - taking account of Wales's impact on global well-being.

## The five ways of working

- **Long term:** balance short-term needs with the needs of future generations.
- **Prevention:** act to stop problems occurring or getting worse.
- **Integration:** consider how your objectives affect each other and those of other bodies.
- **Collaboration:** work with others who can help meet your objectives.
- **Involvement:** involve people with an interest, reflecting the diversity of your area.

## Applying them to a contract

Take a **home retrofit** contract for council homes (Accelerating Decarbonisation):

- *Prosperous:* the contractor trains local people in retrofit skills.
- *Resilient:* materials chosen to reduce waste; old materials recycled.
- *Healthier:* warmer, drier homes for tenants.
- *Globally responsible:* lower carbon, and responsible sourcing of materials.
- *Long term and prevention:* work that prevents damp and fuel debt, not just a quick fix.

Now take a **befriending service for isolated older people** (Supportive Communities):

- *Healthier:* lower loneliness, which links to better physical and mental health.
- *Cohesive communities:* volunteers from the same streets and villages.
- *Vibrant culture and Welsh language:* befrienders who can speak Welsh with Welsh-speaking clients.
- *Involvement:* older people help design how the service works.

## A caution

Do not tick all seven goals for every contract. Choose the two or three where the contract can make a real,
measurable difference. A proportionate, focused ask is easier to evaluate and to manage.
""",
            },
            {
                "kind": "reading",
                "title": "The Social Partnership and Public Procurement (Wales) Act 2023",
                "url": "",
                "minutes": 15,
                "body": """## What the Act does

The Social Partnership and Public Procurement (Wales) Act 2023 (often called the SPPP Act) received Royal
Assent in May 2023. It has three main strands: social partnership, fair work, and socially responsible
public procurement. Welsh councils are contracting authorities under the Act.

## The socially responsible procurement duty

Section 24 says a contracting authority must seek to improve the economic, social, environmental and cultural
well-being of its area by carrying out public procurement in a socially responsible way. In practice, that
means taking action, in line with the sustainable development principle, aimed at the seven well-being goals.

Under the duty, your council must:

- **set and publish socially responsible procurement objectives** designed to maximise its contribution to the
  well-being goals;
- **take all reasonable steps** to meet those objectives on prescribed contracts;
- **avoid disproportionate requirements**, taking account of the contract's estimated value.

## Extra duties for two kinds of contract

- **Major construction contracts** (works contracts of £2 million or more): include social public works clauses
  on matters such as prompt payment, employment opportunities and compliance with employment law, and pass
  them down the supply chain.
- **Outsourcing services contracts**: include social public workforce clauses to protect the terms of staff
  who transfer, and avoid a two-tier workforce.

## Strategy and reporting

Councils must publish a **procurement strategy**, keep a **contracts register**, and publish an **annual
socially responsible procurement report**. You will return to reporting in week 6.

## When it applies

The Act's procurement duties are commenced in stages. The Commencement (No. 4) Order 2025 brings the core
socially responsible procurement duties into force on 25 March 2026, with annual reporting from 1 April
2026. Check the current position and the statutory guidance on GOV.WALES before relying on a date.

## A worked example

A council plans a £3 million programme to refurbish a primary school to net zero standards. It is a major
construction contract. The project team checks the council's socially responsible procurement objectives
(say, local skills and decarbonisation), includes the social public works clauses, and sets a proportionate
ask: work placements for local college students and a target for reused materials. The social care team,
re-procuring a day opportunities service, checks whether it counts as an outsourcing services contract and
what that means for staff.
""",
            },
            {
                "kind": "worksheet",
                "title": "Measuring social value with the Wales National TOMs",
                "url": "",
                "minutes": 25,
                "body": """## What the TOMs are

TOMs stands for **Themes, Outcomes and Measures**. The National TOMs Wales framework was launched in 2020
on behalf of the Welsh Local Government Association (WLGA), supported by the National Social Value Taskforce
Wales. It is built around themes that mirror the seven well-being goals. Under each theme sit outcomes, and
under each outcome sit measures that a supplier can commit to and report on.

- **Theme:** the broad goal, such as a prosperous Wales.
- **Outcome:** the change you want, such as more local people in good jobs.
- **Measure:** the action a supplier takes, such as weeks of apprenticeship on the contract.

## Proxy values: useful, but handle with care

Many measures carry a **proxy value**: a pound figure per unit, meant to stand for the wider value of that
action to society. Proxy values are **illustrative and vary by framework and by year**. They are updated,
and different frameworks use different sources. Never copy a figure from memory or from another council's
report. Use the current version your council licenses or has adopted, and note which version you used.

Remember:

- A proxy value is **not cash**. It does not reduce the contract price.
- It can **overstate** value if you count the same benefit twice, or count things that would have happened
  anyway.
- It is easiest to defend for measures with clear, countable units.

## Worked example: a home retrofit contract

The figures below are **made up for practice**. They are not taken from the Wales TOMs.

| Well-being goal | Measure | Target | Proxy value (illustrative) |
|---|---|---|---|
| A prosperous Wales | Weeks of apprenticeship on the contract | 104 weeks | £X per week |
| A globally responsible Wales | Tonnes of carbon avoided | 40 tonnes | £Y per tonne |
| A more equal Wales | Hours of support to help tenants use new heating controls | 200 hours | £Z per hour |

## Worked example: a befriending service

| Well-being goal | Measure | Target |
|---|---|---|
| A healthier Wales | Older people reporting feeling less lonely after six months | Say, 60% of participants |
| A Wales of vibrant culture and thriving Welsh language | Befriending offered in Welsh | Every Welsh-speaking client asked |
| A Wales of cohesive communities | Local volunteers recruited and trained | Say, 25 volunteers |

Some of these have no sensible proxy value. That is fine. Report them as numbers and stories, not pounds.

## Your turn

Draft three measures for your contract in the same table format. Mark any proxy value as illustrative.
""",
            },
            {
                "kind": "link",
                "title": "Well-being of Future Generations (Wales) Act 2015",
                "url": "https://www.legislation.gov.uk/anaw/2015/2/contents",
                "minutes": 15,
                "body": """This is the official text of the Well-being of Future Generations (Wales) Act 2015. Read
section 4, which sets out the seven well-being goals with their full descriptions, and section 5, which
defines the sustainable development principle and the five ways of working. The short descriptions in this
module are summaries; the legal wording is richer. For example, "a globally responsible Wales" explicitly
refers to global well-being. As you read, underline the words in each goal that your Lab contract could
genuinely affect. You will use those words when you set outcomes in the planner.""",
            },
            {
                "kind": "link",
                "title": "National TOMs Wales (National Social Value Taskforce)",
                "url": "https://nationalsocialvaluetaskforce.org/national-toms-wales",
                "minutes": 10,
                "body": """This page introduces the National Social Value Measurement Framework for Wales, known as
the National TOMs Wales. Read it to understand why the framework was designed around the Well-being of
Future Generations Act and how it links to the earlier Community Benefits approach in Wales. Look for how
the page describes themes, outcomes and measures, and how it talks about financial values. Ask your
procurement team which version, if any, your council uses, and whether it has its own local list of
priority measures. Treat any pound figures you see as framework-specific and time-specific.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Add social value outcomes to your contract",
                "instructions": """You now add the outcomes your contract should deliver, grouped by well-being goal.

1. Open the **Social value planner** and go to the **Outcomes** step for the contract you set up in week 1.
2. Choose **two or three well-being goals** where your contract can make a real difference. Why: a focused
   ask is proportionate, easier for small suppliers to answer and easier to manage.
3. For each goal, add one or two **measures**. Write each as a countable action, such as "weeks of
   apprenticeship" or "Welsh-speaking befrienders recruited". Why: vague aims like "support the community"
   cannot be scored or monitored.
4. Enter a **target** for each measure, scaled to the contract's value and length. Why: targets set the bar
   bidders respond to and you later monitor.
5. Enter a **proxy value** only where your council uses a framework such as the Wales National TOMs and you
   have its current figure. Otherwise enter an illustrative round number and note "illustrative" in the
   description. Why: proxy values vary by framework and year, and an unlabelled figure can mislead.
6. Include at least one measure linked to each theme if your contract allows it, for example a carbon measure
   and a loneliness or local-employment measure.
7. Save the step.""",
                "minutes": 30,
                "required": True,
                "tool_step": "outcomes",
            },
            {
                "kind": "reflection",
                "title": "Which goal does your contract really serve?",
                "instructions": """1. Look at the outcomes you entered in the planner.
2. For each one, ask: would this happen anyway, without the contract? If yes, note it.
3. For each one, ask: could a small local supplier or charity realistically deliver it? If not, note why.
4. Pick the one outcome you are most confident the contract can deliver and evidence.
5. Pick the one you are least sure about, and write two sentences on why you included it.

Question for the session: are we asking suppliers for social value that fits the contract, or are we asking
them to fix problems the council should tackle in other ways?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 3,
        "title": "Commissioning for outcomes",
        "summary": (
            "This week you move from telling suppliers how to do the work to telling them what you need to "
            "change. You compare input, output and outcome specifications, learn how co-production with residents "
            "and providers improves a specification, and rewrite real examples from social care and home retrofit. "
            "You also look at the risks of outcome-based contracts and how to keep them fair and measurable."
        ),
        "outcomes": [
            "Distinguish between input, output and outcome specifications, with examples from both themes.",
            "Explain how co-production supports the involvement way of working and the Social Services and Well-being (Wales) Act 2014.",
            "Rewrite part of an input-based specification as a measurable outcome specification.",
            "Identify the risks of outcome-based contracts and ways to manage them.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Input, output, outcome: writing specifications that leave room to improve",
                "url": "",
                "minutes": 15,
                "body": """## Three kinds of specification

- **Input specification:** tells the supplier what to use or do. "Provide 45-minute visits, four times a day,
  by a care worker with a set qualification."
- **Output specification:** tells the supplier what to produce. "Deliver 1,000 hours of home care a week."
- **Outcome specification:** tells the supplier what should change for people or places. "People supported
  stay safely in their own homes and achieve the personal outcomes in their care and support plan."

Most council contracts mix all three. The skill is knowing which to use where.

## Why outcomes matter

Input specs lock in today's way of working. They leave no room for a supplier to find a better, cheaper or
greener method. Outcome specs invite innovation and link directly to the well-being goals. They also fit the
**prevention** and **long-term** ways of working.

## When inputs are still right

Keep input requirements where they protect people or meet the law. Safeguarding checks, registration with
Care Inspectorate Wales, building regulations and health and safety are not negotiable. Outcome thinking
sits on top of these, not instead of them.

## Example: street lighting (Accelerating Decarbonisation)

- *Input:* "Replace 2,000 lanterns with LED model X."
- *Outcome:* "Reduce street lighting energy use and carbon across the network while meeting lighting
  standards and maintaining resident safety."

The outcome version lets suppliers propose dimming, central management systems or phased work.

## Example: tackling loneliness (Supportive Communities)

- *Input:* "Run two lunch clubs a week in the community hub."
- *Outcome:* "Older people in the area who are lonely or isolated have more meaningful contact with others
  and know where to turn for help."

The outcome version might lead to a lunch club, a walking group, telephone befriending or a mix, shaped with
the people who use it.

## Making outcomes measurable

For each outcome, agree:

1. **An indicator** you can collect, such as a short validated loneliness question or metered energy use.
2. **A baseline**, so you know the starting point.
3. **A target**, realistic for the contract's size.
4. **Who collects the data**, how often, and at whose cost.

## Risks to manage

Outcome contracts can push risk onto small providers who cannot carry it. They can also reward "cherry
picking" the easiest clients. Keep payment models simple, share risk fairly, and agree in advance what
happens if outcomes are missed for reasons outside the supplier's control.
""",
            },
            {
                "kind": "reading",
                "title": "Co-production: designing services with the people who use them",
                "url": "",
                "minutes": 15,
                "body": """## What co-production means

Co-production means designing and delivering services **with** the people who use them and the people who
provide them, as equal partners. It is more than consultation. People help decide what the problem is, what
good looks like and how the service will work.

## The Welsh basis

- The **Social Services and Well-being (Wales) Act 2014** builds co-production into care and support. Its
  principles include voice and control, prevention, well-being, and co-production. Assessments start with a
  "what matters" conversation about a person's own outcomes.
- Section 16 of the 2014 Act places a duty on local authorities to promote social enterprises, co-operatives,
  user-led services and the third sector in providing care and support.
- The **involvement** way of working in the Well-being of Future Generations Act asks you to involve people
  with an interest, reflecting the diversity of your area.

## Co-production across the commissioning cycle

1. **Analyse:** ask residents and frontline staff what is working and what is not.
2. **Plan:** write the outcomes with them, in their words where you can.
3. **Buy:** include people with lived experience on the evaluation panel, with training and clear rules on
   conflicts of interest. Their scores must follow the published criteria like everyone else's.
4. **Review:** ask people who use the service to help judge whether outcomes are met.

## Worked example: carers' support (Supportive Communities)

A council is re-commissioning support for unpaid carers. Instead of copying the old spec, it holds sessions
with carers in community hubs, including a Welsh-language session and an evening session for working carers.
Carers say what matters most is a break they can trust and one point of contact. The new outcome spec is
built around those two points. Two carers join the evaluation panel after training.

## Worked example: home retrofit (Accelerating Decarbonisation)

A council planning retrofit of its own homes meets tenants before writing the spec. Tenants raise worries
about disruption, new heating controls they do not understand, and damp. The spec now includes outcomes on
tenant understanding of their new systems and on aftercare, not only on energy ratings. Tenant
representatives help test the "resident liaison" part of bids.

## Keep it honest

Pay or reimburse people for their time where you can. Tell them what changed because of their input, and
what did not, and why.
""",
            },
            {
                "kind": "worksheet",
                "title": "Rewriting a specification: domiciliary care and home retrofit",
                "url": "",
                "minutes": 30,
                "body": """## Instructions

Read each input-based extract. Rewrite it as an outcome, then add an indicator, a baseline source and a
realistic target. Model answers follow so you can check your approach. Then do the same for a clause from
your own contract.

## Extract 1: domiciliary care (Supportive Communities)

> "The provider shall deliver calls at the times stated on the care plan. Each call shall be 30 minutes or
> more. The provider shall record all tasks completed on the task sheet."

### A model rewrite

- **Outcome:** people receiving care at home achieve the personal outcomes agreed in their care and support
  plan and feel in control of how their support is given.
- **Indicator:** share of people who say, in a review conversation, that they are achieving what matters to
  them.
- **Baseline:** findings from current care reviews.
- **Target:** an agreed improvement over the contract, set with providers, not imposed.
- **What you keep as input:** registration, safeguarding and medication rules.

### Points to discuss

Moving away from timed tasks can give care workers more flexibility. It also needs trust, good data and a
payment model that does not punish providers for helping people become more independent.

## Extract 2: home retrofit (Accelerating Decarbonisation)

> "The contractor shall install 100 mm external wall insulation and replace boilers with air source heat
> pumps to the attached schedule."

### A model rewrite

- **Outcome:** homes are warmer, cheaper to heat and lower in carbon, and tenants can use their new systems
  with confidence.
- **Indicators:** modelled and, where possible, metered energy use; tenant feedback on comfort; number of
  aftercare visits completed.
- **Baseline:** existing energy performance data for the homes.
- **Target:** an agreed improvement in energy performance for each home type.
- **What you keep as input:** building regulations, quality standards and certification requirements.

### Points to discuss

Fabric-first or heat pump first? An outcome spec lets suppliers propose the right order for each house type,
but you must still check designs for risks such as damp.

## Your own clause

1. Copy one clause from your specification.
2. Mark it as input, output or outcome.
3. Rewrite it as an outcome with indicator, baseline and target.
4. Note which inputs must stay for legal or safety reasons.
""",
            },
            {
                "kind": "link",
                "title": "Social Services and Well-being (Wales) Act 2014",
                "url": "https://www.legislation.gov.uk/anaw/2014/4/contents",
                "minutes": 15,
                "body": """This is the official text of the Social Services and Well-being (Wales) Act 2014, the
law behind care and support in Wales. For commissioning, read section 2, which defines well-being, and section 16,
which requires local authorities to promote social enterprises, co-operatives, user-led services and the third
sector in providing care and support. Ask yourself how your current social care contracts help or hinder
that duty. If your Lab contract is not in social care, still read section 16. It is a useful model of how law
can push commissioning towards local, community-owned providers.""",
            },
        ],
        "activities": [
            {
                "kind": "reflection",
                "title": "Where does your specification dictate the how?",
                "instructions": """1. Open the current or draft specification for your Lab contract. If none exists, use the last
   similar contract your service let.
2. Highlight every sentence that tells the supplier how to do the work.
3. For each highlighted sentence, decide: is this required by law or safety, or is it habit?
4. Choose the two "habit" sentences that most limit new ideas, such as lower-carbon methods or
   community-led delivery.
5. Write a one-line outcome to replace each.

Question for the session: what would you lose, and what would you gain, if a supplier were free to choose
the method for those two parts of the contract?""",
                "minutes": 30,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "checkoff",
                "title": "Plan one co-production conversation",
                "instructions": """1. Identify one group with a real stake in your Lab contract: service users, carers,
   tenants, frontline staff or current providers.
2. Find an existing meeting or forum you could join, such as a tenants' panel, carers' group or provider forum.
3. Write three open questions to ask them, for example "What would make this service better for you?"
4. Note how you will feed back what you heard and what changed.
5. Agree a date with the organiser.
6. Tick this off when the date is agreed and the questions are written.""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 4,
        "title": "Market engagement with local SMEs and the third sector",
        "summary": (
            "This week you look at how to talk to the market before you buy. You learn how to run fair "
            "pre-market engagement under the Procurement Act 2023, how to use Sell2Wales and supplier days, and "
            "how lotting and simpler processes lower the barriers small suppliers and third-sector organisations "
            "face. You use examples from community transport, warm spaces, food support, chargepoints and "
            "retrofit to plan engagement for your own contract."
        ),
        "outcomes": [
            "Explain the purpose of preliminary market engagement and how to keep it fair to all suppliers.",
            "Describe the main barriers SMEs and third-sector organisations face in council procurement.",
            "Use lotting and other design choices to open a contract to local suppliers.",
            "Plan a supplier day or engagement exercise for your Lab contract.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Pre-market engagement: talking to suppliers before you buy",
                "url": "",
                "minutes": 15,
                "body": """## Why engage early

You will write a better specification if you know what the market can do. Early engagement tells you what
is possible, what it might cost, which risks suppliers can carry and which social value commitments are
realistic. It also tells local suppliers a contract is coming, so they can prepare or form partnerships.

## What the Procurement Act 2023 says

The Act allows **preliminary market engagement** before you publish a tender notice (section 16). You can
use it to develop requirements, design the procedure and identify likely suppliers. If you engage, you
normally publish a **preliminary market engagement notice** (section 17), or explain in the tender notice why
you did not. In Wales, notices go through Sell2Wales.

The Act also asks you to ensure engagement does not give any supplier an unfair advantage. If a supplier has
gained one that you cannot fix, exclusion may be considered, so keep good records.

## Keep it fair

- Share the same information with everyone who takes part, and publish it afterwards.
- Do not let one supplier write your specification.
- Record who you spoke to, what you asked and what you learned.
- Declare and manage conflicts of interest.

## Ways to engage

- **Questionnaires** published on Sell2Wales.
- **Supplier days**, in person or online, with a short presentation and open questions.
- **One-to-one meetings**, offered equally to all who ask, with the same questions.
- **Working through intermediaries**, such as county voluntary councils or business support networks, to
  reach organisations that do not watch tender portals.

## Two examples

**Accelerating Decarbonisation:** before buying chargepoints for depots and community car parks, a council
runs an online session. It learns that local electricians can install but not maintain the back-office
software, so it splits installation from the management platform.

**Supportive Communities:** before commissioning community transport to help isolated people reach hubs and
warm spaces, a council meets community transport groups through its county voluntary council. It learns that
the groups need longer contracts to justify buying accessible vehicles, and that monthly payment in arrears
would strain their cash flow.

## What to ask

1. What outcomes could you deliver, and how would you show them?
2. What in our usual process would stop you bidding?
3. What contract length and size would suit you?
4. What social value could you offer that fits this contract?
""",
            },
            {
                "kind": "reading",
                "title": "Lotting and other ways to lower barriers for small suppliers",
                "url": "",
                "minutes": 15,
                "body": """## The barriers small suppliers tell us about

Small firms, social enterprises and charities often report the same problems:

- not knowing an opportunity exists;
- long, complex tender documents and short deadlines;
- high turnover or insurance requirements unrelated to the contract's risk;
- contracts too large, or covering too wide an area;
- slow payment that hurts cash flow;
- little feedback after losing, so no chance to improve.

Section 12 of the Procurement Act 2023 asks you to have regard to the barriers SMEs face and to consider
whether you can remove or reduce them.

## Lotting

A **lot** is a part of a contract that can be bid for and awarded separately. You can lot by:

- **geography:** for example, one lot per locality for community meals;
- **type of work:** design, installation and maintenance of solar panels as separate lots;
- **client group:** a specialist lot for people living with dementia within a befriending service.

The Act expects you to consider lotting and to explain if you decide not to use lots where they could
reasonably be used. Ask your procurement team how this applies to your contract.

Lotting has costs. More lots means more contracts to manage. Too many small lots may put off larger firms
who bring investment. Decide with market evidence, not by habit.

## Other design choices

- **Proportionate selection:** ask for financial and insurance levels that match the contract's risk.
- **Consortia and subcontracting:** allow groups of small organisations to bid together.
- **Realistic timescales:** give enough time for small bidders without a bid team.
- **Prompt payment:** the Act implies 30-day payment terms into public contracts and down the supply chain.
- **Reserved contracts:** the Act allows some contracts to be reserved for supported employment providers and,
  for certain services, for public service mutuals. Check eligibility with your procurement team.

## Worked example: a food support and community meals contract

A council wants to support food poverty work across a large area. The first draft is one county-wide
contract. Market engagement shows local food banks, community pantries and a social enterprise café would
each bid for their own area but not the whole county. The council creates four geographic lots, asks for
proportionate insurance, allows partnerships, and publishes the opportunity on Sell2Wales with a clear
summary in plain English and Welsh.
""",
            },
            {
                "kind": "worksheet",
                "title": "Planning a supplier day",
                "url": "",
                "minutes": 25,
                "body": """## Purpose

Use this worksheet to plan a supplier day or online engagement session for your Lab contract. A good
session takes about 90 minutes and gives every attendee the same information.

## Step 1: decide what you need to learn

Write three things you do not yet know. For example:

- Can local firms install and maintain heat pumps in older terraced homes at the scale we need?
- Would community groups bid for a warm spaces and befriending contract if it ran for three years?
- What social value could a small supplier realistically offer on a contract this size?

## Step 2: decide who to reach

- Existing and potential suppliers registered on Sell2Wales.
- Local businesses through your council's economic development team and business support networks.
- Third-sector organisations through your county voluntary council.
- Welsh-language and community organisations where the service needs Welsh-speaking staff.

## Step 3: plan the agenda

| Time | Item |
|---|---|
| 10 min | Welcome, purpose and the rules of fair engagement |
| 15 min | The need, the outcomes and the expected timeline |
| 30 min | Questions from suppliers, answered openly to all |
| 25 min | Small group discussion on barriers, lots and social value |
| 10 min | Next steps and how you will publish a summary |

## Step 4: worked example - school estate decarbonisation

A council plans a programme to replace gas boilers in several schools. At the supplier day it learns that
local heating firms lack certified heat pump designers, but would partner with a regional design firm. It
also hears that work must fit school holidays. The council adjusts its timeline, allows partnerships and
lots the programme into smaller school clusters.

## Step 5: worked example - warm spaces and befriending

A council invites community groups to a session in a library. Several say they cannot meet the proposed
insurance level and that monthly reporting would take volunteer time. The council reviews the insurance
level against the real risk, simplifies reporting to a quarterly form, and offers a short bid-writing
session in partnership with the county voluntary council.

## Step 6: record and publish

Keep notes of questions and answers. Publish a summary for all, including those who could not attend.
""",
            },
            {
                "kind": "link",
                "title": "Sell2Wales",
                "url": "https://www.sell2wales.gov.wales/",
                "minutes": 15,
                "body": """Sell2Wales is the Welsh Government's procurement portal. Welsh public bodies use it to
publish opportunities and notices, and under the Procurement (Wales) Regulations 2024 notices submitted there
are passed to the UK central digital platform. Browse it as a supplier would. Search for current opportunities
in your service area, such as care, construction or transport. Look at how notices describe the requirement,
whether lots are used and how much time bidders are given. Note one notice that a small local supplier would
find easy to understand, and one they would find hard. Bring both to the session.""",
            },
            {
                "kind": "link",
                "title": "WPPN 07/21: SME-friendly procurement",
                "url": "https://www.gov.wales/wppn-07-21-sme-friendly-procurement-html",
                "minutes": 15,
                "body": """This Welsh Procurement Policy Note from the Welsh Government sets out principles for
SME-friendly procurement in Wales, building on the Opening Doors Charter. It was written under the earlier
regulations, so read it for its practical principles rather than its legal references, and check with your
procurement team for any updated note under the Procurement Act 2023. Look for what it says about
proportionate selection criteria, lotting, clear documents, feedback and prompt payment. List three
principles your service could apply to your Lab contract straight away.""",
            },
        ],
        "activities": [
            {
                "kind": "checkoff",
                "title": "Read three Sell2Wales notices like a small supplier",
                "instructions": """1. Go to Sell2Wales and find three current or recent opportunities from Welsh councils.
   Choose at least one linked to decarbonisation and one linked to supportive communities.
2. For each, imagine you run a five-person local firm or a small charity.
3. Note how long it took you to understand what was wanted.
4. Note any requirement that would stop you bidding, such as turnover, insurance or timescale.
5. Note whether the contract was split into lots.
6. Tick this off when you have notes on all three.""",
                "minutes": 30,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "What stops a small supplier bidding for your contract?",
                "instructions": """1. Look again at your Lab contract's value, length and scope in the planner.
2. List every barrier a small local supplier or third-sector group might face in bidding.
3. For each barrier, note one change you could make, such as a lot, a longer deadline or lower insurance.
4. For each change, note one risk or cost to the council.
5. Decide which single change you would make first.

Question for the session: which barrier in your contract exists to protect residents, and which exists
only because "we have always done it that way"?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 5,
        "title": "Writing and weighting evaluation criteria",
        "summary": (
            "This week you learn how tenders are actually scored. You write clear, proportionate award criteria "
            "with model answers, apply common scoring methods for price and quality, and see how the balance of "
            "price, quality and social value weightings changes which bid wins. You use the Social value planner "
            "to set weightings for your contract and test sample bids, so you can explain and defend your "
            "choices to colleagues and members."
        ),
        "outcomes": [
            "Write award criteria and sub-criteria that are clear, measurable, specific and proportionate.",
            "Apply the proportional price scoring method and a descriptor-based quality scale.",
            "Demonstrate how changes in price, quality and social value weightings change the winning bid.",
            "Justify a weighting for your contract in plain language.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Award criteria that stand up to challenge",
                "url": "",
                "minutes": 15,
                "body": """## The legal test

Under section 23 of the Procurement Act 2023, award criteria must relate to the subject matter of the
contract, be sufficiently clear, measurable and specific, and be proportionate. You must publish the criteria
and their relative importance before bids come in, and score only against them.

## From outcomes to criteria

Your criteria should flow from the outcomes you set in weeks 2 and 3.

| Outcome | Criterion | What a good answer shows |
|---|---|---|
| Tenants can use new heating systems | Resident liaison and aftercare | A clear plan, named roles, visits, Welsh-language materials |
| Older people feel less lonely | Approach to reducing loneliness | How people are found, matched, supported and reviewed |
| Lower carbon in delivery | Carbon reduction in delivering the contract | Specific actions, such as electric vehicles or low-carbon materials |

## Write questions bidders can answer

- Ask one thing per question.
- Set a word limit that fits the contract's size.
- Say what evidence you want, such as examples, method statements or named staff.
- Avoid asking for generic policies that every bidder copies.

## Use a scoring scale with descriptors

A common 0 to 5 scale:

| Score | Descriptor |
|---|---|
| 5 | Excellent: fully meets the requirement with clear, specific, credible detail |
| 4 | Good: meets the requirement with minor gaps |
| 3 | Acceptable: meets the requirement but with limited detail |
| 2 | Weak: partly meets the requirement; significant gaps |
| 1 | Poor: major gaps or little credible evidence |
| 0 | No answer or wholly unacceptable |

Agree any minimum score ("a score below 2 on any question means the bid is rejected") in advance and
publish it.

## Model answers

Before the deadline, write a short note of what a "5" and a "3" would look like for each question. This helps
panel members score consistently. It is for the panel, not for bidders.

## Proportionality

For a small warm spaces contract with a community group, two short quality questions and one social value
question may be enough. For a multi-million pound retrofit programme, you may need more. Ask only what you
will use to decide.

## Worked example

A council buying a community transport service to help people reach hubs writes one criterion on "safe,
accessible journeys" with a 400-word limit, and one on "reaching people who are isolated" with a 400-word
limit, plus a short social value question on local volunteering. Each has descriptors and a model answer.
""",
            },
            {
                "kind": "reading",
                "title": "Scoring price and combining scores",
                "url": "",
                "minutes": 15,
                "body": """## The proportional price method

A widely used method gives the **lowest price full marks** and scores the others **in proportion**:

> Price score = (lowest price / bid price) x maximum price score

If the lowest bid is £90,000 and your bid is £100,000, your price score is 90% of the maximum. A bid at
£180,000 would score 50%.

This method is simple and easy to explain. Be aware of how it behaves: a bid 10% dearer than the lowest
keeps about 91% of the price marks, and a bid at twice the lowest price still keeps half. Some councils use
other methods, such as scoring against a budget. Whatever you choose, publish it in advance.

## Turning quality scores into weighted scores

If a quality question carries 20% and a bidder scores 4 out of 5, they get 4/5 x 20 = 16 points.

## Adding up

Total score = weighted price score + weighted quality score + weighted social value score.

The weightings must add up to 100%. They show bidders what matters most.

## Watch for abnormally low tenders

A very low bid can look like a win on price but may mean the bidder has misunderstood the work or plans to
cut corners, for example by paying care workers below fair rates. The Procurement Act 2023 lets you
investigate an abnormally low tender and, in some cases, reject it. Build time for this into your timetable.

## Social value scoring

You can score social value by:

- **quality-style scoring** of a method statement against descriptors; or
- **quantitative scoring** of committed measures, sometimes using proxy values.

Proxy values are illustrative and vary by framework and year, so if you use them, state the source and
version in the tender documents. A mix often works best: score how credible the commitments are, not just
how large.

## Worked example

A council is buying a befriending service. Price is worth 40%, quality 45% and social value 15%.

- Bid A: £120,000; quality 3.5/5; social value 3/5.
- Bid B: £100,000; quality 3/5; social value 2/5.

Price scores: A = 100,000/120,000 x 40 = 33.3; B = 40.
Quality: A = 3.5/5 x 45 = 31.5; B = 3/5 x 45 = 27.
Social value: A = 3/5 x 15 = 9; B = 2/5 x 15 = 6.

Totals: A = 73.8; B = 73.0. A wins narrowly. Notice how close it is. Small scoring differences matter,
which is why clear descriptors and model answers are vital.
""",
            },
            {
                "kind": "worksheet",
                "title": "How weighting changes the winner: a retrofit example",
                "url": "",
                "minutes": 30,
                "body": """## The scenario

A council is procuring a contractor to install energy efficiency measures in its homes over three years. All
figures are **illustrative**. Three bids arrive. Quality and social value have already been scored out of
100 by the panel.

| Bid | Price | Quality (out of 100) | Social value (out of 100) |
|---|---|---|---|
| A | £900,000 | 60 | 40 |
| B | £1,000,000 | 80 | 70 |
| C | £1,100,000 | 90 | 90 |

Using the proportional method, price scores out of 100 are: A = 100, B = 90, C = 81.8.

## Three weightings, three winners

### Weighting 1: price 70%, quality 30%, social value 0%

- A: 70.0 + 18.0 + 0 = **88.0**
- B: 63.0 + 24.0 + 0 = 87.0
- C: 57.3 + 27.0 + 0 = 84.3

**A wins.** The cheapest bid wins even with weak quality.

### Weighting 2: price 60%, quality 40%, social value 0%

- A: 60.0 + 24.0 = 84.0
- B: 54.0 + 32.0 = **86.0**
- C: 49.1 + 36.0 = 85.1

**B wins.**

### Weighting 3: price 40%, quality 45%, social value 15%

- A: 40.0 + 27.0 + 6.0 = 73.0
- B: 36.0 + 36.0 + 10.5 = 82.5
- C: 32.7 + 40.5 + 13.5 = **86.7**

**C wins.** It offers the best quality, with the most local apprenticeships and tenant support.

## What this shows

- The weighting is a **policy decision**, not a technical detail. It decides the winner before a single bid is
  opened.
- Moving 10 points from price to quality changed the winner here. Small shifts matter when bids are close.
- A higher social value weighting only helps if your social value questions are clear and proportionate.
- You must also be able to afford the winner. If C is above budget, a high quality weighting cannot fix that.

## The same logic for Supportive Communities

For a domiciliary care contract, a heavy price weighting can reward bids that rely on low pay and short
visits. That can lead to staff turnover and poorer continuity for people receiving care. Many councils now
pay closer attention to quality weightings and fair-work commitments for care contracts.

## Your turn

Pick two weightings for your Lab contract: one you think your council would use by default, and one you
would argue for. Note which you expect to favour local, higher-quality suppliers, and why.
""",
            },
            {
                "kind": "link",
                "title": "Procurement Act 2023, section 23: award criteria",
                "url": "https://www.legislation.gov.uk/ukpga/2023/54/section/23",
                "minutes": 10,
                "body": """This is the legal text on award criteria in the Procurement Act 2023. Read it slowly; it is
short. Look for the four tests your criteria must meet: relating to the subject matter of the contract, being
sufficiently clear, measurable and specific, not breaching the procurement rules, and being proportionate.
Then look for what the Act says about describing how bids will be assessed and the relative importance of
criteria. Check the social value question you are drafting against each test. If it fails any test, rewrite
it before entering your weightings in the planner.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Set price, quality and social value weightings",
                "instructions": """You now decide how much each element counts for your contract.

1. Open the **Social value planner** and go to the **Weighting** step for your Lab contract.
2. Enter a **price** percentage. Why: this is how much cost matters relative to everything else. A higher
   figure suits simple, standard goods; a lower figure suits complex services where quality drives outcomes.
3. Enter a **quality** percentage. Why: quality covers how well the supplier will deliver the outcomes you set
   in week 3, such as safe care or well-installed retrofit.
4. Enter a **social value** percentage. Why: this rewards the well-being outcomes you set in week 2. Keep it
   proportionate to the contract's size and to what suppliers can credibly deliver.
5. Check the three figures add up to 100%.
6. Write a one-line reason for your choice in the notes, in plain language a councillor would understand.
7. Save the step. Keep a note of your figures; you will test them against bids next.""",
                "minutes": 20,
                "required": True,
                "tool_step": "weighting",
            },
            {
                "kind": "tool",
                "title": "Test your weighting with sample bids",
                "instructions": """You now see how your weighting plays out against realistic bids.

1. Open the **Social value planner** and go to the **Bids** step.
2. Enter **three bids** (the evaluator accepts two to four). For each, enter a name, a price, a quality score
   and a social value score. You can use the retrofit worksheet figures, or make up bids that suit your
   contract. Why: realistic variety shows how the scoring behaves.
3. Make one bid cheap with weak quality, one mid-priced and solid, and one dearer with strong quality and
   social value. Why: this is the pattern where weighting matters most.
4. Read the results. Note which bid wins and by how many points.
5. Go back to the **Weighting** step and move 10 percentage points from price to quality, or from quality to
   social value. Return to **Bids** and note whether the winner changes.
6. Decide which weighting you would defend, and save.""",
                "minutes": 30,
                "required": True,
                "tool_step": "bids",
            },
            {
                "kind": "reflection",
                "title": "Defending your weighting to a cabinet member",
                "instructions": """1. Look at your final weighting and the bid results from the planner.
2. Imagine the cabinet member for finance asks why you did not simply pick the cheapest bid.
3. Write three or four sentences in reply. Use one fact about whole-life cost and one about the outcomes
   residents will see, such as warmer homes or fewer isolated older people.
4. Now imagine a local supplier asks why social value counts for so little, or so much. Write two sentences
   in reply.
5. Note anything in your criteria you would change after this exercise.

Question for the session: if your weighting had been set before anyone wrote the specification, would you
have chosen the same numbers, and what does that tell you about when weighting decisions should be made?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 6,
        "title": "Managing contracts for the value promised",
        "summary": (
            "This week you make sure the value promised at tender is actually delivered. You learn how to turn "
            "bid commitments into KPIs and contract terms, monitor social value without drowning suppliers in "
            "paperwork, use remedies in proportion, and report results back to residents, members and the "
            "Welsh Government. You draw on retrofit, fleet, social care and loneliness examples and finish with "
            "a contract management plan for your Lab contract."
        ),
        "outcomes": [
            "Turn tender commitments into a small set of clear, measurable KPIs.",
            "Plan proportionate monitoring of social value commitments, including how to verify evidence.",
            "Describe a graduated set of remedies for under-performance and when to use each.",
            "Explain how contract results feed into the council's socially responsible procurement reporting.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "KPIs that matter: from tender promises to contract terms",
                "url": "",
                "minutes": 15,
                "body": """## The gap between award and delivery

A well-scored bid is only a promise. Value is lost when commitments are not written into the contract, no
one is named to monitor them, or the data is never checked. Contract management closes that gap.

## Put commitments into the contract

Before signing, copy each scored commitment into a schedule of the contract. Include the measure, target,
timescale, evidence required and reporting frequency. If it is not in the contract, it is hard to enforce.

## Choose a few good KPIs

Aim for a small set, often three to six, covering:

- **Delivery:** is the core service being provided on time and to standard?
- **Outcomes:** is it making the difference you bought it for?
- **Social value:** are the promised commitments happening?
- **Relationship:** are complaints, invoices and communication handled well?

The Procurement Act 2023 introduced requirements on setting and publishing KPIs for certain larger contracts,
and on publishing assessments of performance. Some transparency duties apply differently to devolved Welsh
authorities, so check the current Welsh guidance with your procurement team.

## Make each KPI SMART

| Weak KPI | Better KPI |
|---|---|
| "Good customer service" | "At least 90% of tenant repair appointments kept, reported monthly" |
| "Support local jobs" | "Two apprentices from the county employed on the contract by month 6, each for 12 months or more" |
| "Reduce loneliness" | "Participants complete a short loneliness question at start and after six months; results reported quarterly" |

Figures in this table are examples of format, not recommended targets.

## Worked example: fleet electrification

A council leases electric vans with a maintenance package. KPIs cover vehicle availability, time to repair,
chargepoint uptime and driver training delivered. A social value KPI tracks a local apprentice technician
trained in electric vehicle maintenance.

## Worked example: a loneliness and befriending service

KPIs cover people referred and matched within an agreed time, contacts kept, the change in loneliness scores,
volunteer numbers and the share of Welsh-speaking clients offered a Welsh-speaking befriender.

## Name an owner

Every contract needs a named contract manager with time to do the job, and a clear route to escalate
problems.
""",
            },
            {
                "kind": "reading",
                "title": "Monitoring social value commitments without drowning in paperwork",
                "url": "",
                "minutes": 15,
                "body": """## The common problem

Social value often gets strong attention at tender and weak attention afterwards. Suppliers send reports no
one reads, or councils ask small charities for more data than they can collect. Both waste time and lose
value.

## A proportionate approach

1. **Agree the evidence at the start.** For an apprenticeship: a contract of employment and start date. For
   carbon: fuel records or meter readings. For volunteering: a simple log.
2. **Match effort to contract size.** A community group with a small warm spaces contract might send a short
   quarterly form and one case story. A large retrofit contractor can report monthly through a portal.
3. **Verify a sample.** You do not need to check everything. Spot-check a few items each year, such as
   meeting an apprentice or visiting a retrofitted home.
4. **Hear from residents.** Ask people using the service, or living in retrofitted homes, what has changed.
   Their views can reveal problems that figures miss.

## Handling proxy values in reports

If your council reports social value in pounds using a framework such as the Wales National TOMs:

- say which framework and version you used, because proxy values are illustrative and vary by framework and
  year;
- report the underlying numbers as well (apprentice weeks, tonnes, hours);
- do not add pounds from different frameworks together;
- avoid claiming value for things that would have happened anyway.

## Worked example: a school decarbonisation contract

The contractor committed to local work placements and to recycling a share of removed materials. The contract
manager receives a short monthly return, checks waste transfer notes twice a year and meets two placement
students. One commitment is behind: fewer placements than promised because of timing. Together, the manager
and contractor agree to add placements in the next school holidays.

## Worked example: carers' support

The provider committed to regular carers' drop-ins in community hubs. The contract manager asks for attendance
numbers, a short note of themes raised and, twice a year, a conversation with a few carers. That is enough to
know the service is working, without a heavy return.

## Keep a single record

Store commitments, evidence and actions in one place, so a colleague can pick up the contract if you move on.
""",
            },
            {
                "kind": "worksheet",
                "title": "Remedies and escalation: a worked case",
                "url": "",
                "minutes": 25,
                "body": """## Why a ladder of remedies

When a supplier falls short, you want the service fixed, not a fight. A graduated approach helps you respond
in proportion and keeps a record if stronger action is needed later. Always follow the contract's own terms
and take advice from procurement and legal colleagues.

## A typical ladder

1. **Informal conversation:** raise the issue early at a contract meeting. Agree what will change.
2. **Written notice:** set out the problem, the contract clause and the expected improvement.
3. **Improvement plan:** the supplier proposes actions, dates and evidence. You agree and track it.
4. **Contractual remedies:** as the contract allows, for example service credits, withholding payment for
   work not done, or requiring extra resources at the supplier's cost.
5. **Escalation:** senior meetings between both organisations.
6. **Termination:** a last resort, only where the contract allows it, with a plan for continuity of service.

Under the Procurement Act 2023, certain breaches and poor performance may need to be recorded and published,
and significant changes to a contract have their own rules. Check with your procurement team.

## Case 1: a home retrofit contract behind on social value

Illustrative facts: the contractor promised four local apprentices. By month nine there is one. Energy
measures are being installed on time and tenants are satisfied.

- Step 1: the contract manager raises it at the monthly meeting. The contractor says local recruitment is
  hard.
- Step 2: the manager links the contractor to the council's employability team and a local college.
- Step 3: the contractor agrees an improvement plan: two more apprentices within three months.
- Outcome: three apprentices by month twelve. The manager records the shortfall and the recovery in the
  contract file and annual report.

## Case 2: a domiciliary care contract with missed visits

Illustrative facts: reports show rising missed and late visits in one rural area.

- Step 1: urgent conversation, because people's safety comes first. Check safeguarding.
- Step 2: written notice and a short-term plan to cover the area.
- Step 3: an improvement plan on recruitment and rota planning, reviewed weekly.
- Step 4: if there is no improvement, the contract's remedies and, if needed, moving packages to another
  provider.

## Your turn

For your Lab contract, write the first three steps you would take if the most important social value
commitment fell behind.
""",
            },
            {
                "kind": "link",
                "title": "Social Partnership and Public Procurement (Wales) Act 2023",
                "url": "https://www.legislation.gov.uk/asc/2023/1/contents",
                "minutes": 15,
                "body": """This is the full text of the Social Partnership and Public Procurement (Wales) Act 2023.
For this week, go to Part 3 and read section 39 on annual socially responsible procurement reports and section
40 on the contracts register. Note what a report must include: a summary of procurements, a review of steps
taken to meet the council's socially responsible procurement objectives, and further steps that could be taken.
Then look at sections 25 to 31 on major construction contracts, including social public works clauses and
how they pass down to subcontracts.
Ask yourself what data from your Lab contract would need to flow into the council's annual report.""",
            },
            {
                "kind": "link",
                "title": "Future Generations Commissioner for Wales",
                "url": "https://www.futuregenerations.wales/",
                "minutes": 15,
                "body": """The Future Generations Commissioner for Wales promotes the sustainable development
principle and monitors how public bodies meet the Well-being of Future Generations Act. Browse the
Commissioner's site for material on procurement and on the five ways of working. Look for how the
Commissioner describes good practice in reporting: honest about what has not worked, focused on long-term
outcomes, and involving people. Use one idea you find to improve how you will report your Lab contract's
results to residents and members, not just to the procurement team.""",
            },
        ],
        "activities": [
            {
                "kind": "checkoff",
                "title": "Draft a one-page contract management plan",
                "instructions": """1. Take your Lab contract and the outcomes, weighting and bids from the planner.
2. On one page, list: the named contract manager, three to six KPIs, the social value commitments, the evidence
   for each, and how often you will review them.
3. Add the first three remedy steps you would use if a key commitment fell behind.
4. Add who you will report to: your service lead, members, residents and the annual socially responsible
   procurement report.
5. Share it with a colleague in procurement for a quick check.
6. Tick this off when the page is complete and shared.""",
                "minutes": 40,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "Reporting back: what would residents want to know?",
                "instructions": """1. Imagine your Lab contract is one year in.
2. Write three sentences for a council newsletter or community hub noticeboard explaining what the contract has
   achieved. Use plain English, with no jargon and no pounds of proxy value.
3. Now write three sentences for a scrutiny committee, including one thing that has not gone to plan.
4. Compare the two. Note what data you would need to write both honestly.
5. Look back across the six weeks and note the single change you will make to how your service buys.

Question for the session: if residents only ever heard about the social value figures in pounds, what would
they miss about whether the contract has made their lives or their area better?""",
                "minutes": 30,
                "required": True,
                "tool_step": "",
            },
        ],
    },
]

# The Lab's self-assessment (baseline, exit and six months on), one statement per learning aim.
STATEMENTS = [
    {
        "week": 1,
        "en": "I can explain the difference between lowest price, whole-life cost and the most advantageous tender.",
        "cy": "Gallaf egluro'r gwahaniaeth rhwng y pris isaf, cost oes gyfan a'r tendr mwyaf manteisiol.",
    },
    {
        "week": 2,
        "en": "I can set social value measures, with targets, for a council contract.",
        "cy": "Gallaf osod mesurau gwerth cymdeithasol, gyda thargedau, ar gyfer contract cyngor.",
    },
    {
        "week": 3,
        "en": "I can write a specification in terms of outcomes rather than inputs.",
        "cy": "Gallaf ysgrifennu manyleb o ran canlyniadau yn hytrach na mewnbynnau.",
    },
    {
        "week": 4,
        "en": "I can engage the market fairly and open a contract to local small businesses and the third sector.",
        "cy": "Gallaf ymgysylltu â'r farchnad yn deg ac agor contract i fusnesau bach lleol a'r trydydd sector.",
    },
    {
        "week": 5,
        "en": "I can write and weight evaluation criteria that are clear and proportionate.",
        "cy": "Gallaf ysgrifennu a phwysoli meini prawf gwerthuso sy'n glir ac yn gymesur.",
    },
    {
        "week": 6,
        "en": "I can turn tender commitments into measurable key performance indicators and monitor them.",
        "cy": "Gallaf droi ymrwymiadau tendr yn ddangosyddion perfformiad allweddol mesuradwy a'u monitro.",
    },
    {
        "week": 6,
        "en": "I can use what I learned when commissioning or buying for my council.",
        "cy": "Gallaf ddefnyddio'r hyn a ddysgais wrth gomisiynu neu brynu ar gyfer fy nghyngor.",
    },
]
