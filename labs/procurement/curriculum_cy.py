"""The Procurement Lab's curriculum in Welsh (issue 26), loaded by a data migration into the
`_cy` columns of the modules, materials and activities of labs/procurement/curriculum.py.

Same order and counts as the English MODULES; kind, url and minutes are not repeated. The
tool's names (Cynlluniwr gwerth cymdeithasol, its steps and buttons) are those of the Welsh
catalogue, so the week pages and the tool agree. Needs review by a Welsh-language
professional before launch, as the catalogue does."""

LAB_SUMMARY_CY = (
    "Chwe wythnos ar gael y gwerth mwyaf o wariant cyhoeddus, gan gynnwys gwerth cymdeithasol, "
    "gydag offer y gall unrhyw un mewn cyngor eu defnyddio wrth gomisiynu neu brynu."
)

MODULES_CY = [
    {
        "number": 1,
        "title": "Gwerth y tu hwnt i'r pris",
        "summary": (
            "Yr wythnos hon byddwch yn edrych y tu hwnt i'r pris. Byddwch yn dysgu sut mae cost oes gyfan, "
            "ansawdd a gwerth cymdeithasol gyda'i gilydd yn creu gwerth am arian, a sut mae Deddf Caffael 2023, "
            "sydd mewn grym ers 24 Chwefror 2025, yn gofyn i chi ddyfarnu contractau i'r tendr mwyaf manteisiol "
            "yn hytrach na'r un rhataf. Byddwch hefyd yn gweld beth mae eich cyngor yn ei brynu ac i ble mae ei "
            "wariant yn mynd, fel bod gweddill y Labordy wedi'i seilio ar gontractau go iawn o'r ddwy thema: "
            "Datgarboneiddio Cyflymach a Chymunedau Cefnogol."
        ),
        "outcomes": [
            "Egluro'r gwahaniaeth rhwng y pris isaf, cost oes gyfan a'r tendr mwyaf manteisiol.",
            "Disgrifio sut mae Deddf Caffael 2023 a pholisi Cymru yn llywio'r hyn sy'n cyfrif fel gwerth mewn contract cyngor.",
            "Cyfrifo cymhariaeth syml o gost oes gyfan ar gyfer pryniant sy'n helpu i ddatgarboneiddio.",
            "Mapio prif feysydd gwariant eich cyngor gyda thrydydd partïon a dewis un contract i weithio arno yn y Labordy.",
        ],
        "materials": [
            {
                "title": "O'r rhataf i'r mwyaf manteisiol: Deddf Caffael 2023 yng Nghymru",
                "body": """## Pam mae hyn yn bwysig

Am flynyddoedd, roedd llawer o swyddogion yn clywed "MEAT" (y tendr mwyaf manteisiol yn economaidd) ac
yn dal i feddwl mai'r "rhataf sy'n ennill". Daeth Deddf Caffael 2023 i rym ar 24 Chwefror 2025. Disodlodd
Reoliadau Contractau Cyhoeddus 2015 ar gyfer caffaeliadau newydd. O dan y Ddeddf, rydych yn dyfarnu
contract cystadleuol i'r **tendr mwyaf manteisiol**, wedi'i farnu yn erbyn y meini prawf dyfarnu rydych
yn eu cyhoeddi.

Mae'r gair "economaidd" wedi mynd. Nid yw hynny'n golygu bod y pris yn ddibwys. Mae'n ei gwneud yn glir
mai un maen prawf ymhlith sawl un yw'r pris, a chi sy'n dewis y cyfuniad.

## Beth mae'r Ddeddf yn ei ofyn gennych

- **Amcanion (adran 12).** Wrth gynnal caffaeliad a gwmpesir, rhaid i chi roi sylw i bwysigrwydd
  sicrhau gwerth am arian, gweithredu gydag uniondeb a rhannu gwybodaeth. Rhaid i chi hefyd roi sylw i'r
  rhwystrau y mae busnesau bach a chanolig (BBaCh) yn eu hwynebu, ac ystyried a allwch eu dileu neu eu
  lleihau.
- **Meini prawf dyfarnu (adran 23).** Rhaid i'ch meini prawf ymwneud â phwnc y contract. Rhaid iddynt
  fod yn glir, yn fesuradwy ac yn benodol, ac yn gymesur â'r contract.
- **Tryloywder.** Rydych yn cyhoeddi hysbysiadau ar bob cam. Mae awdurdodau Cymreig datganoledig yn
  cyflwyno hysbysiadau drwy GwerthwchiGymru (Sell2Wales), sy'n eu trosglwyddo i blatfform digidol canolog
  y DU.

## Yr haen Gymreig

Yng Nghymru rydych hefyd yn gweithio o fewn:

- **Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015** a'i saith nod llesiant;
- **Datganiad Polisi Caffael Cymru**, sy'n gosod y cyfeiriad strategol ar gyfer caffael cyhoeddus yng Nghymru;
- **Rheoliadau Caffael (Cymru) 2024**, sy'n gweithredu o dan y Ddeddf;
- **Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023**, y byddwch yn ei hastudio yn wythnos 2.

## Gwerth yw tri pheth ar yr un pryd

| Elfen | Y cwestiwn rydych yn ei ofyn | Enghraifft |
|---|---|---|
| Cost oes gyfan | Faint fydd hyn yn ei gostio i ni dros ei oes? | Mae car cronfa trydan yn costio mwy i'w brynu ond llai i'w redeg |
| Ansawdd | A fydd yn gwneud y gwaith yn dda? | Gwasanaeth cyfeillio â gwirfoddolwyr sydd wedi'u hyfforddi a'u gwirio |
| Gwerth cymdeithasol | Beth arall mae'r contract yn ei wneud i'n hardal? | Prentisiaethau lleol ar gontract ôl-osod |

## Enghraifft gan gyngor yng Nghymru

Dychmygwch fod cyngor ym Mhrifddinas-Ranbarth Caerdydd yn newid llusernau goleuadau stryd. Mae'r cynnig
rhataf yn defnyddio llusernau â gwarant fer. Mae cynnig drutach yn cynnig unedau LED sy'n para'n hirach,
yn defnyddio llai o ynni ac yn dod â chynllun i gasglu'r hen lusernau yn ôl. Yn ôl yr hen arfer, gallai'r
cynnig cyntaf ennill. Gyda dyfarniad wedi'i gynllunio'n dda, a chost oes gyfan a charbon yn y meini prawf,
gall yr ail ennill yn deg ac yn agored.

Y wers i'r Labordy: chi sy'n penderfynu beth yw ystyr "manteisiol" **cyn** i chi fynd i'r farchnad, ac
rydych yn ei roi ar bapur.
""",
            },
            {
                "title": "Cost oes gyfan: fan i'r fflyd a chontract mannau cynnes",
                "body": """## Sut i ddefnyddio'r daflen waith hon

Gweithiwch drwy'r ddwy enghraifft. Yna defnyddiwch yr un dull ar gyfer eich contract eich hun. Mae pob
ffigur isod yn **enghreifftiol**. Maent yn dangos y dull, nid prisiau go iawn. Defnyddiwch ddata eich
fflyd, eich tîm cyllid neu'ch gwasanaeth pan fyddwch yn gwneud hyn go iawn.

## Rhan A: Datgarboneiddio Cyflymach - fan fach

Mae ar reolwr eich fflyd angen fan fach ar gyfer tîm parciau. Rydych yn cymharu fan diesel â fan drydan
dros oes o wyth mlynedd.

| Eitem gost (enghreifftiol) | Fan diesel | Fan drydan |
|---|---|---|
| Pris prynu | £28,000 | £38,000 |
| Tanwydd neu drydan, 8 mlynedd | £36,000 | £12,000 |
| Gwasanaethu a thrwsio, 8 mlynedd | £9,600 | £5,600 |
| **Cost oes gyfan** | **£73,600** | **£55,600** |

Ar sail y pris prynu yn unig, mae'r fan diesel i'w gweld £10,000 yn rhatach. Dros ei hoes, yn yr
enghraifft hon, mae'r fan drydan £18,000 yn rhatach ac nid oes dim allyriadau o'i phibell wacáu. Byddech
hefyd yn ychwanegu:

- gosod pwyntiau gwefru yn y depo (cost untro);
- y gwerth gweddilliol ar ddiwedd ei hoes;
- hyfforddi gyrwyr, a'r amser pan na ellir defnyddio'r fan wrth iddi wefru.

## Rhan B: Cymunedau Cefnogol - contract mannau cynnes

Mae eich cyngor yn ariannu sefydliad gwirfoddol i gynnal mannau cynnes mewn tri hyb cymunedol dros y
gaeaf.

- **Opsiwn 1:** grant am un gaeaf. Ychydig o waith gweinyddu ar y dechrau, ond mae staff a gwirfoddolwyr
  yn gwasgaru bob gwanwyn, ac rydych yn talu i ailsefydlu'r gwasanaeth bob hydref.
- **Opsiwn 2:** contract tair blynedd, gydag adnewyddu syml bob blwyddyn. Mwy o ymdrech i'w sefydlu, ond
  mae'r darparwr yn cadw gwirfoddolwyr hyfforddedig, yn meithrin ymddiriedaeth gyda thrigolion ynysig ac
  yn cysylltu pobl â chyngor ar ddyledion ynni.

Yma, mae meddwl am yr oes gyfan yn ymwneud â **chostau sefydlu dro ar ôl tro** a **pherthnasoedd a
gollir**, nid y ffi flynyddol yn unig.

## Eich tro chi

1. Rhestrwch bob cost y mae eich contract yn ei chreu dros ei oes gyfan: prynu, rhedeg, cynnal, dod i ben.
2. Nodwch pa gostau sy'n disgyn ar gyllidebau eraill (er enghraifft gofal cymdeithasol, tai neu'r GIG).
3. Nodwch un budd nad oes pris arno ond sy'n bwysig i drigolion.
4. Ysgrifennwch un frawddeg: "O ran cost oes gyfan, yr opsiwn rhataf yw ... oherwydd ..."

Dewch â'r frawddeg i'r sesiwn.
""",
            },
            {
                "title": "Beth mae eich cyngor yn ei brynu ac i ble mae'r arian yn mynd",
                "body": """## Dechreuwch gyda'r gwariant, nid y polisi

Ni allwch lywio gwerth drwy gaffael nes eich bod yn gwybod beth rydych yn ei brynu. Mae pob cyngor yng
Nghymru yn gwario cyfran fawr o'i gyllideb gyda thrydydd partïon: darparwyr gofal, adeiladwyr,
contractwyr gwastraff, cwmnïau bysiau a thacsis, cyflenwyr ynni, cwmnïau meddalwedd a'r sector
gwirfoddol.

## Sut mae gwariant yn cael ei grwpio fel arfer

Mae dadansoddiad gwariant yn grwpio taliadau yn ôl categori. Ymhlith y penawdau cyffredin mae:

- **Gofal cymdeithasol:** gofal preswyl a nyrsio, gofal cartref, byw â chymorth, cyfleoedd dydd.
- **Adeiladu ac eiddo:** ysgolion newydd, gwaith atgyweirio, ôl-osod cartrefi ac adeiladau'r cyngor.
- **Amgylchedd:** gwastraff ac ailgylchu, gan gynnwys gwastraff bwyd, cynnal tiroedd, goleuadau stryd.
- **Trafnidiaeth:** cludiant o'r cartref i'r ysgol, fflyd, tanwydd a phwyntiau gwefru.
- **Ynni a chyfleustodau:** trydan a nwy ar gyfer ysgolion, swyddfeydd a depos.
- **TGCh a gwasanaethau proffesiynol.**
- **Grantiau a chontractau gyda'r trydydd sector:** cyngor, cyfeillio, cymorth bwyd, hybiau cymunedol.

Mewn llawer o gynghorau, mae gofal cymdeithasol ac adeiladu ymhlith y meysydd mwyaf. Gwiriwch eich
ffigurau eich hun yn hytrach na chymryd hynny'n ganiataol.

## Cwestiynau i'w gofyn am ddadansoddiad gwariant

1. Pa ddeg cyflenwr sy'n cael y mwyaf o arian yn eich maes gwasanaeth?
2. Pa gyfran sy'n mynd i gyflenwyr yng Nghymru, neu yn ardal eich cyngor?
3. Pa gyfran sy'n mynd i BBaCh ac i sefydliadau'r trydydd sector?
4. Pa gontractau sy'n dod i ben yn ystod y 18 mis nesaf? Dyna'ch cyfleoedd i newid pethau.
5. Pa wariant sydd y tu allan i gontract (wedi'i dalu ar sail anfoneb heb gontract y tu ôl iddo)?

## O ble mae'r data'n dod

Gall eich tîm caffael neu gyllid redeg adroddiad o system gyllid y cyngor. Mae llawer o gynghorau'n
cyhoeddi data taliadau ar eu gwefan. Efallai y bydd adroddiadau caffael blynyddol eich cyngor a chynllun
llesiant ei Fwrdd Gwasanaethau Cyhoeddus hefyd yn disgrifio blaenoriaethau y gallwch gysylltu â nhw.

## Enghraifft wedi'i gweithio

Dychmygwch swyddog yn nhîm gwasanaethau oedolion un o gynghorau Gwent. Mae'r adroddiad gwariant yn dangos
bod llond llaw o ddarparwyr gofal cartref yn cael y rhan fwyaf o wariant allanol y gwasanaeth, a bod dau
gontract yn dod i ben y flwyddyn nesaf. Mae'r swyddog hefyd yn gweld llawer o daliadau bach i grwpiau
cymunedol am glybiau cinio, heb ganlyniadau cyffredin.

Mae hynny'n rhoi dau opsiwn clir ar gyfer y Labordy: ail-gaffael gofal (Cymunedau Cefnogol) a dull mwy
cydgysylltiedig o ymdrin â chontractau cymunedol bach. Mae cydweithiwr yn yr un cyngor, yn y tîm eiddo,
yn sylwi ar raglen arfaethedig i newid boeleri ysgolion, sy'n gontract naturiol ar gyfer Datgarboneiddio
Cyflymach.
""",
            },
            {
                "title": "Deddf Caffael 2023 ar legislation.gov.uk",
                "body": """Dyma destun llawn Deddf Caffael 2023, y gyfraith sydd wedi llywodraethu'r rhan fwyaf o
gaffaeliadau newydd cynghorau ers 24 Chwefror 2025 (mae ar gael yn Saesneg yn unig). Nid oes angen i chi ei
darllen i gyd. Agorwch y dudalen gynnwys a darllenwch dair rhan. Yn gyntaf, adran 12 (amcanion caffael a
gwmpesir), ar werth am arian, uniondeb a'r ddyletswydd i roi sylw i'r rhwystrau y mae BBaCh yn eu
hwynebu. Yn ail, adran 19 (dyfarnu cystadleuol), lle mae'r ymadrodd "y tendr mwyaf manteisiol" ("most
advantageous tender") yn ymddangos. Yn drydydd, adran 23 (meini prawf dyfarnu), sy'n dweud bod rhaid i
feini prawf ymwneud â phwnc y contract a bod yn glir, yn fesuradwy, yn benodol ac yn gymesur. Nodwch un
ymadrodd o bob adran y gallech ei ddyfynnu wrth gydweithiwr sy'n credu mai'r "pris isaf sy'n gorfod
ennill".""",
            },
        ],
        "activities": [
            {
                "title": "Sefydlu eich contract yn y Cynlluniwr gwerth cymdeithasol",
                "instructions": """Byddwch yn defnyddio un contract drwy gydol y Labordy. Heddiw rydych yn cofnodi'r ffeithiau
sylfaenol amdano.

1. Agorwch y **Cynlluniwr gwerth cymdeithasol** ac ewch i'r cam **Y contract**.
2. **Teitl y contract:** rhowch gontract go iawn o'ch gwasanaeth a fydd yn cael ei brynu neu ei ail-brynu
   yn ystod y 18 mis nesaf. Os nad oes gennych un, defnyddiwch gontract ymarfer: "Gwasanaeth mannau
   cynnes a chyfeillio cymunedol" (Cymunedau Cefnogol) neu "Pwyntiau gwefru yn y depo ar gyfer fflyd y
   cyngor" (Datgarboneiddio Cyflymach).
3. **Math o gontract:** dewiswch waith, nwyddau neu wasanaethau. Pam: mae'r math yn newid y rheolau. Er
   enghraifft, o dan Ddeddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023, mae contract
   gwaith gwerth £2 filiwn neu fwy yn "gontract adeiladu mawr" sydd â dyletswyddau ychwanegol, ac mae gan
   gontractau gwasanaethau sy'n cael eu rhoi ar gontract allanol eu dyletswyddau eu hunain.
4. **Gwerth amcangyfrifedig:** rhowch gyfanswm y gwerth amcangyfrifedig dros y cyfnod cyfan, gan gynnwys
   unrhyw opsiynau i ymestyn. Pam: y gwerth sy'n penderfynu pa weithdrefnau a hysbysiadau sy'n berthnasol
   a pha lefel o ofynion gwerth cymdeithasol sy'n gymesur. Gofynnwch i'ch tîm caffael sut i'w
   amcangyfrif, gan gynnwys sut i drin TAW.
5. **Hyd:** rhowch y cyfnod llawn, gan gynnwys estyniadau. Pam: mae rhai canlyniadau, fel prentisiaethau
   neu lai o unigrwydd, yn cymryd amser. Ni all contract chwe mis gyflawni prentisiaeth dwy flynedd.
6. Cadwch y cam (**Cadw'r contract**). Yn wythnos 2 byddwch yn ychwanegu canlyniadau, ac yn wythnos 5
   byddwch yn gosod pwysoliadau ac yn profi cynigion yn erbyn y contract hwn.""",
            },
            {
                "title": "Pris, cost a gwerth mewn contract rydych yn gyfarwydd ag ef",
                "instructions": """1. Meddyliwch am gontract rydych wedi'i weld yn cael ei ddyfarnu, yn eich gwasanaeth chi neu
   rywle arall yn y cyngor.
2. Ysgrifennwch, mewn dwy neu dair llinell, beth oedd y ffactor a benderfynodd y mater. Ai'r pris, yr
   ansawdd neu rywbeth arall?
3. Gan ddefnyddio'r daflen waith cost oes gyfan, rhestrwch un gost a gafodd ei cholli ar y pryd, fwy na
   thebyg.
4. Nodwch un budd i drigolion, fel llai o bobl hŷn unig neu lai o garbon, na chafodd ei wobrwyo o gwbl
   yn y dyfarniad.
5. Ysgrifennwch baragraff byr: pe baech yn ei brynu eto yfory, beth fyddai ystyr "mwyaf manteisiol"?

Cwestiwn ar gyfer y sesiwn: pe bai'r cynnig rhataf wedi ennill, pwy fyddai wedi talu'r costau cudd yn
nes ymlaen, a sut byddai unrhyw un wedi gwybod?""",
            },
            {
                "title": "Cael cipolwg ar wariant eich gwasanaeth",
                "instructions": """1. Anfonwch e-bost at eich tîm caffael neu gyllid a gofyn am adroddiad gwariant syml ar gyfer
   eich gwasanaeth am y flwyddyn ariannol lawn ddiwethaf.
2. Gofynnwch am: y deg cyflenwr mwyaf yn ôl gwerth, categori'r gwariant, a dyddiadau dod i ben y
   contractau lle maent yn hysbys.
3. Os bydd hynny'n cymryd amser, edrychwch ar unrhyw ddata taliadau y mae eich cyngor yn ei gyhoeddi a
   nodwch y cyflenwyr mwyaf.
4. Marciwch pa gontractau sy'n dod i ben yn ystod y 18 mis nesaf.
5. Ticiwch hwn pan fydd gennych restr o bum cyflenwr o leiaf ac un contract sy'n dod i ben yn fuan.""",
            },
        ],
    },
    {
        "number": 2,
        "title": "Gwerth cymdeithasol a'r nodau llesiant",
        "summary": (
            "Yr wythnos hon byddwch yn cysylltu caffael â Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015. "
            "Byddwch yn gweithio drwy'r saith nod llesiant a'r pum ffordd o weithio, ac yn gweld sut mae Deddf "
            "Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023 yn eu troi'n ddyletswydd i gaffael mewn "
            "ffordd sy'n gymdeithasol gyfrifol. Byddwch yn dod i adnabod TOMs Cenedlaethol Cymru fel ffordd o "
            "fesur gwerth cymdeithasol, yn dysgu trin gwerthoedd procsi yn ofalus, ac yn gosod canlyniadau "
            "mesuradwy ar gyfer eich contract eich hun."
        ),
        "outcomes": [
            "Enwi'r saith nod llesiant a'r pum ffordd o weithio a'u cymhwyso at gontract.",
            "Crynhoi'r prif ddyletswyddau caffael yn Neddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023.",
            "Egluro sut mae TOMs Cenedlaethol Cymru yn trefnu mesurau gwerth cymdeithasol a pham mae angen gofal gyda gwerthoedd procsi.",
            "Gosod tri i bum mesur gwerth cymdeithasol, gyda thargedau, ar gyfer contract eich Labordy.",
        ],
        "materials": [
            {
                "title": "Y saith nod a'r pum ffordd o weithio, wedi'u cymhwyso at brynu",
                "body": """## Y Ddeddf mewn un paragraff

Mae Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015 yn ei gwneud yn ofynnol i gyrff cyhoeddus, gan
gynnwys pob cyngor yng Nghymru, gyflawni datblygu cynaliadwy. Mae hynny'n golygu gweithredu i wella
llesiant economaidd, cymdeithasol, amgylcheddol a diwylliannol Cymru, yn unol â'r egwyddor datblygu
cynaliadwy.

## Y saith nod llesiant

1. **Cymru lewyrchus** - er enghraifft gwaith teg, sgiliau a swyddi lleol.
2. **Cymru gydnerth** - ecosystemau iach a bioamrywiaeth.
3. **Cymru iachach** - llesiant corfforol a meddyliol.
4. **Cymru sy'n fwy cyfartal** - pobl yn gallu cyflawni eu potensial beth bynnag fo'u cefndir.
5. **Cymru o gymunedau cydlynus** - cymunedau deniadol a diogel sydd wedi'u cysylltu'n dda.
6. **Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu.**
7. **Cymru sy'n gyfrifol ar lefel fyd-eang** - gan ystyried effaith Cymru ar lesiant byd-eang.

## Y pum ffordd o weithio

- **Hirdymor:** cydbwyso anghenion tymor byr ag anghenion cenedlaethau'r dyfodol.
- **Atal:** gweithredu i atal problemau rhag codi neu waethygu.
- **Integreiddio:** ystyried sut mae eich amcanion yn effeithio ar ei gilydd ac ar amcanion cyrff eraill.
- **Cydweithio:** gweithio gydag eraill a all eich helpu i gyflawni eich amcanion.
- **Cynnwys:** cynnwys pobl sydd â diddordeb, gan adlewyrchu amrywiaeth eich ardal.

## Eu cymhwyso at gontract

Ystyriwch gontract **ôl-osod cartrefi** ar gyfer cartrefi'r cyngor (Datgarboneiddio Cyflymach):

- *Llewyrchus:* mae'r contractwr yn hyfforddi pobl leol mewn sgiliau ôl-osod.
- *Cydnerth:* deunyddiau wedi'u dewis i leihau gwastraff; hen ddeunyddiau'n cael eu hailgylchu.
- *Iachach:* cartrefi cynhesach a sychach i denantiaid.
- *Cyfrifol ar lefel fyd-eang:* llai o garbon, a deunyddiau o ffynonellau cyfrifol.
- *Hirdymor ac atal:* gwaith sy'n atal lleithder a dyledion tanwydd, nid ateb cyflym yn unig.

Nawr ystyriwch **wasanaeth cyfeillio i bobl hŷn ynysig** (Cymunedau Cefnogol):

- *Iachach:* llai o unigrwydd, sy'n gysylltiedig ag iechyd corfforol a meddyliol gwell.
- *Cymunedau cydlynus:* gwirfoddolwyr o'r un strydoedd a phentrefi.
- *Diwylliant bywiog a'r Gymraeg:* cyfeillwyr sy'n gallu siarad Cymraeg â chleientiaid Cymraeg eu hiaith.
- *Cynnwys:* pobl hŷn yn helpu i lunio sut mae'r gwasanaeth yn gweithio.

## Gair o rybudd

Peidiwch â thicio'r saith nod ar gyfer pob contract. Dewiswch y ddau neu dri lle gall y contract wneud
gwahaniaeth go iawn y gellir ei fesur. Mae gofyniad cymesur, â ffocws clir, yn haws ei werthuso a'i reoli.
""",
            },
            {
                "title": "Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023: beth mae'n ei wneud",
                "body": """## Beth mae'r Ddeddf yn ei wneud

Cafodd Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023 (y cyfeirir ati'n aml fel Deddf
PGCC) Gydsyniad Brenhinol ym mis Mai 2023. Mae iddi dair prif elfen: partneriaeth gymdeithasol, gwaith
teg, a chaffael cyhoeddus sy'n gymdeithasol gyfrifol. Mae cynghorau Cymru yn awdurdodau contractio o dan
y Ddeddf.

## Y ddyletswydd caffael cymdeithasol gyfrifol

Mae adran 24 yn dweud bod rhaid i awdurdod contractio geisio gwella llesiant economaidd, cymdeithasol,
amgylcheddol a diwylliannol ei ardal drwy gynnal caffael cyhoeddus mewn ffordd sy'n gymdeithasol
gyfrifol. Yn ymarferol, mae hynny'n golygu cymryd camau, yn unol â'r egwyddor datblygu cynaliadwy, gyda'r
nod o gyflawni'r saith nod llesiant.

O dan y ddyletswydd, rhaid i'ch cyngor:

- **osod a chyhoeddi amcanion caffael cymdeithasol gyfrifol** sydd wedi'u llunio i sicrhau'r cyfraniad
  mwyaf posibl at y nodau llesiant;
- **gymryd pob cam rhesymol** i gyflawni'r amcanion hynny ar gontractau rhagnodedig;
- **osgoi gofynion anghymesur**, gan ystyried gwerth amcangyfrifedig y contract.

## Dyletswyddau ychwanegol ar gyfer dau fath o gontract

- **Contractau adeiladu mawr** (contractau gwaith gwerth £2 filiwn neu fwy): cynnwys cymalau gwaith
  cyhoeddus cymdeithasol ar faterion fel talu'n brydlon, cyfleoedd cyflogaeth a chydymffurfio â chyfraith
  cyflogaeth, a'u trosglwyddo i lawr y gadwyn gyflenwi.
- **Contractau allanoli gwasanaethau**: cynnwys cymalau gweithlu cyhoeddus cymdeithasol i ddiogelu telerau
  staff sy'n trosglwyddo, ac osgoi gweithlu dwy haen.

## Strategaeth ac adrodd

Rhaid i gynghorau gyhoeddi **strategaeth gaffael**, cadw **cofrestr contractau**, a chyhoeddi **adroddiad
blynyddol ar gaffael cymdeithasol gyfrifol**. Byddwch yn dychwelyd at adrodd yn wythnos 6.

## Pryd mae'n gymwys

Mae dyletswyddau caffael y Ddeddf yn cael eu cychwyn fesul cam. Mae Gorchymyn Cychwyn (Rhif 4) 2025 yn
dod â'r dyletswyddau craidd ar gaffael cymdeithasol gyfrifol i rym ar 25 Mawrth 2026, gydag adrodd
blynyddol o 1 Ebrill 2026. Gwiriwch y sefyllfa bresennol a'r canllawiau statudol ar LLYW.CYMRU cyn dibynnu
ar ddyddiad.

## Enghraifft wedi'i gweithio

Mae cyngor yn cynllunio rhaglen gwerth £3 miliwn i adnewyddu ysgol gynradd i safonau sero net. Mae'n
gontract adeiladu mawr. Mae tîm y prosiect yn gwirio amcanion caffael cymdeithasol gyfrifol y cyngor
(sgiliau lleol a datgarboneiddio, dyweder), yn cynnwys y cymalau gwaith cyhoeddus cymdeithasol, ac yn
gosod gofyniad cymesur: lleoliadau gwaith i fyfyrwyr y coleg lleol a tharged ar gyfer deunyddiau wedi'u
hailddefnyddio. Mae'r tîm gofal cymdeithasol, sy'n ail-gaffael gwasanaeth cyfleoedd dydd, yn gwirio a
yw'n cyfrif fel contract allanoli gwasanaethau a beth mae hynny'n ei olygu i'r staff.
""",
            },
            {
                "title": "Mesur gwerth cymdeithasol gyda TOMs Cenedlaethol Cymru",
                "body": """## Beth yw'r TOMs

Ystyr TOMs yw **Themâu, Canlyniadau a Mesurau** (Themes, Outcomes and Measures). Lansiwyd fframwaith
TOMs Cenedlaethol Cymru yn 2020 ar ran Cymdeithas Llywodraeth Leol Cymru (CLlLC), gyda chefnogaeth
Tasglu Gwerth Cymdeithasol Cenedlaethol Cymru. Mae wedi'i adeiladu o gwmpas themâu sy'n adlewyrchu'r
saith nod llesiant. O dan bob thema mae canlyniadau, ac o dan bob canlyniad mae mesurau y gall cyflenwr
ymrwymo iddynt ac adrodd arnynt.

- **Thema:** y nod eang, fel Cymru lewyrchus.
- **Canlyniad:** y newid rydych am ei weld, fel mwy o bobl leol mewn swyddi da.
- **Mesur:** y cam y mae cyflenwr yn ei gymryd, fel wythnosau o brentisiaeth ar y contract.

## Gwerthoedd procsi: defnyddiol, ond i'w trin yn ofalus

Mae gan lawer o fesurau **werth procsi**: ffigur mewn punnoedd fesul uned, sydd i fod i gynrychioli
gwerth ehangach y cam hwnnw i gymdeithas. Mae gwerthoedd procsi yn **enghreifftiol ac yn amrywio yn ôl
fframwaith a blwyddyn**. Maent yn cael eu diweddaru, ac mae fframweithiau gwahanol yn defnyddio
ffynonellau gwahanol. Peidiwch byth â chopïo ffigur o'ch cof nac o adroddiad cyngor arall. Defnyddiwch y
fersiwn gyfredol y mae eich cyngor wedi'i thrwyddedu neu ei mabwysiadu, a nodwch pa fersiwn a
ddefnyddiwyd gennych.

Cofiwch:

- **Nid arian parod** yw gwerth procsi. Nid yw'n lleihau pris y contract.
- Gall **orbwysleisio** gwerth os ydych yn cyfrif yr un budd ddwywaith, neu'n cyfrif pethau a fyddai wedi
  digwydd beth bynnag.
- Mae'n haws ei amddiffyn ar gyfer mesurau sydd ag unedau clir y gellir eu cyfrif.

## Enghraifft wedi'i gweithio: contract ôl-osod cartrefi

Mae'r ffigurau isod **wedi'u llunio ar gyfer ymarfer**. Nid ydynt yn dod o TOMs Cymru.

| Nod llesiant | Mesur | Targed | Gwerth procsi (enghreifftiol) |
|---|---|---|---|
| Cymru lewyrchus | Wythnosau o brentisiaeth ar y contract | 104 wythnos | £X yr wythnos |
| Cymru sy'n gyfrifol ar lefel fyd-eang | Tunelli o garbon a osgoir | 40 tunnell | £Y y dunnell |
| Cymru sy'n fwy cyfartal | Oriau o gymorth i helpu tenantiaid i ddefnyddio rheolyddion gwresogi newydd | 200 awr | £Z yr awr |

## Enghraifft wedi'i gweithio: gwasanaeth cyfeillio

| Nod llesiant | Mesur | Targed |
|---|---|---|
| Cymru iachach | Pobl hŷn sy'n dweud eu bod yn teimlo'n llai unig ar ôl chwe mis | Dyweder, 60% o'r cyfranogwyr |
| Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu | Cynnig cyfeillio yn Gymraeg | Gofyn i bob cleient Cymraeg ei iaith |
| Cymru o gymunedau cydlynus | Gwirfoddolwyr lleol wedi'u recriwtio a'u hyfforddi | Dyweder, 25 o wirfoddolwyr |

Nid oes gwerth procsi synhwyrol i rai o'r rhain. Mae hynny'n iawn. Adroddwch arnynt fel rhifau a
straeon, nid punnoedd.

## Eich tro chi

Drafftiwch dri mesur ar gyfer eich contract yn yr un fformat tabl. Nodwch fod unrhyw werth procsi yn
enghreifftiol.
""",
            },
            {
                "title": "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015: y testun swyddogol",
                "body": """Dyma destun swyddogol Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015, sydd ar gael yn
Gymraeg ac yn Saesneg. Darllenwch adran 4, sy'n nodi'r saith nod llesiant gyda'u disgrifiadau llawn, ac
adran 5, sy'n diffinio'r egwyddor datblygu cynaliadwy a'r pum ffordd o weithio. Crynodebau yw'r
disgrifiadau byr yn y modiwl hwn; mae'r geiriad cyfreithiol yn gyfoethocach. Er enghraifft, mae "Cymru
sy'n gyfrifol ar lefel fyd-eang" yn cyfeirio'n benodol at lesiant byd-eang. Wrth i chi ddarllen,
tanlinellwch y geiriau ym mhob nod y gallai contract eich Labordy effeithio arnynt go iawn. Byddwch yn
defnyddio'r geiriau hynny wrth osod canlyniadau yn y cynlluniwr.""",
            },
            {
                "title": "TOMs Cenedlaethol Cymru gan y Tasglu Gwerth Cymdeithasol Cenedlaethol",
                "body": """Mae'r dudalen hon (yn Saesneg) yn cyflwyno Fframwaith Cenedlaethol Mesur Gwerth Cymdeithasol
Cymru, a elwir yn TOMs Cenedlaethol Cymru. Darllenwch hi i ddeall pam y cafodd y fframwaith ei gynllunio o
gwmpas Deddf Llesiant Cenedlaethau'r Dyfodol a sut mae'n cysylltu â'r dull Buddion Cymunedol a
ddefnyddiwyd yng Nghymru cyn hynny. Sylwch sut mae'r dudalen yn disgrifio themâu, canlyniadau a mesurau,
a sut mae'n sôn am werthoedd ariannol. Gofynnwch i'ch tîm caffael pa fersiwn, os o gwbl, y mae eich
cyngor yn ei defnyddio, ac a oes ganddo ei restr leol ei hun o fesurau â blaenoriaeth. Cofiwch fod unrhyw
ffigurau mewn punnoedd a welwch yn perthyn i fframwaith penodol ac i gyfnod penodol.""",
            },
        ],
        "activities": [
            {
                "title": "Ychwanegu canlyniadau gwerth cymdeithasol at eich contract",
                "instructions": """Rydych nawr yn ychwanegu'r canlyniadau y dylai eich contract eu cyflawni, wedi'u grwpio yn ôl
nod llesiant.

1. Agorwch y **Cynlluniwr gwerth cymdeithasol** ac ewch i'r cam **Canlyniadau gwerth cymdeithasol** ar
   gyfer y contract a sefydlwyd gennych yn wythnos 1.
2. Dewiswch **ddau neu dri nod llesiant** lle gall eich contract wneud gwahaniaeth go iawn. Pam: mae
   gofyniad â ffocws yn gymesur, yn haws i gyflenwyr bach ei ateb ac yn haws ei reoli.
3. Ar gyfer pob nod, ychwanegwch un neu ddau **fesur**. Mynegwch bob un fel cam y gellir ei gyfrif, fel
   "wythnosau o brentisiaeth" neu "cyfeillwyr Cymraeg eu hiaith wedi'u recriwtio". Pam: ni ellir sgorio
   na monitro nodau amwys fel "cefnogi'r gymuned".
4. Rhowch **darged** ar gyfer pob mesur, yn gymesur â gwerth a hyd y contract. Pam: y targedau sy'n
   gosod y safon y mae cynigwyr yn ymateb iddi ac y byddwch chi'n ei monitro wedyn.
5. Rhowch **werth procsi** dim ond lle mae eich cyngor yn defnyddio fframwaith fel TOMs Cenedlaethol
   Cymru a bod gennych ei ffigur cyfredol. Fel arall, rhowch rif crwn enghreifftiol ac ysgrifennwch
   "enghreifftiol" yn y disgrifiad. Pam: mae gwerthoedd procsi yn amrywio yn ôl fframwaith a blwyddyn, a
   gall ffigur heb label gamarwain.
6. Cynhwyswch o leiaf un mesur sy'n gysylltiedig â phob thema os yw eich contract yn caniatáu hynny, er
   enghraifft mesur carbon a mesur unigrwydd neu gyflogaeth leol.
7. Cadwch y cam (**Cadw'r canlyniadau**).""",
            },
            {
                "title": "Pa nod y mae eich contract yn ei wasanaethu mewn gwirionedd?",
                "instructions": """1. Edrychwch ar y canlyniadau a roesoch yn y cynlluniwr.
2. Ar gyfer pob un, gofynnwch: a fyddai hyn yn digwydd beth bynnag, heb y contract? Os byddai, nodwch
   hynny.
3. Ar gyfer pob un, gofynnwch: a allai cyflenwr lleol bach neu elusen ei gyflawni'n realistig? Os na
   allai, nodwch pam.
4. Dewiswch yr un canlyniad rydych fwyaf hyderus y gall y contract ei gyflawni a dangos tystiolaeth ohono.
5. Dewiswch yr un rydych leiaf sicr ohono, ac ysgrifennwch ddwy frawddeg yn egluro pam y gwnaethoch ei gynnwys.

Cwestiwn ar gyfer y sesiwn: ydyn ni'n gofyn i gyflenwyr am werth cymdeithasol sy'n gweddu i'r contract,
neu ydyn ni'n gofyn iddyn nhw ddatrys problemau y dylai'r cyngor fynd i'r afael â nhw mewn ffyrdd eraill?""",
            },
        ],
    },
    {
        "number": 3,
        "title": "Comisiynu ar gyfer canlyniadau",
        "summary": (
            "Yr wythnos hon byddwch yn symud o ddweud wrth gyflenwyr sut i wneud y gwaith i ddweud wrthynt beth "
            "sydd angen ei newid. Byddwch yn cymharu manylebau mewnbwn, allbwn a chanlyniad, yn dysgu sut mae "
            "cydgynhyrchu gyda thrigolion a darparwyr yn gwella manyleb, ac yn ailysgrifennu enghreifftiau go "
            "iawn o ofal cymdeithasol ac ôl-osod cartrefi. Byddwch hefyd yn edrych ar risgiau contractau sy'n "
            "seiliedig ar ganlyniadau a sut i'w cadw'n deg ac yn fesuradwy."
        ),
        "outcomes": [
            "Gwahaniaethu rhwng manylebau mewnbwn, allbwn a chanlyniad, gydag enghreifftiau o'r ddwy thema.",
            "Egluro sut mae cydgynhyrchu yn cefnogi'r ffordd o weithio 'cynnwys' a Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.",
            "Ailysgrifennu rhan o fanyleb sy'n seiliedig ar fewnbynnau fel manyleb canlyniadau y gellir ei mesur.",
            "Nodi risgiau contractau sy'n seiliedig ar ganlyniadau a ffyrdd o'u rheoli.",
        ],
        "materials": [
            {
                "title": "Mewnbwn, allbwn, canlyniad: ysgrifennu manylebau sy'n gadael lle i wella",
                "body": """## Tri math o fanyleb

- **Manyleb mewnbwn:** yn dweud wrth y cyflenwr beth i'w ddefnyddio neu ei wneud. "Darparu ymweliadau
  45 munud, bedair gwaith y dydd, gan weithiwr gofal sydd â chymhwyster penodol."
- **Manyleb allbwn:** yn dweud wrth y cyflenwr beth i'w gynhyrchu. "Darparu 1,000 awr o ofal cartref yr
  wythnos."
- **Manyleb canlyniad:** yn dweud wrth y cyflenwr beth ddylai newid i bobl neu lefydd. "Mae'r bobl sy'n
  cael cymorth yn aros yn ddiogel yn eu cartrefi eu hunain ac yn cyflawni'r canlyniadau personol yn eu
  cynllun gofal a chymorth."

Mae'r rhan fwyaf o gontractau cyngor yn cyfuno'r tri. Y sgil yw gwybod pa un i'w ddefnyddio ble.

## Pam mae canlyniadau'n bwysig

Mae manylebau mewnbwn yn cloi ffordd heddiw o weithio yn ei lle. Nid ydynt yn gadael lle i gyflenwr ddod
o hyd i ddull gwell, rhatach neu wyrddach. Mae manylebau canlyniad yn gwahodd arloesi ac yn cysylltu'n
uniongyrchol â'r nodau llesiant. Maent hefyd yn cyd-fynd â'r ffyrdd o weithio **atal** a **hirdymor**.

## Pan fo mewnbynnau'n dal yn iawn

Cadwch ofynion mewnbwn lle maent yn diogelu pobl neu'n bodloni'r gyfraith. Nid oes modd trafod gwiriadau
diogelu, cofrestru gydag Arolygiaeth Gofal Cymru, rheoliadau adeiladu nac iechyd a diogelwch. Mae meddwl
am ganlyniadau yn ychwanegu at y rhain, nid yn cymryd eu lle.

## Enghraifft: goleuadau stryd (Datgarboneiddio Cyflymach)

- *Mewnbwn:* "Newid 2,000 o lusernau am fodel LED X."
- *Canlyniad:* "Lleihau'r ynni a'r carbon a ddefnyddir gan oleuadau stryd ar draws y rhwydwaith, gan
  fodloni safonau goleuo a chadw trigolion yn ddiogel."

Mae fersiwn y canlyniad yn gadael i gyflenwyr gynnig pylu'r golau, systemau rheoli canolog neu waith
fesul cam.

## Enghraifft: mynd i'r afael ag unigrwydd (Cymunedau Cefnogol)

- *Mewnbwn:* "Cynnal dau glwb cinio yr wythnos yn yr hyb cymunedol."
- *Canlyniad:* "Mae gan bobl hŷn yn yr ardal sy'n unig neu'n ynysig fwy o gysylltiad ystyrlon ag eraill,
  ac maent yn gwybod at bwy i droi am help."

Gallai fersiwn y canlyniad arwain at glwb cinio, grŵp cerdded, cyfeillio dros y ffôn neu gymysgedd o'r
rhain, wedi'u llunio gyda'r bobl sy'n eu defnyddio.

## Gwneud canlyniadau'n fesuradwy

Ar gyfer pob canlyniad, cytunwch ar:

1. **Ddangosydd** y gallwch ei gasglu, fel cwestiwn byr wedi'i ddilysu am unigrwydd neu'r defnydd o ynni
   a fesurir gan fesurydd.
2. **Linell sylfaen**, fel eich bod yn gwybod beth yw'r man cychwyn.
3. **Darged** sy'n realistig o ystyried maint y contract.
4. **Bwy sy'n casglu'r data**, pa mor aml, ac ar gost pwy.

## Risgiau i'w rheoli

Gall contractau canlyniadau wthio risg ar ddarparwyr bach na allant ei ysgwyddo. Gallant hefyd wobrwyo
"dewis a dethol" y cleientiaid hawsaf. Cadwch fodelau talu'n syml, rhannwch y risg yn deg, a chytunwch
ymlaen llaw beth fydd yn digwydd os na chyflawnir canlyniadau am resymau y tu hwnt i reolaeth y cyflenwr.
""",
            },
            {
                "title": "Cydgynhyrchu: llunio gwasanaethau gyda'r bobl sy'n eu defnyddio",
                "body": """## Beth yw ystyr cydgynhyrchu

Mae cydgynhyrchu yn golygu llunio a darparu gwasanaethau **gyda'r** bobl sy'n eu defnyddio a'r bobl sy'n
eu darparu, fel partneriaid cyfartal. Mae'n fwy nag ymgynghori. Mae pobl yn helpu i benderfynu beth yw'r
broblem, sut olwg sydd ar lwyddiant a sut bydd y gwasanaeth yn gweithio.

## Y sail yng Nghymru

- Mae **Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014** yn rhoi cydgynhyrchu wrth galon gofal
  a chymorth. Mae ei hegwyddorion yn cynnwys llais a rheolaeth, atal, llesiant, a chydgynhyrchu. Mae
  asesiadau'n dechrau gyda sgwrs "beth sy'n bwysig" am ganlyniadau'r unigolyn ei hun.
- Mae adran 16 o Ddeddf 2014 yn rhoi dyletswydd ar awdurdodau lleol i hyrwyddo mentrau cymdeithasol,
  cwmnïau cydweithredol, gwasanaethau a arweinir gan ddefnyddwyr a'r trydydd sector wrth ddarparu gofal a
  chymorth.
- Mae ffordd o weithio **cynnwys** Deddf Llesiant Cenedlaethau'r Dyfodol yn gofyn i chi gynnwys pobl sydd
  â diddordeb, gan adlewyrchu amrywiaeth eich ardal.

## Cydgynhyrchu ar draws y cylch comisiynu

1. **Dadansoddi:** gofynnwch i drigolion a staff rheng flaen beth sy'n gweithio a beth sydd ddim.
2. **Cynllunio:** ysgrifennwch y canlyniadau gyda nhw, yn eu geiriau eu hunain lle bo modd.
3. **Prynu:** cynhwyswch bobl sydd â phrofiad bywyd ar y panel gwerthuso, gyda hyfforddiant a rheolau
   clir ar wrthdaro buddiannau. Rhaid i'w sgorau ddilyn y meini prawf a gyhoeddwyd, fel sgorau pawb arall.
4. **Adolygu:** gofynnwch i'r bobl sy'n defnyddio'r gwasanaeth helpu i farnu a yw'r canlyniadau wedi'u
   cyflawni.

## Enghraifft wedi'i gweithio: cymorth i ofalwyr (Cymunedau Cefnogol)

Mae cyngor yn ail-gomisiynu cymorth i ofalwyr di-dâl. Yn hytrach na chopïo'r hen fanyleb, mae'n cynnal
sesiynau gyda gofalwyr mewn hybiau cymunedol, gan gynnwys sesiwn Gymraeg a sesiwn gyda'r nos i ofalwyr
sy'n gweithio. Mae'r gofalwyr yn dweud mai'r hyn sydd bwysicaf yw seibiant y gallant ymddiried ynddo ac un
pwynt cyswllt. Mae'r fanyleb canlyniadau newydd wedi'i hadeiladu o gwmpas y ddau bwynt hynny. Mae dau
ofalwr yn ymuno â'r panel gwerthuso ar ôl cael hyfforddiant.

## Enghraifft wedi'i gweithio: ôl-osod cartrefi (Datgarboneiddio Cyflymach)

Mae cyngor sy'n cynllunio i ôl-osod ei gartrefi ei hun yn cyfarfod â thenantiaid cyn ysgrifennu'r
fanyleb. Mae tenantiaid yn codi pryderon am aflonyddwch, rheolyddion gwresogi newydd nad ydynt yn eu
deall, a lleithder. Mae'r fanyleb bellach yn cynnwys canlyniadau ar ddealltwriaeth tenantiaid o'u
systemau newydd ac ar ofal ar ôl y gwaith, nid ar sgoriau ynni yn unig. Mae cynrychiolwyr tenantiaid yn
helpu i brofi'r rhan o'r cynigion sy'n ymdrin â "chysylltu â thrigolion".

## Byddwch yn onest

Talwch bobl am eu hamser, neu ad-dalwch eu costau, lle gallwch. Dywedwch wrthynt beth newidiodd o
ganlyniad i'w cyfraniad, beth na newidiodd, a pham.
""",
            },
            {
                "title": "Ailysgrifennu manyleb: gofal cartref ac ôl-osod cartrefi",
                "body": """## Cyfarwyddiadau

Darllenwch bob darn sy'n seiliedig ar fewnbynnau. Ailysgrifennwch ef fel canlyniad, yna ychwanegwch
ddangosydd, ffynhonnell ar gyfer llinell sylfaen a tharged realistig. Mae atebion enghreifftiol yn dilyn
er mwyn i chi wirio eich dull. Yna gwnewch yr un peth ar gyfer cymal o'ch contract eich hun.

## Darn 1: gofal cartref (Cymunedau Cefnogol)

> "Bydd y darparwr yn cynnal ymweliadau ar yr amseroedd a nodir yn y cynllun gofal. Bydd pob ymweliad yn
> para 30 munud neu fwy. Bydd y darparwr yn cofnodi pob tasg a gwblhawyd ar y daflen dasgau."

### Ailysgrifennu enghreifftiol

- **Canlyniad:** mae pobl sy'n cael gofal gartref yn cyflawni'r canlyniadau personol a gytunwyd yn eu
  cynllun gofal a chymorth ac yn teimlo bod ganddynt reolaeth dros y ffordd y mae eu cymorth yn cael ei
  roi.
- **Dangosydd:** cyfran y bobl sy'n dweud, mewn sgwrs adolygu, eu bod yn cyflawni'r hyn sy'n bwysig
  iddynt.
- **Llinell sylfaen:** canfyddiadau'r adolygiadau gofal presennol.
- **Targed:** gwelliant y cytunwyd arno dros gyfnod y contract, wedi'i osod gyda darparwyr, nid wedi'i
  orfodi arnynt.
- **Yr hyn rydych yn ei gadw fel mewnbwn:** y rheolau ar gofrestru, diogelu a meddyginiaeth.

### Pwyntiau i'w trafod

Gall symud i ffwrdd o dasgau wedi'u hamseru roi mwy o hyblygrwydd i weithwyr gofal. Mae hefyd angen
ymddiriedaeth, data da a model talu nad yw'n cosbi darparwyr am helpu pobl i fod yn fwy annibynnol.

## Darn 2: ôl-osod cartrefi (Datgarboneiddio Cyflymach)

> "Bydd y contractwr yn gosod 100 mm o inswleiddio waliau allanol ac yn newid boeleri am bympiau gwres
> o'r aer yn unol â'r atodlen amgaeedig."

### Ailysgrifennu enghreifftiol

- **Canlyniad:** mae cartrefi'n gynhesach, yn rhatach i'w gwresogi ac yn defnyddio llai o garbon, ac mae
  tenantiaid yn gallu defnyddio eu systemau newydd yn hyderus.
- **Dangosyddion:** y defnydd o ynni wedi'i fodelu ac, os oes modd, wedi'i fesur gan fesurydd; adborth
  tenantiaid ar gysur; nifer yr ymweliadau ôl-ofal a gwblhawyd.
- **Llinell sylfaen:** y data perfformiad ynni sy'n bodoli eisoes ar gyfer y cartrefi.
- **Targed:** gwelliant y cytunwyd arno mewn perfformiad ynni ar gyfer pob math o gartref.
- **Yr hyn rydych yn ei gadw fel mewnbwn:** rheoliadau adeiladu, safonau ansawdd a gofynion ardystio.

### Pwyntiau i'w trafod

Gwella gwneuthuriad yr adeilad yn gyntaf, neu'r pwmp gwres yn gyntaf? Mae manyleb canlyniadau yn gadael
i gyflenwyr gynnig y drefn gywir ar gyfer pob math o dŷ, ond rhaid i chi wirio'r dyluniadau o hyd am
risgiau fel lleithder.

## Eich cymal eich hun

1. Copïwch un cymal o'ch manyleb.
2. Nodwch ai mewnbwn, allbwn neu ganlyniad ydyw.
3. Ailysgrifennwch ef fel canlyniad, gyda dangosydd, llinell sylfaen a tharged.
4. Nodwch pa fewnbynnau sy'n gorfod aros am resymau cyfreithiol neu ddiogelwch.
""",
            },
            {
                "title": "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014: y testun swyddogol",
                "body": """Dyma destun swyddogol Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, y gyfraith sy'n
sail i ofal a chymorth yng Nghymru; mae ar gael yn Gymraeg ac yn Saesneg. Ar gyfer comisiynu, darllenwch
adran 2, sy'n diffinio llesiant, ac adran 16, sy'n ei gwneud yn ofynnol i awdurdodau lleol hyrwyddo
mentrau cymdeithasol, cwmnïau cydweithredol, gwasanaethau a arweinir gan ddefnyddwyr a'r trydydd sector
wrth ddarparu gofal a chymorth. Gofynnwch i chi'ch hun sut mae eich contractau gofal cymdeithasol
presennol yn helpu neu'n rhwystro'r ddyletswydd honno. Os nad yw contract eich Labordy ym maes gofal
cymdeithasol, darllenwch adran 16 beth bynnag. Mae'n enghraifft ddefnyddiol o sut y gall y gyfraith wthio
comisiynu tuag at ddarparwyr lleol sy'n eiddo i'r gymuned.""",
            },
        ],
        "activities": [
            {
                "title": "Ble mae eich manyleb yn pennu'r dull?",
                "instructions": """1. Agorwch y fanyleb bresennol neu ddrafft ar gyfer contract eich Labordy. Os nad oes un, defnyddiwch
   y contract tebyg diwethaf a osododd eich gwasanaeth.
2. Amlygwch bob brawddeg sy'n dweud wrth y cyflenwr sut i wneud y gwaith.
3. Ar gyfer pob brawddeg a amlygwyd, penderfynwch: a yw'r gyfraith neu ddiogelwch yn mynnu hyn, neu ai
   arfer yn unig ydyw?
4. Dewiswch y ddwy frawddeg "arfer" sy'n cyfyngu fwyaf ar syniadau newydd, fel dulliau carbon isel neu
   wasanaeth a arweinir gan y gymuned.
5. Ysgrifennwch ganlyniad mewn un llinell i gymryd lle pob un.

Cwestiwn ar gyfer y sesiwn: beth fyddech chi'n ei golli, a beth fyddech chi'n ei ennill, pe bai cyflenwr
yn rhydd i ddewis y dull ar gyfer y ddwy ran honno o'r contract?""",
            },
            {
                "title": "Cynllunio un sgwrs gydgynhyrchu",
                "instructions": """1. Nodwch un grŵp sydd â rhan go iawn yng nghontract eich Labordy: defnyddwyr gwasanaeth,
   gofalwyr, tenantiaid, staff rheng flaen neu ddarparwyr presennol.
2. Dewch o hyd i gyfarfod neu fforwm sy'n bodoli eisoes y gallech ymuno ag ef, fel panel tenantiaid,
   grŵp gofalwyr neu fforwm darparwyr.
3. Ysgrifennwch dri chwestiwn agored i'w gofyn iddynt, er enghraifft "Beth fyddai'n gwneud y gwasanaeth
   hwn yn well i chi?"
4. Nodwch sut byddwch yn rhoi adborth ar yr hyn a glywsoch a'r hyn a newidiodd.
5. Cytunwch ar ddyddiad gyda'r trefnydd.
6. Ticiwch hwn pan fydd y dyddiad wedi'i gytuno a'r cwestiynau wedi'u hysgrifennu.""",
            },
        ],
    },
    {
        "number": 4,
        "title": "Ymgysylltu â'r farchnad: BBaCh lleol a'r trydydd sector",
        "summary": (
            "Yr wythnos hon byddwch yn edrych ar sut i siarad â'r farchnad cyn i chi brynu. Byddwch yn dysgu sut "
            "i ymgysylltu'n deg â'r farchnad cyn caffael o dan Ddeddf Caffael 2023, sut i ddefnyddio "
            "GwerthwchiGymru (Sell2Wales) a diwrnodau cyflenwyr, a sut mae rhannu'n lotiau a phrosesau symlach "
            "yn lleihau'r rhwystrau y mae cyflenwyr bach a sefydliadau'r trydydd sector yn eu hwynebu. Byddwch "
            "yn defnyddio enghreifftiau o drafnidiaeth gymunedol, mannau cynnes, cymorth bwyd, pwyntiau gwefru "
            "ac ôl-osod i gynllunio sut i ymgysylltu ar gyfer eich contract eich hun."
        ),
        "outcomes": [
            "Egluro diben ymgysylltu rhagarweiniol â'r farchnad a sut i'w gadw'n deg ar gyfer pob cyflenwr.",
            "Disgrifio'r prif rwystrau y mae BBaCh a sefydliadau'r trydydd sector yn eu hwynebu mewn caffael gan gynghorau.",
            "Defnyddio lotiau a dewisiadau dylunio eraill i agor contract i gyflenwyr lleol yn eich ardal.",
            "Cynllunio diwrnod cyflenwyr neu ymarfer ymgysylltu ar gyfer contract eich Labordy.",
        ],
        "materials": [
            {
                "title": "Ymgysylltu cyn caffael: siarad gyda chyflenwyr cyn i chi brynu",
                "body": """## Pam ymgysylltu'n gynnar

Byddwch yn ysgrifennu manyleb well os ydych yn gwybod beth y gall y farchnad ei wneud. Mae ymgysylltu'n
gynnar yn dangos i chi beth sy'n bosibl, beth allai'r gost fod, pa risgiau y gall cyflenwyr eu
hysgwyddo a pha ymrwymiadau gwerth cymdeithasol sy'n realistig. Mae hefyd yn rhoi gwybod i gyflenwyr
lleol bod contract ar y ffordd, fel y gallant baratoi neu ffurfio partneriaethau.

## Beth mae Deddf Caffael 2023 yn ei ddweud

Mae'r Ddeddf yn caniatáu **ymgysylltu rhagarweiniol â'r farchnad** cyn i chi gyhoeddi hysbysiad tendro
(adran 16). Gallwch ei ddefnyddio i ddatblygu gofynion, cynllunio'r weithdrefn a nodi cyflenwyr tebygol.
Os byddwch yn ymgysylltu, fel arfer byddwch yn cyhoeddi **hysbysiad ymgysylltu rhagarweiniol â'r
farchnad** (adran 17), neu'n egluro yn yr hysbysiad tendro pam na wnaethoch hynny. Yng Nghymru, mae
hysbysiadau'n mynd drwy GwerthwchiGymru.

Mae'r Ddeddf hefyd yn gofyn i chi sicrhau nad yw ymgysylltu'n rhoi mantais annheg i unrhyw gyflenwr. Os
yw cyflenwr wedi cael mantais o'r fath na allwch ei chywiro, efallai y bydd angen ystyried ei wahardd,
felly cadwch gofnodion da.

## Cadw'r cyfan yn deg

- Rhannwch yr un wybodaeth â phawb sy'n cymryd rhan, a'i chyhoeddi wedyn.
- Peidiwch â gadael i un cyflenwr ysgrifennu eich manyleb.
- Cofnodwch â phwy y buoch yn siarad, beth a ofynnwyd gennych a beth a ddysgwyd gennych.
- Datganwch a rheolwch unrhyw wrthdaro buddiannau.

## Ffyrdd o ymgysylltu

- **Holiaduron** wedi'u cyhoeddi ar GwerthwchiGymru.
- **Diwrnodau cyflenwyr**, wyneb yn wyneb neu ar-lein, gyda chyflwyniad byr a chwestiynau agored.
- **Cyfarfodydd un i un**, wedi'u cynnig yn gyfartal i bawb sy'n gofyn, gyda'r un cwestiynau.
- **Gweithio drwy gyrff canolradd**, fel cynghorau gwirfoddol sirol neu rwydweithiau cymorth busnes, i
  gyrraedd sefydliadau nad ydynt yn gwylio pyrth tendro.

## Dwy enghraifft

**Datgarboneiddio Cyflymach:** cyn prynu pwyntiau gwefru ar gyfer depos a meysydd parcio cymunedol, mae
cyngor yn cynnal sesiwn ar-lein. Mae'n dysgu bod trydanwyr lleol yn gallu gosod y pwyntiau ond nid cynnal
y feddalwedd swyddfa gefn, felly mae'n gwahanu'r gwaith gosod oddi wrth y platfform rheoli.

**Cymunedau Cefnogol:** cyn comisiynu trafnidiaeth gymunedol i helpu pobl ynysig i gyrraedd hybiau a
mannau cynnes, mae cyngor yn cyfarfod â grwpiau trafnidiaeth gymunedol drwy ei gyngor gwirfoddol sirol.
Mae'n dysgu bod angen contractau hirach ar y grwpiau i gyfiawnhau prynu cerbydau hygyrch, ac y byddai
talu bob mis ar ôl y gwaith yn rhoi straen ar eu llif arian.

## Beth i'w ofyn

1. Pa ganlyniadau y gallech eu cyflawni, a sut byddech yn eu dangos?
2. Beth yn ein proses arferol fyddai'n eich atal rhag gwneud cynnig?
3. Pa hyd a maint contract fyddai'n addas i chi?
4. Pa werth cymdeithasol y gallech ei gynnig sy'n gweddu i'r contract hwn?
""",
            },
            {
                "title": "Lotiau a ffyrdd eraill o leihau'r rhwystrau sy'n wynebu cyflenwyr bach",
                "body": """## Y rhwystrau y mae cyflenwyr bach yn sôn amdanynt

Mae cwmnïau bach, mentrau cymdeithasol ac elusennau yn aml yn sôn am yr un problemau:

- peidio â gwybod bod cyfle yn bodoli;
- dogfennau tendro hir a chymhleth a therfynau amser byr;
- gofynion trosiant neu yswiriant uchel nad ydynt yn gysylltiedig â risg y contract;
- contractau sy'n rhy fawr, neu'n cwmpasu ardal rhy eang;
- talu'n araf, sy'n niweidio llif arian;
- ychydig o adborth ar ôl colli, felly dim cyfle i wella.

Mae adran 12 o Ddeddf Caffael 2023 yn gofyn i chi roi sylw i'r rhwystrau y mae BBaCh yn eu hwynebu ac
ystyried a allwch eu dileu neu eu lleihau.

## Rhannu'n lotiau

**Lot** yw rhan o gontract y gellir gwneud cynnig amdani a'i dyfarnu ar wahân. Gallwch rannu'n lotiau yn
ôl:

- **daearyddiaeth:** er enghraifft, un lot ar gyfer pob ardal ar gyfer prydau cymunedol;
- **math o waith:** dylunio, gosod a chynnal paneli solar fel lotiau ar wahân;
- **grŵp cleientiaid:** lot arbenigol ar gyfer pobl sy'n byw gyda dementia o fewn gwasanaeth cyfeillio.

Mae'r Ddeddf yn disgwyl i chi ystyried rhannu'n lotiau ac egluro os byddwch yn penderfynu peidio â
defnyddio lotiau lle gellid eu defnyddio'n rhesymol. Gofynnwch i'ch tîm caffael sut mae hyn yn berthnasol
i'ch contract.

Mae costau i rannu'n lotiau. Mae mwy o lotiau yn golygu mwy o gontractau i'w rheoli. Gall gormod o lotiau
bach olygu na fydd cwmnïau mwy sy'n dod â buddsoddiad yn gwneud cynnig. Penderfynwch ar sail tystiolaeth o'r farchnad, nid
yn ôl arfer.

## Dewisiadau dylunio eraill

- **Dethol cymesur:** gofynnwch am lefelau ariannol ac yswiriant sy'n cyfateb i risg y contract.
- **Consortia ac isgontractio:** gadewch i grwpiau o sefydliadau bach wneud cynnig gyda'i gilydd.
- **Amserlenni realistig:** rhowch ddigon o amser i gynigwyr bach nad oes ganddynt dîm ysgrifennu
  cynigion.
- **Talu'n brydlon:** o dan y Ddeddf, mae telerau talu 30 diwrnod yn rhan o bob contract cyhoeddus, ac
  maent yn mynd i lawr y gadwyn gyflenwi.
- **Contractau neilltuedig:** mae'r Ddeddf yn caniatáu neilltuo rhai contractau i ddarparwyr cyflogaeth â
  chymorth ac, ar gyfer rhai gwasanaethau, i gwmnïau cydfuddiannol gwasanaethau cyhoeddus. Gwiriwch pwy
  sy'n gymwys gyda'ch tîm caffael.

## Enghraifft wedi'i gweithio: contract cymorth bwyd a phrydau cymunedol

Mae cyngor am gefnogi gwaith ar dlodi bwyd ar draws ardal eang. Un contract ar gyfer y sir gyfan yw'r
drafft cyntaf. Mae ymgysylltu â'r farchnad yn dangos y byddai banciau bwyd lleol, pantrïoedd cymunedol a
chaffi menter gymdeithasol yr un yn gwneud cynnig ar gyfer eu hardal eu hunain ond nid ar gyfer y sir
gyfan. Mae'r cyngor yn creu pedair lot ddaearyddol, yn gofyn am yswiriant cymesur, yn caniatáu
partneriaethau, ac yn cyhoeddi'r cyfle ar GwerthwchiGymru gyda chrynodeb clir, syml yn Gymraeg ac yn
Saesneg.
""",
            },
            {
                "title": "Cynllunio diwrnod cyflenwyr",
                "body": """## Diben

Defnyddiwch y daflen waith hon i gynllunio diwrnod cyflenwyr neu sesiwn ymgysylltu ar-lein ar gyfer
contract eich Labordy. Mae sesiwn dda yn para tua 90 munud ac yn rhoi'r un wybodaeth i bawb sy'n
bresennol.

## Cam 1: penderfynu beth sydd angen i chi ei ddysgu

Ysgrifennwch dri pheth nad ydych yn eu gwybod eto. Er enghraifft:

- A all cwmnïau lleol osod a chynnal pympiau gwres mewn tai teras hŷn ar y raddfa sydd ei hangen arnom?
- A fyddai grwpiau cymunedol yn gwneud cynnig am gontract mannau cynnes a chyfeillio pe bai'n para tair
  blynedd?
- Pa werth cymdeithasol y gallai cyflenwr bach ei gynnig yn realistig ar gontract o'r maint hwn?

## Cam 2: penderfynu pwy i'w cyrraedd

- Cyflenwyr presennol a darpar gyflenwyr sydd wedi cofrestru ar GwerthwchiGymru.
- Busnesau lleol drwy dîm datblygu economaidd eich cyngor a rhwydweithiau cymorth busnes.
- Sefydliadau'r trydydd sector drwy eich cyngor gwirfoddol sirol.
- Sefydliadau Cymraeg a chymunedol lle mae angen staff sy'n siarad Cymraeg ar y gwasanaeth.

## Cam 3: cynllunio'r agenda

| Amser | Eitem |
|---|---|
| 10 munud | Croeso, y diben a rheolau ymgysylltu teg |
| 15 munud | Yr angen, y canlyniadau a'r amserlen ddisgwyliedig |
| 30 munud | Cwestiynau gan gyflenwyr, wedi'u hateb yn agored i bawb |
| 25 munud | Trafodaeth mewn grwpiau bach am rwystrau, lotiau a gwerth cymdeithasol |
| 10 munud | Y camau nesaf a sut byddwch yn cyhoeddi crynodeb |

## Cam 4: enghraifft wedi'i gweithio - datgarboneiddio ystad yr ysgolion

Mae cyngor yn cynllunio rhaglen i newid boeleri nwy mewn sawl ysgol. Yn y diwrnod cyflenwyr mae'n dysgu
nad oes gan gwmnïau gwresogi lleol ddylunwyr pympiau gwres ardystiedig, ond y byddent yn fodlon
partneru â chwmni dylunio rhanbarthol. Mae hefyd yn clywed bod rhaid i'r gwaith ddigwydd yn ystod
gwyliau'r ysgol. Mae'r cyngor yn addasu ei amserlen, yn caniatáu partneriaethau ac yn rhannu'r rhaglen
yn lotiau o glystyrau llai o ysgolion.

## Cam 5: enghraifft wedi'i gweithio - mannau cynnes a chyfeillio

Mae cyngor yn gwahodd grwpiau cymunedol i sesiwn mewn llyfrgell. Mae sawl un yn dweud na allant
fodloni'r lefel yswiriant arfaethedig ac y byddai adrodd bob mis yn mynd ag amser gwirfoddolwyr. Mae'r
cyngor yn adolygu'r lefel yswiriant yn erbyn y risg go iawn, yn symleiddio'r adrodd i ffurflen chwarterol,
ac yn cynnig sesiwn fer ar ysgrifennu cynigion mewn partneriaeth â'r cyngor gwirfoddol sirol.

## Cam 6: cofnodi a chyhoeddi

Cadwch nodiadau o'r cwestiynau a'r atebion. Cyhoeddwch grynodeb i bawb, gan gynnwys y rhai nad oeddent yn
gallu dod.
""",
            },
            {
                "title": "GwerthwchiGymru (Sell2Wales)",
                "body": """GwerthwchiGymru (Sell2Wales) yw porth caffael Llywodraeth Cymru, ac mae ar gael yn Gymraeg ac yn
Saesneg. Mae cyrff cyhoeddus Cymru yn ei ddefnyddio i gyhoeddi cyfleoedd a hysbysiadau, ac o dan
Reoliadau Caffael (Cymru) 2024 mae'r hysbysiadau a gyflwynir yno yn cael eu trosglwyddo i blatfform
digidol canolog y DU. Porwch y wefan fel y byddai cyflenwr yn ei wneud. Chwiliwch am gyfleoedd cyfredol yn
eich maes gwasanaeth, fel gofal, adeiladu neu drafnidiaeth. Edrychwch ar sut mae hysbysiadau'n disgrifio'r
gofyniad, a oes lotiau'n cael eu defnyddio a faint o amser sy'n cael ei roi i gynigwyr. Nodwch un
hysbysiad y byddai cyflenwr lleol bach yn ei gael yn hawdd ei ddeall, ac un y byddai'n ei gael yn
anodd ei ddeall. Dewch â'r ddau i'r sesiwn.""",
            },
            {
                "title": "WPPN 07/21: caffael sy'n ystyriol o BBaCh",
                "body": """Mae'r Nodyn Polisi Caffael Cymru (WPPN) hwn gan Lywodraeth Cymru yn nodi egwyddorion ar gyfer caffael
sy'n ystyriol o BBaCh yng Nghymru, gan adeiladu ar Siarter Agor Drysau. Cafodd ei ysgrifennu o dan y
rheoliadau blaenorol, felly darllenwch ef am ei egwyddorion ymarferol yn hytrach na'i gyfeiriadau
cyfreithiol, a holwch eich tîm caffael a oes nodyn wedi'i ddiweddaru o dan Ddeddf Caffael 2023. Sylwch ar
yr hyn y mae'n ei ddweud am feini prawf dethol cymesur, rhannu'n lotiau, dogfennau clir, adborth a thalu'n
brydlon. Rhestrwch dair egwyddor y gallai eich gwasanaeth eu cymhwyso at gontract eich Labordy ar
unwaith.""",
            },
        ],
        "activities": [
            {
                "title": "Darllen tri hysbysiad ar GwerthwchiGymru fel y byddai cyflenwr bach yn eu darllen",
                "instructions": """1. Ewch i GwerthwchiGymru a dewch o hyd i dri chyfle cyfredol neu ddiweddar gan gynghorau yng
   Nghymru. Dewiswch o leiaf un sy'n gysylltiedig â datgarboneiddio ac un sy'n gysylltiedig â
   chymunedau cefnogol.
2. Ar gyfer pob un, dychmygwch eich bod yn rhedeg cwmni lleol â phump o staff neu elusen fach.
3. Nodwch faint o amser a gymerodd i chi ddeall beth oedd ei angen.
4. Nodwch unrhyw ofyniad a fyddai'n eich atal rhag gwneud cynnig, fel trosiant, yswiriant neu amserlen.
5. Nodwch a gafodd y contract ei rannu'n lotiau.
6. Ticiwch hwn pan fydd gennych nodiadau ar y tri.""",
            },
            {
                "title": "Beth sy'n atal cyflenwr bach rhag gwneud cynnig am eich contract?",
                "instructions": """1. Edrychwch eto ar werth, hyd a chwmpas contract eich Labordy yn y cynlluniwr.
2. Rhestrwch bob rhwystr y gallai cyflenwr lleol bach neu grŵp trydydd sector ei wynebu wrth wneud cynnig.
3. Ar gyfer pob rhwystr, nodwch un newid y gallech ei wneud, fel lot, terfyn amser hirach neu lefel
   yswiriant is.
4. Ar gyfer pob newid, nodwch un risg neu gost i'r cyngor.
5. Penderfynwch pa un newid y byddech yn ei wneud gyntaf.

Cwestiwn ar gyfer y sesiwn: pa rwystr yn eich contract sydd yno i ddiogelu trigolion, a pha un sydd yno
dim ond oherwydd mai "fel hyn rydyn ni wedi'i wneud erioed"?""",
            },
        ],
    },
    {
        "number": 5,
        "title": "Ysgrifennu a phwysoli meini prawf gwerthuso",
        "summary": (
            "Yr wythnos hon byddwch yn dysgu sut mae tendrau'n cael eu sgorio go iawn. Byddwch yn ysgrifennu meini "
            "prawf dyfarnu clir a chymesur gydag atebion enghreifftiol, yn defnyddio dulliau sgorio cyffredin ar "
            "gyfer pris ac ansawdd, ac yn gweld sut mae'r cydbwysedd rhwng pwysoliadau pris, ansawdd a gwerth "
            "cymdeithasol yn newid pa gynnig sy'n ennill. Byddwch yn defnyddio'r Cynlluniwr gwerth cymdeithasol i "
            "osod pwysoliadau ar gyfer eich contract a phrofi cynigion enghreifftiol, fel y gallwch egluro ac "
            "amddiffyn eich dewisiadau wrth gydweithwyr ac aelodau etholedig."
        ),
        "outcomes": [
            "Ysgrifennu meini prawf ac is-feini prawf dyfarnu sy'n glir, yn fesuradwy, yn benodol ac yn gymesur.",
            "Defnyddio'r dull cyfrannol o sgorio pris a graddfa ansawdd sy'n seiliedig ar ddisgrifyddion.",
            "Dangos sut mae newidiadau i bwysoliadau pris, ansawdd a gwerth cymdeithasol yn newid y cynnig buddugol.",
            "Cyfiawnhau pwysoliad ar gyfer eich contract mewn iaith glir.",
        ],
        "materials": [
            {
                "title": "Meini prawf dyfarnu sy'n gwrthsefyll her",
                "body": """## Y prawf cyfreithiol

O dan adran 23 o Ddeddf Caffael 2023, rhaid i feini prawf dyfarnu ymwneud â phwnc y contract, bod yn
ddigon clir, mesuradwy a phenodol, a bod yn gymesur. Rhaid i chi gyhoeddi'r meini prawf a'u pwysigrwydd
cymharol cyn i'r cynigion gyrraedd, a sgorio yn eu herbyn nhw yn unig.

## O ganlyniadau i feini prawf

Dylai eich meini prawf lifo o'r canlyniadau a osodwyd gennych yn wythnosau 2 a 3.

| Canlyniad | Maen prawf | Beth mae ateb da yn ei ddangos |
|---|---|---|
| Mae tenantiaid yn gallu defnyddio systemau gwresogi newydd | Cysylltu â thrigolion a gofal ar ôl y gwaith | Cynllun clir, rolau wedi'u henwi, ymweliadau, deunyddiau Cymraeg |
| Mae pobl hŷn yn teimlo'n llai unig | Y dull o leihau unigrwydd | Sut mae pobl yn cael eu canfod, eu paru, eu cefnogi a'u hadolygu |
| Llai o garbon wrth gyflawni'r contract | Lleihau carbon wrth gyflawni'r contract | Camau penodol, fel cerbydau trydan neu ddeunyddiau carbon isel |

## Gofynnwch gwestiynau y gall cynigwyr eu hateb

- Gofynnwch un peth ym mhob cwestiwn.
- Gosodwch derfyn geiriau sy'n gweddu i faint y contract.
- Dywedwch pa dystiolaeth rydych ei heisiau, fel enghreifftiau, datganiadau dull neu staff wedi'u
  henwi.
- Peidiwch â gofyn am bolisïau cyffredinol y bydd pob cynigydd yn eu copïo.

## Defnyddiwch raddfa sgorio gyda disgrifyddion

Graddfa gyffredin o 0 i 5:

| Sgôr | Disgrifydd |
|---|---|
| 5 | Rhagorol: yn bodloni'r gofyniad yn llawn gyda manylion clir, penodol a chredadwy |
| 4 | Da: yn bodloni'r gofyniad gyda mân fylchau |
| 3 | Derbyniol: yn bodloni'r gofyniad ond heb lawer o fanylion |
| 2 | Gwan: yn bodloni'r gofyniad yn rhannol; bylchau sylweddol |
| 1 | Gwael: bylchau mawr neu ychydig o dystiolaeth gredadwy |
| 0 | Dim ateb neu gwbl annerbyniol |

Cytunwch ar unrhyw sgôr isaf ("bydd sgôr o lai na 2 ar unrhyw gwestiwn yn golygu bod y cynnig yn cael ei
wrthod") ymlaen llaw, a'i chyhoeddi.

## Atebion enghreifftiol

Cyn y dyddiad cau, ysgrifennwch nodyn byr o sut olwg fyddai ar "5" a "3" ar gyfer pob cwestiwn. Mae hyn
yn helpu aelodau'r panel i sgorio'n gyson. Mae ar gyfer y panel, nid ar gyfer cynigwyr.

## Cymesuredd

Ar gyfer contract mannau cynnes bach gyda grŵp cymunedol, efallai y bydd dau gwestiwn ansawdd byr ac un
cwestiwn gwerth cymdeithasol yn ddigon. Ar gyfer rhaglen ôl-osod gwerth miliynau o bunnoedd, efallai y
bydd angen mwy arnoch. Gofynnwch dim ond yr hyn y byddwch yn ei ddefnyddio i benderfynu.

## Enghraifft wedi'i gweithio

Mae cyngor sy'n prynu gwasanaeth trafnidiaeth gymunedol i helpu pobl i gyrraedd hybiau yn ysgrifennu un
maen prawf ar "deithiau diogel a hygyrch" gyda therfyn o 400 gair, ac un ar "gyrraedd pobl sy'n ynysig"
gyda therfyn o 400 gair, ynghyd â chwestiwn gwerth cymdeithasol byr ar wirfoddoli lleol. Mae gan bob un
ddisgrifyddion ac ateb enghreifftiol.
""",
            },
            {
                "title": "Sgorio'r pris a chyfuno sgorau",
                "body": """## Y dull pris cyfrannol

Mae dull a ddefnyddir yn eang yn rhoi **marciau llawn i'r pris isaf** ac yn sgorio'r lleill **yn
gyfrannol**:

> Sgôr pris = (pris isaf / pris y cynnig) x sgôr pris uchaf

Os £90,000 yw'r cynnig isaf a £100,000 yw eich cynnig chi, mae eich sgôr pris yn 90% o'r uchafswm.
Byddai cynnig o £180,000 yn sgorio 50%.

Mae'r dull hwn yn syml ac yn hawdd ei egluro. Byddwch yn ymwybodol o sut mae'n ymddwyn: mae cynnig sydd
10% yn ddrutach na'r isaf yn cadw tua 91% o'r marciau pris, ac mae cynnig sydd ddwywaith y pris isaf yn
dal i gadw'r hanner. Mae rhai cynghorau'n defnyddio dulliau eraill, fel sgorio yn erbyn cyllideb. Beth
bynnag a ddewiswch, cyhoeddwch ef ymlaen llaw.

## Troi sgorau ansawdd yn sgorau wedi'u pwysoli

Os yw cwestiwn ansawdd yn werth 20% a chynigydd yn sgorio 4 allan o 5, mae'n cael 4/5 x 20 = 16 pwynt.

## Adio'r cyfan

Cyfanswm y sgôr = sgôr pris wedi'i phwysoli + sgôr ansawdd wedi'i phwysoli + sgôr gwerth cymdeithasol
wedi'i phwysoli.

Rhaid i'r pwysoliadau adio i 100%. Maent yn dangos i gynigwyr beth sydd bwysicaf.

## Gwyliwch am dendrau anarferol o isel

Gall cynnig isel iawn edrych fel buddugoliaeth o ran pris, ond gall olygu bod y cynigydd wedi camddeall
y gwaith neu'n bwriadu torri corneli, er enghraifft drwy dalu llai na chyfraddau teg i weithwyr gofal.
Mae Deddf Caffael 2023 yn gadael i chi ymchwilio i dendr anarferol o isel ac, mewn rhai achosion, ei
wrthod. Cynhwyswch amser ar gyfer hyn yn eich amserlen.

## Sgorio gwerth cymdeithasol

Gallwch sgorio gwerth cymdeithasol drwy:

- **sgorio yn null ansawdd**, gan asesu datganiad dull yn erbyn disgrifyddion; neu
- **sgorio meintiol** ar yr ymrwymiadau i fesurau, weithiau gan ddefnyddio gwerthoedd procsi.

Mae gwerthoedd procsi yn enghreifftiol ac yn amrywio yn ôl fframwaith a blwyddyn, felly os ydych yn eu
defnyddio, nodwch y ffynhonnell a'r fersiwn yn y dogfennau tendro. Cyfuniad sy'n gweithio orau yn aml:
sgoriwch pa mor gredadwy yw'r ymrwymiadau, nid eu maint yn unig.

## Enghraifft wedi'i gweithio

Mae cyngor yn prynu gwasanaeth cyfeillio. Mae'r pris yn werth 40%, ansawdd 45% a gwerth cymdeithasol 15%.

- Cynnig A: £120,000; ansawdd 3.5/5; gwerth cymdeithasol 3/5.
- Cynnig B: £100,000; ansawdd 3/5; gwerth cymdeithasol 2/5.

Sgorau pris: A = 100,000/120,000 x 40 = 33.3; B = 40.
Ansawdd: A = 3.5/5 x 45 = 31.5; B = 3/5 x 45 = 27.
Gwerth cymdeithasol: A = 3/5 x 15 = 9; B = 2/5 x 15 = 6.

Cyfansymiau: A = 73.8; B = 73.0. Mae A yn ennill o drwch blewyn. Sylwch pa mor agos yw hi. Mae
gwahaniaethau bach yn y sgorio yn bwysig, a dyna pam mae disgrifyddion clir ac atebion enghreifftiol mor
hanfodol.
""",
            },
            {
                "title": "Sut mae'r pwysoliad yn newid yr enillydd: enghraifft ôl-osod",
                "body": """## Y senario

Mae cyngor yn caffael contractwr i osod mesurau effeithlonrwydd ynni yn ei gartrefi dros dair blynedd.
Mae pob ffigur yn **enghreifftiol**. Mae tri chynnig yn cyrraedd. Mae'r panel eisoes wedi sgorio ansawdd a
gwerth cymdeithasol allan o 100.

| Cynnig | Pris | Ansawdd (allan o 100) | Gwerth cymdeithasol (allan o 100) |
|---|---|---|---|
| A | £900,000 | 60 | 40 |
| B | £1,000,000 | 80 | 70 |
| C | £1,100,000 | 90 | 90 |

Gyda'r dull cyfrannol, y sgorau pris allan o 100 yw: A = 100, B = 90, C = 81.8.

## Tri phwysoliad, tri enillydd

### Pwysoliad 1: pris 70%, ansawdd 30%, gwerth cymdeithasol 0%

- A: 70.0 + 18.0 + 0 = **88.0**
- B: 63.0 + 24.0 + 0 = 87.0
- C: 57.3 + 27.0 + 0 = 84.3

**A sy'n ennill.** Mae'r cynnig rhataf yn ennill er gwaethaf ansawdd gwan.

### Pwysoliad 2: pris 60%, ansawdd 40%, gwerth cymdeithasol 0%

- A: 60.0 + 24.0 = 84.0
- B: 54.0 + 32.0 = **86.0**
- C: 49.1 + 36.0 = 85.1

**B sy'n ennill.**

### Pwysoliad 3: pris 40%, ansawdd 45%, gwerth cymdeithasol 15%

- A: 40.0 + 27.0 + 6.0 = 73.0
- B: 36.0 + 36.0 + 10.5 = 82.5
- C: 32.7 + 40.5 + 13.5 = **86.7**

**C sy'n ennill.** Mae'n cynnig yr ansawdd gorau, gyda'r nifer fwyaf o brentisiaethau lleol a'r cymorth
mwyaf i denantiaid.

## Beth mae hyn yn ei ddangos

- Mae'r pwysoliad yn **benderfyniad polisi**, nid yn fanylyn technegol. Mae'n penderfynu'r enillydd cyn i
  un cynnig gael ei agor.
- Symud 10 pwynt o'r pris i ansawdd a newidiodd yr enillydd yma. Mae newidiadau bach yn bwysig pan fo
  cynigion yn agos.
- Dim ond os yw eich cwestiynau gwerth cymdeithasol yn glir ac yn gymesur y mae pwysoliad uwch ar gyfer
  gwerth cymdeithasol yn helpu.
- Rhaid i chi hefyd allu fforddio'r enillydd. Os yw C uwchlaw'r gyllideb, ni all pwysoliad ansawdd uchel
  ddatrys hynny.

## Yr un rhesymeg ar gyfer Cymunedau Cefnogol

Ar gyfer contract gofal cartref, gall pwysoliad pris trwm wobrwyo cynigion sy'n dibynnu ar gyflogau isel
ac ymweliadau byr. Gall hynny arwain at drosiant staff a llai o barhad i'r bobl sy'n cael gofal. Mae
llawer o gynghorau bellach yn rhoi mwy o sylw i bwysoliadau ansawdd ac i ymrwymiadau gwaith teg mewn
contractau gofal.

## Eich tro chi

Dewiswch ddau bwysoliad ar gyfer contract eich Labordy: un rydych yn credu y byddai eich cyngor yn ei
ddefnyddio fel arfer, ac un y byddech yn dadlau drosto. Nodwch pa un rydych yn disgwyl iddo ffafrio
cyflenwyr lleol o ansawdd uwch, a pham.
""",
            },
            {
                "title": "Deddf Caffael 2023, adran 23: y meini prawf dyfarnu",
                "body": """Dyma'r testun cyfreithiol ar feini prawf dyfarnu yn Neddf Caffael 2023 (yn Saesneg yn unig).
Darllenwch ef yn araf; mae'n fyr. Chwiliwch am y profion y mae'n rhaid i'ch meini prawf eu bodloni:
ymwneud â phwnc y contract, bod yn ddigon clir, mesuradwy a phenodol, peidio â thorri'r rheolau caffael,
a bod yn gymesur. Yna chwiliwch am yr hyn y mae'r Ddeddf yn ei ddweud am ddisgrifio sut bydd cynigion yn
cael eu hasesu a phwysigrwydd cymharol y meini prawf. Gwiriwch y cwestiwn gwerth cymdeithasol rydych yn
ei ddrafftio yn erbyn pob prawf. Os yw'n methu unrhyw brawf, ailysgrifennwch ef cyn rhoi eich
pwysoliadau yn y cynlluniwr.""",
            },
        ],
        "activities": [
            {
                "title": "Gosod pwysoliadau ar gyfer pris, ansawdd a gwerth cymdeithasol",
                "instructions": """Rydych nawr yn penderfynu faint mae pob elfen yn ei gyfrif ar gyfer eich contract.

1. Agorwch y **Cynlluniwr gwerth cymdeithasol** ac ewch i'r cam **Pwysoliad gwerthuso** ar gyfer contract
   eich Labordy.
2. Rhowch ganran ar gyfer **pris**. Pam: dyma faint mae'r gost yn bwysig o'i chymharu â phopeth arall. Mae
   ffigur uwch yn addas ar gyfer nwyddau syml a safonol; mae ffigur is yn addas ar gyfer gwasanaethau
   cymhleth lle mae ansawdd yn sbarduno'r canlyniadau.
3. Rhowch ganran ar gyfer **ansawdd**. Pam: mae ansawdd yn ymwneud â pha mor dda y bydd y cyflenwr yn
   cyflawni'r canlyniadau a osodwyd gennych yn wythnos 3, fel gofal diogel neu waith ôl-osod wedi'i osod
   yn dda.
4. Rhowch ganran ar gyfer **gwerth cymdeithasol**. Pam: mae hyn yn gwobrwyo'r canlyniadau llesiant a
   osodwyd gennych yn wythnos 2. Cadwch y ganran yn gymesur â maint y contract ac â'r hyn y gall cyflenwyr ei
   gyflawni'n gredadwy.
5. Gwiriwch fod y tri ffigur yn adio i 100%.
6. Ysgrifennwch reswm mewn un llinell dros eich dewis yn y blwch **Pam y pwysoliad hwn (dewisol)**, mewn
   iaith glir y byddai cynghorydd yn ei deall.
7. Cadwch y cam (**Cadw'r pwysoliad**). Nodwch eich ffigurau; byddwch yn eu profi yn erbyn cynigion nesaf.""",
            },
            {
                "title": "Profi eich pwysoliad gyda chynigion enghreifftiol",
                "instructions": """Rydych nawr yn gweld sut mae eich pwysoliad yn gweithio yn erbyn cynigion realistig.

1. Agorwch y **Cynlluniwr gwerth cymdeithasol** ac ewch i'r cam **Gwerthuswr cynigion**.
2. Rhowch **dri chynnig** (mae'r gwerthuswr yn derbyn rhwng dau a phedwar). Ar gyfer pob un, rhowch enw'r
   cynigydd, pris, sgôr ansawdd a sgôr gwerth cymdeithasol. Gallwch ddefnyddio ffigurau'r daflen waith ôl-osod, neu
   lunio cynigion sy'n gweddu i'ch contract. Pam: mae amrywiaeth realistig yn dangos sut mae'r sgorio'n
   ymddwyn.
3. Gwnewch un cynnig yn rhad gydag ansawdd gwan, un am bris canolig ac yn gadarn, ac un yn ddrutach gydag
   ansawdd a gwerth cymdeithasol cryf. Pam: dyma'r patrwm lle mae'r pwysoliad yn bwysicaf.
4. Dewiswch **Cadw'r cynigion a'u sgorio** a darllenwch y canlyniadau. Nodwch pa gynnig sy'n ennill a chan
   faint o bwyntiau.
5. Ewch yn ôl i'r cam **Pwysoliad gwerthuso** a symudwch 10 pwynt canran o'r pris i ansawdd, neu o
   ansawdd i werth cymdeithasol. Dychwelwch i'r **Gwerthuswr cynigion** a nodwch a yw'r enillydd yn newid.
6. Penderfynwch pa bwysoliad y byddech yn ei amddiffyn, a'i gadw.""",
            },
            {
                "title": "Amddiffyn eich pwysoliad gerbron aelod o'r cabinet",
                "instructions": """1. Edrychwch ar eich pwysoliad terfynol a chanlyniadau'r cynigion yn y cynlluniwr.
2. Dychmygwch fod aelod y cabinet dros gyllid yn gofyn pam na wnaethoch ddewis y cynnig rhataf.
3. Ysgrifennwch dair neu bedair brawddeg yn ateb. Defnyddiwch un ffaith am gost oes gyfan ac un am y
   canlyniadau y bydd trigolion yn eu gweld, fel cartrefi cynhesach neu lai o bobl hŷn ynysig.
4. Nawr dychmygwch fod cyflenwr lleol yn gofyn pam mae gwerth cymdeithasol yn cyfrif cyn lleied, neu
   gymaint. Ysgrifennwch ddwy frawddeg yn ateb.
5. Nodwch unrhyw beth yn eich meini prawf y byddech yn ei newid ar ôl yr ymarfer hwn.

Cwestiwn ar gyfer y sesiwn: pe bai eich pwysoliad wedi'i osod cyn i neb ysgrifennu'r fanyleb, a fyddech
wedi dewis yr un rhifau, a beth mae hynny'n ei ddweud wrthych ynghylch pryd y dylid gwneud penderfyniadau am
bwysoli?""",
            },
        ],
    },
    {
        "number": 6,
        "title": "Rheoli contractau er mwyn cael y gwerth a addawyd",
        "summary": (
            "Yr wythnos hon byddwch yn sicrhau bod y gwerth a addawyd yn y tendr yn cael ei gyflawni go iawn. "
            "Byddwch yn dysgu sut i droi ymrwymiadau cynigion yn ddangosyddion perfformiad allweddol (DPA) ac yn "
            "delerau contract, monitro gwerth cymdeithasol heb foddi cyflenwyr mewn gwaith papur, defnyddio "
            "camau unioni yn gymesur, ac adrodd ar ganlyniadau yn ôl i drigolion, aelodau etholedig a Llywodraeth "
            "Cymru. Byddwch yn defnyddio enghreifftiau o ôl-osod, fflyd, gofal cymdeithasol ac unigrwydd, ac yn "
            "gorffen gyda chynllun rheoli contract ar gyfer contract eich Labordy."
        ),
        "outcomes": [
            "Troi ymrwymiadau tendr yn nifer bach o DPA clir y gellir eu mesur.",
            "Cynllunio sut i fonitro ymrwymiadau gwerth cymdeithasol yn gymesur, gan gynnwys sut i wirio tystiolaeth.",
            "Disgrifio cyfres raddedig o gamau unioni ar gyfer tanberfformio a phryd i ddefnyddio pob un.",
            "Egluro sut mae canlyniadau contractau yn bwydo i adroddiadau'r cyngor ar gaffael cymdeithasol gyfrifol.",
        ],
        "materials": [
            {
                "title": "DPA sy'n bwysig: o addewidion y tendr i delerau'r contract",
                "body": """## Y bwlch rhwng dyfarnu a chyflawni

Addewid yn unig yw cynnig sydd wedi sgorio'n dda. Mae gwerth yn cael ei golli pan nad yw ymrwymiadau'n
cael eu hysgrifennu yn y contract, pan nad oes neb wedi'i enwi i'w monitro, neu pan nad yw'r data byth yn
cael ei wirio. Mae rheoli contractau yn cau'r bwlch hwnnw.

## Rhowch yr ymrwymiadau yn y contract

Cyn llofnodi, copïwch bob ymrwymiad a sgoriwyd i atodlen yn y contract. Cynhwyswch y mesur, y targed, yr
amserlen, y dystiolaeth sydd ei hangen ac amlder yr adrodd. Os nad yw yn y contract, mae'n anodd ei
orfodi.

## Dewiswch ychydig o DPA da

Anelwch at nifer bach, tri i chwech yn aml, sy'n ymdrin â:

- **Cyflawni:** a yw'r gwasanaeth craidd yn cael ei ddarparu mewn pryd ac i'r safon?
- **Canlyniadau:** a yw'n gwneud y gwahaniaeth y gwnaethoch ei brynu ar ei gyfer?
- **Gwerth cymdeithasol:** a yw'r ymrwymiadau a addawyd yn digwydd?
- **Perthynas:** a yw cwynion, anfonebau a chyfathrebu'n cael eu trin yn dda?

Cyflwynodd Deddf Caffael 2023 ofynion i osod a chyhoeddi DPA ar gyfer rhai contractau mwy, ac i gyhoeddi
asesiadau o berfformiad. Mae rhai dyletswyddau tryloywder yn gymwys yn wahanol i awdurdodau Cymreig
datganoledig, felly gwiriwch y canllawiau cyfredol i Gymru gyda'ch tîm caffael.

## Gwnewch bob DPA yn CAMPUS

| DPA gwan | DPA gwell |
|---|---|
| "Gwasanaeth da i gwsmeriaid" | "O leiaf 90% o apwyntiadau atgyweirio tenantiaid yn cael eu cadw, gydag adroddiad bob mis" |
| "Cefnogi swyddi lleol" | "Dau brentis o'r sir wedi'u cyflogi ar y contract erbyn mis 6, pob un am 12 mis neu fwy" |
| "Lleihau unigrwydd" | "Cyfranogwyr yn ateb cwestiwn byr am unigrwydd ar y dechrau ac ar ôl chwe mis; canlyniadau'n cael eu hadrodd bob chwarter" |

Enghreifftiau o fformat yw'r ffigurau yn y tabl hwn, nid targedau a argymhellir.

## Enghraifft wedi'i gweithio: trydaneiddio'r fflyd

Mae cyngor yn prydlesu faniau trydan gyda phecyn cynnal a chadw. Mae'r DPA yn ymdrin ag argaeledd
cerbydau, yr amser i'w trwsio, yr amser y mae pwyntiau gwefru'n gweithio a'r hyfforddiant a ddarperir i
yrwyr. Mae DPA gwerth cymdeithasol yn dilyn hynt prentis technegydd lleol sy'n cael ei hyfforddi i gynnal
a chadw cerbydau trydan.

## Enghraifft wedi'i gweithio: gwasanaeth unigrwydd a chyfeillio

Mae'r DPA yn ymdrin â'r bobl sy'n cael eu hatgyfeirio a'u paru o fewn amser a gytunwyd, y cysylltiadau a
gynhelir, y newid yn y sgorau unigrwydd, nifer y gwirfoddolwyr a chyfran y cleientiaid Cymraeg eu hiaith
sy'n cael cynnig cyfaill sy'n siarad Cymraeg.

## Enwch berchennog

Mae angen rheolwr contract wedi'i enwi ar bob contract, sydd ag amser i wneud y gwaith, a llwybr clir i
uwchgyfeirio problemau.
""",
            },
            {
                "title": "Monitro ymrwymiadau gwerth cymdeithasol heb foddi yn y gwaith papur",
                "body": """## Y broblem gyffredin

Mae gwerth cymdeithasol yn aml yn cael llawer o sylw adeg y tendr ac ychydig o sylw wedyn. Mae cyflenwyr
yn anfon adroddiadau nad oes neb yn eu darllen, neu mae cynghorau'n gofyn i elusennau bach am fwy o ddata
nag y gallant ei gasglu. Mae'r ddau yn gwastraffu amser ac yn colli gwerth.

## Dull cymesur

1. **Cytunwch ar y dystiolaeth ar y dechrau.** Ar gyfer prentisiaeth: contract cyflogaeth a dyddiad
   dechrau. Ar gyfer carbon: cofnodion tanwydd neu ddarlleniadau mesuryddion. Ar gyfer gwirfoddoli: log
   syml.
2. **Cydweddwch yr ymdrech â maint y contract.** Gallai grŵp cymunedol sydd â chontract mannau cynnes bach
   anfon ffurflen chwarterol fer ac un stori achos. Gall contractwr ôl-osod mawr adrodd bob mis drwy
   borth.
3. **Gwiriwch sampl.** Nid oes angen i chi wirio popeth. Gwnewch hapwiriadau ar ambell eitem bob blwyddyn,
   fel cyfarfod â phrentis neu ymweld â chartref sydd wedi'i ôl-osod.
4. **Gwrandewch ar drigolion.** Gofynnwch i'r bobl sy'n defnyddio'r gwasanaeth, neu sy'n byw mewn
   cartrefi sydd wedi'u hôl-osod, beth sydd wedi newid. Gall eu barn ddatgelu problemau nad yw'r ffigurau'n
   eu dangos.

## Trin gwerthoedd procsi mewn adroddiadau

Os yw eich cyngor yn adrodd ar werth cymdeithasol mewn punnoedd gan ddefnyddio fframwaith fel TOMs
Cenedlaethol Cymru:

- dywedwch pa fframwaith a fersiwn a ddefnyddiwyd gennych, oherwydd bod gwerthoedd procsi yn enghreifftiol
  ac yn amrywio yn ôl fframwaith a blwyddyn;
- adroddwch ar y rhifau sylfaenol hefyd (wythnosau prentisiaeth, tunelli, oriau);
- peidiwch ag adio punnoedd o fframweithiau gwahanol at ei gilydd;
- peidiwch â hawlio gwerth am bethau a fyddai wedi digwydd beth bynnag.

## Enghraifft wedi'i gweithio: contract datgarboneiddio ysgolion

Ymrwymodd y contractwr i ddarparu lleoliadau gwaith lleol ac i ailgylchu cyfran o'r deunyddiau a
dynnwyd. Mae rheolwr y contract yn cael ffurflen fer bob mis, yn gwirio nodiadau trosglwyddo gwastraff
ddwywaith y flwyddyn ac yn cyfarfod â dau fyfyriwr ar leoliad. Mae un ymrwymiad ar ei hôl hi: llai o
leoliadau nag a addawyd oherwydd amseru. Gyda'i gilydd, mae'r rheolwr a'r contractwr yn cytuno i
ychwanegu lleoliadau yng ngwyliau nesaf yr ysgol.

## Enghraifft wedi'i gweithio: cymorth i ofalwyr

Ymrwymodd y darparwr i gynnal sesiynau galw heibio rheolaidd i ofalwyr mewn hybiau cymunedol. Mae rheolwr
y contract yn gofyn am niferoedd y rhai sy'n dod, nodyn byr o'r themâu a godwyd ac, ddwywaith y flwyddyn,
sgwrs gydag ambell ofalwr. Mae hynny'n ddigon i wybod bod y gwasanaeth yn gweithio, heb ffurflen drom.

## Cadwch un cofnod

Cadwch ymrwymiadau, tystiolaeth a chamau gweithredu mewn un lle, fel y gall cydweithiwr gymryd y contract
drosodd os byddwch yn symud ymlaen.
""",
            },
            {
                "title": "Camau unioni ac uwchgyfeirio: achos wedi'i weithio",
                "body": """## Pam ysgol o gamau unioni

Pan fydd cyflenwr yn methu â chyrraedd y safon, rydych am i'r gwasanaeth gael ei gywiro, nid ffrae. Mae
dull graddedig yn eich helpu i ymateb yn gymesur ac yn cadw cofnod os bydd angen camau cryfach yn nes
ymlaen. Dilynwch delerau'r contract ei hun bob amser, a gofynnwch am gyngor gan gydweithwyr ym maes caffael
a'r gyfraith.

## Ysgol nodweddiadol

1. **Sgwrs anffurfiol:** codwch y mater yn gynnar mewn cyfarfod contract. Cytunwch ar beth fydd yn newid.
2. **Hysbysiad ysgrifenedig:** nodwch y broblem, cymal y contract a'r gwelliant a ddisgwylir.
3. **Cynllun gwella:** mae'r cyflenwr yn cynnig camau gweithredu, dyddiadau a thystiolaeth. Rydych yn ei
   gytuno ac yn dilyn ei hynt.
4. **Camau unioni dan y contract:** fel y mae'r contract yn ei ganiatáu, er enghraifft credydau
   gwasanaeth, dal taliad yn ôl am waith na chafodd ei wneud, neu fynnu adnoddau ychwanegol ar gost y
   cyflenwr.
5. **Uwchgyfeirio:** cyfarfodydd rhwng uwch swyddogion y ddau sefydliad.
6. **Terfynu:** y dewis olaf, dim ond lle mae'r contract yn caniatáu hynny, gyda chynllun i sicrhau bod y
   gwasanaeth yn parhau.

O dan Ddeddf Caffael 2023, efallai y bydd angen cofnodi a chyhoeddi rhai achosion o dorri contract a
pherfformiad gwael, ac mae rheolau penodol ar gyfer newidiadau sylweddol i gontract. Gwiriwch gyda'ch tîm
caffael.

## Achos 1: contract ôl-osod cartrefi sydd ar ei hôl hi o ran gwerth cymdeithasol

Ffeithiau enghreifftiol: addawodd y contractwr bedwar prentis lleol. Erbyn mis naw, un sydd. Mae'r
mesurau ynni'n cael eu gosod mewn pryd ac mae'r tenantiaid yn fodlon.

- Cam 1: mae rheolwr y contract yn codi'r mater yn y cyfarfod misol. Mae'r contractwr yn dweud ei bod yn
  anodd recriwtio'n lleol.
- Cam 2: mae'r rheolwr yn cysylltu'r contractwr â thîm cyflogadwyedd y cyngor a choleg lleol.
- Cam 3: mae'r contractwr yn cytuno ar gynllun gwella: dau brentis arall o fewn tri mis.
- Canlyniad: tri phrentis erbyn mis deuddeg. Mae'r rheolwr yn cofnodi'r diffyg a'r adferiad yn ffeil y
  contract ac yn yr adroddiad blynyddol.

## Achos 2: contract gofal cartref ag ymweliadau a gollwyd

Ffeithiau enghreifftiol: mae adroddiadau'n dangos bod mwy a mwy o ymweliadau'n cael eu colli neu'n hwyr
mewn un ardal wledig.

- Cam 1: sgwrs frys, oherwydd bod diogelwch pobl yn dod gyntaf. Gwiriwch faterion diogelu.
- Cam 2: hysbysiad ysgrifenedig a chynllun tymor byr i ddarparu ar gyfer yr ardal.
- Cam 3: cynllun gwella ar recriwtio a chynllunio rotâu, wedi'i adolygu bob wythnos.
- Cam 4: os nad oes gwelliant, camau unioni'r contract ac, os oes angen, symud pecynnau gofal at
  ddarparwr arall.

## Eich tro chi

Ar gyfer contract eich Labordy, ysgrifennwch y tri cham cyntaf y byddech yn eu cymryd pe bai'r ymrwymiad
gwerth cymdeithasol pwysicaf ar ei hôl hi.
""",
            },
            {
                "title": "Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023: y testun llawn",
                "body": """Dyma destun llawn Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023, sydd ar gael yn
Gymraeg ac yn Saesneg. Ar gyfer yr wythnos hon, ewch i Ran 3 a darllenwch adran 39 ar adroddiadau blynyddol
ar gaffael cymdeithasol gyfrifol ac adran 40 ar y gofrestr contractau. Nodwch beth y mae'n rhaid i
adroddiad ei gynnwys: crynodeb o'r caffaeliadau, adolygiad o'r camau a gymerwyd i gyflawni amcanion caffael
cymdeithasol gyfrifol y cyngor, a chamau pellach y gellid eu cymryd. Yna edrychwch ar adrannau 25 i 31 ar
gontractau adeiladu mawr, gan gynnwys cymalau gwaith cyhoeddus cymdeithasol a sut maent yn trosglwyddo i
is-gontractau.
Gofynnwch i chi'ch hun pa ddata o gontract eich Labordy y byddai angen iddo lifo i adroddiad blynyddol y
cyngor.""",
            },
            {
                "title": "Comisiynydd Cenedlaethau'r Dyfodol Cymru: y wefan",
                "body": """Mae Comisiynydd Cenedlaethau'r Dyfodol Cymru yn hyrwyddo'r egwyddor datblygu cynaliadwy ac yn monitro
sut mae cyrff cyhoeddus yn cyflawni gofynion Deddf Llesiant Cenedlaethau'r Dyfodol. Porwch wefan y
Comisiynydd, sydd ar gael yn Gymraeg, am ddeunydd ar gaffael ac ar y pum ffordd o weithio. Sylwch sut mae'r
Comisiynydd yn disgrifio arfer da wrth adrodd: bod yn onest am yr hyn sydd heb weithio, canolbwyntio ar
ganlyniadau hirdymor, a chynnwys pobl. Defnyddiwch un syniad a welwch i wella'r ffordd y byddwch yn adrodd
ar ganlyniadau contract eich Labordy i drigolion ac aelodau etholedig, nid i'r tîm caffael yn unig.""",
            },
        ],
        "activities": [
            {
                "title": "Drafftio eich cynllun rheoli contract ar un dudalen",
                "instructions": """1. Cymerwch gontract eich Labordy a'r canlyniadau, y pwysoliad a'r cynigion o'r cynlluniwr.
2. Ar un dudalen, rhestrwch: enw rheolwr y contract, tri i chwe DPA, yr ymrwymiadau gwerth cymdeithasol, y
   dystiolaeth ar gyfer pob un, a pha mor aml y byddwch yn eu hadolygu.
3. Ychwanegwch y tri cham unioni cyntaf y byddech yn eu defnyddio pe bai ymrwymiad allweddol ar ei hôl hi.
4. Ychwanegwch at bwy y byddwch yn adrodd: arweinydd eich gwasanaeth, aelodau etholedig, trigolion a'r
   adroddiad blynyddol ar gaffael cymdeithasol gyfrifol.
5. Rhannwch ef â chydweithiwr ym maes caffael iddo gael golwg gyflym arno.
6. Ticiwch hwn pan fydd y dudalen yn gyflawn ac wedi'i rhannu.""",
            },
            {
                "title": "Adrodd yn ôl: beth fyddai trigolion eisiau ei wybod?",
                "instructions": """1. Dychmygwch fod contract eich Labordy wedi bod ar waith ers blwyddyn.
2. Ysgrifennwch dair brawddeg ar gyfer cylchlythyr y cyngor neu hysbysfwrdd hyb cymunedol yn egluro beth
   mae'r contract wedi'i gyflawni. Defnyddiwch iaith glir, heb jargon a heb bunnoedd o werth procsi.
3. Nawr ysgrifennwch dair brawddeg ar gyfer pwyllgor craffu, gan gynnwys un peth sydd heb fynd yn ôl y
   cynllun.
4. Cymharwch y ddau. Nodwch pa ddata y byddai ei angen arnoch i ysgrifennu'r ddau yn onest.
5. Edrychwch yn ôl dros y chwe wythnos a nodwch yr un newid y byddwch yn ei wneud i'r ffordd y mae eich
   gwasanaeth yn prynu.

Cwestiwn ar gyfer y sesiwn: pe bai trigolion ond yn clywed am y ffigurau gwerth cymdeithasol mewn
punnoedd, beth fydden nhw'n ei golli ynghylch a yw'r contract wedi gwneud eu bywydau neu eu hardal yn well?""",
            },
        ],
    },
]
