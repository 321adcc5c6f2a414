"""The Data Lab's six-week curriculum, loaded by a data migration and editable in the admin afterwards."""

MODULES = [
    {
        "number": 1,
        "title": "What makes a good data question",
        "summary": (
            "You start the Data Lab by learning to ask a question that data can answer and a decision maker can act on. "
            "You look at why vague questions waste analyst time, how to tie a question to a real decision, a named owner "
            "and a deadline, and how to tell descriptive, diagnostic, predictive and prescriptive questions apart. "
            "Examples come from fleet electrification, home retrofit, warm spaces and loneliness. By the end of the week "
            "you have the first two steps of your own question written in the Good data question builder."
        ),
        "outcomes": [
            "Explain the difference between a topic, a problem and a data question.",
            "Write a data question that names the decision it informs, who acts on it and by when.",
            "Classify a question as descriptive, diagnostic, predictive or prescriptive, and say what that means for the data you need.",
            "Connect your question to the well-being goals and five ways of working in the Well-being of Future Generations (Wales) Act 2015.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Anatomy of a good data question",
                "url": "",
                "minutes": 15,
                "body": """## Why the question comes first

Most council data projects that stall do not fail because of technology. They fail because nobody agreed what question they were answering. Someone asks an analyst to "look at the loneliness data" or "see what the fleet data says". Weeks later a dashboard appears that nobody uses, because it was never linked to a choice anyone had to make.

A good data question is short, specific and tied to a decision. It passes four tests:

1. **Specific**: it names the people, place, service and time period.
2. **Answerable**: the data exists, or you can realistically collect it in the time you have.
3. **Actionable**: the answer would change what someone does.
4. **Ethical**: you can answer it lawfully and fairly, and you would be comfortable explaining it to residents.

## Topic, problem, question

- **Topic:** loneliness among older people.
- **Problem:** our warm spaces may not be reaching older people who live alone.
- **Question:** which of our warm spaces were used by people aged 75 and over last winter, and which wards with many older people living alone have no warm space within a short bus ride?

The topic is too wide to analyse. The problem gives you a reason to act. The question tells you what data to pull.

## Worked example: Accelerating Decarbonisation

A fleet manager in a Cardiff Capital Region council starts with "we need to electrify the fleet". That is a goal, not a question. After one conversation with Finance it becomes:

> Which of our light vans could switch to electric at their next scheduled replacement without changing the rounds they cover, so that the Head of Fleet can put a costed plan to Cabinet before the capital programme is set in February?

Now you know what you need: vehicle replacement dates, daily mileage from telematics, depot locations and the charging capacity at each depot.

## Worked example: Supportive Communities

A community hubs lead asks "is the hub working?". Sharpened, it becomes:

> Of the residents referred to the hub by social workers in the last six months, how many came more than once, and what stopped the others coming back, so that the Hubs Manager can change the offer before the winter programme starts in October?

## Check it against the Future Generations Act

The Act's five ways of working make a useful test. A strong question often looks **long-term** (what will our fleet need in 2030?), supports **prevention** (reaching people before loneliness becomes a health crisis), and **involves** the people affected in shaping what you ask.
""",
            },
            {
                "kind": "reading",
                "title": "Four kinds of question: descriptive, diagnostic, predictive, prescriptive",
                "url": "",
                "minutes": 12,
                "body": """## Why the kind of question matters

Analysts often sort questions into four kinds. Knowing which kind you are asking tells you what data, skills and safeguards you need. It also stops you promising a forecast when all you can honestly give is a count.

### Descriptive: what happened?

Counts, totals, rates and trends.

- "How many households did our hubs refer to food banks each month last year?"
- "How much diesel did the refuse fleet use in 2024/25?"

Descriptive questions are the backbone of most council decisions. They need good records, not advanced methods.

### Diagnostic: why did it happen?

Comparisons, breakdowns and conversations.

- "Why did attendance at the Tuesday warm space drop in January?"
- "Why do some primary schools of the same age and size use far more gas per square metre than others?"

You usually need more than one source, and often words as well as numbers, such as caretakers' notes or interviews with volunteers.

### Predictive: what is likely to happen?

Forecasts and risk scores.

- "How many hours of home care will we need in five years, given Welsh Government population projections?"
- "Which streets will need public EV charge points first, given how many homes have no off-street parking?"

Predictions always carry uncertainty. When they are about individual people, they raise serious legal and ethical questions. You cover these in Weeks 3 and 5.

### Prescriptive: what should we do?

Options appraisal and optimisation.

- "Which mix of LED conversion, dimming and part-night lighting gives the biggest carbon saving within our street lighting budget?"
- "Which routes should the community transport minibus run to reach the most isolated residents?"

Prescriptive questions rest on the other three. You need a sound description and some grasp of causes before you can recommend action.

## Start simple

Most questions you can answer within a six-week Lab are descriptive or diagnostic. That is not a weakness. A clear, honest description of what is happening often changes a decision more than a clever model does.

## A quick test

Ask yourself: if I had a perfect answer tomorrow, what would someone do differently? If you cannot say, the question is not ready yet.
""",
            },
            {
                "kind": "link",
                "title": "Well-being of Future Generations (Wales) Act 2015 on legislation.gov.uk",
                "url": "https://www.legislation.gov.uk/anaw/2015/2/contents",
                "minutes": 20,
                "body": """This is the official text of the Well-being of Future Generations (Wales) Act 2015. You do not need to read all of it. Open section 4 and note the seven well-being goals. Then read section 5, which sets out the sustainable development principle and the five ways of working: long-term, prevention, integration, collaboration and involvement. Finally, skim Part 4 on Public Services Boards and their assessments of local well-being. As you read, ask yourself: which goal does my data question serve? Which way of working would make the question stronger? Remember that your Public Services Board's well-being assessment is a ready-made body of local evidence you may be able to reuse.""",
            },
            {
                "kind": "worksheet",
                "title": "Question sharpening worksheet",
                "url": "",
                "minutes": 20,
                "body": """## How to use this worksheet

Work through the five steps below with a colleague from your service. Write short answers. Do not worry about data yet: that comes in Week 2.

### Step 1: Name the topic

One or two words. For example, "street lighting", "unpaid carers" or "school estate energy".

### Step 2: State the problem

Write one sentence that starts "We are worried that..." or "We want to know whether...". For example:

- "We are worried that unpaid carers in the north of the county do not know about respite support."
- "We want to know whether our street lighting carbon savings have stalled since the LED programme ended."

### Step 3: Find the decision

Who will decide something differently because of your answer? Name the role, not the person, and the forum: a Cabinet report, a budget round, a Public Services Board meeting, a team plan.

### Step 4: Write the question

Use this pattern:

> Which / how many / where / why ... [people, places or assets] ... [in what period], so that [role] can decide [what] by [when]?

### Step 5: Test it

Score your question from 1 to 3 on each test:

| Test | 1 | 3 |
|---|---|---|
| Specific | "carers" | "carers aged 65+ in three named wards" |
| Answerable | no data exists | data already held or easy to collect |
| Actionable | interesting to know | changes a funding or service choice |
| Ethical | would surprise residents | you would happily explain it in public |

## Worked example from a Welsh council

In this illustrative example, an officer in Newport starts with "active travel". The problem is "we do not know if the new cycle route is used". The decision is the next bid to Welsh Government's Active Travel Fund. The question becomes: "How many trips a day used the new route in its first six months, compared with the old road, so that the Active Travel Officer can decide by the bid deadline whether to extend it?" It scores well on all four tests, because counters are already installed.
""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Builder step 1: write your question",
                "instructions": """Open the Good data question builder and go to the **question** step. This step turns a topic into something an analyst can answer and a manager can act on.

1. Pick one topic from your own work. It can come from either theme: for example fleet electrification, home retrofit or school energy (Accelerating Decarbonisation), or warm spaces, carers or loneliness (Supportive Communities).
2. In **The question**, write one sentence using the pattern from the worksheet: which, how many, where or why, about named people, places or assets, in a named period.
3. In **The decision it informs**, write the choice that the answer will change. Be concrete: "whether to fund three more warm spaces this winter", not "service planning".
4. In **Who acts**, name the role that will take the decision, and the forum (Cabinet, a budget board, your Public Services Board, a team meeting).
5. In **By when**, give the real date or meeting. If there is no deadline, ask yourself whether the question matters now.
6. Read the whole step aloud to a colleague. If they cannot say what would change, rewrite it.

Why this matters: naming the decision, the owner and the date keeps the analysis small enough to finish and stops you building a report nobody reads.""",
                "minutes": 30,
                "required": True,
                "tool_step": "question",
            },
            {
                "kind": "tool",
                "title": "Builder step 2: choose the kind of question",
                "instructions": """Open the builder and go to the **kind** step. You will decide whether your question is descriptive, diagnostic, predictive or prescriptive.

1. Re-read the question you wrote in step 1.
2. Choose one kind:
    - **Descriptive** if you need to know what happened (counts, rates, trends).
    - **Diagnostic** if you need to know why it happened.
    - **Predictive** if you need to know what is likely to happen.
    - **Prescriptive** if you need to know what you should do.
3. In the notes, write one sentence explaining your choice. For example: "Descriptive: we need to know how many older people used each warm space before we can ask why some are quieter."
4. Write one sentence on what the kind means for your project. A predictive question about individual residents, such as who is at risk of isolation, will almost certainly need a DPIA and a careful fairness check. A descriptive question about council buildings probably will not.
5. If your question mixes two kinds, split it and keep the simpler one for this Lab.

Why this matters: the kind of question sets the data you need, the skills involved and the level of legal and ethical care. Choosing it early stops you over-promising.""",
                "minutes": 15,
                "required": True,
                "tool_step": "kind",
            },
            {
                "kind": "reflection",
                "title": "The report nobody read",
                "instructions": """1. Think of a report, dashboard or spreadsheet in your service that took real effort but changed nothing.
2. Write down the question it was meant to answer. If you cannot find one, write down what you think it was.
3. Note which of the four tests it failed: specific, answerable, actionable or ethical.
4. Write two or three sentences on what a sharper question might have been, and who should have been named as the decision maker.
5. Bring your notes to the session.

Question for discussion: what would have to change in your council for every piece of analysis to start with a named decision, owner and date?""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 2,
        "title": "Kinds of data and where they live",
        "summary": (
            "This week you map the data that could answer your question. You explore open data for Wales, including "
            "StatsWales, ONS and the Census, Nomis, Data Cymru and the Welsh Index of Multiple Deprivation. You look at the "
            "data your own service already holds, what it takes to use another council's data, and when a new survey or "
            "interviews are worth the effort. You learn to tell numbers from words and personal data from special "
            "category data, and you list your data items in the builder."
        ),
        "outcomes": [
            "Identify open data sources for Wales, including StatsWales, ONS, Nomis, Data Cymru and the Welsh Index of Multiple Deprivation.",
            "Describe the data your own service holds, and what you would need to use another council's data or run a new survey.",
            "Distinguish quantitative from qualitative data, and personal data from special category data.",
            "Choose the right level of detail for your question: person, household, building, small area or council.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Where Welsh public data lives",
                "url": "",
                "minutes": 20,
                "body": """## Four places to look

When you need data, look in this order. Each step costs more time and carries more risk than the one before.

### 1. Open data

Free, published, usually not about identifiable people.

- **StatsWales**: Welsh Government's statistics, including population estimates and projections, housing, social services and local government finance.
- **ONS and Census 2021**: population, households, unpaid care, health, car availability and heating type, down to small areas.
- **Nomis**: labour market data from ONS, such as employment, benefits claimants and earnings.
- **Data Cymru and InfoBase Cymru**: local government performance data and small-area profiles for Wales.
- **Welsh Index of Multiple Deprivation (WIMD)**: relative deprivation for small areas across eight domains.
- **National Survey for Wales**: what people say about well-being, loneliness, volunteering and more.
- **Energy Performance Certificate (EPC) data**: published by the UK government for individual buildings.

### 2. Your own service data

Case management systems, council tax and housing records, fleet telematics and fuel cards, building energy meters, street lighting asset registers, waste tonnages reported through WasteDataFlow, hub sign-in sheets. This data is detailed and local, but it was collected to run a service, not to answer your question. Expect gaps.

### 3. Another council's data

Useful for comparison or shared services. You will need a clear purpose and, if it is personal data, a data sharing agreement. In Wales, the Wales Accord on the Sharing of Personal Information (WASPI) gives public bodies a common framework for this.

### 4. New data

Surveys, interviews, focus groups, sensors and counters. Powerful, but slow and costly. Use only when nothing else will do.

## Worked example: home retrofit in Rhondda Cynon Taf

Question: where are the homes most likely to be cold and expensive to heat? You could start with EPC ratings (open), Census 2021 heating type (open) and the WIMD housing and income domains (open). Only then add council data, such as private sector housing complaints, and only if the open data leaves a real gap.

## Worked example: loneliness in Monmouthshire

Question: which rural communities might have many older people at risk of loneliness? Census 2021 gives one-person households aged 66 and over by small area. The National Survey for Wales gives loneliness measures at council level, but not for small areas. Hub sign-ins show who already comes. Short interviews with village hall volunteers tell you why others do not.
""",
            },
            {
                "kind": "reading",
                "title": "Numbers and words, personal and special category",
                "url": "",
                "minutes": 15,
                "body": """## Numbers and words

**Quantitative data** is numbers: counts, kilowatt hours, miles, ages, waiting times. It tells you how much, how many and how often.

**Qualitative data** is words and observations: interview notes, consultation comments, complaints, case notes, photos. It tells you why and how.

Good council analysis usually needs both. Fleet telematics tell you that a van idles for two hours a day. Only the driver can tell you it is because the depot has nowhere warm to wait. Warm space sign-ins tell you attendance fell. Only the visitors can tell you the bus timetable changed.

## Personal data

Personal data is any information about an identified or identifiable living person. That includes:

- names, addresses, dates of birth, reference numbers;
- a vehicle registration linked to a named driver;
- small counts that let someone be picked out, such as "one carer aged over 90 in this village".

Replacing names with a code (pseudonymisation) does **not** make data anonymous. If someone in the council could re-link it, it is still personal data.

## Special category data

UK GDPR gives extra protection to:

- racial or ethnic origin;
- political opinions;
- religious or philosophical beliefs;
- trade union membership;
- genetic data, and biometric data used to identify someone;
- health;
- sex life or sexual orientation.

Criminal offence data has its own, similar rules. Much social care data is health data. A carer's assessment that mentions the cared-for person's dementia is special category data about that person.

## Choosing the right level of detail

Ask whether you need data about **people** at all. Often you do not.

- Retrofit planning can start with data about **buildings** (EPC ratings, age, wall type).
- Fleet planning can use data about **vehicles**, with driver identity removed.
- Warm space planning can use **small-area** counts from the Census.

Move to person-level data only when the decision is about individuals, such as inviting specific households to a scheme. Each step down in detail raises the legal and ethical bar you meet in Week 3.
""",
            },
            {
                "kind": "link",
                "title": "Welsh Index of Multiple Deprivation (gov.wales)",
                "url": "https://www.gov.wales/welsh-index-multiple-deprivation",
                "minutes": 20,
                "body": """This is Welsh Government's home page for the Welsh Index of Multiple Deprivation, the official measure of relative deprivation for small areas in Wales. Check which edition is current before you use it. Look for the eight domains: income, employment, health, education, access to services, housing, community safety and physical environment. Read the guidance on how to use the index. Note three things. WIMD ranks areas; it does not tell you how much more deprived one area is than another. It describes areas, not people, so many deprived people live outside the most deprived areas, especially in rural council areas. The domains are useful on their own: the housing and access to services domains often matter more for retrofit and loneliness work than the overall rank.""",
            },
            {
                "kind": "link",
                "title": "Data Cymru",
                "url": "https://www.data.cymru/",
                "minutes": 15,
                "body": """Data Cymru supports Welsh local government and its partners to use data well. Spend fifteen minutes on its site. Find InfoBase Cymru and look up a small-area profile for a ward you know, noting which topics it covers and how up to date each figure is. Look at the local government performance data, including the Public Accountability Measures, and think about which figures could act as fair comparators for your service. Then look at Data Cymru's guidance and training on surveys and data skills. If your question needs a new survey, their advice on question design and sample sizes could save you weeks. Note one dataset or resource you could use for your own question.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Builder step 3: list your data",
                "instructions": """Open the builder and go to the **data** step. You will list the data your question needs, where it lives and how sensitive it is.

1. Re-read your question and its kind from Week 1.
2. In **Data items**, list each item you need as a field, not a system. Write "date of last visit" or "daily mileage per van", not "the case management system". Aim for five to ten items.
3. In **Sources**, say where each item lives: open data (name the source, such as StatsWales, ONS, Nomis, Data Cymru or WIMD), your own service, another council, or a new survey or interviews.
4. Mark each item as **not personal**, **personal** or **special category**. Remember that health details in social care records are special category, and that a vehicle linked to a named driver is personal data.
5. For each personal item, write whether a less detailed version would do, such as age band instead of date of birth, or small area instead of address.
6. Note any gap: an item you need that nobody holds.

Why this matters: a clear list shows whether your question is answerable, and it is the starting point for the lawful basis and DPIA screening you do in Week 3.""",
                "minutes": 40,
                "required": True,
                "tool_step": "data",
            },
            {
                "kind": "checkoff",
                "title": "Find three open datasets for your question",
                "instructions": """1. Using StatsWales, ONS, Nomis, InfoBase Cymru or the WIMD pages, find three open datasets that could help answer your question.
2. For each one, record the title, publisher, the latest period covered, the smallest geography available and how often it is updated.
3. Download or bookmark each one.
4. Write one sentence on what each dataset can and cannot tell you about your question.
5. Share your list with your Lab group before the session.

Tick this activity when you have three datasets recorded with all five details.""",
                "minutes": 30,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "Who holds the piece you are missing?",
                "instructions": """1. Look at the gaps you noted in the builder.
2. For each gap, write down who might hold the data: another team, another council in the Cardiff Capital Region, the health board, a housing association, a third sector partner, or nobody.
3. For one gap, write a short note on what it would take to get the data: a conversation, a data sharing agreement, a new survey, or a change to a form.
4. Consider whether a few conversations with residents, volunteers or frontline staff would fill the gap faster than a dataset.

Question for discussion: which data would most improve decisions across both Lab themes if councils in the region agreed to collect it the same way?""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 3,
        "title": "Data ethics and the law",
        "summary": (
            "This week you make sure your question can be answered lawfully, fairly and openly. You cover the UK GDPR "
            "principles, the lawful bases councils usually rely on, special category data, and when the ICO says you "
            "must carry out a Data Protection Impact Assessment. You apply the UK Data Ethics Framework's principles of "
            "transparency, accountability and fairness, plan how to tell residents, and cut your data list down to what "
            "you need. Examples include retrofit targeting and warm space outreach."
        ),
        "outcomes": [
            "Explain the UK GDPR principles and identify a likely lawful basis for your project with your Data Protection Officer.",
            "Decide whether your project needs a DPIA, using Article 35 and the ICO's list of high-risk processing.",
            "Apply the Data Ethics Framework principles of transparency, accountability and fairness to your question.",
            "Plan how you will tell residents what you are doing with their data, and remove data you do not need.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "UK GDPR for council data projects",
                "url": "",
                "minutes": 20,
                "body": """## When the law applies

If your project uses information about identifiable living people, the UK GDPR and the Data Protection Act 2018 apply. This is not a reason to stop. It is a set of rules that, followed early, make your project stronger. Your Data Protection Officer (DPO) is your first port of call.

## The seven principles (Article 5)

1. **Lawfulness, fairness and transparency.**
2. **Purpose limitation**: use data for the purpose you collected it for, or a compatible one.
3. **Data minimisation**: adequate, relevant and limited to what is necessary.
4. **Accuracy.**
5. **Storage limitation**: keep it no longer than you need.
6. **Integrity and confidentiality**: keep it secure.
7. **Accountability**: you must be able to show you comply.

## Lawful bases (Article 6)

You need at least one lawful basis: consent, contract, legal obligation, vital interests, public task or legitimate interests.

- For most council work, the best fit is **public task**: the processing is necessary for a function with a clear basis in law, such as duties under the Social Services and Well-being (Wales) Act 2014.
- **Consent** is often a poor fit for councils. There is an imbalance of power, and people must be free to say no without losing a service.
- **Legitimate interests** cannot be used by a public authority for its public tasks.

The Data (Use and Access) Act 2025 amends parts of the UK GDPR in stages. Check the current ICO guidance with your DPO rather than relying on an old template.

## Special category data (Article 9)

To use special category data, such as health, you need a lawful basis **and** an Article 9 condition. Councils often rely on substantial public interest, with a condition from Schedule 1 of the Data Protection Act 2018, which usually requires an appropriate policy document.

## Worked example: retrofit targeting

A council wants to match Council Tax Reduction records with EPC ratings to invite low-income households in cold homes to a retrofit scheme. This is personal data but not special category. Public task may fit. Using benefits data for a new purpose raises purpose limitation questions, and matching datasets points towards a DPIA. Talk to your DPO before anyone runs the match.

## Worked example: social prescribing and loneliness

A hub team wants to record why people are referred, including mental health. That is health data, so special category. The team needs an Article 9 condition, a DPIA screening, and a clear reason why a simple coded reason would not do.
""",
            },
            {
                "kind": "reading",
                "title": "DPIAs: when you must do one and how to screen",
                "url": "",
                "minutes": 20,
                "body": """## What a DPIA is

A Data Protection Impact Assessment (DPIA) is a structured way to spot and reduce data protection risks **before** you start. It describes the processing, tests whether it is necessary and proportionate, identifies risks to people and sets out how you will reduce them. You must seek your DPO's advice. If a high risk remains that you cannot reduce, you must consult the ICO before you start.

## When the law requires one

Article 35 of the UK GDPR requires a DPIA where processing is likely to result in a high risk to people's rights and freedoms. It always applies to:

- systematic and extensive profiling with legal or similarly significant effects;
- large-scale use of special category or criminal offence data;
- systematic monitoring of a publicly accessible place on a large scale.

The ICO publishes its own list of processing that needs a DPIA. The items most relevant to councils are:

- **innovative technology**, including AI, when combined with another risk factor;
- **denial of service**: decisions about access to a service that rely on automated decision-making or special category data;
- **large-scale profiling**;
- **data matching**: combining or comparing personal data from different sources;
- **invisible processing**: using data you did not get from the person, where telling them would be hard;
- **tracking** of location or behaviour;
- **targeting children or other vulnerable people**;
- **risk of physical harm** if the data leaked.

The ICO also says a DPIA is good practice for any major project using personal data, even where it is not required.

## Screening in practice

Most councils have a short screening form. Fill it in at the start, not the week before launch, and keep a record even when the answer is "no DPIA needed".

### Example: planning EV charge points

You use Census 2021 car availability, EPC data on building type and anonymous traffic counts. No personal data is involved. Record the screening result and move on.

### Example: fleet telematics

You analyse vehicle tracking linked to named drivers. That is tracking of employees. A DPIA is likely, and you should involve HR and the trade unions.

### Example: warm space outreach

You match adult social care records with single person discount data to find older people living alone who are not known to hubs. That is data matching, involving vulnerable people and probably health data. A DPIA is required. Ask whether a less intrusive approach would work, such as promoting warm spaces through GP surgeries, pharmacies and community groups.
""",
            },
            {
                "kind": "link",
                "title": "UK Data Ethics Framework (GOV.UK)",
                "url": "https://www.gov.uk/government/publications/data-ethics-framework",
                "minutes": 25,
                "body": """The Data Ethics Framework is UK government guidance for anyone working with data in the public sector. It is not Welsh law, but it is a practical, widely used checklist. Read the overarching principles first: transparency, accountability and fairness. Then read the specific actions, which cover defining public benefit and user need, involving diverse expertise, complying with the law, reviewing the quality and limitations of the data, and evaluating wider policy implications. Look at the self-assessment scoring for each principle. Score your own question against transparency, accountability and fairness, and note the lowest score. That is the area to work on in the ethics step of the builder.""",
            },
            {
                "kind": "link",
                "title": "ICO: examples of processing likely to result in high risk",
                "url": "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/examples-of-processing-likely-to-result-in-high-risk/",
                "minutes": 15,
                "body": """This ICO page lists the kinds of processing for which the regulator requires a DPIA, with examples of where each applies. Read the table from top to bottom. For each row, ask whether your project does anything similar. Pay close attention to data matching, invisible processing, tracking, denial of service and targeting of vulnerable people, because council projects on retrofit, fleet, social care and community support often touch these. Note that innovative technology, including AI, triggers the need for a DPIA when combined with another criterion. Write down every row that might apply to your question and take the list to your DPO. Then use the links on the page to read the ICO's wider DPIA guidance.""",
            },
            {
                "kind": "worksheet",
                "title": "Telling residents and keeping data to a minimum",
                "url": "",
                "minutes": 20,
                "body": """## Part 1: Telling residents

Transparency means people should not be surprised by how you use their data. Plan it at four levels.

1. **Privacy notice**: check your service's privacy notice covers the new use. If not, update it with your DPO, in plain English and Welsh, in line with your Welsh Language Standards.
2. **Point of collection**: add one or two plain sentences to forms, sign-in sheets or phone scripts.
3. **Engagement**: for bigger or more sensitive projects, talk to people first. Use existing routes such as citizens' panels, carers' forums, tenants' groups or your Public Services Board's engagement work.
4. **Feedback**: tell people what you found and what you changed.

### Draft a notice

Write a two-sentence notice for your project. Here is one for a warm space sign-in sheet:

> We ask for your first name and age group so we can see whether our warm spaces are reaching the people who need them. We do not share this with anyone else, and we destroy the sheets at the end of the winter.

Remember that staff are data subjects too. If you analyse fleet telematics, tell drivers what you will look at, why, and who will see it.

## Part 2: Data minimisation

For each item in your builder data list, ask three questions: do I need it? At what level of detail? For how long?

| Item | Less detailed alternative |
|---|---|
| Date of birth | Age band |
| Full address | Small area (LSOA) or ward |
| Free-text case notes | A coded reason for referral |
| Second-by-second GPS trace | Daily mileage per vehicle |
| Named driver | Vehicle or depot only |

### Worked example (illustrative)

A carers project in a south Wales council first asked for carers' full addresses, dates of birth, GP practice and the cared-for person's diagnosis. After minimisation it kept ward, age band and the type of caring role, and it dropped diagnosis. The analysis still answered the question about which wards needed more respite outreach, and the DPIA risk fell sharply.

Note the items you removed. You will record them in the ethics step of the builder.
""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Builder step 4: check the ethics",
                "instructions": """Open the builder and go to the **ethics** step. You will record how your question can be answered lawfully, fairly and openly.

1. **Lawful basis**: choose the lawful basis you expect to rely on (usually public task) and write the law behind the function. If your data list has special category data, add the likely Article 9 condition. Leave "My Data Protection Officer has confirmed the lawful basis" unticked until your DPO agrees.
2. **DPIA screening**: answer the ten yes/no screening questions, which follow the ICO's list of high-risk processing. You do not write the verdict yourself: the builder works it out from your answers and your data list (special category data, or personal data from two kinds of source, count too) and shows "DPIA required", "DPIA recommended" or "no DPIA needed" with its reasons. If it says a DPIA is required, tick the promise to complete one with your DPO before any personal data is used.
3. **Fairness**: write who could be missed or harmed. For example, people who are digitally excluded, Welsh speakers if you only survey in English, or tenants excluded from a retrofit scheme aimed at owner-occupiers.
4. **Telling residents**: paste your two-sentence notice from the worksheet and say where it will appear.
5. **Minimisation**: list the data items you removed or made less detailed since Week 2.

Why this matters: writing this down before you touch the data protects residents, and it shows your decision makers and auditors that the work is sound.""",
                "minutes": 45,
                "required": True,
                "tool_step": "ethics",
            },
            {
                "kind": "checkoff",
                "title": "Find your DPO and your DPIA screening form",
                "instructions": """1. Find out who your council's Data Protection Officer is and how to contact the information governance team.
2. Find your council's DPIA screening form or template on the intranet.
3. Check whether your service's privacy notice covers the use of data in your question.
4. Send your DPO a short email with your question, your data list and your screening answer, asking for a 15-minute conversation.

Tick this activity when you have sent the email and saved a copy of the screening form.""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "Would residents be surprised?",
                "instructions": """1. Imagine your project is reported on the front page of your local paper.
2. Write the headline a fair journalist would use, and the headline a critical one would use.
3. For each, note which of transparency, accountability or fairness it touches.
4. Write down one change to your project that would make the critical headline less likely. It might be less data, a clearer notice, or involving a residents' group.

Question for discussion: where is the line between using data to reach people who need help, such as lonely older residents or households in cold homes, and using it in ways those residents would find intrusive?""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 4,
        "title": "From data to insight",
        "summary": (
            "This week you turn raw data into findings you can trust. You learn a simple routine for cleaning data and "
            "keeping a log, basic analysis with counts, rates, medians and trends, and how to compare like with like "
            "across wards, councils and years. You practise describing uncertainty honestly and telling correlation from "
            "cause, using examples from school energy use, retrofit, carers and warm spaces. You finish by testing your "
            "question against the four quality checks in the builder."
        ),
        "outcomes": [
            "Clean a small dataset and record every change in a cleaning log.",
            "Carry out simple analysis using counts, percentages, rates, medians and trends.",
            "Compare like with like using rates, matching periods, shared definitions and suitable comparators.",
            "Describe uncertainty honestly and explain the difference between correlation and cause.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Cleaning data and keeping a log",
                "url": "",
                "minutes": 15,
                "body": """## Expect mess

Council data is collected to run services, not to answer questions. Common problems include:

- **duplicates**: the same resident recorded twice because they visited two hubs;
- **inconsistent categories**: "Caerphilly", "Caerffili" and "CCBC" in the same column;
- **blanks**: a blank may mean zero, unknown or "we did not ask";
- **mixed date formats**: 03/04/2025 may be March or April;
- **postcode errors**: missing spaces, letter O for zero;
- **impossible values**: a van recording 2,000 miles in a day is an error, not a record;
- **changed definitions**: a new case management system may count contacts differently.

## A cleaning routine

1. Keep the raw file untouched. Always work on a copy.
2. Read the field definitions, then ask the people who enter the data what they actually do.
3. Count the rows and check for duplicates.
4. Standardise categories, dates and postcodes.
5. Decide what to do with blanks and odd values. Do not silently delete them.
6. Count again and compare with the start.

## Keep a cleaning log

For every change, write the date, what you changed, why and how many rows it affected. The log lets a colleague repeat your work, and it lets you defend your numbers in a scrutiny meeting.

## Worked example: street lighting

A council wants to know how much energy its street lights use now that most are LED. The asset register lists every column, but some lanterns have no wattage recorded, and conversions done by a contractor sit in a separate spreadsheet. You match the two on asset number, flag the lanterns with no wattage, and report how many there are rather than guessing. The log shows exactly which figures are estimates.

## Worked example: warm space sign-ins

Volunteers type up paper sign-in sheets. One writes "75+", another "over 75", another the actual age. Some people come every week. Before you count anything, decide whether your question is about **visits** or **people**. Then standardise the age groups and note how many sheets were missing.
""",
            },
            {
                "kind": "reading",
                "title": "Simple analysis and comparing like with like",
                "url": "",
                "minutes": 20,
                "body": """## Five simple tools

Most council questions need nothing more than a spreadsheet and these tools:

1. **Counts and percentages**: how many, and what share.
2. **Rates**: per 1,000 residents, per household, per square metre, per mile. Rates let you compare places and buildings of different sizes.
3. **Medians**: the middle value. Use them when a few large values would distort an average, such as a handful of very long care packages.
4. **Trends**: the same measure over time, shown month by month or year by year.
5. **Cross-tabulations or pivot tables**: one measure broken down by another, such as attendance by age group and venue.

## Compare like with like

Most misleading findings come from unfair comparisons. Check these five things.

- **Size**: Cardiff has far more residents than Merthyr Tydfil. Compare rates, not raw counts.
- **Period**: compare January with January. Gas use in schools and warm space attendance both swing with the seasons and the weather.
- **Definitions**: councils may count "a carer supported" or "an active travel trip" differently. Check before you compare.
- **Population mix**: a council with an older population will need more social care. Use age-specific figures, or age-standardised figures where ONS or Welsh Government publish them.
- **Comparators**: choose councils or wards with a similar mix of urban and rural areas, not just your neighbours.

## Worked example: school estate energy

A council wants to pick schools for a heat decarbonisation programme. Raw gas use points to the biggest schools. Gas use per square metre, for the same months, tells a different story. Splitting by building era and whether a school has a pool narrows it further. The schools that stand out against similar buildings are the best candidates for a closer look.

## Worked example: unpaid carers

Census 2021 asked people aged 5 and over whether they provide unpaid care. A simple count per ward mostly reflects population size. The percentage of residents who are carers is better. Splitting by age group, and by hours of care given, shows where carers providing heavy levels of care are concentrated. That is more useful for planning respite and carers' support than a headline total.
""",
            },
            {
                "kind": "reading",
                "title": "Uncertainty, correlation and cause",
                "url": "",
                "minutes": 20,
                "body": """## Be honest about uncertainty

Every figure has some uncertainty. Say so plainly.

- **Surveys**: results from a sample, such as the National Survey for Wales, come with confidence intervals. Council-level results have wider intervals than Wales-level ones. If two councils' intervals overlap a lot, do not claim one is better.
- **Small numbers**: if referrals in a ward rise from 4 to 8, that is "double", but it could easily be chance. Show the numbers, not only the percentage change.
- **Regression to the mean**: if you start a pilot in the worst-performing month, the next month will often look better anyway.
- **Missing data**: say what share of records was missing and who might be missing from the data, not only what is in it.

Use words like "about", "likely" and "between" and give ranges where you can.

## Correlation is not cause

Two things moving together does not mean one causes the other.

### Example: warm spaces and loneliness

Wards with more warm spaces may report more loneliness. Warm spaces do not cause loneliness. Councils opened them where need was greatest. The link runs the other way.

### Example: retrofit and energy bills

Homes that had insulation installed use less energy the next year. That looks like proof. But the winter might have been milder, prices might have changed, or households might have changed. You need a comparison group of similar homes that were not retrofitted, and a weather adjustment, before you can say how much the retrofit saved.

## Getting closer to cause

- Compare with a similar group that did not get the intervention.
- Roll out in phases, so early and late areas can be compared fairly.
- Measure before and after, with adjustments for season and weather.
- Explain the mechanism: how exactly would this cause that?
- Talk to people. Qualitative evidence often explains what the numbers cannot.

Nesta's Standards of Evidence are a helpful way to describe how strong your evidence is, from a clear account of why something should work through to evidence that it caused the change.
""",
            },
            {
                "kind": "link",
                "title": "Code of Practice for Statistics",
                "url": "https://code.statisticsauthority.gov.uk/",
                "minutes": 15,
                "body": """The Code of Practice for Statistics sets the standards for official statistics in the UK, but its three pillars are useful to anyone presenting numbers to decision makers. Read the short summary of the pillars: trustworthiness, quality and value. Then find the universal principles, which the Office for Statistics Regulation encourages anyone using data to apply. Focus on the quality principles: use suitable data, apply sound methods, and understand quality and uncertainty. For your own analysis, write one sentence for each pillar describing how you will meet it. For example, under quality: "We will state how many warm space sign-in sheets were missing and what that could mean for our totals." Keep these sentences: they become the limitations section of your Week 6 briefing.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Builder step 5: run the quality check",
                "instructions": """Open the builder and go to the **quality** step. You will test your whole question against four checks before you present it.

1. **Specific**: read your question. Does it name the people, places or assets and the time period? If not, tighten it and note what you changed.
2. **Answerable**: look at your data list. Do you have, or can you get, every item you need in time? Note your cleaning problems, any gaps, and the main source of uncertainty, such as small numbers or a survey sample.
3. **Actionable**: check that your answer will reach the named decision maker before the date you gave in step 1. Write what they could decide with a partial answer if the data falls short.
4. **Ethical**: check your ethics step is complete: lawful basis, DPIA screening, fairness, telling residents and minimisation. Note anything your DPO has still to confirm.
5. For each check, mark pass, partial or fail. For any partial or fail, write one action, who will do it and by when.

Why this matters: this is the last point at which you can fix the question cheaply. A question that passes all four checks is ready to turn into a briefing in Week 6.""",
                "minutes": 30,
                "required": True,
                "tool_step": "quality",
            },
            {
                "kind": "checkoff",
                "title": "Clean and summarise a small sample",
                "instructions": """1. Take a small extract of data for your question: up to a few hundred rows. Use open data or a non-personal extract if your DPO has not yet confirmed the use of personal data.
2. Save the raw file and work on a copy.
3. Follow the cleaning routine from the reading and keep a cleaning log.
4. Produce three figures: one count, one rate or percentage, and one comparison over time or between places.
5. Write one sentence under each figure saying how confident you are in it and why.

Tick this activity when you have a cleaned file, a cleaning log and three annotated figures.""",
                "minutes": 45,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "Correlation or cause?",
                "instructions": """1. Find one claim from a report, press release or meeting in your service that says something "led to" or "resulted in" an improvement. It might be about fewer missed bin collections, lower energy use, or fewer people feeling isolated.
2. Write down the evidence given for the claim.
3. List two other explanations that could account for the same change, such as weather, prices, seasonal patterns or a change in how data was recorded.
4. Describe what extra evidence would make the claim more convincing.

Question for discussion: how can you be honest about uncertainty in a council report without giving decision makers an excuse to do nothing?""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 5,
        "title": "What data science makes possible",
        "summary": (
            "This week you look beyond spreadsheets at what data science can do for a council, and where it can go "
            "wrong. You meet five techniques in plain English: forecasting, classification, clustering, geospatial "
            "analysis and text analysis, each with examples from both decarbonisation and supportive communities work. "
            "You explore the main risks, including bias, over-reliance on automation and lack of explainability, and "
            "learn what the Algorithmic Transparency Recording Standard asks public bodies to publish."
        ),
        "outcomes": [
            "Describe forecasting, classification, clustering, geospatial analysis and text analysis in plain English.",
            "Identify a realistic council use of each technique in decarbonisation and supportive communities work.",
            "Explain the main risks of bias, automation and poor explainability, and how to reduce them.",
            "Explain what the Algorithmic Transparency Recording Standard asks public bodies to publish.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Five techniques in plain English",
                "url": "",
                "minutes": 25,
                "body": """## Forecasting

Uses past patterns to estimate future values.

- **Decarbonisation**: how much electricity each depot will need as the fleet moves to electric; how food waste tonnages will change as new housing is built.
- **Supportive communities**: how many hours of home care you will need in five years, using Welsh Government population projections; how warm space demand changes in cold snaps.
- **Watch for**: the past may not be a guide to the future, as the pandemic and the energy price rises showed. Always give a range, not a single number.

## Classification

Sorts items into groups, often with a probability attached.

- **Decarbonisation**: estimating which homes are likely to have solid walls from their age and EPC records; sorting fleet journeys into those an electric van could cover and those it could not.
- **Supportive communities**: flagging care packages at risk of breaking down.
- **Watch for**: classifying people is far riskier than classifying buildings or vehicles. A label such as "high risk" can follow a person and shape how staff treat them.

## Clustering

Finds natural groups without being told what the groups are.

- **Decarbonisation**: grouping school buildings with similar energy profiles so you can design retrofit packages for each group.
- **Supportive communities**: grouping community hubs by who uses them and when, to share what works between similar hubs. ONS area classifications are a ready-made clustering of small areas.
- **Watch for**: clusters are a simplification. Check them with people who know the places.

## Geospatial analysis

Uses location, distance and travel time.

- **Decarbonisation**: gaps in the active travel network; streets where many homes have no off-street parking, for public EV charging; roofs suited to solar panels.
- **Supportive communities**: travel time by bus from villages to warm spaces and hubs, set against where older people living alone are concentrated.
- **Watch for**: maps of small areas can reveal individuals, and large rural areas can look more important than dense urban ones simply because they cover more of the map.

## Text analysis

Finds themes in large amounts of free text.

- **Decarbonisation**: sorting thousands of responses to an active travel or low-traffic scheme consultation.
- **Supportive communities**: themes in carers' feedback or contact centre notes about isolation.
- **Watch for**: Welsh-language responses must be analysed as carefully as English ones. Always read a sample yourself. Check with your DPO before putting personal data into any AI tool.
""",
            },
            {
                "kind": "reading",
                "title": "Bias, automation and explainability",
                "url": "",
                "minutes": 20,
                "body": """## Bias

Models learn from past data, and past data reflects past decisions and gaps.

- **Historical bias**: a model trained on who was referred to social services learns who was referred, not who needed help. People who never asked stay invisible.
- **Missing groups**: people who are digitally excluded, who do not contact the council, or who prefer to use Welsh may be under-represented.
- **Proxies**: postcode can stand in for income or ethnicity even when you leave those fields out.

### Example

A retrofit targeting model trained on who took up previous schemes may favour confident owner-occupiers. It could steer money away from private tenants in the coldest homes.

Check for bias using your Equality Impact Assessment, the Public Sector Equality Duty under the Equality Act 2010, the socio-economic duty that applies to Welsh public bodies, and your Welsh Language Standards.

## Automation

People tend to trust a computer's answer, even when it is wrong. This is called automation bias.

- Article 22 of the UK GDPR restricts decisions based solely on automated processing that have legal or similarly significant effects on people. The Data (Use and Access) Act 2025 changes these rules in stages, so check the current position with your DPO.
- Keep a meaningful human in the loop. The reviewer needs the authority, time and information to disagree with the tool, and should record when they do.
- Watch for feedback loops. If a tool sends outreach workers only to certain areas, it will only find need in those areas.

## Explainability

Ask: could you explain to a resident why they were, or were not, offered a service? If not, the tool is not ready. The ICO and The Alan Turing Institute have published guidance on explaining decisions made with AI. A simpler model you can explain is often almost as accurate as a complex one, and far easier to defend.

## Questions to ask a supplier

1. What data was the tool trained on, and does it reflect Welsh communities?
2. How accurate is it for different groups, such as older people, disabled people and Welsh speakers?
3. Can we see why it made each recommendation?
4. Who is accountable when it is wrong?
5. Will you help us publish an Algorithmic Transparency Recording Standard record?
""",
            },
            {
                "kind": "link",
                "title": "Algorithmic Transparency Recording Standard hub (GOV.UK)",
                "url": "https://www.gov.uk/government/collections/algorithmic-transparency-recording-standard-hub",
                "minutes": 25,
                "body": """This GOV.UK collection brings together the Algorithmic Transparency Recording Standard (ATRS): the template, the guidance for completing it, the scope and exemptions policy, and the repository of published records. The standard is mandatory for UK government departments and some arm's-length bodies, and recommended for the wider public sector, so Welsh councils can choose to use it. Read the guidance to understand the two tiers: a short tier 1 summary for the public and a detailed tier 2 covering ownership, rationale, decision-making process, data and risks. Then open the repository and read two published records. Ask yourself whether a resident would understand the tier 1 summary, and what your council would need to write for a tool it uses.""",
            },
            {
                "kind": "worksheet",
                "title": "Is data science the right tool?",
                "url": "",
                "minutes": 15,
                "body": """## Use this before you start any advanced analysis

Work through the questions in order. Stop when you reach a "no".

### 1. Is the basic picture clear?

Do you already have a clean, trusted description of what is happening? If not, do that first. A forecast built on messy data is worse than no forecast.

### 2. Does the decision need it?

Would a prediction, classification or map change the decision, compared with a simple count or table? If the decision maker would act the same way either way, keep it simple.

### 3. Is it about things or people?

Tools that sort buildings, vehicles, streets or assets carry far less risk than tools that sort people. If your tool is about people, go back to your Week 3 ethics step: a DPIA is very likely.

### 4. Can you explain it?

Could you describe in two sentences, to a councillor or a resident, how the tool reaches its answer?

### 5. Is a human still deciding?

Who reviews each output? Do they have the time, authority and information to overrule it?

### 6. Will you be open about it?

Would you be willing to publish an ATRS-style summary?

## Worked example: two illustrative ideas from one council

**Idea A: forecasting depot electricity demand.** A council fleet team wants to predict peak charging demand at each depot as vans switch to electric. The basic picture is clear from telematics. The forecast changes a real decision about grid connection upgrades. It is about vehicles, not people. It is easy to explain. Verdict: go ahead.

**Idea B: a loneliness risk score for every resident aged over 75.** The basic picture is unclear. The score would be about people, using health and social care data. It would be hard to explain why one person scored higher than their neighbour, and there is a real risk of missing people who have never contacted the council. Verdict: stop. Start with small-area Census data, the National Survey for Wales and conversations with community groups instead.
""",
            },
        ],
        "activities": [
            {
                "kind": "reflection",
                "title": "Match the technique to the question",
                "instructions": """1. Take your own data question and the five techniques from the reading.
2. For each technique, write one sentence on how it could help with your question, or why it would not.
3. Pick the one technique that would add most value, and run it through the six questions on the worksheet.
4. Note the biggest risk you found: bias, automation or explainability.
5. Write down what the simplest version of the analysis would look like, without any advanced technique.

Question for discussion: when a supplier offers your council an AI tool for social care or retrofit targeting, what evidence should you ask for before you agree to a pilot?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "checkoff",
                "title": "Draft a plain-English transparency summary",
                "instructions": """1. Choose an algorithmic tool your council uses or is considering. It might be a fleet route optimiser, a chatbot on the council website, a tool that flags homes for retrofit, or a scheduling tool in home care. If you cannot find one, use your Idea B or Idea A from the worksheet.
2. Using the ATRS tier 1 headings as a guide, write a summary of no more than 200 words: what the tool does, why the council uses it, how it affects residents, who is accountable, and how people can find out more or complain.
3. Ask a colleague outside your service to read it and tell you what they did not understand.
4. Revise it once.

Tick this activity when you have a revised summary of 200 words or fewer.""",
                "minutes": 40,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 6,
        "title": "Presenting to decision makers",
        "summary": (
            "In the final week you turn your analysis into something a decision maker can act on. You learn to write a "
            "one-page briefing that leads with the answer and the ask, to design charts that are honest and accessible, "
            "and to write recommendations that are specific, owned and time-bound. You look at Welsh language and "
            "accessibility duties, and at how to present uncertainty without losing your audience. You finish with a "
            "briefing on your own question, ready for Cabinet, a Public Services Board or your senior team."
        ),
        "outcomes": [
            "Write a one-page briefing that leads with the answer and the decision needed.",
            "Choose and design charts that are honest and do not mislead.",
            "Make charts and briefings accessible, meeting WCAG and Welsh language requirements.",
            "Write recommendations that are specific, owned and time-bound, with risks and uncertainty stated.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "The one-page briefing",
                "url": "",
                "minutes": 20,
                "body": """## Lead with the answer

Decision makers read the first few lines and skim the rest. Put the answer and the ask at the top. Keep the method at the bottom.

## A structure that works

1. **Title that states the finding**: "Most of our light vans could switch to electric at their next replacement" (if your data shows it), not "Fleet analysis".
2. **The ask**: one sentence on the decision you need, from whom and by when.
3. **Why it matters**: two or three sentences linking to council priorities, your well-being objectives and, where relevant, Net Zero Wales or the Social Services and Well-being (Wales) Act 2014.
4. **What we found**: three or four bullet points, each with a number and what it means.
5. **One chart**, if it helps.
6. **Options**: usually two or three, including "do nothing", with cost, benefit and risk.
7. **Recommendation**.
8. **Confidence and limitations**: what the data can and cannot tell you.
9. **Impacts**: equality, Welsh language, socio-economic duty and the five ways of working, usually through your integrated impact assessment.
10. **Method and sources**: brief, at the end or in an appendix.

## Writing recommendations that get acted on

A good recommendation says **who** does **what** by **when**, and how you will know it worked.

- Weak: "Consider expanding warm spaces."
- Strong: "The Communities Manager funds warm spaces in two named villages with no current provision from November, and reports attendance by age group to the Well-being Scrutiny Committee in March."

## Worked example: Accelerating Decarbonisation

A briefing to a Cabinet member on street lighting leads with "Dimming the remaining non-LED lanterns between midnight and 5am would cut street lighting electricity use further, at low cost." It asks for approval to consult residents and the police. It sets out options, shows one simple bar chart by ward, and states clearly which savings figures are estimates.

## Worked example: Supportive Communities

A briefing to the Public Services Board on carers leads with the wards where a high share of residents provide heavy levels of unpaid care but few are known to carers' services. It asks partners to agree a joint outreach pilot, names the lead organisation, and is honest that Census figures are from 2021.

## Language

Use plain English and short sentences. Make sure the briefing is available in Welsh where your Welsh Language Standards require it.
""",
            },
            {
                "kind": "reading",
                "title": "Honest charts",
                "url": "",
                "minutes": 15,
                "body": """## One chart, one message

Before you draw anything, write the single sentence the chart must show. Then pick the chart that shows it most simply. Put that sentence in the chart title.

## Choosing a chart

- **Bar chart**: comparing categories, such as energy use per square metre by school.
- **Line chart**: change over time, such as monthly warm space visits across a winter.
- **Stacked bar**: parts of a whole, with few parts.
- **Map**: only when location is the point, and always with a table alongside.
- **Table**: when people need exact numbers.

Avoid pie charts with more than a few slices, 3D effects and dual axes.

## Rules for honesty

1. **Bar charts start at zero.** A bar's length is its value. Cutting the axis makes small differences look huge.
2. **Line charts may start above zero**, but label the axis clearly and do not exaggerate a small wobble.
3. **Use consistent scales** when you place charts side by side.
4. **Show rates, not counts**, when comparing places of different sizes.
5. **Show the full period**, not only the months that support your case.
6. **Show uncertainty**: confidence intervals for survey results, or a shaded range for forecasts.
7. **Label the source and date** under every chart.
8. **Do not hide small numbers** behind percentages. "50% increase" may mean two extra people.

## Worked example: fleet emissions

A chart of fleet carbon emissions with the axis starting at 90% of the highest value makes a small fall look like a collapse. Redrawn from zero, the fall is modest but real. The honest version is more persuasive to a sceptical scrutiny committee, because nobody can accuse you of spin.

## Worked example: food poverty referrals

A line chart of monthly referrals to food banks from hubs rises sharply in one month. The honest chart adds a note that a new referral route opened that month, so part of the rise reflects better recording rather than more need.
""",
            },
            {
                "kind": "reading",
                "title": "Accessible charts and briefings",
                "url": "",
                "minutes": 15,
                "body": """## Why accessibility is not optional

Public sector websites and documents published on them must meet accessibility regulations, which in practice means the Web Content Accessibility Guidelines (WCAG) at level AA. Many councillors, officers and residents have sight loss, colour blindness, dyslexia or use screen readers. An inaccessible chart excludes them from the decision.

## Make charts accessible

- **Do not rely on colour alone.** Label lines and bars directly instead of using a legend. Use patterns or different line styles where colours must differ.
- **Check contrast.** Text and important chart elements need strong contrast with the background. Avoid pale greys and red-green pairs.
- **Write alternative text.** Give every chart a short text alternative that states the main message, such as "Warm space visits by people aged 75 and over rose each month from October to January, then fell in February."
- **Provide the data as a table**, in the document or an appendix, so screen reader users can get the numbers.
- **Use real text**, not images of text, for titles and labels.
- **Keep it simple**: fewer lines, fewer colours, larger fonts.

## Make briefings accessible

- Use proper headings and lists, not bold text pretending to be headings.
- Write short sentences and explain any term an interested resident might not know, such as LSOA or DPIA.
- Avoid scanned documents and text inside images.
- Test with your built-in accessibility checker before you send.

## Welsh language

Under your Welsh Language Standards, documents and charts you publish may need to be in Welsh as well as English. Plan for translation time. Design charts so labels can be swapped without redrawing, and avoid text baked into images. Treat the Welsh version as equal, not as an afterthought.

## Worked example: a retrofit map

An illustrative retrofit briefing uses a map shaded by EPC rating. It is unreadable to colour-blind readers, and a screen reader announces only "image". The revised version uses a single-colour scale from light to dark, labels the five priority areas directly, adds alternative text stating the key message, and includes a table of the same areas with their figures in both English and Welsh.
""",
            },
            {
                "kind": "link",
                "title": "Government Analysis Function: data visualisation charts guidance",
                "url": "https://analysisfunction.civilservice.gov.uk/policy-store/data-visualisation-charts/",
                "minutes": 25,
                "body": """This guidance from the Government Analysis Function is written for people in government who design charts, and it is one of the clearest practical guides available. Read the section on accessibility legislation first, including what the WCAG success criteria mean for charts, such as text alternatives and avoiding images of text. Then read the sections on choosing a chart type and on chart titles, axes, labelling and legends. Look closely at the advice on when an axis should start at zero. Finally, follow the link to the Analysis Function's colour guidance. Use what you learn to check the chart in your own briefing against each point, and fix at least two things.""",
            },
        ],
        "activities": [
            {
                "kind": "checkoff",
                "title": "Write your one-page briefing",
                "instructions": """1. Use the structure from the reading to write a one-page briefing on your data question for the decision maker you named in the builder.
2. Put the finding in the title and the ask in the first sentence.
3. Include no more than one chart. Check it against the honest chart rules and the accessibility checklist, and write its alternative text.
4. Write two or three options, including doing nothing, and one recommendation that says who does what by when.
5. Add a short section on confidence and limitations, using your quality step from Week 4.
6. Bring the briefing to the final session to present in three minutes.

Tick this activity when your briefing fits on one page and includes a finding, an ask, options, a recommendation and limitations.""",
                "minutes": 50,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "checkoff",
                "title": "Chart check with a colleague",
                "instructions": """1. Show your chart to a colleague for ten seconds, then take it away.
2. Ask them what the chart said. Compare their answer with the message in your title.
3. Ask them to read it again using your alternative text only. Did they get the same message?
4. Check the chart against the Analysis Function guidance: axis, labels, colour, contrast and source.
5. Make at least two improvements.

Tick this activity when your colleague can state the chart's message correctly from both the chart and the alternative text.""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "Testing your recommendation",
                "instructions": """1. Read your recommendation as if you were the decision maker. Write down the first question you would ask.
2. Now read it as a resident affected by the decision, such as an older person who uses a warm space or a household waiting for retrofit support. Write down their first question.
3. Note whether your briefing answers both questions. If not, add a line that does.
4. Write down what you would do next if the decision maker said "not now".

Question for discussion: what did this Lab change about how you will ask for, use and present data in your service, and what support would help you keep doing it?""",
                "minutes": 20,
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
        "en": "I can turn a service problem into a question that data could answer.",
        "cy": "Gallaf droi problem gwasanaeth yn gwestiwn y gallai data ei ateb.",
    },
    {
        "week": 2,
        "en": "I can find open data about Wales and the data my own service holds.",
        "cy": "Gallaf ddod o hyd i ddata agored am Gymru a'r data sydd gan fy ngwasanaeth fy hun.",
    },
    {
        "week": 3,
        "en": "I can tell when a data project needs a data protection impact assessment.",
        "cy": "Gallaf adnabod pryd mae angen asesiad o'r effaith ar ddiogelu data ar gyfer prosiect data.",
    },
    {
        "week": 3,
        "en": "I can use data ethically, in a way residents would understand and accept.",
        "cy": "Gallaf ddefnyddio data yn foesegol, mewn ffordd y byddai trigolion yn ei deall ac yn ei derbyn.",
    },
    {
        "week": 4,
        "en": "I can clean and analyse a small dataset and say honestly how certain the findings are.",
        "cy": "Gallaf lanhau a dadansoddi set ddata fach a dweud yn onest pa mor sicr yw'r canfyddiadau.",
    },
    {
        "week": 5,
        "en": "I can explain in plain language what data science techniques could do for my service.",
        "cy": "Gallaf egluro mewn iaith glir beth allai technegau gwyddor data ei wneud i'm gwasanaeth.",
    },
    {
        "week": 6,
        "en": "I can present findings to decision makers with honest, accessible charts.",
        "cy": "Gallaf gyflwyno canfyddiadau i'r rhai sy'n gwneud penderfyniadau gyda siartiau gonest a hygyrch.",
    },
]
