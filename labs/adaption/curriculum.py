"""The Adaption Lab's six-week curriculum, loaded by a data migration and editable in the admin afterwards."""

MODULES = [
    {
        "number": 1,
        "title": "Finding innovations that worked elsewhere",
        "summary": (
            "This week you learn to look outwards before you design anything new. Most problems your "
            "council faces have already been tackled somewhere else, in Wales, in the rest of the UK or "
            "further afield. You map the places worth scanning, from Nesta and the What Works centres to "
            "the Wales Centre for Public Policy, LGA case studies, other councils and peer networks. Then "
            "you pick one innovation to carry through the Adopt, adapt or leave canvas for the rest of the lab."
        ),
        "outcomes": [
            "Explain why adapting a tested innovation is often faster and less risky than inventing from scratch.",
            "Identify at least five sources of tested innovations that are relevant to Welsh local government.",
            "Describe accurately at least two well-known innovations, one from each Infuse theme.",
            "Record one chosen innovation in the first step of the Adopt, adapt or leave canvas.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Where to look: a scanning map for Welsh councils",
                "url": "",
                "minutes": 20,
                "body": """## Why look elsewhere first

Council teams often start with a blank page. It feels creative, but it is slow and risky. Someone else has usually met a problem like yours, tried something, and learned what goes wrong. If you adapt their work, you skip some of their mistakes.

Scanning also fits Welsh law. Collaboration and prevention are two of the five ways of working in the Well-being of Future Generations (Wales) Act 2015. Learning from another public body before you spend money is collaboration in practice.

## Where to scan

### Evidence bodies
- **Nesta** publishes reports, guides and case studies on public service innovation. In Wales it works with Cardiff University through Y Lab, one of the Infuse partners.
- **What Works centres** review the evidence in one policy area. NICE covers health and social care. Others cover areas such as education, crime reduction, children and families, and local growth.
- **Wales Centre for Public Policy (WCPP)** is the Welsh member of the What Works Network. It produces evidence for Welsh Government and Welsh public services on topics such as loneliness, net zero and community wellbeing.

### Local government bodies
- **LGA case studies** are a large, searchable library of council practice. Most come from England, where law and funding differ, so read them with care.
- **WLGA**, the Welsh Local Government Association, shares practice between the 22 Welsh councils.
- **Audit Wales** runs a Good Practice Exchange that shares learning across Welsh public bodies.
- **The Future Generations Commissioner for Wales** publishes examples of public bodies applying the 2015 Act.

### People
- **Other councils.** A 30-minute call with the officer who ran a scheme is often worth more than a glossy report.
- **Peer networks.** Professional groups of energy officers, fleet managers, commissioners and active travel officers; Regional Partnership Boards; Public Services Boards.
- **Your Infuse cohort.** Officers from the other Cardiff Capital Region councils are in the room with you.

### Abroad
Strong ideas often come from other countries. Buurtzorg and Energiesprong come from the Netherlands. Local Area Coordination began in Western Australia. The further away the source, the more carefully you will test fit in week 3.

## A worked example

Say an officer in Torfaen is asked to reduce loneliness among older people returning home from hospital. Instead of designing a new service, she spends a morning scanning. She reads WCPP's work on loneliness and social isolation. She searches the LGA library for social prescribing. She learns that Swansea Council uses Local Area Coordination, and that Shared Lives schemes in Wales offer day support and short breaks as well as long-term homes. She now has four candidates, each with a named source, and she books a call with Swansea.

## Keep a scanning log

Record every find in a simple table with five columns: name, where it worked, the problem it solved, your source, and a first guess at how strong the evidence is. You will return to this log all through the lab.
""",
            },
            {
                "kind": "reading",
                "title": "Eight innovations worth knowing",
                "url": "",
                "minutes": 20,
                "body": """## How to use these profiles

These are short, factual sketches of well-known innovations. They are starting points, not recommendations. Each one has spread beyond the place it began, which makes it useful for learning about adaptation. Check the details yourself before you rely on them.

## Supportive Communities

### Buurtzorg neighbourhood nursing (Netherlands)
Founded in 2006 by Jos de Blok, a district nurse. Small, self-managing teams of nurses care for people in one neighbourhood. There are no team managers: coaches support the teams and a small back office handles administration. Nurses do the whole job, from assessment to personal care, and aim to build the person's independence and their informal network of family and neighbours. Several parts of the UK have tested Buurtzorg-inspired models.

### Local Area Coordination (Western Australia)
Developed in Western Australia in the late 1980s. A Local Area Coordinator is based in one community and walks alongside local people, often before they reach crisis, to help them build on their strengths and local connections rather than wait for a service. Swansea Council has used Local Area Coordination for several years.

### Shared Lives (UK)
An adult who needs support lives with, or regularly visits, an approved Shared Lives carer and shares their family and community life. People with learning disabilities, mental health needs and older people all use it. Schemes recruit, train, approve and match carers. In Wales, Care Inspectorate Wales regulates them as adult placement services. Shared Lives Plus is the UK network.

### Community fridges (Germany, Spain, then UK)
A fridge in a public place where local businesses and households share surplus food. Anyone can take food, with no means test. The charity Hubbub piloted one in Swadlincote, Derbyshire, in 2016 and launched the Community Fridge Network in 2017. Fridges cut food waste, ease food poverty and often become social spaces, so they serve both themes.

## Accelerating Decarbonisation

### Energiesprong retrofit (Netherlands)
Dutch for "energy leap". A whole-house retrofit standard that aims for net zero energy homes. It uses factory-made wall and roof panels, a compact energy module and solar panels, often backed by a long-term performance guarantee. Nottingham City Homes ran the first UK scheme.

### School streets (Italy, then across the UK)
The road outside a school closes to through traffic at drop-off and pick-up times, with exemptions for residents and Blue Badge holders. Bolzano in Italy is often cited as an early pioneer. Cardiff Council piloted School Streets at five schools in January 2020 and has since added more.

### E-cargo bikes
Electric-assist bikes built to carry loads. Councils and businesses use them for short urban trips that would otherwise need a van, and some schemes lend them to residents and small businesses to try.

### Community energy co-operatives
Local people buy shares in a co-op that installs renewable energy. In Wales, Egni Co-op has installed rooftop solar on schools, care homes and other public buildings, including through a partnership with Newport City Council. The building uses cheaper local power, and the co-op's surpluses support climate education.
""",
            },
            {
                "kind": "link",
                "title": "What Works Network (GOV.UK)",
                "url": "https://www.gov.uk/guidance/what-works-network",
                "minutes": 15,
                "body": """This page explains the UK What Works Network and lists its current centres and the policy area each covers. Read it to learn which centre might already have reviewed the evidence on your problem before you search anywhere else.

As you read, look for three things. First, find the centre closest to your theme: NICE for social care and health, and the others for areas such as children and families or local growth. Second, note that the centres rate and summarise evidence, so their toolkits save you from judging single studies yourself. Third, spot the Wales Centre for Public Policy, the Welsh member of the network. Write down one centre you will search this week and one question you will put to it.""",
            },
            {
                "kind": "link",
                "title": "Wales Centre for Public Policy",
                "url": "https://www.wcpp.org.uk/",
                "minutes": 15,
                "body": """The Wales Centre for Public Policy (WCPP), based at Cardiff University, gives Welsh Government and Welsh public services independent evidence on what works. It is the most Welsh-specific evidence source you have, so start here before turning to English or international material.

Look at its priority areas, which include tackling inequalities, environment and net zero, and community wellbeing. These map closely onto the two Infuse themes. Search the publications for your topic, for example loneliness, home retrofit or community energy. Notice how each report states what the evidence can and cannot tell you. Also note WCPP's work with local government and the WLGA: it can point you to officers in other Welsh councils who have tried something similar.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Canvas step 1: describe the innovation",
                "instructions": """Open the Adopt, adapt or leave canvas and go to the **innovation** step. Choose one innovation from your scanning log that fits a real problem in your service. Then write four short entries.

1. **What it is.** Two or three plain sentences, as if you were explaining it to a councillor in a corridor. Say what people actually do, not what the scheme hopes to achieve.
2. **Where it worked.** Name the place and the organisation that ran it, roughly when, and at what scale, for example a few streets, one city or a whole country.
3. **The problem it solved.** Describe the problem in the originator's terms, not yours. You will describe your own problem separately in week 3.
4. **Evidence strength.** Give a first guess: anecdote, monitored, evaluated or independently evaluated. Note your source. You will grade this properly in week 2.

Why this matters: a clear description stops the team arguing about different versions of the same idea. Keeping their problem apart from yours stops you assuming that success there means success here. A coherent account of what an innovation does is also the first rung of Nesta's Standards of Evidence.

Save your entries. Bring them to the session to read aloud in under a minute.""",
                "minutes": 40,
                "required": True,
                "tool_step": "innovation",
            },
            {
                "kind": "checkoff",
                "title": "Start your scanning log",
                "instructions": """1. Create a scanning log as a simple table with five columns: name, where it worked, problem it solved, source, first view of evidence.
2. Search at least four different sources from this week's reading, for example WCPP, a What Works centre, the LGA case study library and one peer network or colleague in another council.
3. Log at least six candidate innovations. Include at least one from outside the UK and at least one from another Welsh council.
4. Mark the one you chose for the canvas, and note in one line why you chose it over the others.

Tick this off when your log has six or more entries with a named source for each.""",
                "minutes": 35,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "Why do we reinvent?",
                "instructions": """Think about the last new service or project your team launched.

1. Write down where the idea came from: a manager, a funding call, a conference, a resident, another council.
2. Note whether anyone checked for a tested version elsewhere before designing it. If not, note why not, honestly: time pressure, pride, a funder wanting something "new", not knowing where to look.
3. List one thing that would make scanning a normal first step in your team, for example a standing agenda item or a shared log.

Bring your notes to the session. Question for discussion: what in your council's culture rewards invention over adaptation, and what would it take to change that?""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 2,
        "title": "Judging the evidence",
        "summary": (
            "A good story is not the same as good evidence. This week you learn to judge how far you can "
            "trust the claims made for an innovation. You use Nesta's Standards of Evidence, from level 1 "
            "to level 5, alongside a simpler ladder that runs from anecdote to independently evaluated "
            "results. You also plan a call with the council or organisation that ran the innovation, so "
            "you can ask the questions that case studies and press releases tend to leave out."
        ),
        "outcomes": [
            "Describe the five levels of Nesta's Standards of Evidence in plain language.",
            "Distinguish anecdote, monitored results, evaluated results and independently evaluated results.",
            "Grade the evidence for your chosen innovation and justify the grade.",
            "Prepare questions that uncover what a case study leaves out.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Nesta's Standards of Evidence in council terms",
                "url": "",
                "minutes": 20,
                "body": """## What the standards are for

Nesta developed its Standards of Evidence in 2012 to judge how confident you can be that a product or service makes a positive difference. There are five levels. Each level asks for more than the one before. The point is proportion: a small, cheap, low-risk idea can go ahead on less evidence than a large, costly or risky one.

## The five levels

### Level 1: a clear account of impact
You can describe what the innovation does and why it should lead to better outcomes, in a logical and convincing way. This is often written as a theory of change.
*Council example:* "A warm space in the library gives people who cannot afford to heat their homes a warm place to be, and regular contact with staff and volunteers, which should reduce cold-related harm and loneliness."

### Level 2: data showing change
You collect data that show a positive change among the people who use the innovation. You cannot yet say the innovation caused it.
*Council example:* energy use at depots falls after LED lighting is fitted. But the winter was mild, and two sites also changed their opening hours.

### Level 3: evidence of causation
You can show the change happened because of the innovation, usually by comparing with a similar group that did not get it.
*Council example:* fuel use in vans replaced by e-cargo bikes is compared with similar van rounds that were not changed over the same months.

### Level 4: independent replication
Someone independent has evaluated the innovation and confirmed the results, often including whether it gives value for money.

### Level 5: ready to scale
Others can run the innovation in other places, on a larger scale, with consistent results. There are manuals, training and quality systems to support this.

## Using the levels well

- **Do not dismiss low levels.** Most council innovations sit at level 1 or 2. That is normal for a new idea, and a small test can move it up.
- **Match the level to the stakes.** Trying a community fridge for three months in one hub is low risk. Committing capital to retrofit a large share of your housing stock is not.
- **Grade the evidence for this innovation in a setting like yours.** Even strong results from Dutch district nursing do not automatically transfer to Rhondda Cynon Taf.
- **Grade the claim, not the organisation.** One scheme can be level 3 on reducing fuel bills and level 1 on improving health.
""",
            },
            {
                "kind": "reading",
                "title": "From anecdote to independent evaluation",
                "url": "",
                "minutes": 15,
                "body": """## A simpler ladder

Nesta's levels are thorough. When you are reading a case study in a hurry, a four-rung ladder is often enough. Ask which rung each claim stands on.

1. **Anecdote.** Stories, quotes and photos. "Residents love it." Useful for understanding how something feels, but easy to cherry-pick.
2. **Monitored.** The scheme counted things as it went: number of users, kilowatt-hours generated, journeys made, referrals received. This shows activity, not necessarily impact.
3. **Evaluated.** Someone asked a clear question and collected data to answer it, ideally with a baseline and a comparison. Often done by the scheme's own staff.
4. **Independently evaluated.** An outside body, such as a university, an audit body or a commissioned evaluator, ran or checked the evaluation.

## Warning signs

- **No baseline.** You are told where things ended up, but not where they started.
- **Only the successes.** You hear about the pilot sites that worked, not the ones that quietly closed.
- **Self-reported outcomes only.** People who like a service, or the staff who run it, tend to report that it works.
- **Enthusiasm effects.** Pilots often have hand-picked staff, extra attention and extra money that a normal service will not.
- **Short time frames.** Three months of results can hide a drop-off in month six.
- **Hidden costs.** Volunteer time, borrowed staff or free premises left out of the costs.

## A worked example from both themes

Say your council in Bridgend is looking at two ideas.

**A community fridge.** The case study you found reports how many visits the fridge gets and how much food it saves from waste. That is **monitored**. The quotes from users about meeting neighbours are **anecdote**. Both are useful, and for a low-cost trial this may be enough.

**A whole-house retrofit approach.** The supplier reports that energy bills fell in the homes it treated. Ask: was this measured with meter data before and after, and compared with similar untreated homes over the same winters? Was it checked by someone independent? For a large capital decision you want at least **evaluated**, and preferably **independently evaluated**, results.

The lesson: the same ladder gives different answers about what is "good enough", depending on cost and risk.
""",
            },
            {
                "kind": "worksheet",
                "title": "Questions to ask the originating council",
                "url": "",
                "minutes": 25,
                "body": """## Why call the originator

Case studies are written to celebrate. The officer who ran the scheme knows what went wrong, what it really cost and what they would change. A 30 to 45 minute call is usually the best evidence you can get for free. Most officers are glad to help, especially if you promise to share back what you learn (see week 6).

## Before the call

- Read everything public about the scheme first, so you do not waste their time.
- Send three or four headline questions in advance.
- Ask whether anyone else should join, for example a data lead or a frontline worker.

## Questions to ask

### The problem and the design
- What problem were you trying to solve, and how did you know it was a problem?
- Where did the idea come from? Did you adapt it from somewhere else?
- What would you never drop, because the scheme would stop working without it?

### The evidence
- What did you measure, and what was your baseline?
- Did anyone independent look at the results?
- What did not work, or did not work as well as you hoped?
- Are the results holding up now the pilot has ended?

### The cost and effort
- What did it really cost, including staff time, volunteers, premises and IT?
- Who had to agree, and how long did that take?
- Which procurement, legal, data protection or regulatory steps caught you out?

### Fit and spread
- What about your area helped it work: people, politics, geography, partners?
- If you started again tomorrow, what would you change?
- Has anyone else copied it? How did that go?

## Worked example

Say a Vale of Glamorgan officer is exploring Local Area Coordination and arranges a call with Swansea Council. She asks what Swansea would never drop, which parts of the coordinator role they see as essential, and how they stop coordinators turning into just another referral service. Whatever the answers, they feed straight into her week 4 work on core components.

## After the call

Write up your notes within a day. Add any new sources to your scanning log. Update the evidence line on your canvas.
""",
            },
            {
                "kind": "link",
                "title": "Nesta: Standards of Evidence",
                "url": "https://www.nesta.org.uk/feature/innovation-methods/standards-evidence/",
                "minutes": 15,
                "body": """This is Nesta's own explanation of its Standards of Evidence, the five-level framework you are using this week. Read it to hear the reasoning in Nesta's words, and to see why it treats evidence as a journey rather than a pass or fail test.

Look for three things. First, how the page links level 1 to a theory of change, and why that matters for early-stage ideas. Second, the idea of proportionate evidence: choosing the right method for the stage an innovation has reached, not demanding a randomised trial from day one. Third, how the higher levels deal with replication, which is the question at the heart of this lab: if it worked there, will it work here? Note one sentence you could quote to a manager who wants "proof" before you can run even a small test.""",
            },
        ],
        "activities": [
            {
                "kind": "checkoff",
                "title": "Grade the evidence for your innovation",
                "instructions": """1. Gather at least two sources about the innovation you entered in the canvas last week. At least one should come from outside the organisation that runs it, for example WCPP, a What Works centre, an academic paper or an audit report.
2. List the main claims made for the innovation, for example "reduces hospital readmissions" or "cuts fuel costs". Aim for three to five claims.
3. For each claim, note which rung of the ladder it stands on: anecdote, monitored, evaluated or independently evaluated.
4. Give the innovation an overall Nesta level from 1 to 5 for the claim that matters most to your problem. Write two sentences explaining why.
5. Go back to the **innovation** step of the canvas and update the evidence strength entry with your grade and your main source.

Tick this off when every claim has a rung, you have an overall Nesta level with a reason, and your canvas is updated.""",
                "minutes": 45,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "checkoff",
                "title": "Book a call with the originator",
                "instructions": """1. Find the name of an officer, manager or project lead who ran the innovation. Use the case study, a LinkedIn search, the WLGA, or your Infuse facilitator.
2. Send a short email. Say who you are, that you are on the Infuse Adaption Lab, what you want to learn, and that you will share your findings back with them.
3. Include three or four headline questions from this week's worksheet.
4. Propose two or three 30 to 45 minute slots in the next fortnight.

Tick this off when the email is sent. If you cannot find a contact, tell your facilitator in the session.""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "When is weak evidence good enough?",
                "instructions": """1. Look at the Nesta level you gave your innovation.
2. Write down what it would cost, in money, staff time and reputation, to try it on a small scale for three months.
3. Write down what could go wrong for residents if it did not work. Think about both themes: a failed e-cargo bike trial is an inconvenience; a failed change to home care could harm someone.
4. Decide whether the current evidence is enough for a small test, enough for a full roll-out, or not enough for either. Note why.

Question for discussion: should your council hold a warm space trial and a fleet electrification trial to the same standard of evidence, and if not, who decides the difference?""",
                "minutes": 20,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 3,
        "title": "Fit to our local context",
        "summary": (
            "An innovation that thrived in the Netherlands or in Swansea may stall in Merthyr Tydfil or "
            "Monmouthshire. This week you test fit. You describe your own problem clearly, then score the "
            "innovation against Everett Rogers' five attributes that shape how quickly innovations spread: "
            "relative advantage, compatibility, complexity, trialability and observability. You add two "
            "more scores, for strength of evidence and for your council's readiness, and you link the "
            "work to Welsh duties, data and plans."
        ),
        "outcomes": [
            "Write a problem statement that names who is affected and which Infuse theme it serves.",
            "Explain Rogers' five attributes of innovations and apply them to a council example.",
            "Assess local readiness, including leadership, capacity, money, data and partners.",
            "Link a proposed adaptation to the Well-being of Future Generations Act, the Social Services and Well-being Act or Net Zero Wales.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Rogers' five attributes, council style",
                "url": "",
                "minutes": 20,
                "body": """## Where the attributes come from

Everett Rogers' book *Diffusion of Innovations*, first published in 1962, studied why some new ideas spread quickly and others do not. He found that how people *perceive* an innovation matters a great deal. Five attributes stand out. Innovations spread faster when people see them as better than what they have, compatible with their values and ways of working, simple, easy to try and easy to see working.

For each attribute below you get the question to ask and an example from each theme.

## 1. Relative advantage
*Is it clearly better than what we do now, in ways our people care about?*
- **Decarbonisation:** an e-cargo bike for a town-centre parks team may beat a van for short trips: no parking hunt, lower running costs, no tailpipe emissions. For a rural round across Monmouthshire, it may not.
- **Supportive Communities:** a community fridge gives open, no-questions access to fresh food, which a referral-based food bank does not.

## 2. Compatibility
*Does it fit our values, existing systems, past experience and the needs of the people affected?*
- **Decarbonisation:** Energiesprong-style panels suit rows of similar homes. Mixed, older or listed housing is a harder match.
- **Supportive Communities:** Buurtzorg's self-managing teams fit the Social Services and Well-being (Wales) Act's focus on voice, control and prevention. They may clash with current commissioning by the hour.

## 3. Complexity
*How hard is it to understand and use?* Simpler is better.
- School streets are easy to explain to parents. A community energy co-operative involves share offers, leases, grid connections and power purchase agreements.

## 4. Trialability
*Can we try it on a small scale and back out if it fails?*
- One school street can be tried with temporary signs. One Shared Lives arrangement can start with day support before anyone moves in. A district heat network cannot be trialled in the same way.

## 5. Observability
*Will people be able to see that it is working?*
- Solar panels on a school roof are visible and generate data daily. Lower loneliness is real but hard to see, so you need to plan how you will show it.

## Scoring tips

- Score each attribute from 1 to 5 **so that 5 is always favourable**. For complexity, 5 means simple.
- Write one line of reasoning for every score. The reasons matter more than the numbers.
- Score from the point of view of the people who must adopt it: frontline staff, residents, members. Your own enthusiasm does not count.
- A low score is not a verdict. It shows you where adaptation, or a decision to leave, is needed.
""",
            },
            {
                "kind": "reading",
                "title": "Is our council ready? Readiness and the Welsh policy fit",
                "url": "",
                "minutes": 20,
                "body": """## Readiness is about you, not the innovation

Fit asks whether the innovation suits your context. Readiness asks whether your organisation can take it on now. A good idea at the wrong moment still fails.

## A readiness checklist

Score each item red, amber or green.

- **A sponsor.** Is there a senior officer or cabinet member who will back it when it gets difficult?
- **A named owner.** Who will run it day to day, and is it in their objectives?
- **Capacity.** Does the team have time, or will this sit on top of a full caseload?
- **Money.** Is there a budget line, a grant, or a realistic route to one? What happens when the grant ends?
- **Data.** Can you get the data you need for a baseline and for measuring change?
- **Partners.** Are the health board, housing associations, the voluntary sector or community groups involved where they need to be?
- **Rules.** Have you checked procurement, data protection, regulation and legal powers?
- **Timing.** Is anything else, such as a restructure, an election or a budget round, about to get in the way?

## Use data to describe the problem

Describe your problem with evidence, not impressions. Useful Welsh sources include:
- **StatsWales** and **Data Cymru** for local authority figures.
- **ONS** Census 2021 data for population, age, housing and travel to work.
- The **Welsh Index of Multiple Deprivation** for small-area deprivation, including housing and access to services.
- The **National Survey for Wales**, which asks about loneliness and wellbeing.
- Your **Public Services Board's** well-being assessment and well-being plan.

## Fit with Welsh duties and plans

Show how the adaptation serves duties your council already has. This builds the case and helps with sign-off.
- The **Well-being of Future Generations (Wales) Act 2015**: which of the seven well-being goals does it serve, and how does it use the five ways of working: long term, prevention, integration, collaboration and involvement?
- The **Social Services and Well-being (Wales) Act 2014**: does it support prevention, voice and control, or co-production?
- **Net Zero Wales**: does it help your council towards the collective ambition of a net zero Welsh public sector by 2030?
- Welsh Government's **Connected Communities** strategy on loneliness and social isolation, and the **Active Travel (Wales) Act 2013**.

## Worked example

Say Blaenau Gwent is considering a community fridge in a community hub. Fit looks good: low cost, easy to trial, visible. Readiness is mixed. There is a willing hub manager, but environmental health has not been asked about food safety, and no one owns the rota after the first month. The officer marks partners and capacity amber and plans to fix both before any test.
""",
            },
            {
                "kind": "link",
                "title": "Well-being of Future Generations (Wales) Act 2015",
                "url": "https://www.legislation.gov.uk/anaw/2015/2/contents",
                "minutes": 15,
                "body": """This is the full text of the Act that frames how every Welsh council must think about long-term well-being. You do not need to read all of it. Read it to see the exact wording you can cite when you argue that an adaptation fits your council's duties.

Focus on three parts. Section 4 sets out the seven well-being goals; note which ones your innovation serves, for example a resilient Wales for community energy or a Wales of cohesive communities for a loneliness scheme. Section 5 explains the sustainable development principle, from which the five ways of working come. Part 4 covers Public Services Boards and their well-being plans. Then find your own PSB's current well-being plan and check whether your problem already appears in it.""",
            },
            {
                "kind": "link",
                "title": "Welsh Government: climate change targets and carbon budgets",
                "url": "https://www.gov.wales/climate-change-targets-and-carbon-budgets",
                "minutes": 10,
                "body": """This Welsh Government page sets out Wales's statutory route to net zero: the 2050 net zero target, the interim targets and the five-year carbon budgets. It also explains that Net Zero Wales is the plan for the second carbon budget. Read it to anchor any decarbonisation adaptation in the national framework.

Look for the table of targets and budgets, and note the budget period you are in now. Then follow the link to Net Zero Wales and find the sections most relevant to your innovation, for example buildings for retrofit, transport for fleet and active travel, or electricity and heat for community energy. Use one of these references in the context step of your canvas to show the adaptation supports national as well as local aims.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Canvas step 2: describe our context",
                "instructions": """Open the canvas and go to the **context** step. Write three entries.

1. **Our problem.** One or two sentences about the problem in your area, in terms of people and outcomes. Do not mention the innovation. "Older people in the north of the borough are isolated after hospital discharge" is a problem. "We need Local Area Coordination" is a solution in disguise.
2. **Who is affected.** Name the groups, where they live, and roughly how many, using a source such as StatsWales, Data Cymru, the Census or your PSB well-being assessment. If you only have an estimate, say so and frame it as illustrative, for example "say, 40 households in two streets".
3. **Theme.** Choose Accelerating Decarbonisation, Supportive Communities or both. Add the well-being goal or national plan it serves, such as Net Zero Wales or Connected Communities.

Why this matters: you will judge fit against *your* problem, not the originator's. If you cannot describe your problem without naming the solution, stop and discuss it with your facilitator before you score fit.""",
                "minutes": 30,
                "required": True,
                "tool_step": "context",
            },
            {
                "kind": "tool",
                "title": "Canvas step 3: score the fit",
                "instructions": """Go to the **fit** step of the canvas. Give seven scores from 1 to 5, where 5 is always favourable, and write one line of reasoning for each.

1. **Relative advantage:** how much better than what you do now?
2. **Compatibility:** how well it fits your values, systems and the people affected.
3. **Complexity:** how simple it is (5 means very simple).
4. **Trialability:** how easily you can try it small and back out.
5. **Observability:** how easily people will see it working.
6. **Evidence:** use your week 2 grade; level 1 scores low and levels 4 to 5 score high.
7. **Readiness:** your overall view from the readiness checklist.

Then circle your two lowest scores and write one sentence about each: could an adaptation fix this, or is it a reason to leave?

Why this matters: the scores make hidden doubts visible and give your team a shared language. The low scores tell you exactly where to focus in weeks 4 and 5. Do not add the scores up; one very low score can matter more than several high ones.""",
                "minutes": 45,
                "required": True,
                "tool_step": "fit",
            },
            {
                "kind": "reflection",
                "title": "Where does it rub?",
                "instructions": """1. Look at your two lowest fit scores.
2. For each, write down whose point of view it reflects: frontline staff, residents, managers, members, partners.
3. Ask one person from that group for five minutes of their view before the session, if you can. A quick chat at the depot, hub or office is enough.
4. Note whether their view raised or lowered your score.

Question for discussion: which parts of Welsh or local context (language, rurality, housing stock, politics, partnerships) most often make an idea from elsewhere rub, and which of those can a council actually change?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 4,
        "title": "Core and adaptable parts",
        "summary": (
            "Every innovation has parts that make it work and parts that simply suited the place it came "
            "from. This week you learn to tell them apart. You separate the core components from the "
            "adaptable periphery, weigh fidelity against adaptation, and plan each change you want to make "
            "so that it is deliberate, recorded and safe. Worked examples include Buurtzorg-style "
            "neighbourhood nursing, Shared Lives, Energiesprong retrofit and school streets."
        ),
        "outcomes": [
            "Distinguish the core components of an innovation from its adaptable periphery.",
            "Explain the tension between fidelity and adaptation, and when each matters more.",
            "Plan each proposed change with a reason, an owner and a check on the core.",
            "Recognise changes that would quietly remove an innovation's active ingredient.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Core components and the adaptable periphery",
                "url": "",
                "minutes": 20,
                "body": """## Two kinds of parts

Implementation researchers draw a useful line through every innovation. The Consolidated Framework for Implementation Research (Damschroder and colleagues, 2009) calls them:

- **Core components:** the essential parts. Remove or water them down and the innovation stops producing its results.
- **Adaptable periphery:** the parts that can change to suit local people, systems and places without harming the results.

Rogers called local change to an innovation **re-invention**. He found it is common, and often helps an idea take root. The danger is re-inventing away the core.

## Fidelity versus adaptation

Fidelity means delivering the innovation as designed. Adaptation means changing it to fit. Both matter.
- Too much fidelity, and you force something that does not fit your people, so staff work around it.
- Too much adaptation, and you keep the name but lose the active ingredient. Then you conclude "it doesn't work here" when you never really tried it.

The aim is **fidelity to the core, flexibility in the periphery**.

## How to find the core

1. **Read the theory of change.** Which steps must happen for the outcome to follow?
2. **Ask the originator.** "What would you never drop?" is the most useful question from your week 2 call.
3. **Look at failed copies.** When replications disappoint, what did they change?
4. **Test each part.** If we removed this, would we still expect the result? If yes, it is probably periphery.

## Worked example: Buurtzorg-style nursing

Say Cwm Taf Morgannwg partners want to adapt Buurtzorg for community care in Rhondda Cynon Taf.
- **Likely core:** small teams serving one neighbourhood; teams organising their own work; nurses doing the whole job, not task-by-task visits; a focus on the person's independence and informal network; coaching instead of line management.
- **Likely periphery:** the exact team size; the IT system; job titles; the mix of nurses and care workers; branding.
- **Warning sign:** keeping the name but adding a team leader layer and paying by the visit. That would remove two core components at once.

## Worked example: school streets

- **Likely core:** the road is closed to through traffic at school times; the closure is enforced or staffed so it actually holds; exemptions are limited.
- **Likely periphery:** the exact times; barriers, cameras or volunteer marshals; which exemptions beyond Blue Badge holders and residents.
- **Warning sign:** "advisory" signs with no enforcement. The street stays open in practice.
""",
            },
            {
                "kind": "worksheet",
                "title": "Planning each adaptation",
                "url": "",
                "minutes": 25,
                "body": """## Why plan each change

Adaptations happen anyway. Managers tweak, staff improvise, partners add conditions. Unplanned changes are hard to learn from, and they can strip out the core without anyone noticing. Planning each change makes it deliberate and traceable. This worksheet draws on the FRAME framework for reporting adaptations (Wiltsey Stirman and colleagues, 2019), simplified for council use.

## The adaptation table

For every change you plan, fill in one row with these columns.

| Column | What to write |
| --- | --- |
| **Change** | What exactly will be different from the original? |
| **Type** | Content (what is done), delivery (how), people (who does it), place, or scale. |
| **Reason** | Why: local need, law, funding, language, geography, culture, capacity. |
| **Decided by** | Who agreed it, and were residents or frontline staff involved? |
| **Risk to core** | None, possible or high. If high, think again. |
| **How we will check** | What you will watch to see whether the change helps or harms. |

## Rules of thumb

- Change the periphery first. Touch the core only with a strong reason and a plan to test it.
- Adapt for the people affected, not for the convenience of the organisation.
- Welsh language is a design issue, not a translation job at the end. Plan for services to be available in Welsh from the start.
- Keep the table live. Add rows when unplanned changes happen, and be honest about them.

## Worked example: a retrofit approach in social housing

Say a CCR council's housing team is adapting an Energiesprong-style whole-house retrofit for a street of similar post-war homes.

| Change | Type | Reason | Risk to core | Check |
| --- | --- | --- | --- | --- |
| Start with a pilot of, say, 6 homes rather than a large batch | Scale | Budget and learning | Possible: factory-made panels rely on volume to cut cost | Compare unit costs with the originator's early projects |
| Tenant liaison in Welsh and English | Delivery | Welsh Language Standards and tenant need | None | Tenant feedback |
| Heat pump model chosen from an existing framework | Content | Procurement rules | Possible: the energy module is a core part | Check performance against the design standard |
| Keep the whole-house, net zero energy aim | None | This is core | Not applicable | Metered energy use before and after |

Notice the last row. Writing down what you are *not* changing is as useful as listing what you are.
""",
            },
            {
                "kind": "link",
                "title": "Social Services and Well-being (Wales) Act 2014",
                "url": "https://www.legislation.gov.uk/anaw/2014/4/contents",
                "minutes": 15,
                "body": """This is the full text of the Act that governs social care in Wales. Read selected sections to check that any adaptation of a Supportive Communities innovation stays within, and ideally advances, your council's legal duties.

Look first at section 15, the duty to provide preventative services, which is where schemes such as Local Area Coordination and community connectors often sit. Then read section 16, which requires councils to promote social enterprises, co-operatives, user-led services and the third sector; this matters if your adaptation involves a community group or co-op running part of the service. Note how the Act frames well-being and voice and control for the person. Ask yourself: does each change in your adaptation table strengthen or weaken these principles?""",
            },
            {
                "kind": "link",
                "title": "Shared Lives Plus",
                "url": "https://sharedlivesplus.org.uk/",
                "minutes": 15,
                "body": """Shared Lives Plus is the UK network for Shared Lives and Homeshare. Its site is a good place to study one innovation that has been adapted many times while keeping a clear core. Read it as a live example of core and periphery, not as a sales pitch.

As you browse, list what stays the same across schemes, for example a carefully approved carer, a deliberate matching process, and support in an ordinary family home. Then list what varies: long-term living, short breaks, day support, and newer uses such as support after a hospital stay. Note which groups schemes now support beyond people with learning disabilities. Finally, think about which of these variations a scheme in your area could try, and which parts you would treat as untouchable.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Canvas step 4: core and changeable parts",
                "instructions": """Go to the **core** step of the canvas. Write two lists and a short plan.

1. **Core parts.** List three to six parts you believe are essential. For each, add a few words of evidence: the theory of change, what the originator told you, or what happened in failed copies.
2. **Changeable parts.** List the parts you could change to fit your context, such as timing, staffing mix, venue, IT, branding, scale and language.
3. **Planned changes.** For each change you intend to make, note the reason and your rating of the risk to the core: none, possible or high. Use the adaptation table from this week's worksheet if it helps.
4. **Not changing.** Name at least one core part you are deliberately keeping, even though changing it would be easier.

Why this matters: this step protects the active ingredient. If your test fails later, you will know whether the idea failed or your changes did. It also gives you a clear message for managers who want to "just tweak" something central.""",
                "minutes": 45,
                "required": True,
                "tool_step": "core",
            },
            {
                "kind": "reflection",
                "title": "Fidelity or flexibility?",
                "instructions": """1. Pick the change in your plan that you feel least sure about.
2. Write down the case for making it: who wants it, and why.
3. Write down the case against: what could be lost.
4. Think of a past project in your council, in either theme, that kept the name of an idea but lost its substance. What changed, and who decided?

Question for discussion: in your council, who has the power to change the core of an innovation without anyone noticing, and how could you make those decisions visible?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 5,
        "title": "Planning a small test",
        "summary": (
            "Before you commit money or staff, you test small. This week introduces the Model for "
            "Improvement and Plan-Do-Study-Act (PDSA) cycles. You write a clear prediction, choose a few "
            "simple measures and design a first test you could run within weeks, not months. You also make "
            "your current call on the innovation, adopt, adapt or leave, and say what the test needs to "
            "show to confirm that call or change it."
        ),
        "outcomes": [
            "Describe the three questions of the Model for Improvement and the four stages of a PDSA cycle.",
            "Design a small first test with a clear prediction, scope and time frame.",
            "Choose outcome, process and balancing measures that suit the size of the test.",
            "Make and justify an adopt, adapt or leave decision, and state what evidence would change it.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "PDSA cycles: test small, learn fast",
                "url": "",
                "minutes": 20,
                "body": """## The Model for Improvement

The Model for Improvement, set out by Langley and colleagues in *The Improvement Guide*, is widely used in health and care in Wales and beyond. It starts with three questions.

1. **What are we trying to accomplish?** Your aim.
2. **How will we know that a change is an improvement?** Your measures.
3. **What change can we make that will result in improvement?** Your adaptation.

You then test the change in Plan-Do-Study-Act cycles.

## The four stages

- **Plan.** State what you will test, with whom, where and when. Write a **prediction**: what you expect to happen and why. Decide what data you will collect.
- **Do.** Run the test. Record what happens, including surprises and problems.
- **Study.** Compare what happened with your prediction. What did you learn?
- **Act.** Decide what next: adopt the change, adapt it and test again, or abandon it.

## Rules for a good first test

- **Go smaller than feels comfortable.** One bike, one street, one hub, one carer, one week. You can scale up in the next cycle.
- **Always predict.** Without a prediction, every result looks like success.
- **Test on willing people first.** Early tests are about learning, not proving.
- **Plan a ramp.** Link several cycles, each a little bigger, as confidence grows.
- **Collect just enough data.** A tally sheet and five short conversations can be enough for cycle one.

## Worked example: Accelerating Decarbonisation

Say Newport's parks team wants to try an e-cargo bike instead of a van for litter picks in the city centre.
- **Plan:** one borrowed bike, two staff, one week, the three shortest rounds. Prediction: the rounds take no longer than by van and save most of the van's miles on those rounds.
- **Do:** staff log times, distances, loads and problems each day.
- **Study:** times were similar, but the bike could not carry full bins on one round.
- **Act:** adapt. Keep the bike for two rounds, add a mid-round drop point for the third, and test for two weeks.

## Worked example: Supportive Communities

Say a Caerphilly library warm space wants to add a simple "how are you doing?" conversation to connect people to support.
- **Plan:** one volunteer, two afternoons, a short conversation guide. Prediction: most visitors will accept a chat, and a few will take up a referral.
- **Study:** visitors welcomed the chat but disliked the form. **Act:** drop the form, keep the chat, test again.

## Help in Wales

Improvement Cymru, part of Public Health Wales, supports improvement methods across the Welsh health and care system and is a useful source of PDSA guidance and training.
""",
            },
            {
                "kind": "worksheet",
                "title": "Choosing measures for a small test",
                "url": "",
                "minutes": 25,
                "body": """## Three kinds of measure

Improvement teams use three kinds of measure. A small test needs at least one of each, and rarely more than four in total.

- **Outcome measures** tell you whether things are better for people or the planet: fewer van miles, lower energy use, fewer people feeling lonely.
- **Process measures** tell you whether the change is happening as planned: how many rounds used the bike, how many visitors were offered a chat.
- **Balancing measures** tell you whether you have caused a problem somewhere else: staff overtime, complaints, traffic displaced onto the next street.

## Keep it proportionate

- Use data you already collect where you can, such as fuel cards, telematics, meter readings, footfall counts and case notes.
- Add simple tallies for anything new. A paper sheet at the desk is fine in cycle one.
- Include what people say. Five short conversations tell you why the numbers moved.
- Collect a **baseline**: even a week of "before" data makes your results far more useful.
- Follow UK GDPR. If you collect personal data, check with your data protection officer first and collect only what you need.

## Example measures from both themes

### Accelerating Decarbonisation

| Test | Outcome | Process | Balancing |
| --- | --- | --- | --- |
| School street at one primary | Share of pupils walking, scooting or cycling (hands-up survey) | Days the closure was in place at the right times | Complaints from neighbouring streets |
| Solar on one school roof through a community energy co-op | Electricity imported from the grid | Days the monitoring system reported data | Time the caretaker spent on the system |
| LED replacement on one depot | Electricity use against the same months last year | Fittings replaced on schedule | Staff reports about light quality |

### Supportive Communities

| Test | Outcome | Process | Balancing |
| --- | --- | --- | --- |
| Community fridge at one hub | Kilos of surplus food shared | Days open with food available | Food safety incidents |
| Carers' drop-in at a community hub | Carers reporting they feel less alone (short question) | Sessions run; carers attending | Staff time taken from other duties |
| Shared Lives day support for one person | The person's own view of their week | Planned days that happened | Strain reported by the carer |

## Write your measures down before you start

Agree the measures, who collects them and how often before the test begins. If you choose them afterwards, you will be tempted to pick the ones that look good.
""",
            },
            {
                "kind": "reading",
                "title": "Adopt, adapt or leave: making the call",
                "url": "",
                "minutes": 15,
                "body": """## Three honest options

By now you have described the innovation, graded its evidence, described your problem, scored the fit and separated the core from the periphery. You have enough to make a provisional call.

### Adopt
Take the innovation largely as designed, core and periphery.
*Choose this when* fit scores are high, the evidence is strong for a setting like yours, and your readiness is good. This is rarer than people expect.

### Adapt
Keep the core, change the periphery deliberately, and test.
*Choose this when* the core fits your problem, but parts of the periphery clash with your people, systems or place. This is the most common call.

### Leave
Decide not to go ahead, for now or for good.
*Choose this when* the core clashes with your context, the evidence is weak and the stakes are high, readiness is poor with no realistic fix, or a better option turned up in your scan.

## Leaving is a result, not a failure

Councils rarely record the ideas they decided not to pursue. That is a loss. A clear, reasoned "leave" saves money, protects residents from a poor fit, and stops the next officer repeating your work. Record why, and what would have to change for you to look again.

## Make the call testable

Whatever you decide, write down what would change your mind. For example:
- "We will **adapt**. If the first two PDSA cycles show that fewer than half the planned sessions happen, we will reconsider and may **leave**."
- "We will **leave** Energiesprong-style retrofit for now, because we lack a batch of similar homes. We will look again if the housing association partner's stock survey finds one."

## Who decides

Be clear about who signs off: you, your manager, a programme board or a cabinet member. A provisional decision for a small test usually sits with the service. A decision to roll out usually goes higher. Your council must keep its performance under review and publish a self-assessment under the Local Government and Elections (Wales) Act 2021. A recorded, reasoned decision of any kind is useful evidence for that self-assessment.
""",
            },
            {
                "kind": "link",
                "title": "Welsh Government: Optimised Retrofit Programme",
                "url": "https://www.gov.wales/optimised-retrofit-programme",
                "minutes": 15,
                "body": """The Optimised Retrofit Programme (ORP) is Welsh Government's programme for decarbonising existing social housing. It funds registered social landlords and councils that hold housing stock to install a range of measures. Read it as an example of a national programme that openly takes a test and learn approach.

Look for how the page describes ORP as a whole-house approach that considers a home's fabric, heating and energy supply. Note its explicit test and learn stance and its stated appetite for risk, and think about what that permits a council team to try. Compare this with your own PDSA plan: what is the equivalent of a small cycle in a retrofit programme? If your innovation is in housing, check how your test might fit alongside ORP-funded work rather than duplicate it.""",
            },
        ],
        "activities": [
            {
                "kind": "tool",
                "title": "Canvas step 5: adopt, adapt or leave",
                "instructions": """Go to the **decision** step of the canvas.

1. **Choose one:** adopt, adapt or leave.
2. **Explain why** in three to five sentences. Refer directly to your earlier steps: the evidence grade, your two lowest fit scores, and the core parts you identified.
3. **State what would change your mind.** Write one sentence starting "We would reconsider if...".
4. **Name who needs to agree** to this decision and to the test.

If you choose **leave**, still complete the "why" and "what would change our mind" entries, then skip the test step and tell your facilitator. A well-reasoned leave is a valid outcome of this lab.

Why this matters: writing the decision down forces you to connect the evidence to the choice. It also gives your manager a short, clear summary, and it stops the decision drifting as enthusiasm rises or falls.""",
                "minutes": 30,
                "required": True,
                "tool_step": "decision",
            },
            {
                "kind": "tool",
                "title": "Canvas step 6: plan your first PDSA test",
                "instructions": """Go to the **test** step of the canvas. Plan one small test you could start within four weeks.

1. **Aim.** One sentence: what are you trying to accomplish in this test?
2. **Change.** What exactly you will try, including which core parts and which adapted parts.
3. **Scope.** Who, where, when and for how long. Keep it small: one site, one team or a handful of people, over one to four weeks.
4. **Prediction.** What you expect to happen, and why.
5. **Measures.** At least one outcome, one process and one balancing measure, each with who collects it and how often. Note your baseline.
6. **Study and act.** When you will meet to compare results with your prediction, and who will decide the next cycle.

Why this matters: a small, well-planned test turns a decision on paper into learning. The prediction keeps you honest. The balancing measure protects residents and staff. A short time frame means you learn before the budget round, not after it.""",
                "minutes": 45,
                "required": True,
                "tool_step": "test",
            },
            {
                "kind": "reflection",
                "title": "What are you afraid the test will show?",
                "instructions": """1. Read your prediction again.
2. Write down the result you would least like to see, and why. Be honest: is it about residents, your team, your reputation or a manager's expectations?
3. Write down what you would do if that result happened. Would you adapt, leave, or be tempted to explain it away?
4. Check that at least one of your measures would reveal that result if it happened.

Question for discussion: how does your council react when a pilot shows that something does not work, and what would make it safer for officers to report a disappointing result?""",
                "minutes": 15,
                "required": True,
                "tool_step": "",
            },
        ],
    },
    {
        "number": 6,
        "title": "Spreading what works",
        "summary": (
            "A successful test is the start, not the end. This week you look at how good practice spreads "
            "and lasts. You compare scaling up, scaling out and scaling deep, see why so many pilots fade "
            "when the project money stops, and plan how to build your adaptation into business as usual. "
            "You also share what you learned with the council that first ran the innovation and with the "
            "Cardiff Capital Region network, so the next council starts further ahead than you did."
        ),
        "outcomes": [
            "Distinguish spread, scale and sustainability, and explain why pilots often fade.",
            "Identify the conditions needed to keep an adaptation going after project funding ends.",
            "Plan how your adaptation could spread across the ten Cardiff Capital Region councils.",
            "Write a share-back note for the originating organisation and the Infuse network.",
        ],
        "materials": [
            {
                "kind": "reading",
                "title": "Scaling and spread across councils",
                "url": "",
                "minutes": 20,
                "body": """## What scaling means

Nesta's report *Making It Big* (2014) defines scale in terms of impact, not size: an innovation has scaled when its impact grows to match the level of need. That matters for councils. Spreading a scheme to every ward is not the goal in itself. Meeting the need is.

## Three directions

Researchers Moore, Riddell and Vocisano (2015) describe three ways to scale.

- **Scaling out:** more people and places. One school street becomes twenty. One community fridge becomes a network across a county.
- **Scaling up:** changing the rules, policies and funding that shape the system. A successful pilot feeds into a council's transport strategy, a Regional Partnership Board's plans, or Welsh Government guidance.
- **Scaling deep:** changing culture, values and relationships. Staff come to see residents as partners, or fleet teams stop seeing low-carbon vehicles as a special project.

Most lasting change needs all three.

## Routes to spread across the region

The ten Cardiff Capital Region councils share many problems. There are several ways an adaptation can move between them.

- **Copy with support.** Another council runs its own version, using your canvas, your contacts and your adaptation table. This is the cheapest route.
- **Share a service.** One council, or a partner, delivers for several. This suits specialist roles, for example a regional Shared Lives scheme or a shared energy officer.
- **Partner with a social enterprise or co-operative.** An organisation that already works across council boundaries carries the model. Egni Co-op's rooftop solar work with several Welsh councils is an example.
- **Buy together.** Joint procurement of, say, e-cargo bikes or retrofit work can cut costs and share risk.

## Examples of spread in Wales

- Cardiff Council's School Streets began with a pilot at five schools in January 2020 and has since been extended to more schools, after monitoring and feedback.
- Swansea Council grew Local Area Coordination across more of the city over several years, and extended it city-wide during the pandemic.

## A caution

Spread carries the same risk as adaptation, at larger scale. Each new site is tempted to change the core. Share your core parts list and your adaptation table with every council that follows you.
""",
            },
            {
                "kind": "reading",
                "title": "Sustaining: from pilot to business as usual",
                "url": "",
                "minutes": 15,
                "body": """## Why pilots fade

Many council pilots work, then quietly stop. The usual reasons are familiar.

- **The funding cliff.** The grant ends and there is no budget line to replace it.
- **The champion leaves.** One committed officer carried the scheme, and no one else owns it.
- **Measurement stops.** Without data, the scheme cannot defend itself in the next budget round.
- **It never joined the system.** It ran alongside normal processes, not inside them.
- **Enthusiasm fades.** Extra attention in the pilot does not last.

## What helps an adaptation last

Tools such as the NHS Sustainability Model point to similar factors. For council use, check six things.

1. **Ownership.** The scheme sits in a named team's service plan, not in a project.
2. **Money.** There is a revenue budget, a saving that funds it, or a partner who pays. For community energy, the income model itself can provide this.
3. **Process.** It is written into procedures, job descriptions, referral routes and contracts.
4. **Data.** A small set of measures is reported routinely, for example in the service's performance report.
5. **Skills.** More than one person can run it, and new staff are trained.
6. **Voice.** Residents or frontline staff who value it are heard by decision makers.

## Link to Welsh duties

The Well-being of Future Generations (Wales) Act 2015 asks public bodies to think long term. A pilot with no plan beyond its funding is hard to square with that way of working. Tie your adaptation to your council's well-being objectives, your PSB well-being plan or your net zero action plan, so it has a home after Infuse.

## Worked example

Say Merthyr Tydfil tested warm spaces with a simple referral conversation, and it worked. To sustain it, the officer:
- moves the conversation guide into the library service's standard procedures;
- trains all library staff, not just the pilot volunteers;
- adds two measures to the quarterly performance report;
- agrees with the Regional Partnership Board how referrals flow to community connectors;
- links the work to the council's well-being objective on connected communities.

None of these steps is glamorous. Together they are what keeps the scheme running next winter.
""",
            },
            {
                "kind": "worksheet",
                "title": "Writing a share-back note",
                "url": "",
                "minutes": 25,
                "body": """## Why share back

The originating organisation helped you. Sharing back repays that, and it improves their evidence too: your adaptation is a replication they can learn from. Sharing across the Cardiff Capital Region means the next council does not start from zero. It also reflects the collaboration way of working in the Well-being of Future Generations (Wales) Act 2015.

## Two audiences

- **The originator.** A short email or note to the officer you spoke to in week 2, with your findings.
- **The CCR network.** A one-page summary for the Infuse cohort, your regional networks and, where suitable, the WLGA or Audit Wales Good Practice Exchange.

If you publish anything on behalf of your council, check your Welsh Language Standards duties. Public material will usually need to be available in Welsh and English.

## Template

### 1. What we adapted
Name of the innovation, where it came from and the problem we used it for.

### 2. What we kept
The core parts we kept, and why we believe they matter.

### 3. What we changed
Our main adaptations and the reasons for them. Include changes that happened unplanned.

### 4. What we tested and found
Our PDSA test: scope, prediction, measures and results. Be honest about what did not work.

### 5. Our decision
Adopt, adapt or leave, and what happens next.

### 6. What we would tell the next council
Three practical tips, for example on procurement, data, partners or politics.

### 7. Contact
Who to contact, and whether you are willing to take a call.

## Worked example (short)

Say a Monmouthshire officer adapted a community energy co-operative model for solar on leisure centre roofs. Her note to the originator says the lease template needed changing for council property rules and that the co-op share offer took longer than planned. Her note to the CCR network adds one tip: involve the council's estates and legal teams in the first month, not the third. That single tip could save another council weeks.
""",
            },
            {
                "kind": "link",
                "title": "Nesta: What does it take to go big?",
                "url": "https://www.nesta.org.uk/report/what-does-it-take-to-go-big-insights-on-scaling-social-innovation/",
                "minutes": 20,
                "body": """This Nesta report draws lessons from more than fifty projects supported by the Centre for Social Action Innovation Fund on what it takes to scale a social innovation. It builds on Nesta's earlier report *Making It Big*. Read the key findings to test your own spread plan against what worked for others.

Look for four themes. First, scaling what works: the best projects planned to grow from the start and codified the core of their model early, which links directly to your week 4 work. Second, creating demand, including clear referral routes through public services. Third, the different routes to scale the report identifies. Fourth, what scaling demands of the organisation itself. Note one lesson that applies to spreading your adaptation across the Cardiff Capital Region.""",
            },
            {
                "kind": "link",
                "title": "LGA case studies",
                "url": "https://www.local.gov.uk/case-studies",
                "minutes": 10,
                "body": """The Local Government Association's case study library holds a large number of short write-ups of council practice, searchable by topic. You used it in week 1 to find innovations. Now read it from the other side, as a model for sharing your own learning.

Open two case studies in your theme, for example one on housing retrofit or climate action and one on social care or community support. Note how long they are, what they include, and what they leave out, such as costs, failures and evidence. Compare them with the share-back template in this week's worksheet. Decide which of their strengths you want to copy, and which gaps you want your own note to fill. Most LGA examples are from England, so say clearly in yours what is specific to Wales.""",
            },
        ],
        "activities": [
            {
                "kind": "checkoff",
                "title": "Write and send your share-back note",
                "instructions": """1. Use the template in this week's worksheet to write a share-back note of no more than one page.
2. Send a version to the officer or organisation you spoke to in week 2. Thank them, and ask whether they would like any follow-up.
3. Post the network version where your facilitator asks, so the rest of the Infuse cohort and the CCR network can see it.
4. If you decided to leave the innovation, still share back. Your reasons are valuable to the next council that considers it.

Tick this off when both versions have been sent or posted.""",
                "minutes": 45,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "reflection",
                "title": "What would make this last?",
                "instructions": """1. Score your adaptation red, amber or green on each of the six sustaining factors in this week's reading: ownership, money, process, data, skills and voice.
2. For your weakest factor, write down one action you could take in the next month, and who you would need to speak to.
3. Note which other CCR council would benefit most from your work, and why.

Question for discussion: what would need to be true, in your council and across the region, for a successful adaptation to still be running in three years' time, after the Infuse programme has ended?""",
                "minutes": 25,
                "required": True,
                "tool_step": "",
            },
            {
                "kind": "checkoff",
                "title": "Prepare a three-minute canvas summary",
                "instructions": """1. Open your completed canvas.
2. Prepare a three-minute spoken summary for the final session with four parts: the innovation and where it came from; your problem and the fit; your decision and what you kept and changed; what your test showed and what happens next.
3. Choose one slide or one page at most. The canvas itself is fine.
4. Practise once, aloud, and time yourself.

Tick this off when you can deliver the summary in three minutes or less.""",
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
        "en": "I can find innovations that have been tested elsewhere and are relevant to my council.",
        "cy": "Gallaf ddod o hyd i arloesiadau sydd wedi'u profi mewn mannau eraill ac sy'n berthnasol i'm cyngor.",
    },
    {
        "week": 2,
        "en": "I can judge how strong the evidence behind an innovation is.",
        "cy": "Gallaf farnu pa mor gryf yw'r dystiolaeth y tu ôl i arloesiad.",
    },
    {
        "week": 3,
        "en": "I can assess whether an innovation fits our local context and whether we are ready to take it on.",
        "cy": "Gallaf asesu a yw arloesiad yn gweddu i'n cyd-destun lleol ac a ydym yn barod i'w fabwysiadu.",
    },
    {
        "week": 4,
        "en": "I can tell an innovation's core components from the parts that can be adapted.",
        "cy": "Gallaf wahaniaethu rhwng cydrannau craidd arloesiad a'r rhannau y gellir eu haddasu.",
    },
    {
        "week": 5,
        "en": "I can design a small test of a change, with a prediction and measures.",
        "cy": "Gallaf gynllunio prawf bach o newid, gyda rhagfynegiad a mesurau.",
    },
    {
        "week": 5,
        "en": "I can make and explain a decision to adopt, adapt or leave an innovation.",
        "cy": "Gallaf wneud ac egluro penderfyniad i fabwysiadu, addasu neu adael arloesiad.",
    },
    {
        "week": 6,
        "en": "I can plan how a change that works could be kept going and spread to other councils.",
        "cy": "Gallaf gynllunio sut y gellid cynnal newid sy'n gweithio a'i ledaenu i gynghorau eraill.",
    },
]
