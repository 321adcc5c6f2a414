"""The Data Lab's curriculum in Welsh (issue 26): the Welsh of each module, material and
activity in labs/data/curriculum.py, in the same order, as the text stands after migration
0005 (week 3's "Builder step 4"). Loaded into the `_cy` columns by migration 0006 through
labs.curriculum.load_curriculum_cy; kind, url and minutes come from the English.

The tool's words (step names, field labels, DPIA verdicts) are those of the catalogue
(locale/cy/LC_MESSAGES/django.po), so the builder and the curriculum agree. Needs review by a
Welsh-language professional before launch, as the catalogue does."""

LAB_SUMMARY_CY = (
    "Chwe wythnos ar ofyn cwestiynau data da am themâu Infuse, ar ddefnyddio data yn "
    "foesegol ac yn gyfreithlon, ar y gwahanol fathau o ddata a sut maen nhw'n llywio "
    "penderfyniadau, ac ar yr hyn y mae technegau gwyddor data yn ei wneud yn bosibl."
)

MODULES_CY = [
    {
        "number": 1,
        "title": "Beth sy'n gwneud cwestiwn data da",
        "summary": (
            "Rydych chi'n dechrau'r Labordy Data drwy ddysgu gofyn cwestiwn y gall data ei ateb ac y gall rhywun sy'n gwneud penderfyniadau weithredu arno. "
            "Byddwch chi'n ystyried pam mae cwestiynau amwys yn gwastraffu amser dadansoddwyr, sut i glymu cwestiwn wrth benderfyniad go iawn, perchennog a enwir "
            "a dyddiad terfyn, a sut i wahaniaethu rhwng cwestiynau disgrifiadol, diagnostig, rhagfynegol a rhagnodol. "
            "Daw'r enghreifftiau o drydaneiddio fflydoedd, ôl-osod tai, mannau cynnes ac unigrwydd. Erbyn diwedd yr wythnos "
            "bydd dau gam cyntaf eich cwestiwn eich hun wedi'u hysgrifennu yn yr Adeiladydd cwestiynau data da."
        ),
        "outcomes": [
            "Egluro sut mae pwnc, problem a chwestiwn data yn wahanol i'w gilydd.",
            "Ysgrifennu cwestiwn data sy'n enwi'r penderfyniad y mae'n ei lywio, pwy sy'n gweithredu arno ac erbyn pryd.",
            "Dosbarthu cwestiwn yn un disgrifiadol, diagnostig, rhagfynegol neu ragnodol, a dweud beth mae hynny'n ei olygu i'r data sydd ei angen arnoch.",
            "Cysylltu eich cwestiwn â'r nodau llesiant a'r pum ffordd o weithio yn Neddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015.",
        ],
        "materials": [
            {
                "title": "Sut mae cwestiwn data da wedi'i lunio",
                "body": """## Pam mae'r cwestiwn yn dod gyntaf

Nid technoleg sydd ar fai pan fydd y rhan fwyaf o brosiectau data cynghorau yn arafu ac yn aros yn eu hunfan. Maen nhw'n methu am na chytunodd neb pa gwestiwn roedden nhw'n ceisio'i ateb. Mae rhywun yn gofyn i ddadansoddwr "edrych ar y data unigrwydd" neu "weld beth mae data'r fflyd yn ei ddweud". Wythnosau'n ddiweddarach mae dangosfwrdd yn ymddangos nad oes neb yn ei ddefnyddio, am nad oedd erioed wedi'i gysylltu â dewis yr oedd rhaid i unrhyw un ei wneud.

Mae cwestiwn data da yn fyr, yn benodol ac wedi'i glymu wrth benderfyniad. Mae'n pasio pedwar prawf:

1. **Penodol**: mae'n enwi'r bobl, y lle, y gwasanaeth a'r cyfnod amser.
2. **Modd ei ateb**: mae'r data'n bodoli, neu gallwch ei gasglu'n realistig yn yr amser sydd gennych.
3. **Modd gweithredu arno**: byddai'r ateb yn newid yr hyn y mae rhywun yn ei wneud.
4. **Moesegol**: gallwch ei ateb yn gyfreithlon ac yn deg, a byddech chi'n gyfforddus yn ei egluro i drigolion.

## Pwnc, problem, cwestiwn

- **Pwnc:** unigrwydd ymhlith pobl hŷn.
- **Problem:** efallai nad yw ein mannau cynnes yn cyrraedd pobl hŷn sy'n byw ar eu pennau eu hunain.
- **Cwestiwn:** pa rai o'n mannau cynnes a ddefnyddiwyd gan bobl 75 oed a throsodd y gaeaf diwethaf, a pha wardiau lle mae llawer o bobl hŷn yn byw ar eu pennau eu hunain sydd heb fan cynnes o fewn taith fer ar y bws?

Mae'r pwnc yn rhy eang i'w ddadansoddi. Mae'r broblem yn rhoi rheswm i chi weithredu. Mae'r cwestiwn yn dweud wrthych pa ddata i'w dynnu.

## Enghraifft wedi'i gweithio: Datgarboneiddio Cyflymach

Mae rheolwr fflyd yn un o gynghorau Prifddinas-Ranbarth Caerdydd yn dechrau gyda "mae angen i ni drydaneiddio'r fflyd". Nod yw hynny, nid cwestiwn. Ar ôl un sgwrs gyda'r adran Gyllid, mae'n troi'n:

> Pa rai o'n faniau ysgafn a allai newid i rai trydan pan gânt eu disodli nesaf yn ôl yr amserlen heb newid y rowndiau y maent yn eu gwneud, fel y gall Pennaeth y Fflyd gyflwyno cynllun wedi'i gostio i'r Cabinet cyn pennu'r rhaglen gyfalaf ym mis Chwefror?

Nawr rydych chi'n gwybod beth sydd ei angen arnoch: dyddiadau disodli'r cerbydau, milltiroedd dyddiol o'r system delemateg, lleoliadau'r depos a'r capasiti gwefru ym mhob depo.

## Enghraifft wedi'i gweithio: Cymunedau Cefnogol

Mae arweinydd hybiau cymunedol yn gofyn "ydy'r hyb yn gweithio?". O'i hogi, mae'n troi'n:

> O'r trigolion a atgyfeiriwyd i'r hyb gan weithwyr cymdeithasol yn ystod y chwe mis diwethaf, faint a ddaeth fwy nag unwaith, a beth wnaeth rwystro'r lleill rhag dod yn ôl, fel y gall Rheolwr yr Hybiau newid y ddarpariaeth cyn i raglen y gaeaf ddechrau ym mis Hydref?

## Ei brofi yn erbyn Deddf Llesiant Cenedlaethau'r Dyfodol

Mae pum ffordd o weithio'r Ddeddf yn brawf defnyddiol. Mae cwestiwn cryf yn aml yn edrych yn **hirdymor** (beth fydd ei angen ar ein fflyd yn 2030?), yn cefnogi **atal** (cyrraedd pobl cyn i unigrwydd droi'n argyfwng iechyd), ac yn **cynnwys** y bobl yr effeithir arnynt wrth lunio'r hyn rydych chi'n ei ofyn.
""",
            },
            {
                "title": "Pedwar math o gwestiwn: disgrifiadol, diagnostig, rhagfynegol neu ragnodol",
                "body": """## Pam mae'r math o gwestiwn yn bwysig

Mae dadansoddwyr yn aml yn rhannu cwestiynau'n bedwar math. Mae gwybod pa fath rydych chi'n ei ofyn yn dweud wrthych pa ddata, pa sgiliau a pha fesurau diogelu sydd eu hangen arnoch. Mae hefyd yn eich atal rhag addo rhagolwg pan mai'r cyfan y gallwch ei roi yn onest yw cyfrif.

### Disgrifiadol: beth ddigwyddodd?

Cyfrifon, cyfansymiau, cyfraddau a thueddiadau.

- "Faint o aelwydydd a atgyfeiriwyd gan ein hybiau at fanciau bwyd bob mis y llynedd?"
- "Faint o ddisel a ddefnyddiodd y fflyd casglu sbwriel yn 2024/25?"

Cwestiynau disgrifiadol yw asgwrn cefn y rhan fwyaf o benderfyniadau cynghorau. Mae angen cofnodion da arnyn nhw, nid dulliau soffistigedig.

### Diagnostig: pam y digwyddodd?

Cymariaethau, dadansoddiadau manwl a sgyrsiau.

- "Pam y gostyngodd nifer y bobl a ddaeth i'r man cynnes ar ddydd Mawrth ym mis Ionawr?"
- "Pam mae rhai ysgolion cynradd o'r un oed a maint yn defnyddio llawer mwy o nwy fesul metr sgwâr nag eraill?"

Fel arfer mae angen mwy nag un ffynhonnell arnoch, ac yn aml eiriau yn ogystal â rhifau, fel nodiadau gofalwyr yr adeiladau neu gyfweliadau â gwirfoddolwyr.

### Rhagfynegol: beth sy'n debygol o ddigwydd?

Rhagolygon a sgoriau risg.

- "Faint o oriau o ofal cartref fydd eu hangen arnom ymhen pum mlynedd, o ystyried amcanestyniadau poblogaeth Llywodraeth Cymru?"
- "Pa strydoedd fydd angen pwyntiau gwefru cyhoeddus i gerbydau trydan gyntaf, o ystyried faint o gartrefi sydd heb le parcio oddi ar y stryd?"

Mae ansicrwydd ynghlwm wrth bob rhagfynegiad. Pan fyddan nhw'n ymwneud ag unigolion, maen nhw'n codi cwestiynau cyfreithiol a moesegol difrifol. Byddwch chi'n ymdrin â'r rhain yn Wythnosau 3 a 5.

### Rhagnodol: beth ddylem ni ei wneud?

Arfarnu opsiynau ac optimeiddio.

- "Pa gyfuniad o drosi i LED, pylu a goleuo am ran o'r nos sy'n rhoi'r arbediad carbon mwyaf o fewn cyllideb ein goleuadau stryd?"
- "Pa lwybrau ddylai'r bws mini trafnidiaeth gymunedol eu dilyn i gyrraedd y trigolion mwyaf ynysig?"

Mae cwestiynau rhagnodol yn dibynnu ar y tri math arall. Mae angen disgrifiad cadarn a rhywfaint o ddealltwriaeth o'r achosion arnoch cyn y gallwch argymell camau gweithredu.

## Dechrau'n syml

Mae'r rhan fwyaf o'r cwestiynau y gallwch eu hateb o fewn Labordy chwe wythnos yn rhai disgrifiadol neu ddiagnostig. Nid gwendid yw hynny. Mae disgrifiad clir a gonest o'r hyn sy'n digwydd yn aml yn newid penderfyniad yn fwy na model clyfar.

## Prawf cyflym

Gofynnwch i chi'ch hun: pe bai gen i ateb perffaith yfory, beth fyddai rhywun yn ei wneud yn wahanol? Os na allwch chi ddweud, nid yw'r cwestiwn yn barod eto.
""",
            },
            {
                "title": "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015: y testun ar legislation.gov.uk",
                "body": """Dyma destun swyddogol Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015. Does dim rhaid i chi ddarllen y cyfan. Agorwch adran 4 a nodwch y saith nod llesiant. Yna darllenwch adran 5, sy'n nodi'r egwyddor datblygu cynaliadwy a'r pum ffordd o weithio: hirdymor, atal, integreiddio, cydweithio a chynnwys. Yn olaf, bwriwch olwg dros Ran 4 ar y Byrddau Gwasanaethau Cyhoeddus a'u hasesiadau o lesiant lleol. Wrth ddarllen, gofynnwch i chi'ch hun: pa nod y mae fy nghwestiwn data yn ei wasanaethu? Pa ffordd o weithio fyddai'n gwneud y cwestiwn yn gryfach? Cofiwch fod asesiad llesiant eich Bwrdd Gwasanaethau Cyhoeddus yn gorff parod o dystiolaeth leol y gallech ei ailddefnyddio.""",
            },
            {
                "title": "Taflen waith hogi cwestiwn",
                "body": """## Sut i ddefnyddio'r daflen waith hon

Gweithiwch drwy'r pum cam isod gyda chydweithiwr o'ch gwasanaeth. Ysgrifennwch atebion byr. Peidiwch â phoeni am ddata eto: daw hynny yn Wythnos 2.

### Cam 1: Enwi'r pwnc

Un neu ddau air. Er enghraifft, "goleuadau stryd", "gofalwyr di-dâl" neu "ynni ystad yr ysgolion".

### Cam 2: Datgan y broblem

Ysgrifennwch un frawddeg sy'n dechrau "Rydyn ni'n poeni bod..." neu "Rydyn ni am wybod a yw...". Er enghraifft:

- "Rydyn ni'n poeni nad yw gofalwyr di-dâl yng ngogledd y sir yn gwybod am gymorth seibiant."
- "Rydyn ni am wybod a yw'r arbedion carbon ar ein goleuadau stryd wedi aros yn eu hunfan ers i'r rhaglen LED ddod i ben."

### Cam 3: Dod o hyd i'r penderfyniad

Pwy fydd yn penderfynu rhywbeth yn wahanol oherwydd eich ateb? Enwch y rôl, nid y person, a'r fforwm: adroddiad i'r Cabinet, cylch y gyllideb, cyfarfod o'r Bwrdd Gwasanaethau Cyhoeddus, cynllun tîm.

### Cam 4: Ysgrifennu'r cwestiwn

Defnyddiwch y patrwm hwn:

> Pa / faint / ble / pam ... [pobl, lleoedd neu asedau] ... [yn ystod pa gyfnod], fel y gall [rôl] benderfynu [beth] erbyn [pryd]?

### Cam 5: Ei brofi

Sgoriwch eich cwestiwn o 1 i 3 ar bob prawf:

| Prawf | 1 | 3 |
|---|---|---|
| Penodol | "gofalwyr" | "gofalwyr 65 oed a throsodd mewn tair ward a enwir" |
| Modd ei ateb | nid oes data'n bodoli | data sydd gennym eisoes neu sy'n hawdd ei gasglu |
| Modd gweithredu arno | diddorol ei wybod | yn newid dewis ynghylch cyllid neu wasanaeth |
| Moesegol | byddai'n synnu trigolion | byddech chi'n fodlon ei egluro'n gyhoeddus |

## Enghraifft wedi'i gweithio gan gyngor yng Nghymru

Yn yr enghraifft eglurhaol hon, mae swyddog yng Nghasnewydd yn dechrau gyda "teithio llesol". Y broblem yw "dydyn ni ddim yn gwybod a yw'r llwybr beicio newydd yn cael ei ddefnyddio". Y penderfyniad yw'r cais nesaf i Gronfa Teithio Llesol Llywodraeth Cymru. Mae'r cwestiwn yn troi'n: "Faint o deithiau'r dydd a ddefnyddiodd y llwybr newydd yn ystod ei chwe mis cyntaf, o'i gymharu â'r hen ffordd, fel y gall y Swyddog Teithio Llesol benderfynu erbyn dyddiad cau'r cais a ddylid ei ymestyn?" Mae'n sgorio'n dda ar y pedwar prawf, am fod cownteri wedi'u gosod eisoes.
""",
            },
        ],
        "activities": [
            {
                "title": "Cam 1 yr adeiladydd: ysgrifennu eich cwestiwn",
                "instructions": """Agorwch yr Adeiladydd cwestiynau data da ac ewch i'r cam **Ysgrifennu eich cwestiwn**. Mae'r cam hwn yn troi pwnc yn rhywbeth y gall dadansoddwr ei ateb ac y gall rheolwr weithredu arno.

1. Dewiswch un pwnc o'ch gwaith eich hun. Gall ddod o'r naill thema neu'r llall: er enghraifft trydaneiddio fflydoedd, ôl-osod tai neu ynni ysgolion (Datgarboneiddio Cyflymach), neu fannau cynnes, gofalwyr neu unigrwydd (Cymunedau Cefnogol).
2. Yn **Y cwestiwn**, ysgrifennwch un frawddeg gan ddefnyddio'r patrwm o'r daflen waith: pa, faint, ble neu pam, am bobl, lleoedd neu asedau a enwir, mewn cyfnod a enwir.
3. Yn **Y penderfyniad y mae'n ei lywio**, ysgrifennwch y dewis y bydd yr ateb yn ei newid. Byddwch yn benodol: "a ddylid ariannu tri man cynnes arall y gaeaf hwn", nid "cynllunio gwasanaethau".
4. Yn **Pwy sy'n gweithredu**, enwch y rôl a fydd yn gwneud y penderfyniad, a'r fforwm (y Cabinet, bwrdd cyllideb, eich Bwrdd Gwasanaethau Cyhoeddus, cyfarfod tîm).
5. Yn **Erbyn pryd**, rhowch y dyddiad neu'r cyfarfod go iawn. Os nad oes dyddiad terfyn, gofynnwch i chi'ch hun a yw'r cwestiwn yn bwysig nawr.
6. Darllenwch y cam cyfan yn uchel i gydweithiwr. Os na allan nhw ddweud beth fyddai'n newid, ailysgrifennwch ef.

Pam mae hyn yn bwysig: mae enwi'r penderfyniad, y perchennog a'r dyddiad yn cadw'r dadansoddiad yn ddigon bach i'w orffen ac yn eich atal rhag llunio adroddiad nad oes neb yn ei ddarllen.""",
            },
            {
                "title": "Cam 2 yr adeiladydd: dewis y math o gwestiwn",
                "instructions": """Agorwch yr adeiladydd ac ewch i'r cam **Dewis y math o gwestiwn**. Byddwch chi'n penderfynu a yw eich cwestiwn yn un disgrifiadol, diagnostig, rhagfynegol neu ragnodol.

1. Darllenwch eto'r cwestiwn a ysgrifennoch yng ngham 1.
2. Dewiswch un math:
    - **Disgrifiadol** os oes angen i chi wybod beth ddigwyddodd (cyfrifon, cyfraddau, tueddiadau).
    - **Diagnostig** os oes angen i chi wybod pam y digwyddodd.
    - **Rhagfynegol** os oes angen i chi wybod beth sy'n debygol o ddigwydd.
    - **Rhagnodol** os oes angen i chi wybod beth y dylech ei wneud.
3. Yn y nodiadau, ysgrifennwch un frawddeg yn egluro eich dewis. Er enghraifft: "Disgrifiadol: mae angen i ni wybod faint o bobl hŷn a ddefnyddiodd bob man cynnes cyn y gallwn ofyn pam mae rhai'n dawelach."
4. Ysgrifennwch un frawddeg am yr hyn y mae'r math yn ei olygu i'ch prosiect. Bydd angen DPIA a gwiriad tegwch gofalus, bron yn sicr, ar gwestiwn rhagfynegol am drigolion unigol, fel pwy sydd mewn perygl o fynd yn ynysig. Mae'n debyg na fydd eu hangen ar gwestiwn disgrifiadol am adeiladau'r cyngor.
5. Os yw eich cwestiwn yn cymysgu dau fath, rhannwch ef a chadwch yr un symlaf ar gyfer y Labordy hwn.

Pam mae hyn yn bwysig: mae'r math o gwestiwn yn pennu'r data sydd ei angen arnoch, y sgiliau dan sylw a lefel y gofal cyfreithiol a moesegol. Mae ei ddewis yn gynnar yn eich atal rhag addo gormod.""",
            },
            {
                "title": "Yr adroddiad na ddarllenodd neb",
                "instructions": """1. Meddyliwch am adroddiad, dangosfwrdd neu daenlen yn eich gwasanaeth a gymerodd ymdrech go iawn ond na newidiodd ddim.
2. Ysgrifennwch y cwestiwn yr oedd i fod i'w ateb. Os na allwch ddod o hyd i un, ysgrifennwch yr hyn rydych chi'n meddwl ydoedd.
3. Nodwch pa un o'r pedwar prawf a fethodd: penodol, modd ei ateb, modd gweithredu arno neu foesegol.
4. Ysgrifennwch ddwy neu dair brawddeg am beth allai cwestiwn mwy miniog fod wedi bod, a phwy y dylid bod wedi'i enwi fel y sawl sy'n gwneud y penderfyniad.
5. Dewch â'ch nodiadau i'r sesiwn.

Cwestiwn i'w drafod: beth fyddai'n rhaid ei newid yn eich cyngor er mwyn i bob darn o ddadansoddi ddechrau gyda phenderfyniad, perchennog a dyddiad a enwir?""",
            },
        ],
    },
    {
        "number": 2,
        "title": "Mathau o ddata a ble mae'r data'n cael ei gadw",
        "summary": (
            "Yr wythnos hon rydych chi'n mapio'r data a allai ateb eich cwestiwn. Byddwch chi'n archwilio data agored i Gymru, gan gynnwys "
            "StatsCymru, yr ONS a'r Cyfrifiad, Nomis, Data Cymru a Mynegai Amddifadedd Lluosog Cymru. Byddwch chi'n edrych ar y "
            "data sydd gan eich gwasanaeth eich hun eisoes, beth sydd ei angen i ddefnyddio data cyngor arall, a phryd mae arolwg "
            "neu gyfweliadau newydd yn werth yr ymdrech. Byddwch chi'n dysgu gwahaniaethu rhwng rhifau a geiriau, a rhwng data personol a data "
            "categori arbennig, ac yn rhestru eich eitemau data yn yr adeiladydd."
        ),
        "outcomes": [
            "Nodi ffynonellau data agored i Gymru, gan gynnwys StatsCymru, yr ONS, Nomis, Data Cymru a Mynegai Amddifadedd Lluosog Cymru.",
            "Disgrifio'r data sydd gan eich gwasanaeth eich hun, a'r hyn y byddai ei angen arnoch i ddefnyddio data cyngor arall neu gynnal arolwg newydd.",
            "Gwahaniaethu rhwng data meintiol ac ansoddol, a rhwng data personol a data categori arbennig.",
            "Dewis y lefel gywir o fanylder ar gyfer eich cwestiwn: unigolyn, aelwyd, adeilad, ardal fach neu gyngor.",
        ],
        "materials": [
            {
                "title": "Ble mae data cyhoeddus Cymru yn cael ei gadw",
                "body": """## Pedwar lle i chwilio

Pan fydd angen data arnoch, chwiliwch yn y drefn hon. Mae pob cam yn cymryd mwy o amser ac yn cario mwy o risg na'r un o'i flaen.

### 1. Data agored

Am ddim, wedi'i gyhoeddi, ac fel arfer nid yw'n ymwneud â phobl y gellir eu hadnabod.

- **StatsCymru**: ystadegau Llywodraeth Cymru, gan gynnwys amcangyfrifon ac amcanestyniadau poblogaeth, tai, gwasanaethau cymdeithasol a chyllid llywodraeth leol.
- **Yr ONS a Chyfrifiad 2021**: poblogaeth, aelwydydd, gofal di-dâl, iechyd, argaeledd ceir a'r math o wres, i lawr i ardaloedd bach.
- **Nomis**: data'r farchnad lafur gan yr ONS, fel cyflogaeth, hawlwyr budd-daliadau ac enillion.
- **Data Cymru ac InfoBase Cymru**: data perfformiad llywodraeth leol a phroffiliau ardaloedd bach i Gymru.
- **Mynegai Amddifadedd Lluosog Cymru (MALlC)**: amddifadedd cymharol ardaloedd bach ar draws wyth parth.
- **Arolwg Cenedlaethol Cymru**: yr hyn y mae pobl yn ei ddweud am lesiant, unigrwydd, gwirfoddoli a mwy.
- **Data Tystysgrifau Perfformiad Ynni (EPC)**: wedi'u cyhoeddi gan Lywodraeth y DU ar gyfer adeiladau unigol.

### 2. Data eich gwasanaeth eich hun

Systemau rheoli achosion, cofnodion y dreth gyngor a thai, telemateg y fflyd a chardiau tanwydd, mesuryddion ynni adeiladau, cofrestrau asedau goleuadau stryd, tunelli gwastraff a gofnodir drwy WasteDataFlow, taflenni cofrestru'r hybiau. Mae'r data hwn yn fanwl ac yn lleol, ond cafodd ei gasglu i redeg gwasanaeth, nid i ateb eich cwestiwn. Disgwyliwch fylchau.

### 3. Data cyngor arall

Defnyddiol ar gyfer cymharu neu ar gyfer gwasanaethau a rennir. Bydd angen diben clir arnoch ac, os yw'n ddata personol, cytundeb rhannu data. Yng Nghymru, mae Cytundeb Cymru ar gyfer Rhannu Gwybodaeth Bersonol (WASPI) yn rhoi fframwaith cyffredin i gyrff cyhoeddus ar gyfer hyn.

### 4. Data newydd

Arolygon, cyfweliadau, grwpiau ffocws, synwyryddion a chownteri. Pwerus, ond yn araf ac yn gostus. Defnyddiwch nhw dim ond pan na fydd dim arall yn gwneud y tro.

## Enghraifft wedi'i gweithio: ôl-osod tai yn Rhondda Cynon Taf

Cwestiwn: ble mae'r cartrefi sydd fwyaf tebygol o fod yn oer ac yn ddrud i'w gwresogi? Gallech ddechrau gyda graddfeydd EPC (agored), y math o wres yng Nghyfrifiad 2021 (agored) a pharthau tai ac incwm MALlC (agored). Dim ond wedyn y dylech ychwanegu data'r cyngor, fel cwynion am dai yn y sector preifat, a dim ond os yw'r data agored yn gadael bwlch go iawn.

## Enghraifft wedi'i gweithio: unigrwydd yn Sir Fynwy

Cwestiwn: pa gymunedau gwledig a allai fod â llawer o bobl hŷn sydd mewn perygl o unigrwydd? Mae Cyfrifiad 2021 yn rhoi aelwydydd un person 66 oed a throsodd fesul ardal fach. Mae Arolwg Cenedlaethol Cymru yn rhoi mesurau unigrwydd ar lefel cyngor, ond nid ar gyfer ardaloedd bach. Mae taflenni cofrestru'r hybiau yn dangos pwy sy'n dod eisoes. Mae cyfweliadau byr â gwirfoddolwyr neuaddau pentref yn dweud wrthych pam nad yw eraill yn dod.
""",
            },
            {
                "title": "Rhifau neu eiriau, data personol neu ddata categori arbennig",
                "body": """## Rhifau a geiriau

**Data meintiol** yw rhifau: cyfrifon, cilowat oriau, milltiroedd, oedrannau, amseroedd aros. Mae'n dweud wrthych faint, sawl un a pha mor aml.

**Data ansoddol** yw geiriau ac arsylwadau: nodiadau cyfweliadau, sylwadau ymgynghori, cwynion, nodiadau achos, lluniau. Mae'n dweud wrthych pam a sut.

Mae dadansoddi da mewn cyngor fel arfer yn gofyn am y ddau. Mae telemateg y fflyd yn dweud wrthych fod fan yn segura am ddwy awr y dydd. Dim ond y gyrrwr all ddweud wrthych mai'r rheswm yw nad oes unman cynnes yn y depo i aros. Mae taflenni cofrestru'r mannau cynnes yn dweud wrthych fod llai wedi dod. Dim ond yr ymwelwyr all ddweud wrthych fod amserlen y bws wedi newid.

## Data personol

Data personol yw unrhyw wybodaeth am unigolyn byw a adnabyddir neu y gellir ei adnabod. Mae hynny'n cynnwys:

- enwau, cyfeiriadau, dyddiadau geni, cyfeirnodau;
- rhif cofrestru cerbyd sy'n gysylltiedig â gyrrwr a enwir;
- cyfrifon bach sy'n gadael i rywun gael ei adnabod, fel "un gofalwr dros 90 oed yn y pentref hwn".

**Nid** yw rhoi cod yn lle enwau (ffugenwi) yn gwneud data'n ddienw. Os gallai rhywun yn y cyngor ei ailgysylltu, mae'n dal yn ddata personol.

## Data categori arbennig

Mae GDPR y DU yn rhoi diogelwch ychwanegol i:

- tarddiad hiliol neu ethnig;
- barn wleidyddol;
- credoau crefyddol neu athronyddol;
- aelodaeth o undeb llafur;
- data genetig, a data biometrig a ddefnyddir i adnabod rhywun;
- iechyd;
- bywyd rhywiol neu gyfeiriadedd rhywiol.

Mae gan ddata am droseddau ei reolau tebyg ei hun. Mae llawer o ddata gofal cymdeithasol yn ddata iechyd. Mae asesiad gofalwr sy'n sôn am ddementia'r person sy'n derbyn gofal yn ddata categori arbennig am y person hwnnw.

## Dewis y lefel gywir o fanylder

Gofynnwch a oes angen data am **bobl** arnoch o gwbl. Yn aml, nid oes.

- Gall cynllunio ôl-osod ddechrau gyda data am **adeiladau** (graddfeydd EPC, oed, math o wal).
- Gall cynllunio'r fflyd ddefnyddio data am **gerbydau**, heb hunaniaeth y gyrrwr.
- Gall cynllunio mannau cynnes ddefnyddio cyfrifon **ardaloedd bach** o'r Cyfrifiad.

Symudwch at ddata lefel unigolyn dim ond pan fydd y penderfyniad yn ymwneud ag unigolion, fel gwahodd aelwydydd penodol i gynllun. Mae pob cam i lawr o ran manylder yn codi'r safon gyfreithiol a moesegol y bydd yn rhaid i chi ei chyrraedd yn Wythnos 3.
""",
            },
            {
                "title": "Mynegai Amddifadedd Lluosog Cymru: y dudalen ar wefan Llywodraeth Cymru",
                "body": """Dyma hafan Llywodraeth Cymru ar gyfer Mynegai Amddifadedd Lluosog Cymru, y mesur swyddogol o amddifadedd cymharol ardaloedd bach yng Nghymru. Gwiriwch pa argraffiad yw'r un cyfredol cyn ei ddefnyddio. Chwiliwch am yr wyth parth: incwm, cyflogaeth, iechyd, addysg, mynediad at wasanaethau, tai, diogelwch cymunedol a'r amgylchedd ffisegol. Darllenwch y canllawiau ar sut i ddefnyddio'r mynegai. Nodwch dri pheth. Mae MALlC yn rhestru ardaloedd yn ôl trefn; nid yw'n dweud wrthych faint yn fwy difreintiedig yw un ardal nag un arall. Mae'n disgrifio ardaloedd, nid pobl, felly mae llawer o bobl ddifreintiedig yn byw y tu allan i'r ardaloedd mwyaf difreintiedig, yn enwedig mewn ardaloedd cyngor gwledig. Mae'r parthau'n ddefnyddiol ar eu pennau eu hunain: mae parthau tai a mynediad at wasanaethau yn aml yn bwysicach ar gyfer gwaith ôl-osod ac unigrwydd na'r safle cyffredinol.""",
            },
            {
                "title": "Data Cymru: cymorth data i lywodraeth leol",
                "body": """Mae Data Cymru yn cefnogi llywodraeth leol yng Nghymru a'i phartneriaid i ddefnyddio data'n dda. Treuliwch bymtheg munud ar ei wefan. Dewch o hyd i InfoBase Cymru ac edrychwch ar broffil ardal fach ar gyfer ward rydych chi'n ei hadnabod, gan nodi pa bynciau y mae'n ymdrin â nhw a pha mor gyfredol yw pob ffigur. Edrychwch ar ddata perfformiad llywodraeth leol, gan gynnwys y Mesurau Atebolrwydd Cyhoeddus, a meddyliwch pa ffigurau a allai fod yn gymaryddion teg ar gyfer eich gwasanaeth. Yna edrychwch ar ganllawiau a hyfforddiant Data Cymru ar arolygon a sgiliau data. Os oes angen arolwg newydd ar eich cwestiwn, gallai eu cyngor ar lunio cwestiynau a maint samplau arbed wythnosau i chi. Nodwch un set ddata neu adnodd y gallech ei ddefnyddio ar gyfer eich cwestiwn eich hun.""",
            },
        ],
        "activities": [
            {
                "title": "Cam 3 yr adeiladydd: rhestru eich data",
                "instructions": """Agorwch yr adeiladydd ac ewch i'r cam **Rhestru eich data**. Byddwch chi'n rhestru'r data sydd ei angen ar eich cwestiwn, ble mae'n cael ei gadw a pha mor sensitif ydyw.

1. Darllenwch eto eich cwestiwn a'i fath o Wythnos 1.
2. Yn **Eitemau data**, rhestrwch bob eitem sydd ei hangen arnoch fel maes, nid system. Ysgrifennwch "dyddiad yr ymweliad diwethaf" neu "milltiroedd dyddiol fesul fan", nid "y system rheoli achosion". Anelwch at bump i ddeg eitem.
3. Yn **Ffynhonnell**, dywedwch ble mae pob eitem yn cael ei chadw: data agored (enwch y ffynhonnell, fel StatsCymru, yr ONS, Nomis, Data Cymru neu MALlC), eich gwasanaeth eich hun, cyngor arall, neu arolwg neu gyfweliadau newydd.
4. Nodwch bob eitem fel **Nid yw'n ddata personol**, **Data personol** neu **Data categori arbennig**. Cofiwch fod manylion iechyd mewn cofnodion gofal cymdeithasol yn ddata categori arbennig, a bod cerbyd sy'n gysylltiedig â gyrrwr a enwir yn ddata personol.
5. Ar gyfer pob eitem bersonol, ysgrifennwch a fyddai fersiwn llai manwl yn gwneud y tro, fel band oedran yn lle dyddiad geni, neu ardal fach yn lle cyfeiriad.
6. Nodwch unrhyw fwlch: eitem sydd ei hangen arnoch nad oes neb yn ei chadw.

Pam mae hyn yn bwysig: mae rhestr glir yn dangos a oes modd ateb eich cwestiwn, a dyma'r man cychwyn ar gyfer y sail gyfreithlon a'r sgrinio DPIA y byddwch chi'n eu gwneud yn Wythnos 3.""",
            },
            {
                "title": "Dod o hyd i dair set ddata agored ar gyfer eich cwestiwn",
                "instructions": """1. Gan ddefnyddio StatsCymru, yr ONS, Nomis, InfoBase Cymru neu dudalennau MALlC, dewch o hyd i dair set ddata agored a allai helpu i ateb eich cwestiwn.
2. Ar gyfer pob un, cofnodwch y teitl, y cyhoeddwr, y cyfnod diweddaraf a gwmpesir, y ddaearyddiaeth leiaf sydd ar gael a pha mor aml y caiff ei diweddaru.
3. Lawrlwythwch bob un neu rhowch nod tudalen arni.
4. Ysgrifennwch un frawddeg am yr hyn y gall pob set ddata ei ddweud wrthych am eich cwestiwn, a'r hyn na all ei ddweud.
5. Rhannwch eich rhestr â'ch grŵp yn y Labordy cyn y sesiwn.

Ticiwch y gweithgaredd hwn pan fyddwch chi wedi cofnodi tair set ddata gyda'r pum manylyn i gyd.""",
            },
            {
                "title": "Pwy sy'n cadw'r darn sydd ar goll?",
                "instructions": """1. Edrychwch ar y bylchau a nodwyd gennych yn yr adeiladydd.
2. Ar gyfer pob bwlch, ysgrifennwch pwy allai fod â'r data: tîm arall, cyngor arall ym Mhrifddinas-Ranbarth Caerdydd, y bwrdd iechyd, cymdeithas dai, partner yn y trydydd sector, neu neb.
3. Ar gyfer un bwlch, ysgrifennwch nodyn byr am yr hyn y byddai ei angen i gael y data: sgwrs, cytundeb rhannu data, arolwg newydd, neu newid i ffurflen.
4. Ystyriwch a fyddai ychydig o sgyrsiau â thrigolion, gwirfoddolwyr neu staff rheng flaen yn llenwi'r bwlch yn gynt na set ddata.

Cwestiwn i'w drafod: pa ddata fyddai'n gwella penderfyniadau fwyaf ar draws dwy thema'r Labordy pe bai cynghorau'r rhanbarth yn cytuno i'w gasglu yn yr un ffordd?""",
            },
        ],
    },
    {
        "number": 3,
        "title": "Moeseg data a'r gyfraith",
        "summary": (
            "Yr wythnos hon rydych chi'n gwneud yn siŵr bod modd ateb eich cwestiwn yn gyfreithlon, yn deg ac yn agored. Byddwch chi'n ymdrin ag egwyddorion "
            "GDPR y DU, y seiliau cyfreithlon y mae cynghorau'n dibynnu arnynt fel arfer, data categori arbennig, a phryd mae Swyddfa'r Comisiynydd Gwybodaeth (ICO) yn dweud bod rhaid i chi "
            "gynnal Asesiad o'r Effaith ar Ddiogelu Data. Byddwch chi'n defnyddio egwyddorion tryloywder, atebolrwydd a thegwch Fframwaith Moeseg Data y DU, "
            "yn cynllunio sut i ddweud wrth drigolion, ac yn cwtogi eich rhestr ddata i'r hyn sydd ei angen arnoch. Mae'r enghreifftiau'n cynnwys "
            "targedu ôl-osod ac allgymorth mannau cynnes."
        ),
        "outcomes": [
            "Egluro egwyddorion GDPR y DU a nodi sail gyfreithlon debygol ar gyfer eich prosiect gyda'ch Swyddog Diogelu Data.",
            "Penderfynu a oes angen DPIA ar eich prosiect, gan ddefnyddio Erthygl 35 a rhestr yr ICO o brosesu risg uchel.",
            "Cymhwyso egwyddorion tryloywder, atebolrwydd a thegwch y Fframwaith Moeseg Data at eich cwestiwn.",
            "Cynllunio sut y byddwch chi'n dweud wrth drigolion beth rydych chi'n ei wneud â'u data, a chael gwared ar ddata nad oes ei angen arnoch.",
        ],
        "materials": [
            {
                "title": "GDPR y DU ar gyfer prosiectau data cynghorau",
                "body": """## Pryd mae'r gyfraith yn berthnasol

Os yw eich prosiect yn defnyddio gwybodaeth am unigolion byw y gellir eu hadnabod, mae GDPR y DU a Deddf Diogelu Data 2018 yn berthnasol. Nid yw hynny'n rheswm i roi'r gorau iddi. Mae'n set o reolau sydd, o'u dilyn yn gynnar, yn gwneud eich prosiect yn gryfach. Eich Swyddog Diogelu Data (DPO) yw'r person cyntaf i droi ato.

## Y saith egwyddor (Erthygl 5)

1. **Cyfreithlondeb, tegwch a thryloywder.**
2. **Cyfyngu ar ddibenion**: defnyddiwch ddata at y diben y cafodd ei gasglu ar ei gyfer, neu at ddiben sy'n gydnaws ag ef.
3. **Lleihau data**: digonol, perthnasol ac wedi'i gyfyngu i'r hyn sy'n angenrheidiol.
4. **Cywirdeb.**
5. **Cyfyngu ar storio**: peidiwch â'i gadw'n hwy nag sydd ei angen arnoch.
6. **Uniondeb a chyfrinachedd**: cadwch ef yn ddiogel.
7. **Atebolrwydd**: rhaid i chi allu dangos eich bod yn cydymffurfio.

## Seiliau cyfreithlon (Erthygl 6)

Mae angen o leiaf un sail gyfreithlon arnoch: caniatâd, contract, rhwymedigaeth gyfreithiol, buddiannau hanfodol, tasg gyhoeddus neu fuddiannau dilys.

- Ar gyfer y rhan fwyaf o waith cynghorau, y sail sy'n gweddu orau yw **tasg gyhoeddus**: mae'r prosesu'n angenrheidiol ar gyfer swyddogaeth sydd â sail glir yn y gyfraith, fel dyletswyddau o dan Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.
- Yn aml nid yw **caniatâd** yn gweddu'n dda i gynghorau. Mae anghydbwysedd grym, a rhaid i bobl fod yn rhydd i ddweud na heb golli gwasanaeth.
- Ni all awdurdod cyhoeddus ddefnyddio **buddiannau dilys** ar gyfer ei dasgau cyhoeddus.

Mae Deddf Data (Defnydd a Mynediad) 2025 yn diwygio rhannau o GDPR y DU fesul cam. Gwiriwch ganllawiau cyfredol Swyddfa'r Comisiynydd Gwybodaeth (ICO) gyda'ch DPO yn hytrach na dibynnu ar hen dempled.

## Data categori arbennig (Erthygl 9)

I ddefnyddio data categori arbennig, fel data iechyd, mae angen sail gyfreithlon **ac** amod Erthygl 9 arnoch. Mae cynghorau'n aml yn dibynnu ar fudd sylweddol i'r cyhoedd, gydag amod o Atodlen 1 Deddf Diogelu Data 2018, sydd fel arfer yn gofyn am ddogfen bolisi briodol.

## Enghraifft wedi'i gweithio: targedu ôl-osod

Mae cyngor am baru cofnodion Gostyngiad y Dreth Gyngor â graddfeydd EPC er mwyn gwahodd aelwydydd incwm isel mewn cartrefi oer i gynllun ôl-osod. Data personol yw hwn ond nid data categori arbennig. Gall tasg gyhoeddus fod yn addas. Mae defnyddio data budd-daliadau at ddiben newydd yn codi cwestiynau am gyfyngu ar ddibenion, ac mae paru setiau data yn awgrymu bod angen DPIA. Siaradwch â'ch DPO cyn i neb wneud y paru.

## Enghraifft wedi'i gweithio: presgripsiynu cymdeithasol ac unigrwydd

Mae tîm hyb am gofnodi pam mae pobl yn cael eu hatgyfeirio, gan gynnwys iechyd meddwl. Data iechyd yw hynny, felly data categori arbennig. Mae angen amod Erthygl 9 ar y tîm, sgrinio DPIA, a rheswm clir pam na fyddai rheswm syml wedi'i godio yn gwneud y tro.
""",
            },
            {
                "title": "DPIAs: pryd mae'n rhaid cynnal un a sut i sgrinio",
                "body": """## Beth yw DPIA

Mae Asesiad o'r Effaith ar Ddiogelu Data (DPIA) yn ffordd strwythuredig o sylwi ar risgiau diogelu data a'u lleihau **cyn** i chi ddechrau. Mae'n disgrifio'r prosesu, yn profi a yw'n angenrheidiol ac yn gymesur, yn nodi'r risgiau i bobl ac yn nodi sut y byddwch chi'n eu lleihau. Rhaid i chi ofyn am gyngor eich DPO. Os oes risg uchel yn parhau na allwch ei lleihau, rhaid i chi ymgynghori â'r ICO cyn dechrau.

## Pryd mae'r gyfraith yn gofyn am un

Mae Erthygl 35 GDPR y DU yn gofyn am DPIA pan fo prosesu'n debygol o arwain at risg uchel i hawliau a rhyddidau pobl. Mae bob amser yn berthnasol i:

- proffilio systematig a helaeth sy'n cael effeithiau cyfreithiol neu effeithiau tebyg o arwyddocaol;
- defnyddio data categori arbennig neu ddata am droseddau ar raddfa fawr;
- monitro man sy'n agored i'r cyhoedd yn systematig ar raddfa fawr.

Mae Swyddfa'r Comisiynydd Gwybodaeth (ICO) yn cyhoeddi ei rhestr ei hun o brosesu sydd angen DPIA. Dyma'r eitemau sydd fwyaf perthnasol i gynghorau:

- **technoleg arloesol**, gan gynnwys deallusrwydd artiffisial (AI), ynghyd â ffactor risg arall;
- **gwrthod gwasanaeth**: penderfyniadau ynghylch mynediad at wasanaeth sy'n dibynnu ar benderfyniadau awtomataidd neu ddata categori arbennig;
- **proffilio ar raddfa fawr**;
- **paru data**: cyfuno neu gymharu data personol o wahanol ffynonellau;
- **prosesu anweledig**: defnyddio data na chawsoch gan yr unigolyn, lle byddai'n anodd dweud wrtho;
- **olrhain** lleoliad neu ymddygiad;
- **targedu plant neu bobl eraill sy'n agored i niwed**;
- **risg o niwed corfforol** pe bai'r data'n cael ei ddatgelu.

Mae'r ICO hefyd yn dweud bod DPIA yn arfer da ar gyfer unrhyw brosiect mawr sy'n defnyddio data personol, hyd yn oed pan nad oes ei angen.

## Sgrinio yn ymarferol

Mae gan y rhan fwyaf o gynghorau ffurflen sgrinio fer. Llenwch hi ar y dechrau, nid yr wythnos cyn lansio, a chadwch gofnod hyd yn oed pan mai'r ateb yw "Dim angen DPIA".

### Enghraifft: cynllunio pwyntiau gwefru cerbydau trydan

Rydych chi'n defnyddio data argaeledd ceir Cyfrifiad 2021, data EPC ar fath o adeilad a chyfrifon traffig dienw. Nid oes data personol dan sylw. Cofnodwch ganlyniad y sgrinio a symudwch ymlaen.

### Enghraifft: telemateg y fflyd

Rydych chi'n dadansoddi tracio cerbydau sy'n gysylltiedig â gyrwyr a enwir. Olrhain cyflogeion yw hynny. Mae DPIA yn debygol, a dylech gynnwys yr adran Adnoddau Dynol a'r undebau llafur.

### Enghraifft: allgymorth mannau cynnes

Rydych chi'n paru cofnodion gofal cymdeithasol oedolion â data gostyngiad person sengl i ddod o hyd i bobl hŷn sy'n byw ar eu pennau eu hunain nad yw'r hybiau'n eu hadnabod. Paru data yw hynny, sy'n ymwneud â phobl sy'n agored i niwed a data iechyd yn ôl pob tebyg. Mae angen DPIA. Gofynnwch a fyddai dull llai ymwthiol yn gweithio, fel hyrwyddo mannau cynnes drwy feddygfeydd, fferyllfeydd a grwpiau cymunedol.
""",
            },
            {
                "title": "Fframwaith Moeseg Data y DU (GOV.UK)",
                "body": """Canllawiau Llywodraeth y DU yw'r Fframwaith Moeseg Data ar gyfer unrhyw un sy'n gweithio gyda data yn y sector cyhoeddus. Nid yw'n rhan o gyfraith Cymru, ond mae'n rhestr wirio ymarferol a ddefnyddir yn eang. Darllenwch yr egwyddorion trosfwaol yn gyntaf: tryloywder, atebolrwydd a thegwch. Yna darllenwch y camau penodol, sy'n ymdrin â diffinio budd i'r cyhoedd ac angen defnyddwyr, cynnwys arbenigedd amrywiol, cydymffurfio â'r gyfraith, adolygu ansawdd a chyfyngiadau'r data, a gwerthuso'r goblygiadau ehangach i bolisi. Edrychwch ar y sgorio hunanasesu ar gyfer pob egwyddor. Sgoriwch eich cwestiwn eich hun yn erbyn tryloywder, atebolrwydd a thegwch, a nodwch y sgôr isaf. Dyna'r maes i weithio arno yng ngham moeseg yr adeiladydd.""",
            },
            {
                "title": "Swyddfa'r Comisiynydd Gwybodaeth (ICO): enghreifftiau o brosesu sy'n debygol o arwain at risg uchel",
                "body": """Mae'r dudalen hon gan yr ICO yn rhestru'r mathau o brosesu y mae'r rheoleiddiwr yn mynnu DPIA ar eu cyfer, gydag enghreifftiau o ble mae pob un yn berthnasol. Darllenwch y tabl o'r dechrau i'r diwedd. Ar gyfer pob rhes, gofynnwch a yw eich prosiect yn gwneud unrhyw beth tebyg. Rhowch sylw manwl i baru data, prosesu anweledig, olrhain, gwrthod gwasanaeth a thargedu pobl sy'n agored i niwed, oherwydd mae prosiectau cynghorau ar ôl-osod, y fflyd, gofal cymdeithasol a chymorth cymunedol yn aml yn cyffwrdd â'r rhain. Sylwch fod technoleg arloesol, gan gynnwys AI, yn golygu bod angen DPIA pan fydd yn cyfuno â maen prawf arall. Ysgrifennwch bob rhes a allai fod yn berthnasol i'ch cwestiwn ac ewch â'r rhestr at eich DPO. Yna defnyddiwch y dolenni ar y dudalen i ddarllen canllawiau ehangach yr ICO ar DPIAs.""",
            },
            {
                "title": "Dweud wrth drigolion a chadw data i'r lleiafswm",
                "body": """## Rhan 1: Dweud wrth drigolion

Ystyr tryloywder yw na ddylai pobl gael eu synnu gan y ffordd rydych chi'n defnyddio eu data. Cynlluniwch hyn ar bedair lefel.

1. **Hysbysiad preifatrwydd**: gwiriwch fod hysbysiad preifatrwydd eich gwasanaeth yn cwmpasu'r defnydd newydd. Os nad yw, diweddarwch ef gyda'ch DPO, mewn iaith glir yn Gymraeg ac yn Saesneg, yn unol â Safonau'r Gymraeg sy'n berthnasol i chi.
2. **Y man casglu**: ychwanegwch un neu ddwy frawddeg glir at ffurflenni, taflenni cofrestru neu sgriptiau ffôn.
3. **Ymgysylltu**: ar gyfer prosiectau mwy neu fwy sensitif, siaradwch â phobl yn gyntaf. Defnyddiwch lwybrau sy'n bodoli eisoes fel paneli dinasyddion, fforymau gofalwyr, grwpiau tenantiaid neu waith ymgysylltu eich Bwrdd Gwasanaethau Cyhoeddus.
4. **Adborth**: dywedwch wrth bobl beth wnaethoch chi ei ganfod a beth wnaethoch chi ei newid.

### Drafftio hysbysiad

Ysgrifennwch hysbysiad dwy frawddeg ar gyfer eich prosiect. Dyma un ar gyfer taflen gofrestru man cynnes:

> Rydyn ni'n gofyn am eich enw cyntaf a'ch grŵp oedran er mwyn i ni weld a yw ein mannau cynnes yn cyrraedd y bobl sydd eu hangen. Nid ydym yn rhannu hyn ag unrhyw un arall, ac rydyn ni'n dinistrio'r taflenni ar ddiwedd y gaeaf.

Cofiwch fod staff yn wrthrychau data hefyd. Os byddwch chi'n dadansoddi telemateg y fflyd, dywedwch wrth y gyrwyr beth y byddwch chi'n edrych arno, pam, a phwy fydd yn ei weld.

## Rhan 2: Lleihau data

Ar gyfer pob eitem yn rhestr ddata eich adeiladydd, gofynnwch dri chwestiwn: oes ei hangen arnaf? Ar ba lefel o fanylder? Am ba hyd?

| Eitem | Dewis llai manwl |
|---|---|
| Dyddiad geni | Band oedran |
| Cyfeiriad llawn | Ardal fach (LSOA) neu ward |
| Nodiadau achos testun rhydd | Rheswm wedi'i godio dros atgyfeirio |
| Trywydd GPS eiliad wrth eiliad | Milltiroedd dyddiol fesul cerbyd |
| Gyrrwr a enwir | Cerbyd neu ddepo yn unig |

### Enghraifft wedi'i gweithio (eglurhaol)

Gofynnodd prosiect gofalwyr mewn cyngor yn ne Cymru i ddechrau am gyfeiriadau llawn gofalwyr, eu dyddiadau geni, eu meddygfa a diagnosis y person sy'n derbyn gofal. Ar ôl lleihau'r data, cadwodd y ward, y band oedran a'r math o rôl ofalu, a hepgorodd y diagnosis. Roedd y dadansoddiad yn dal i ateb y cwestiwn ynghylch pa wardiau oedd angen mwy o allgymorth seibiant, a gostyngodd risg y DPIA yn sylweddol.

Nodwch yr eitemau a hepgorwyd gennych. Byddwch chi'n eu cofnodi yng ngham moeseg yr adeiladydd.
""",
            },
        ],
        "activities": [
            {
                "title": "Cam 4 yr adeiladydd: gwirio'r moeseg",
                "instructions": """Agorwch yr adeiladydd ac ewch i'r cam **Gwirio'r moeseg**. Byddwch chi'n cofnodi sut y gellir ateb eich cwestiwn yn gyfreithlon, yn deg ac yn agored.

1. **Sail gyfreithlon**: dewiswch y sail gyfreithlon rydych chi'n disgwyl dibynnu arni (tasg gyhoeddus fel arfer) ac ysgrifennwch y gyfraith sy'n sail i'r swyddogaeth. Os oes data categori arbennig yn eich rhestr ddata, ychwanegwch yr amod Erthygl 9 tebygol. Peidiwch â thicio "Mae fy Swyddog Diogelu Data wedi cadarnhau'r sail gyfreithlon" nes bydd eich DPO yn cytuno.
2. **Sgrinio DPIA**: atebwch y deg cwestiwn sgrinio ie/na, sy'n dilyn rhestr yr ICO o brosesu risg uchel. Nid chi sy'n ysgrifennu'r dyfarniad: mae'r adeiladydd yn ei gyfrifo o'ch atebion a'ch rhestr ddata (mae data categori arbennig, neu ddata personol o ddau fath o ffynhonnell, yn cyfrif hefyd) ac yn dangos "Angen DPIA", "Argymell DPIA" neu "Dim angen DPIA" ynghyd â'r rhesymau. Os yw'n dweud bod angen DPIA, ticiwch yr addewid i gwblhau un gyda'ch DPO cyn defnyddio unrhyw ddata personol.
3. **Tegwch**: ysgrifennwch pwy allai gael eu colli neu eu niweidio. Er enghraifft, pobl sydd wedi'u hallgáu'n ddigidol, siaradwyr Cymraeg os mai dim ond yn Saesneg rydych chi'n cynnal arolwg, neu denantiaid sydd wedi'u cau allan o gynllun ôl-osod sydd wedi'i anelu at berchen-feddianwyr.
4. **Sut mae trigolion yn cael gwybod**: gludwch eich hysbysiad dwy frawddeg o'r daflen waith a dywedwch ble bydd yn ymddangos.
5. **Lleihau data**: rhestrwch yr eitemau data rydych chi wedi'u hepgor neu wedi'u gwneud yn llai manwl ers Wythnos 2.

Pam mae hyn yn bwysig: mae ysgrifennu hyn cyn i chi gyffwrdd â'r data yn diogelu trigolion, ac mae'n dangos i'r rhai sy'n gwneud penderfyniadau ac i'r archwilwyr fod y gwaith yn gadarn.""",
            },
            {
                "title": "Dod o hyd i'ch DPO a ffurflen sgrinio DPIA eich cyngor",
                "instructions": """1. Dewch o hyd i bwy yw Swyddog Diogelu Data eich cyngor a sut i gysylltu â'r tîm llywodraethu gwybodaeth.
2. Dewch o hyd i ffurflen neu dempled sgrinio DPIA eich cyngor ar y fewnrwyd.
3. Gwiriwch a yw hysbysiad preifatrwydd eich gwasanaeth yn cwmpasu'r defnydd o ddata yn eich cwestiwn.
4. Anfonwch e-bost byr at eich DPO gyda'ch cwestiwn, eich rhestr ddata a'ch ateb sgrinio, gan ofyn am sgwrs 15 munud.

Ticiwch y gweithgaredd hwn pan fyddwch chi wedi anfon yr e-bost ac wedi cadw copi o'r ffurflen sgrinio.""",
            },
            {
                "title": "A fyddai trigolion yn synnu?",
                "instructions": """1. Dychmygwch fod eich prosiect yn cael sylw ar dudalen flaen eich papur newydd lleol.
2. Ysgrifennwch y pennawd y byddai newyddiadurwr teg yn ei ddefnyddio, a'r pennawd y byddai un beirniadol yn ei ddefnyddio.
3. Ar gyfer pob un, nodwch pa un o dryloywder, atebolrwydd neu degwch y mae'n cyffwrdd ag ef.
4. Ysgrifennwch un newid i'ch prosiect a fyddai'n gwneud y pennawd beirniadol yn llai tebygol. Gallai fod yn llai o ddata, yn hysbysiad cliriach, neu'n cynnwys grŵp o drigolion.

Cwestiwn i'w drafod: ble mae'r ffin rhwng defnyddio data i gyrraedd pobl sydd angen help, fel trigolion hŷn unig neu aelwydydd mewn cartrefi oer, a'i ddefnyddio mewn ffyrdd y byddai'r trigolion hynny'n eu hystyried yn ymwthiol?""",
            },
        ],
    },
    {
        "number": 4,
        "title": "O ddata i fewnwelediad",
        "summary": (
            "Yr wythnos hon rydych chi'n troi data crai yn ganfyddiadau y gallwch ymddiried ynddynt. Byddwch chi'n dysgu trefn syml ar gyfer glanhau data a "
            "chadw log, dadansoddi sylfaenol gyda chyfrifon, cyfraddau, canolrifau a thueddiadau, a sut i gymharu tebyg â thebyg "
            "ar draws wardiau, cynghorau a blynyddoedd. Byddwch chi'n ymarfer disgrifio ansicrwydd yn onest a gwahaniaethu rhwng cydberthynas ac "
            "achos, gan ddefnyddio enghreifftiau o ddefnydd ynni ysgolion, ôl-osod, gofalwyr a mannau cynnes. Byddwch chi'n gorffen drwy brofi eich "
            "cwestiwn yn erbyn y pedwar gwiriad ansawdd yn yr adeiladydd."
        ),
        "outcomes": [
            "Glanhau set ddata fach a chofnodi pob newid yn y log glanhau.",
            "Cynnal dadansoddiad syml sy'n defnyddio cyfrifon, canrannau, cyfraddau, canolrifau a thueddiadau.",
            "Cymharu tebyg â thebyg drwy ddefnyddio cyfraddau, cyfnodau cyfatebol, diffiniadau cyffredin a chymaryddion sy'n addas.",
            "Disgrifio ansicrwydd yn onest ac egluro'r gwahaniaeth rhwng cydberthynas ac achos.",
        ],
        "materials": [
            {
                "title": "Glanhau data a chadw log o'r newidiadau",
                "body": """## Disgwyliwch lanast

Mae data cynghorau'n cael ei gasglu i redeg gwasanaethau, nid i ateb cwestiynau. Mae problemau cyffredin yn cynnwys:

- **dyblygu**: yr un preswylydd wedi'i gofnodi ddwywaith am iddo ymweld â dau hyb;
- **categorïau anghyson**: "Caerphilly", "Caerffili" a "CCBC" yn yr un golofn;
- **bylchau**: gall cell wag olygu sero, anhysbys neu "ni wnaethom ofyn";
- **fformatau dyddiad cymysg**: gall 03/04/2025 olygu mis Mawrth neu fis Ebrill;
- **gwallau cod post**: bylchau ar goll, y llythyren O yn lle sero;
- **gwerthoedd amhosibl**: mae fan sy'n cofnodi 2,000 o filltiroedd mewn diwrnod yn wall, nid yn record;
- **diffiniadau sydd wedi newid**: gall system rheoli achosion newydd gyfrif cysylltiadau'n wahanol.

## Trefn glanhau

1. Cadwch y ffeil grai heb ei chyffwrdd. Gweithiwch ar gopi bob amser.
2. Darllenwch ddiffiniadau'r meysydd, yna gofynnwch i'r bobl sy'n mewnbynnu'r data beth maen nhw'n ei wneud mewn gwirionedd.
3. Cyfrifwch y rhesi a gwiriwch am ddyblygu.
4. Safonwch y categorïau, y dyddiadau a'r codau post.
5. Penderfynwch beth i'w wneud â bylchau a gwerthoedd od. Peidiwch â'u dileu'n dawel.
6. Cyfrifwch eto a chymharwch â'r dechrau.

## Cadw log glanhau

Ar gyfer pob newid, ysgrifennwch y dyddiad, beth wnaethoch chi ei newid, pam, a faint o resi yr effeithiwyd arnynt. Mae'r log yn gadael i gydweithiwr ailadrodd eich gwaith, ac yn gadael i chi amddiffyn eich ffigurau mewn cyfarfod craffu.

## Enghraifft wedi'i gweithio: goleuadau stryd

Mae cyngor am wybod faint o ynni y mae ei oleuadau stryd yn ei ddefnyddio nawr bod y rhan fwyaf ohonynt yn rhai LED. Mae'r gofrestr asedau'n rhestru pob colofn, ond nid oes watedd wedi'i gofnodi ar gyfer rhai llusernau, ac mae'r trosiadau a wnaed gan gontractwr mewn taenlen ar wahân. Rydych chi'n paru'r ddwy ar sail rhif yr ased, yn nodi'r llusernau heb watedd, ac yn adrodd faint ohonynt sydd yn hytrach na dyfalu. Mae'r log yn dangos yn union pa ffigurau sy'n amcangyfrifon.

## Enghraifft wedi'i gweithio: taflenni cofrestru mannau cynnes

Mae gwirfoddolwyr yn teipio taflenni cofrestru papur. Mae un yn ysgrifennu "75+", un arall "dros 75", un arall yr oedran ei hun. Mae rhai pobl yn dod bob wythnos. Cyn i chi gyfrif unrhyw beth, penderfynwch a yw eich cwestiwn yn ymwneud ag **ymweliadau** neu **bobl**. Yna safonwch y grwpiau oedran a nodwch faint o daflenni oedd ar goll.
""",
            },
            {
                "title": "Dadansoddi syml a chymharu tebyg â thebyg yn deg",
                "body": """## Pum offeryn syml

Nid oes angen mwy na thaenlen a'r offer hyn ar y rhan fwyaf o gwestiynau cynghorau:

1. **Cyfrifon a chanrannau**: faint, a pha gyfran.
2. **Cyfraddau**: fesul 1,000 o drigolion, fesul aelwyd, fesul metr sgwâr, fesul milltir. Mae cyfraddau'n gadael i chi gymharu lleoedd ac adeiladau o wahanol faint.
3. **Canolrifau**: y gwerth canol. Defnyddiwch nhw pan fyddai ychydig o werthoedd mawr yn ystumio cyfartaledd, fel llond llaw o becynnau gofal hir iawn.
4. **Tueddiadau**: yr un mesur dros amser, wedi'i ddangos fis wrth fis neu flwyddyn wrth flwyddyn.
5. **Trawsdablau neu dablau colyn**: un mesur wedi'i ddadansoddi yn ôl un arall, fel presenoldeb yn ôl grŵp oedran a lleoliad.

## Cymharu tebyg â thebyg

Daw'r rhan fwyaf o ganfyddiadau camarweiniol o gymariaethau annheg. Gwiriwch y pum peth hyn.

- **Maint**: mae gan Gaerdydd lawer mwy o drigolion na Merthyr Tudful. Cymharwch gyfraddau, nid cyfrifon crai.
- **Cyfnod**: cymharwch fis Ionawr â mis Ionawr. Mae'r defnydd o nwy mewn ysgolion a phresenoldeb mewn mannau cynnes ill dau'n amrywio gyda'r tymhorau a'r tywydd.
- **Diffiniadau**: gall cynghorau gyfrif "gofalwr a gefnogwyd" neu "daith teithio llesol" yn wahanol. Gwiriwch cyn cymharu.
- **Cymysgedd y boblogaeth**: bydd angen mwy o ofal cymdeithasol ar gyngor sydd â phoblogaeth hŷn. Defnyddiwch ffigurau yn ôl oedran, neu ffigurau wedi'u safoni yn ôl oedran pan fydd yr ONS neu Lywodraeth Cymru yn eu cyhoeddi.
- **Cymaryddion**: dewiswch gynghorau neu wardiau sydd â chymysgedd tebyg o ardaloedd trefol a gwledig, nid dim ond eich cymdogion.

## Enghraifft wedi'i gweithio: ynni ystad yr ysgolion

Mae cyngor am ddewis ysgolion ar gyfer rhaglen datgarboneiddio gwres. Mae'r defnydd crai o nwy yn pwyntio at yr ysgolion mwyaf. Mae'r defnydd o nwy fesul metr sgwâr, ar gyfer yr un misoedd, yn adrodd stori wahanol. Mae rhannu yn ôl oes yr adeilad ac a oes pwll nofio gan yr ysgol yn culhau'r rhestr ymhellach. Yr ysgolion sy'n sefyll allan o'u cymharu ag adeiladau tebyg yw'r ymgeiswyr gorau i edrych yn fanylach arnynt.

## Enghraifft wedi'i gweithio: gofalwyr di-dâl

Gofynnodd Cyfrifiad 2021 i bobl 5 oed a throsodd a oeddent yn darparu gofal di-dâl. Mae cyfrif syml fesul ward yn adlewyrchu maint y boblogaeth yn bennaf. Mae canran y trigolion sy'n ofalwyr yn well. Mae rhannu yn ôl grŵp oedran, ac yn ôl nifer yr oriau o ofal a roddir, yn dangos ble mae gofalwyr sy'n darparu lefelau trwm o ofal wedi'u crynhoi. Mae hynny'n fwy defnyddiol ar gyfer cynllunio seibiant a chymorth i ofalwyr na chyfanswm pennawd.
""",
            },
            {
                "title": "Ansicrwydd, cydberthynas ac achos",
                "body": """## Byddwch yn onest am ansicrwydd

Mae rhywfaint o ansicrwydd ym mhob ffigur. Dywedwch hynny'n blaen.

- **Arolygon**: mae canlyniadau o sampl, fel Arolwg Cenedlaethol Cymru, yn dod gyda chyfyngau hyder. Mae cyfyngau canlyniadau ar lefel cyngor yn lletach na rhai ar lefel Cymru. Os yw cyfyngau dau gyngor yn gorgyffwrdd yn fawr, peidiwch â honni bod un yn well.
- **Niferoedd bach**: os yw atgyfeiriadau mewn ward yn codi o 4 i 8, mae hynny'n "ddwbl", ond gallai fod yn hap a damwain yn hawdd. Dangoswch y niferoedd, nid y newid canrannol yn unig.
- **Atchweliad tuag at y cymedr**: os byddwch chi'n dechrau cynllun peilot yn y mis sy'n perfformio waethaf, bydd y mis nesaf yn aml yn edrych yn well beth bynnag.
- **Data coll**: dywedwch pa gyfran o'r cofnodion oedd ar goll a phwy allai fod ar goll o'r data, nid dim ond beth sydd ynddo.

Defnyddiwch eiriau fel "tua", "tebygol" a "rhwng" a rhowch ystodau lle gallwch.

## Nid achos yw cydberthynas

Nid yw dau beth sy'n symud gyda'i gilydd yn golygu bod un yn achosi'r llall.

### Enghraifft: mannau cynnes ac unigrwydd

Efallai y bydd wardiau sydd â mwy o fannau cynnes yn nodi mwy o unigrwydd. Nid yw mannau cynnes yn achosi unigrwydd. Agorodd cynghorau nhw lle roedd yr angen mwyaf. Mae'r cysylltiad yn rhedeg y ffordd arall.

### Enghraifft: ôl-osod a biliau ynni

Mae cartrefi lle cafodd inswleiddio ei osod yn defnyddio llai o ynni y flwyddyn ganlynol. Mae hynny'n edrych fel prawf. Ond efallai fod y gaeaf yn fwynach, efallai fod prisiau wedi newid, neu efallai fod yr aelwydydd wedi newid. Mae angen grŵp cymharu o gartrefi tebyg na chawsant eu hôl-osod arnoch, ac addasiad ar gyfer y tywydd, cyn y gallwch ddweud faint a arbedodd yr ôl-osod.

## Dod yn nes at achos

- Cymharwch â grŵp tebyg na chafodd yr ymyriad.
- Cyflwynwch fesul cam, fel y gellir cymharu ardaloedd cynnar a hwyr yn deg.
- Mesurwch cyn ac ar ôl, gan addasu ar gyfer y tymor a'r tywydd.
- Eglurwch y mecanwaith: sut yn union fyddai hyn yn achosi hynny?
- Siaradwch â phobl. Mae tystiolaeth ansoddol yn aml yn egluro'r hyn na all y rhifau ei egluro.

Mae Safonau Tystiolaeth Nesta yn ffordd ddefnyddiol o ddisgrifio pa mor gryf yw eich tystiolaeth, o esboniad clir o'r rheswm pam y dylai rhywbeth weithio hyd at dystiolaeth mai hynny a achosodd y newid.
""",
            },
            {
                "title": "Cod Ymarfer ar gyfer Ystadegau",
                "body": """Mae'r Cod Ymarfer ar gyfer Ystadegau yn gosod y safonau ar gyfer ystadegau swyddogol yn y DU, ond mae ei dair colofn yn ddefnyddiol i unrhyw un sy'n cyflwyno rhifau i'r rhai sy'n gwneud penderfyniadau. Darllenwch y crynodeb byr o'r colofnau: dibynadwyedd, ansawdd a gwerth. Yna dewch o hyd i'r egwyddorion cyffredinol, y mae'r Swyddfa Rheoleiddio Ystadegau yn annog unrhyw un sy'n defnyddio data i'w cymhwyso. Canolbwyntiwch ar yr egwyddorion ansawdd: defnyddio data addas, cymhwyso dulliau cadarn, a deall ansawdd ac ansicrwydd. Ar gyfer eich dadansoddiad eich hun, ysgrifennwch un frawddeg ar gyfer pob colofn yn disgrifio sut y byddwch chi'n ei bodloni. Er enghraifft, o dan ansawdd: "Byddwn yn nodi faint o daflenni cofrestru mannau cynnes oedd ar goll a beth allai hynny ei olygu i'n cyfansymiau." Cadwch y brawddegau hyn: byddan nhw'n troi'n adran cyfyngiadau eich papur briffio yn Wythnos 6.""",
            },
        ],
        "activities": [
            {
                "title": "Cam 5 yr adeiladydd: cynnal y gwiriad ansawdd",
                "instructions": """Agorwch yr adeiladydd ac ewch i'r cam **Cynnal y gwiriad ansawdd**. Byddwch chi'n profi eich cwestiwn cyfan yn erbyn pedwar gwiriad cyn i chi ei gyflwyno.

1. **Penodol**: darllenwch eich cwestiwn. A yw'n enwi'r bobl, y lleoedd neu'r asedau a'r cyfnod amser? Os nad yw, tynhewch ef a nodwch beth wnaethoch chi ei newid.
2. **Modd ei ateb**: edrychwch ar eich rhestr ddata. Oes gennych chi, neu allwch chi gael, bob eitem sydd ei hangen arnoch mewn pryd? Nodwch eich problemau glanhau, unrhyw fylchau, a phrif ffynhonnell yr ansicrwydd, fel niferoedd bach neu sampl arolwg.
3. **Modd gweithredu arno**: gwiriwch y bydd eich ateb yn cyrraedd y sawl a enwir sy'n gwneud y penderfyniad cyn y dyddiad a roesoch yng ngham 1. Ysgrifennwch beth y gallai ei benderfynu gydag ateb rhannol os bydd y data'n brin.
4. **Moesegol**: gwiriwch fod eich cam moeseg yn gyflawn: sail gyfreithlon, sgrinio DPIA, tegwch, dweud wrth drigolion a lleihau data. Nodwch unrhyw beth y mae eich DPO eto i'w gadarnhau.
5. Ar gyfer pob gwiriad, nodwch pasio, rhannol neu fethu. Ar gyfer unrhyw un rhannol neu fethu, ysgrifennwch un cam gweithredu, pwy fydd yn ei wneud ac erbyn pryd.

Pam mae hyn yn bwysig: dyma'r pwynt olaf lle gallwch chi gywiro'r cwestiwn yn rhad. Mae cwestiwn sy'n pasio'r pedwar gwiriad yn barod i'w droi'n bapur briffio yn Wythnos 6.""",
            },
            {
                "title": "Glanhau a chrynhoi sampl fach o'r data",
                "instructions": """1. Cymerwch ddarn bach o ddata ar gyfer eich cwestiwn: hyd at ychydig gannoedd o resi. Defnyddiwch ddata agored neu ddarn nad yw'n cynnwys data personol os nad yw eich DPO wedi cadarnhau eto y cewch ddefnyddio data personol.
2. Cadwch y ffeil grai a gweithiwch ar gopi.
3. Dilynwch y drefn glanhau o'r deunydd darllen a chadwch log glanhau.
4. Lluniwch dri ffigur: un cyfrif, un gyfradd neu ganran, ac un gymhariaeth dros amser neu rhwng lleoedd.
5. Ysgrifennwch un frawddeg o dan bob ffigur yn dweud pa mor hyderus ydych chi ynddo a pham.

Ticiwch y gweithgaredd hwn pan fydd gennych ffeil wedi'i glanhau, log glanhau a thri ffigur gydag anodiadau.""",
            },
            {
                "title": "Cydberthynas ynteu achos?",
                "instructions": """1. Dewch o hyd i un honiad o adroddiad, datganiad i'r wasg neu gyfarfod yn eich gwasanaeth sy'n dweud bod rhywbeth wedi "arwain at" welliant neu wedi "esgor ar" welliant. Gallai fod yn ymwneud â llai o gasgliadau biniau a fethwyd, llai o ddefnydd ynni, neu lai o bobl yn teimlo'n ynysig.
2. Ysgrifennwch y dystiolaeth a roddir dros yr honiad.
3. Rhestrwch ddau esboniad arall a allai gyfrif am yr un newid, fel y tywydd, prisiau, patrymau tymhorol neu newid yn y ffordd y cofnodwyd data.
4. Disgrifiwch pa dystiolaeth ychwanegol fyddai'n gwneud yr honiad yn fwy argyhoeddiadol.

Cwestiwn i'w drafod: sut allwch chi fod yn onest am ansicrwydd mewn adroddiad i'r cyngor heb roi esgus i'r rhai sy'n gwneud penderfyniadau beidio â gwneud dim?""",
            },
        ],
    },
    {
        "number": 5,
        "title": "Beth mae gwyddor data yn ei wneud yn bosibl",
        "summary": (
            "Yr wythnos hon rydych chi'n edrych y tu hwnt i daenlenni ar yr hyn y gall gwyddor data ei wneud i gyngor, a ble gall pethau fynd o chwith. "
            "Byddwch chi'n cwrdd â phum techneg mewn iaith glir: rhagweld, dosbarthu, clystyru, dadansoddi geo-ofodol a dadansoddi testun, "
            "pob un ag enghreifftiau o waith datgarboneiddio ac o waith cymunedau cefnogol. Byddwch chi'n archwilio'r prif risgiau, gan gynnwys "
            "tuedd, gorddibyniaeth ar awtomeiddio a diffyg eglurder, ac yn dysgu beth mae'r Safon Cofnodi Tryloywder Algorithmig yn gofyn i "
            "gyrff cyhoeddus ei gyhoeddi."
        ),
        "outcomes": [
            "Disgrifio mewn iaith glir sut mae rhagweld, dosbarthu, clystyru, dadansoddi geo-ofodol a dadansoddi testun yn gweithio.",
            "Nodi sut y gallai cyngor ddefnyddio pob techneg yn realistig mewn gwaith datgarboneiddio a gwaith cymunedau cefnogol.",
            "Egluro prif risgiau tuedd, awtomeiddio ac eglurder gwael, a sut i'w lleihau.",
            "Egluro beth mae'r Safon Cofnodi Tryloywder Algorithmig yn gofyn i gyrff cyhoeddus ei gyhoeddi.",
        ],
        "materials": [
            {
                "title": "Pum techneg mewn iaith glir",
                "body": """## Rhagweld

Mae'n defnyddio patrymau'r gorffennol i amcangyfrif gwerthoedd yn y dyfodol.

- **Datgarboneiddio**: faint o drydan fydd ei angen ar bob depo wrth i'r fflyd symud i gerbydau trydan; sut bydd tunelli gwastraff bwyd yn newid wrth i dai newydd gael eu codi.
- **Cymunedau cefnogol**: faint o oriau o ofal cartref fydd eu hangen arnoch ymhen pum mlynedd, gan ddefnyddio amcanestyniadau poblogaeth Llywodraeth Cymru; sut mae'r galw am fannau cynnes yn newid pan ddaw cyfnodau oer.
- **Byddwch yn wyliadwrus**: efallai nad yw'r gorffennol yn arwydd o'r dyfodol, fel y dangosodd y pandemig a'r cynnydd ym mhrisiau ynni. Rhowch ystod bob amser, nid un rhif.

## Dosbarthu

Mae'n didoli eitemau'n grwpiau, yn aml gyda thebygolrwydd ynghlwm.

- **Datgarboneiddio**: amcangyfrif pa gartrefi sy'n debygol o fod â waliau solet o'u hoed a'u cofnodion EPC; didoli teithiau'r fflyd yn rhai y gallai fan drydan eu gwneud a rhai na allai.
- **Cymunedau cefnogol**: tynnu sylw at becynnau gofal sydd mewn perygl o chwalu.
- **Byddwch yn wyliadwrus**: mae dosbarthu pobl yn llawer mwy peryglus na dosbarthu adeiladau neu gerbydau. Gall label fel "risg uchel" ddilyn person a dylanwadu ar y ffordd y mae staff yn ei drin.

## Clystyru

Mae'n dod o hyd i grwpiau naturiol heb gael gwybod beth yw'r grwpiau.

- **Datgarboneiddio**: grwpio adeiladau ysgol sydd â phroffiliau ynni tebyg er mwyn i chi allu cynllunio pecynnau ôl-osod ar gyfer pob grŵp.
- **Cymunedau cefnogol**: grwpio hybiau cymunedol yn ôl pwy sy'n eu defnyddio a phryd, er mwyn rhannu'r hyn sy'n gweithio rhwng hybiau tebyg. Mae dosbarthiadau ardal yr ONS yn glystyru parod o ardaloedd bach.
- **Byddwch yn wyliadwrus**: symleiddio yw clystyrau. Gwiriwch nhw gyda phobl sy'n adnabod y lleoedd.

## Dadansoddi geo-ofodol

Mae'n defnyddio lleoliad, pellter ac amser teithio.

- **Datgarboneiddio**: bylchau yn y rhwydwaith teithio llesol; strydoedd lle nad oes gan lawer o gartrefi le parcio oddi ar y stryd, ar gyfer gwefru cerbydau trydan cyhoeddus; toeau sy'n addas ar gyfer paneli solar.
- **Cymunedau cefnogol**: amser teithio ar y bws o bentrefi i fannau cynnes a hybiau, o'i gymharu â ble mae pobl hŷn sy'n byw ar eu pennau eu hunain wedi'u crynhoi.
- **Byddwch yn wyliadwrus**: gall mapiau o ardaloedd bach ddatgelu unigolion, a gall ardaloedd gwledig mawr edrych yn bwysicach nag ardaloedd trefol dwys dim ond am eu bod yn cwmpasu mwy o'r map.

## Dadansoddi testun

Mae'n dod o hyd i themâu mewn llawer iawn o destun rhydd.

- **Datgarboneiddio**: didoli miloedd o ymatebion i ymgynghoriad ar gynllun teithio llesol neu gynllun traffig isel.
- **Cymunedau cefnogol**: themâu yn adborth gofalwyr neu yn nodiadau'r ganolfan gyswllt am ynysigrwydd.
- **Byddwch yn wyliadwrus**: rhaid dadansoddi ymatebion Cymraeg yr un mor ofalus ag ymatebion Saesneg. Darllenwch sampl eich hun bob amser. Holwch eich DPO cyn rhoi data personol mewn unrhyw offeryn AI.
""",
            },
            {
                "title": "Tuedd, awtomeiddio ac eglurder",
                "body": """## Tuedd

Mae modelau'n dysgu o ddata'r gorffennol, ac mae data'r gorffennol yn adlewyrchu penderfyniadau a bylchau'r gorffennol.

- **Tuedd hanesyddol**: mae model a hyfforddwyd ar bwy a atgyfeiriwyd at y gwasanaethau cymdeithasol yn dysgu pwy a atgyfeiriwyd, nid pwy oedd angen help. Mae pobl na ofynnodd erioed yn aros yn anweledig.
- **Grwpiau coll**: efallai fod pobl sydd wedi'u hallgáu'n ddigidol, nad ydynt yn cysylltu â'r cyngor, neu y mae'n well ganddynt ddefnyddio'r Gymraeg wedi'u tangynrychioli.
- **Procsis**: gall cod post gynrychioli incwm neu ethnigrwydd hyd yn oed pan fyddwch chi'n hepgor y meysydd hynny.

### Enghraifft

Gall model targedu ôl-osod a hyfforddwyd ar bwy a fanteisiodd ar gynlluniau blaenorol ffafrio perchen-feddianwyr hyderus. Gallai lywio arian oddi wrth denantiaid preifat yn y cartrefi oeraf.

Gwiriwch am duedd gan ddefnyddio eich Asesiad o'r Effaith ar Gydraddoldeb, Dyletswydd Cydraddoldeb y Sector Cyhoeddus o dan Ddeddf Cydraddoldeb 2010, y ddyletswydd economaidd-gymdeithasol sy'n berthnasol i gyrff cyhoeddus Cymru, a Safonau'r Gymraeg sy'n berthnasol i chi.

## Awtomeiddio

Mae pobl yn tueddu i ymddiried yn ateb cyfrifiadur, hyd yn oed pan fydd yn anghywir. Tuedd awtomeiddio yw'r enw ar hyn.

- Mae Erthygl 22 GDPR y DU yn cyfyngu ar benderfyniadau sy'n seiliedig ar brosesu awtomataidd yn unig ac sy'n cael effeithiau cyfreithiol neu effeithiau tebyg o arwyddocaol ar bobl. Mae Deddf Data (Defnydd a Mynediad) 2025 yn newid y rheolau hyn fesul cam, felly gwiriwch y sefyllfa gyfredol gyda'ch DPO.
- Cadwch ran ystyrlon i berson yn y broses. Mae angen yr awdurdod, yr amser a'r wybodaeth ar yr adolygydd i anghytuno â'r offeryn, a dylai gofnodi pan fydd yn gwneud hynny.
- Byddwch yn wyliadwrus o ddolenni adborth. Os yw offeryn yn anfon gweithwyr allgymorth i rai ardaloedd yn unig, dim ond yn yr ardaloedd hynny y bydd yn dod o hyd i angen.

## Eglurder

Gofynnwch: allech chi egluro i breswylydd pam y cafodd, neu na chafodd, gynnig gwasanaeth? Os na allech, nid yw'r offeryn yn barod. Mae'r ICO a Sefydliad Alan Turing wedi cyhoeddi canllawiau ar egluro penderfyniadau a wneir gydag AI. Mae model symlach y gallwch ei egluro yn aml bron mor gywir ag un cymhleth, ac yn llawer haws ei amddiffyn.

## Cwestiynau i'w gofyn i gyflenwr

1. Ar ba ddata y cafodd yr offeryn ei hyfforddi, ac a yw'n adlewyrchu cymunedau Cymru?
2. Pa mor gywir ydyw ar gyfer gwahanol grwpiau, fel pobl hŷn, pobl anabl a siaradwyr Cymraeg?
3. Allwn ni weld pam y gwnaeth bob argymhelliad?
4. Pwy sy'n atebol pan fydd yn anghywir?
5. A wnewch chi ein helpu i gyhoeddi cofnod yn unol â'r Safon Cofnodi Tryloywder Algorithmig?
""",
            },
            {
                "title": "Hyb y Safon Cofnodi Tryloywder Algorithmig (GOV.UK)",
                "body": """Mae'r casgliad hwn ar GOV.UK yn dod â'r Safon Cofnodi Tryloywder Algorithmig (ATRS) ynghyd: y templed, y canllawiau ar ei llenwi, y polisi cwmpas ac eithriadau, a'r ystorfa o gofnodion cyhoeddedig. Mae'r safon yn orfodol i adrannau Llywodraeth y DU a rhai cyrff hyd braich, ac yn cael ei hargymell i'r sector cyhoeddus ehangach, felly gall cynghorau yng Nghymru ddewis ei defnyddio. Darllenwch y canllawiau i ddeall y ddwy haen: crynodeb byr haen 1 ar gyfer y cyhoedd, a haen 2 fanwl sy'n ymdrin â pherchnogaeth, y rhesymeg, y broses gwneud penderfyniadau, y data a'r risgiau. Yna agorwch yr ystorfa a darllenwch ddau gofnod cyhoeddedig. Gofynnwch i chi'ch hun a fyddai preswylydd yn deall y crynodeb haen 1, a beth y byddai angen i'ch cyngor ei ysgrifennu ar gyfer offeryn y mae'n ei ddefnyddio.""",
            },
            {
                "title": "Ai gwyddor data yw'r offeryn cywir ar gyfer eich cwestiwn?",
                "body": """## Defnyddiwch hon cyn i chi ddechrau unrhyw ddadansoddi soffistigedig

Gweithiwch drwy'r cwestiynau yn eu trefn. Stopiwch pan gyrhaeddwch "na".

### 1. Ydy'r darlun sylfaenol yn glir?

Oes gennych chi eisoes ddisgrifiad glân y gellir ymddiried ynddo o'r hyn sy'n digwydd? Os nad oes, gwnewch hynny'n gyntaf. Mae rhagolwg sydd wedi'i adeiladu ar ddata blêr yn waeth na dim rhagolwg o gwbl.

### 2. Oes ei angen ar y penderfyniad?

A fyddai rhagfynegiad, dosbarthiad neu fap yn newid y penderfyniad, o'i gymharu â chyfrif neu dabl syml? Os byddai'r sawl sy'n gwneud y penderfyniad yn gweithredu yn yr un ffordd y naill ffordd neu'r llall, cadwch bethau'n syml.

### 3. A yw'n ymwneud â phethau neu â phobl?

Mae offer sy'n didoli adeiladau, cerbydau, strydoedd neu asedau yn cario llawer llai o risg nag offer sy'n didoli pobl. Os yw eich offeryn yn ymwneud â phobl, ewch yn ôl at eich cam moeseg yn Wythnos 3: mae DPIA yn debygol iawn.

### 4. Allwch chi ei egluro?

Allech chi ddisgrifio mewn dwy frawddeg, i gynghorydd neu i breswylydd, sut mae'r offeryn yn cyrraedd ei ateb?

### 5. Ai person sy'n dal i benderfynu?

Pwy sy'n adolygu pob allbwn? Oes ganddyn nhw'r amser, yr awdurdod a'r wybodaeth i'w wrthod?

### 6. Fyddwch chi'n agored am y peth?

Fyddech chi'n barod i gyhoeddi crynodeb tebyg i gofnod ATRS?

## Enghraifft wedi'i gweithio: dau syniad eglurhaol gan un cyngor

**Syniad A: rhagweld y galw am drydan yn y depos.** Mae tîm fflyd cyngor am ragfynegi'r galw brig am wefru ym mhob depo wrth i faniau newid i rai trydan. Mae'r darlun sylfaenol yn glir o'r delemateg. Mae'r rhagolwg yn newid penderfyniad go iawn am uwchraddio cysylltiadau â'r grid. Mae'n ymwneud â cherbydau, nid pobl. Mae'n hawdd ei egluro. Dyfarniad: ewch ymlaen.

**Syniad B: sgôr risg unigrwydd ar gyfer pob preswylydd dros 75 oed.** Nid yw'r darlun sylfaenol yn glir. Byddai'r sgôr yn ymwneud â phobl, gan ddefnyddio data iechyd a gofal cymdeithasol. Byddai'n anodd egluro pam y cafodd un person sgôr uwch na'i gymydog, ac mae risg wirioneddol o fethu pobl nad ydynt erioed wedi cysylltu â'r cyngor. Dyfarniad: stopiwch. Dechreuwch yn hytrach gyda data ardaloedd bach y Cyfrifiad, Arolwg Cenedlaethol Cymru a sgyrsiau â grwpiau cymunedol.
""",
            },
        ],
        "activities": [
            {
                "title": "Dewis y dechneg sy'n gweddu i'r cwestiwn",
                "instructions": """1. Cymerwch eich cwestiwn data eich hun a'r pum techneg o'r deunydd darllen.
2. Ar gyfer pob techneg, ysgrifennwch un frawddeg am sut y gallai helpu gyda'ch cwestiwn, neu pam na fyddai'n helpu.
3. Dewiswch yr un dechneg a fyddai'n ychwanegu'r gwerth mwyaf, a rhowch hi drwy'r chwe chwestiwn ar y daflen waith.
4. Nodwch y risg fwyaf y daethoch o hyd iddi: tuedd, awtomeiddio neu eglurder.
5. Ysgrifennwch sut olwg fyddai ar y fersiwn symlaf o'r dadansoddiad, heb unrhyw dechneg soffistigedig.

Cwestiwn i'w drafod: pan fydd cyflenwr yn cynnig offeryn AI i'ch cyngor ar gyfer gofal cymdeithasol neu dargedu ôl-osod, pa dystiolaeth y dylech ofyn amdani cyn i chi gytuno i gynllun peilot?""",
            },
            {
                "title": "Drafftio crynodeb tryloywder mewn iaith glir",
                "instructions": """1. Dewiswch offeryn algorithmig y mae eich cyngor yn ei ddefnyddio neu'n ei ystyried. Gallai fod yn offeryn optimeiddio llwybrau'r fflyd, yn sgwrsfot ar wefan y cyngor, yn offeryn sy'n tynnu sylw at gartrefi ar gyfer ôl-osod, neu'n offeryn amserlennu ym maes gofal cartref. Os na allwch ddod o hyd i un, defnyddiwch eich Syniad B neu'ch Syniad A o'r daflen waith.
2. Gan ddefnyddio penawdau haen 1 yr ATRS fel canllaw, ysgrifennwch grynodeb o ddim mwy na 200 o eiriau: beth mae'r offeryn yn ei wneud, pam mae'r cyngor yn ei ddefnyddio, sut mae'n effeithio ar drigolion, pwy sy'n atebol, a sut gall pobl gael gwybod mwy neu gwyno.
3. Gofynnwch i gydweithiwr y tu allan i'ch gwasanaeth ei ddarllen a dweud wrthych beth nad oedden nhw'n ei ddeall.
4. Adolygwch ef unwaith.

Ticiwch y gweithgaredd hwn pan fydd gennych grynodeb diwygiedig o 200 o eiriau neu lai.""",
            },
        ],
    },
    {
        "number": 6,
        "title": "Cyflwyno i'r rhai sy'n gwneud penderfyniadau",
        "summary": (
            "Yn yr wythnos olaf rydych chi'n troi eich dadansoddiad yn rhywbeth y gall rhywun sy'n gwneud penderfyniadau weithredu arno. Byddwch chi'n dysgu ysgrifennu "
            "papur briffio un dudalen sy'n dechrau gyda'r ateb a'r cais, llunio siartiau sy'n onest ac yn hygyrch, "
            "ac ysgrifennu argymhellion sy'n benodol, sydd â pherchennog ac sydd â therfyn amser. Byddwch chi'n edrych ar ddyletswyddau'r Gymraeg a "
            "hygyrchedd, ac ar sut i gyflwyno ansicrwydd heb golli eich cynulleidfa. Byddwch chi'n gorffen gyda "
            "phapur briffio ar eich cwestiwn eich hun, yn barod ar gyfer y Cabinet, Bwrdd Gwasanaethau Cyhoeddus neu eich uwch dîm."
        ),
        "outcomes": [
            "Ysgrifennu papur briffio un dudalen sy'n dechrau gyda'r ateb a'r penderfyniad sydd ei angen.",
            "Dewis a llunio siartiau sy'n onest ac nad ydynt yn camarwain.",
            "Gwneud siartiau a phapurau briffio yn hygyrch, gan fodloni gofynion WCAG a gofynion y Gymraeg.",
            "Ysgrifennu argymhellion sy'n benodol, sydd â pherchennog ac sydd â therfyn amser, gan nodi'r risgiau a'r ansicrwydd.",
        ],
        "materials": [
            {
                "title": "Y papur briffio un dudalen",
                "body": """## Dechrau gyda'r ateb

Mae'r rhai sy'n gwneud penderfyniadau yn darllen yr ychydig linellau cyntaf ac yn bwrw golwg dros y gweddill. Rhowch yr ateb a'r cais ar y brig. Cadwch y dull ar y gwaelod.

## Strwythur sy'n gweithio

1. **Teitl sy'n datgan y canfyddiad**: "Gallai'r rhan fwyaf o'n faniau ysgafn newid i rai trydan pan gânt eu disodli nesaf" (os yw eich data'n dangos hynny), nid "Dadansoddiad o'r fflyd".
2. **Y cais**: un frawddeg am y penderfyniad sydd ei angen arnoch, gan bwy ac erbyn pryd.
3. **Pam mae'n bwysig**: dwy neu dair brawddeg sy'n cysylltu â blaenoriaethau'r cyngor, eich amcanion llesiant ac, os yw'n berthnasol, Cymru Sero Net neu Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.
4. **Yr hyn a ganfuwyd gennym**: tri neu bedwar pwynt bwled, pob un gyda rhif a'r hyn y mae'n ei olygu.
5. **Un siart**, os yw'n helpu.
6. **Opsiynau**: dau neu dri fel arfer, gan gynnwys "gwneud dim", gyda'r gost, y budd a'r risg.
7. **Argymhelliad**.
8. **Hyder a chyfyngiadau**: yr hyn y gall y data ei ddweud wrthych a'r hyn na all ei ddweud.
9. **Effeithiau**: cydraddoldeb, y Gymraeg, y ddyletswydd economaidd-gymdeithasol a'r pum ffordd o weithio, fel arfer drwy eich asesiad effaith integredig.
10. **Dull a ffynonellau**: yn gryno, ar y diwedd neu mewn atodiad.

## Ysgrifennu argymhellion y bydd rhywun yn gweithredu arnynt

Mae argymhelliad da yn dweud **pwy** sy'n gwneud **beth** erbyn **pryd**, a sut y byddwch chi'n gwybod ei fod wedi gweithio.

- Gwan: "Ystyried ehangu mannau cynnes."
- Cryf: "Bod Rheolwr y Cymunedau yn ariannu mannau cynnes mewn dau bentref a enwir lle nad oes darpariaeth ar hyn o bryd o fis Tachwedd ymlaen, ac yn adrodd ar bresenoldeb yn ôl grŵp oedran i'r Pwyllgor Craffu Llesiant ym mis Mawrth."

## Enghraifft wedi'i gweithio: Datgarboneiddio Cyflymach

Mae papur briffio i aelod o'r Cabinet ar oleuadau stryd yn dechrau gyda "Byddai pylu'r llusernau sy'n weddill nad ydynt yn rhai LED rhwng hanner nos a 5am yn lleihau ymhellach y trydan a ddefnyddir gan oleuadau stryd, am gost isel." Mae'n gofyn am gymeradwyaeth i ymgynghori â thrigolion a'r heddlu. Mae'n nodi'r opsiynau, yn dangos un siart bar syml fesul ward, ac yn nodi'n glir pa ffigurau arbedion sy'n amcangyfrifon.

## Enghraifft wedi'i gweithio: Cymunedau Cefnogol

Mae papur briffio i'r Bwrdd Gwasanaethau Cyhoeddus ar ofalwyr yn dechrau gyda'r wardiau lle mae cyfran uchel o drigolion yn darparu lefelau trwm o ofal di-dâl ond lle mai ychydig sy'n hysbys i wasanaethau gofalwyr. Mae'n gofyn i bartneriaid gytuno ar gynllun peilot allgymorth ar y cyd, yn enwi'r sefydliad arweiniol, ac yn onest mai o 2021 y daw ffigurau'r Cyfrifiad.

## Iaith

Defnyddiwch iaith glir a brawddegau byr. Gwnewch yn siŵr bod y papur briffio ar gael yn Gymraeg lle mae Safonau'r Gymraeg sy'n berthnasol i chi yn gofyn am hynny.
""",
            },
            {
                "title": "Siartiau gonest",
                "body": """## Un siart, un neges

Cyn i chi dynnu unrhyw beth, ysgrifennwch yr un frawddeg y mae'n rhaid i'r siart ei dangos. Yna dewiswch y siart sy'n ei dangos yn fwyaf syml. Rhowch y frawddeg honno yn nheitl y siart.

## Dewis siart

- **Siart bar**: cymharu categorïau, fel y defnydd o ynni fesul metr sgwâr yn ôl ysgol.
- **Siart llinell**: newid dros amser, fel ymweliadau misol â mannau cynnes dros un gaeaf.
- **Bar wedi'i bentyrru**: rhannau o gyfanwaith, gydag ychydig o rannau.
- **Map**: dim ond pan mai lleoliad yw'r pwynt, a bob amser gyda thabl wrth ei ochr.
- **Tabl**: pan fydd angen rhifau union ar bobl.

Osgowch siartiau cylch gyda mwy nag ychydig o sleisys, effeithiau 3D ac echelinau deuol.

## Rheolau gonestrwydd

1. **Mae siartiau bar yn dechrau ar sero.** Hyd bar yw ei werth. Mae torri'r echelin yn gwneud i wahaniaethau bach edrych yn enfawr.
2. **Gall siartiau llinell ddechrau uwchlaw sero**, ond labelwch yr echelin yn glir a pheidiwch â gorliwio siglad bach.
3. **Defnyddiwch raddfeydd cyson** pan fyddwch chi'n gosod siartiau ochr yn ochr.
4. **Dangoswch gyfraddau, nid cyfrifon**, wrth gymharu lleoedd o wahanol faint.
5. **Dangoswch y cyfnod cyfan**, nid dim ond y misoedd sy'n cefnogi eich achos.
6. **Dangoswch ansicrwydd**: cyfyngau hyder ar gyfer canlyniadau arolygon, neu ystod wedi'i lliwio ar gyfer rhagolygon.
7. **Labelwch y ffynhonnell a'r dyddiad** o dan bob siart.
8. **Peidiwch â chuddio niferoedd bach** y tu ôl i ganrannau. Gall "cynnydd o 50%" olygu dau berson ychwanegol.

## Enghraifft wedi'i gweithio: allyriadau'r fflyd

Mae siart o allyriadau carbon y fflyd â'i echelin yn dechrau ar 90% o'r gwerth uchaf yn gwneud i gwymp bach edrych fel dymchwel. O'i ail-lunio o sero, mae'r cwymp yn gymedrol ond yn real. Mae'r fersiwn onest yn fwy perswadiol i bwyllgor craffu amheus, am na all neb eich cyhuddo o sbin.

## Enghraifft wedi'i gweithio: atgyfeiriadau tlodi bwyd

Mae siart llinell o atgyfeiriadau misol o'r hybiau at fanciau bwyd yn codi'n sydyn mewn un mis. Mae'r siart onest yn ychwanegu nodyn bod llwybr atgyfeirio newydd wedi agor y mis hwnnw, felly mae rhan o'r cynnydd yn adlewyrchu cofnodi gwell yn hytrach na mwy o angen.
""",
            },
            {
                "title": "Siartiau a phapurau briffio hygyrch",
                "body": """## Pam nad yw hygyrchedd yn ddewisol

Rhaid i wefannau'r sector cyhoeddus a dogfennau a gyhoeddir arnynt fodloni'r rheoliadau hygyrchedd, sydd, yn ymarferol, yn golygu Canllawiau Hygyrchedd Cynnwys y We (WCAG) ar lefel AA. Mae gan lawer o gynghorwyr, swyddogion a thrigolion nam ar y golwg, dallineb lliw neu ddyslecsia, neu maen nhw'n defnyddio darllenwyr sgrin. Mae siart anhygyrch yn eu cau allan o'r penderfyniad.

## Gwneud siartiau'n hygyrch

- **Peidiwch â dibynnu ar liw yn unig.** Labelwch linellau a barrau'n uniongyrchol yn hytrach na defnyddio allwedd. Defnyddiwch batrymau neu arddulliau llinell gwahanol lle mae'n rhaid i liwiau fod yn wahanol.
- **Gwiriwch y cyferbyniad.** Mae angen cyferbyniad cryf rhwng y cefndir a'r testun a rhannau pwysig y siart. Osgowch lwydion golau a pharau coch a gwyrdd.
- **Ysgrifennwch destun amgen.** Rhowch destun amgen byr i bob siart sy'n datgan y brif neges, fel "Cododd ymweliadau pobl 75 oed a throsodd â mannau cynnes bob mis o fis Hydref i fis Ionawr, cyn gostwng ym mis Chwefror."
- **Rhowch y data ar ffurf tabl**, yn y ddogfen neu mewn atodiad, fel y gall defnyddwyr darllenwyr sgrin gael y rhifau.
- **Defnyddiwch destun go iawn**, nid delweddau o destun, ar gyfer teitlau a labeli.
- **Cadwch bethau'n syml**: llai o linellau, llai o liwiau, ffontiau mwy.

## Gwneud papurau briffio'n hygyrch

- Defnyddiwch benawdau a rhestrau go iawn, nid testun trwm sy'n esgus bod yn bennawd.
- Ysgrifennwch frawddegau byr ac eglurwch unrhyw derm na fyddai preswylydd â diddordeb o bosibl yn ei wybod, fel LSOA neu DPIA.
- Osgowch ddogfennau wedi'u sganio a thestun y tu mewn i ddelweddau.
- Profwch gyda'r gwiriwr hygyrchedd sydd wedi'i gynnwys yn eich meddalwedd cyn i chi anfon.

## Y Gymraeg

O dan Safonau'r Gymraeg sy'n berthnasol i chi, efallai y bydd angen i ddogfennau a siartiau rydych chi'n eu cyhoeddi fod yn Gymraeg yn ogystal ag yn Saesneg. Cynlluniwch amser ar gyfer cyfieithu. Lluniwch siartiau fel y gellir cyfnewid labeli heb ail-lunio, ac osgowch destun sydd wedi'i osod yn rhan o ddelweddau. Dylech drin y fersiwn Gymraeg yn gyfartal, nid fel ôl-ystyriaeth.

## Enghraifft wedi'i gweithio: map ôl-osod

Mae papur briffio ôl-osod eglurhaol yn defnyddio map wedi'i liwio yn ôl gradd EPC. Mae'n annarllenadwy i ddarllenwyr sy'n ddall i liwiau, ac mae darllenydd sgrin yn cyhoeddi "delwedd" yn unig. Mae'r fersiwn ddiwygiedig yn defnyddio graddfa un lliw o olau i dywyll, yn labelu'r pum ardal flaenoriaeth yn uniongyrchol, yn ychwanegu testun amgen sy'n datgan y neges allweddol, ac yn cynnwys tabl o'r un ardaloedd gyda'u ffigurau yn Gymraeg ac yn Saesneg.
""",
            },
            {
                "title": "Ffrwd Dadansoddi'r Llywodraeth: canllawiau ar gyfer siartiau delweddu data",
                "body": """Mae'r canllawiau hyn gan Ffrwd Dadansoddi'r Llywodraeth (Government Analysis Function) wedi'u hysgrifennu ar gyfer pobl yn y llywodraeth sy'n llunio siartiau, ac maen nhw ymhlith y canllawiau ymarferol cliriaf sydd ar gael. Darllenwch yr adran ar ddeddfwriaeth hygyrchedd yn gyntaf, gan gynnwys yr hyn y mae meini prawf llwyddiant WCAG yn ei olygu i siartiau, fel dewisiadau testun amgen ac osgoi delweddau o destun. Yna darllenwch yr adrannau ar ddewis math o siart ac ar deitlau siartiau, echelinau, labelu ac allweddi. Edrychwch yn fanwl ar y cyngor ynghylch pryd y dylai echelin ddechrau ar sero. Yn olaf, dilynwch y ddolen at ganllawiau lliw y Ffrwd Dadansoddi. Defnyddiwch yr hyn a ddysgwch i wirio'r siart yn eich papur briffio eich hun yn erbyn pob pwynt, a chywirwch o leiaf ddau beth.""",
            },
        ],
        "activities": [
            {
                "title": "Ysgrifennu eich papur briffio un dudalen",
                "instructions": """1. Defnyddiwch y strwythur o'r deunydd darllen i ysgrifennu papur briffio un dudalen ar eich cwestiwn data ar gyfer y sawl sy'n gwneud y penderfyniad a enwyd gennych yn yr adeiladydd.
2. Rhowch y canfyddiad yn y teitl a'r cais yn y frawddeg gyntaf.
3. Peidiwch â chynnwys mwy nag un siart. Gwiriwch ef yn erbyn y rheolau ar siartiau gonest a'r rhestr wirio hygyrchedd, ac ysgrifennwch ei destun amgen.
4. Ysgrifennwch ddau neu dri opsiwn, gan gynnwys gwneud dim, ac un argymhelliad sy'n dweud pwy sy'n gwneud beth erbyn pryd.
5. Ychwanegwch adran fer ar hyder a chyfyngiadau, gan ddefnyddio eich cam ansawdd o Wythnos 4.
6. Dewch â'r papur briffio i'r sesiwn olaf i'w gyflwyno mewn tri munud.

Ticiwch y gweithgaredd hwn pan fydd eich papur briffio'n ffitio ar un dudalen ac yn cynnwys canfyddiad, cais, opsiynau, argymhelliad a chyfyngiadau.""",
            },
            {
                "title": "Gwirio'r siart gyda chydweithiwr",
                "instructions": """1. Dangoswch eich siart i gydweithiwr am ddeg eiliad, yna cuddiwch ef.
2. Gofynnwch iddyn nhw beth oedd y siart yn ei ddweud. Cymharwch eu hateb â'r neges yn eich teitl.
3. Gofynnwch iddyn nhw ei ddarllen eto gan ddefnyddio eich testun amgen yn unig. A gawson nhw'r un neges?
4. Gwiriwch y siart yn erbyn canllawiau'r Ffrwd Dadansoddi: echelin, labeli, lliw, cyferbyniad a ffynhonnell.
5. Gwnewch o leiaf ddau welliant.

Ticiwch y gweithgaredd hwn pan all eich cydweithiwr ddatgan neges y siart yn gywir o'r siart ac o'r testun amgen.""",
            },
            {
                "title": "Profi eich argymhelliad",
                "instructions": """1. Darllenwch eich argymhelliad fel pe baech chi'n gwneud y penderfyniad. Ysgrifennwch y cwestiwn cyntaf y byddech chi'n ei ofyn.
2. Nawr darllenwch ef fel preswylydd y mae'r penderfyniad yn effeithio arno, fel person hŷn sy'n defnyddio man cynnes neu aelwyd sy'n aros am gymorth ôl-osod. Ysgrifennwch eu cwestiwn cyntaf nhw.
3. Nodwch a yw eich papur briffio'n ateb y ddau gwestiwn. Os nad yw, ychwanegwch linell sy'n gwneud hynny.
4. Ysgrifennwch beth fyddech chi'n ei wneud nesaf pe bai'r sawl sy'n gwneud y penderfyniad yn dweud "nid nawr".

Cwestiwn i'w drafod: beth mae'r Labordy hwn wedi'i newid yn y ffordd y byddwch chi'n gofyn am ddata, yn ei ddefnyddio ac yn ei gyflwyno yn eich gwasanaeth, a pha gymorth fyddai'n eich helpu i ddal ati?""",
            },
        ],
    },
]
