"""The Adaption Lab's curriculum in Welsh (issue 26), loaded by a data migration into the `_cy`
columns and editable in the admin afterwards.

Shaped as MODULES in curriculum.py, in the same order: for each module its title, summary and
outcomes, and for each material its title and body and each activity its title and instructions.
The names the canvas tool uses (its steps, attributes, evidence rungs and measures) are the Welsh
of the interface's catalogue, so the tool page and the curriculum agree. Needs review by a
Welsh-language professional before launch, as the catalogue does."""

LAB_SUMMARY_CY = (
    "Chwe wythnos ar sut i ddod o hyd i arloesedd a weithiodd mewn man arall, barnu ei "
    "dystiolaeth, a'i fabwysiadu neu ei addasu'n llwyddiannus i weddu i gyd-destun ac anghenion "
    "eich cyngor."
)

MODULES_CY = [
    {
        "number": 1,
        "title": "Dod o hyd i arloesiadau a weithiodd mewn mannau eraill",
        "summary": (
            "Yr wythnos hon byddwch chi'n dysgu edrych tuag allan cyn i chi gynllunio unrhyw beth "
            "newydd. Mae rhywun yn rhywle arall eisoes wedi mynd i'r afael â'r rhan fwyaf o'r "
            "problemau sy'n wynebu eich cyngor, yng Nghymru, yng ngweddill y DU neu ymhellach i "
            "ffwrdd. Byddwch chi'n mapio'r mannau sy'n werth chwilio ynddynt, o Nesta a'r "
            "canolfannau What Works i Ganolfan Polisi Cyhoeddus Cymru, astudiaethau achos yr LGA, "
            "cynghorau eraill a rhwydweithiau cymheiriaid. Yna byddwch chi'n dewis un arloesedd i'w "
            "ddilyn drwy'r cynfas mabwysiadu, addasu neu adael am weddill y Labordy."
        ),
        "outcomes": [
            "Egluro pam mae addasu arloesedd sydd wedi'i brofi yn aml yn gyflymach ac yn llai o risg na dyfeisio o'r dechrau.",
            "Nodi o leiaf bum ffynhonnell o arloesiadau sydd wedi'u profi ac sy'n berthnasol i lywodraeth leol yng Nghymru.",
            "Disgrifio'n gywir o leiaf ddau arloesedd adnabyddus, un o bob un o themâu Infuse.",
            "Cofnodi un arloesedd a ddewiswyd yng ngham cyntaf y cynfas mabwysiadu, addasu neu adael.",
        ],
        "materials": [
            {
                "title": "Ble i chwilio: map sganio ar gyfer cynghorau Cymru",
                "body": """## Pam edrych mewn mannau eraill yn gyntaf

Mae timau cynghorau yn aml yn dechrau gyda thudalen wag. Mae'n teimlo'n greadigol, ond mae'n araf ac yn llawn risg. Fel arfer, mae rhywun arall eisoes wedi wynebu problem debyg i'ch un chi, wedi rhoi cynnig ar rywbeth, ac wedi dysgu beth sy'n mynd o'i le. Os byddwch chi'n addasu eu gwaith nhw, gallwch osgoi rhai o'u camgymeriadau.

Mae sganio hefyd yn cyd-fynd â chyfraith Cymru. Cydweithio ac atal yw dwy o'r pum ffordd o weithio yn Neddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015. Mae dysgu gan gorff cyhoeddus arall cyn gwario arian yn gydweithio ar waith.

## Ble i sganio

### Cyrff tystiolaeth
- Mae **Nesta** yn cyhoeddi adroddiadau, canllawiau ac astudiaethau achos ar arloesi mewn gwasanaethau cyhoeddus. Yng Nghymru mae'n gweithio gyda Phrifysgol Caerdydd drwy Y Lab, un o bartneriaid Infuse.
- Mae **canolfannau What Works** yn adolygu'r dystiolaeth mewn un maes polisi. Mae NICE yn ymdrin ag iechyd a gofal cymdeithasol. Mae eraill yn ymdrin â meysydd fel addysg, lleihau troseddu, plant a theuluoedd, a thwf lleol.
- **Canolfan Polisi Cyhoeddus Cymru (WCPP)** yw aelod Cymru o Rwydwaith What Works. Mae'n cynhyrchu tystiolaeth i Lywodraeth Cymru ac i wasanaethau cyhoeddus Cymru ar bynciau fel unigrwydd, sero net a llesiant cymunedol.

### Cyrff llywodraeth leol
- Mae **astudiaethau achos yr LGA** yn llyfrgell fawr o arferion cynghorau y gallwch chwilio drwyddi. Daw'r rhan fwyaf ohonynt o Loegr, lle mae'r gyfraith a'r cyllid yn wahanol, felly darllenwch nhw'n ofalus.
- Mae **CLlLC**, Cymdeithas Llywodraeth Leol Cymru, yn rhannu arferion rhwng 22 cyngor Cymru.
- Mae **Archwilio Cymru** yn rhedeg Cyfnewidfa Arfer Da sy'n rhannu dysgu ar draws cyrff cyhoeddus Cymru.
- Mae **Comisiynydd Cenedlaethau'r Dyfodol Cymru** yn cyhoeddi enghreifftiau o gyrff cyhoeddus yn rhoi Deddf 2015 ar waith.

### Pobl
- **Cynghorau eraill.** Mae galwad 30 munud gyda'r swyddog a redodd gynllun yn aml yn werth mwy nag adroddiad sgleiniog.
- **Rhwydweithiau cymheiriaid.** Grwpiau proffesiynol o swyddogion ynni, rheolwyr fflyd, comisiynwyr a swyddogion teithio llesol; Byrddau Partneriaeth Rhanbarthol; Byrddau Gwasanaethau Cyhoeddus.
- **Eich carfan Infuse.** Mae swyddogion o gynghorau eraill Prifddinas-Ranbarth Caerdydd yn yr ystafell gyda chi.

### Dramor
Yn aml daw syniadau cryf o wledydd eraill. Daw Buurtzorg ac Energiesprong o'r Iseldiroedd. Dechreuodd Cydgysylltu Ardaloedd Lleol yng Ngorllewin Awstralia. Po bellaf yw'r ffynhonnell, mwyaf gofalus y bydd angen i chi fod wrth brofi addasrwydd yn wythnos 3.

## Enghraifft wedi'i gweithio

Gadewch i ni ddweud bod swyddog yn Nhorfaen yn cael cais i leihau unigrwydd ymhlith pobl hŷn sy'n dychwelyd adref o'r ysbyty. Yn hytrach na chynllunio gwasanaeth newydd, mae hi'n treulio bore yn sganio. Mae hi'n darllen gwaith Canolfan Polisi Cyhoeddus Cymru ar unigrwydd ac ynysigrwydd cymdeithasol. Mae hi'n chwilio llyfrgell yr LGA am bresgripsiynu cymdeithasol. Mae hi'n dysgu bod Cyngor Abertawe yn defnyddio Cydgysylltu Ardaloedd Lleol, a bod cynlluniau Shared Lives yng Nghymru yn cynnig cymorth dydd a seibiannau byr yn ogystal â chartrefi tymor hir. Erbyn hyn mae ganddi bedwar opsiwn, pob un â ffynhonnell wedi'i henwi, ac mae hi'n trefnu galwad gydag Abertawe.

## Cadwch gofnod sganio

Cofnodwch bob canfyddiad mewn tabl syml gyda phum colofn: enw, ble y gweithiodd, y broblem a ddatryswyd ganddo, eich ffynhonnell, a'ch barn gyntaf am gryfder y dystiolaeth. Byddwch chi'n dychwelyd at y cofnod hwn drwy gydol y Labordy.
""",
            },
            {
                "title": "Wyth arloesedd sy'n werth eu hadnabod",
                "body": """## Sut i ddefnyddio'r proffiliau hyn

Brasluniau byr, ffeithiol o arloesiadau adnabyddus yw'r rhain. Mannau cychwyn ydyn nhw, nid argymhellion. Mae pob un wedi lledaenu y tu hwnt i'r lle y dechreuodd, ac mae hynny'n ei wneud yn ddefnyddiol ar gyfer dysgu am addasu. Gwiriwch y manylion eich hun cyn dibynnu arnyn nhw.

## Cymunedau Cefnogol

### Nyrsio cymdogaeth Buurtzorg (yr Iseldiroedd)
Fe'i sefydlwyd yn 2006 gan Jos de Blok, nyrs ardal. Mae timau bach, hunanreoledig o nyrsys yn gofalu am bobl mewn un gymdogaeth. Nid oes rheolwyr tîm: mae hyfforddwyr yn cefnogi'r timau ac mae swyddfa gefn fach yn ymdrin â'r gwaith gweinyddol. Mae'r nyrsys yn gwneud y gwaith cyfan, o asesu i ofal personol, ac yn anelu at feithrin annibyniaeth yr unigolyn a'i rwydwaith anffurfiol o deulu a chymdogion. Mae sawl rhan o'r DU wedi profi modelau sydd wedi'u hysbrydoli gan Buurtzorg.

### Cydgysylltu Ardaloedd Lleol (Gorllewin Awstralia)
Fe'i datblygwyd yng Ngorllewin Awstralia ddiwedd y 1980au. Mae Cydgysylltydd Ardal Leol wedi'i leoli mewn un gymuned ac yn cerdded ochr yn ochr â phobl leol, yn aml cyn iddyn nhw gyrraedd argyfwng, i'w helpu i adeiladu ar eu cryfderau a'u cysylltiadau lleol yn hytrach nag aros am wasanaeth. Mae Cyngor Abertawe wedi defnyddio Cydgysylltu Ardaloedd Lleol ers sawl blwyddyn.

### Shared Lives (y DU)
Mae oedolyn sydd angen cymorth yn byw gyda gofalwr Shared Lives cymeradwy, neu'n ymweld ag ef yn rheolaidd, ac yn rhannu bywyd ei deulu a'i gymuned. Mae pobl ag anableddau dysgu, pobl ag anghenion iechyd meddwl a phobl hŷn i gyd yn ei ddefnyddio. Mae cynlluniau'n recriwtio, hyfforddi, cymeradwyo a pharu gofalwyr. Yng Nghymru, mae Arolygiaeth Gofal Cymru yn eu rheoleiddio fel gwasanaethau lleoli oedolion. Shared Lives Plus yw rhwydwaith y DU.

### Oergelloedd cymunedol (yr Almaen, Sbaen, yna'r DU)
Oergell mewn man cyhoeddus lle mae busnesau lleol ac aelwydydd yn rhannu bwyd dros ben. Gall unrhyw un gymryd bwyd, heb brawf modd. Cynhaliodd yr elusen Hubbub gynllun peilot yn Swadlincote, Swydd Derby, yn 2016 a lansiodd y Community Fridge Network yn 2017. Mae oergelloedd yn lleihau gwastraff bwyd, yn lleddfu tlodi bwyd ac yn aml yn troi'n fannau cymdeithasol, felly maen nhw'n gwasanaethu'r ddwy thema.

## Datgarboneiddio Cyflymach

### Ôl-osod Energiesprong (yr Iseldiroedd)
Ystyr yr enw Iseldireg yw “naid ynni”. Safon ôl-osod tŷ cyfan sy'n anelu at gartrefi ynni sero net. Mae'n defnyddio paneli waliau a thoeau a wnaed mewn ffatri, modiwl ynni cryno a phaneli solar, yn aml gyda gwarant perfformiad hirdymor. Nottingham City Homes a gynhaliodd y cynllun cyntaf yn y DU.

### Strydoedd ysgol (yr Eidal, yna ar draws y DU)
Mae'r ffordd y tu allan i ysgol yn cau i draffig trwodd ar adegau gollwng a chasglu, gydag eithriadau i breswylwyr a deiliaid Bathodyn Glas. Cyfeirir yn aml at Bolzano yn yr Eidal fel un o'r arloeswyr cynnar. Cynhaliodd Cyngor Caerdydd gynllun peilot Strydoedd Ysgol mewn pum ysgol ym mis Ionawr 2020 ac mae wedi ychwanegu rhagor ers hynny.

### Beiciau cargo trydan
Beiciau â chymorth trydan wedi'u hadeiladu i gario llwythi. Mae cynghorau a busnesau yn eu defnyddio ar gyfer teithiau byr mewn trefi a dinasoedd a fyddai fel arall angen fan, ac mae rhai cynlluniau'n eu benthyg i breswylwyr a busnesau bach gael rhoi cynnig arnyn nhw.

### Cwmnïau cydweithredol ynni cymunedol
Mae pobl leol yn prynu cyfranddaliadau mewn cwmni cydweithredol sy'n gosod systemau ynni adnewyddadwy. Yng Nghymru, mae Egni Co-op wedi gosod paneli solar ar doeon ysgolion, cartrefi gofal ac adeiladau cyhoeddus eraill, gan gynnwys drwy bartneriaeth â Chyngor Dinas Casnewydd. Mae'r adeilad yn defnyddio pŵer lleol rhatach, ac mae gwarged y cwmni cydweithredol yn cefnogi addysg am yr hinsawdd.
""",
            },
            {
                "title": "Rhwydwaith What Works (GOV.UK)",
                "body": """Mae'r dudalen hon yn egluro Rhwydwaith What Works y DU ac yn rhestru ei ganolfannau presennol a'r maes polisi y mae pob un yn ymdrin ag ef. Darllenwch hi i ddysgu pa ganolfan a allai fod wedi adolygu'r dystiolaeth ar eich problem eisoes, cyn i chi chwilio yn unman arall.

Wrth ddarllen, chwiliwch am dri pheth. Yn gyntaf, dewch o hyd i'r ganolfan sydd agosaf at eich thema: NICE ar gyfer gofal cymdeithasol ac iechyd, a'r lleill ar gyfer meysydd fel plant a theuluoedd neu dwf lleol. Yn ail, sylwch fod y canolfannau'n graddio ac yn crynhoi tystiolaeth, felly mae eu pecynnau cymorth yn arbed i chi orfod barnu astudiaethau unigol eich hun. Yn drydydd, chwiliwch am Ganolfan Polisi Cyhoeddus Cymru, aelod Cymru o'r rhwydwaith. Nodwch un ganolfan y byddwch chi'n chwilio ynddi yr wythnos hon ac un cwestiwn y byddwch chi'n ei ofyn iddi.""",
            },
            {
                "title": "Canolfan Polisi Cyhoeddus Cymru",
                "body": """Mae Canolfan Polisi Cyhoeddus Cymru (WCPP), sydd wedi'i lleoli ym Mhrifysgol Caerdydd, yn rhoi tystiolaeth annibynnol i Lywodraeth Cymru ac i wasanaethau cyhoeddus Cymru am yr hyn sy'n gweithio. Dyma'r ffynhonnell dystiolaeth sydd fwyaf penodol i Gymru, felly dechreuwch yma cyn troi at ddeunydd o Loegr neu o wledydd eraill.

Edrychwch ar ei meysydd blaenoriaeth, sy'n cynnwys mynd i'r afael ag anghydraddoldebau, yr amgylchedd a sero net, a llesiant cymunedol. Mae'r rhain yn cyfateb yn agos i ddwy thema Infuse. Chwiliwch y cyhoeddiadau am eich pwnc, er enghraifft unigrwydd, ôl-osod cartrefi neu ynni cymunedol. Sylwch sut mae pob adroddiad yn nodi'r hyn y gall y dystiolaeth ei ddweud wrthych a'r hyn na all ei ddweud. Sylwch hefyd ar waith y Ganolfan gyda llywodraeth leol a CLlLC: gall eich cyfeirio at swyddogion mewn cynghorau eraill yng Nghymru sydd wedi rhoi cynnig ar rywbeth tebyg.""",
            },
        ],
        "activities": [
            {
                "title": "Cam 1 y cynfas: disgrifio'r arloesedd",
                "instructions": """Agorwch y cynfas mabwysiadu, addasu neu adael ac ewch i'r cam **Yr arloesedd**. Dewiswch un arloesedd o'ch cofnod sganio sy'n cyd-fynd â phroblem go iawn yn eich gwasanaeth. Yna ysgrifennwch bedwar cofnod byr.

1. **Beth ydyw.** Dwy neu dair brawddeg syml, fel petaech chi'n ei egluro i gynghorydd mewn coridor. Dywedwch beth mae pobl yn ei wneud mewn gwirionedd, nid yr hyn y mae'r cynllun yn gobeithio ei gyflawni.
2. **Ble y gweithiodd.** Enwch y lle a'r sefydliad a'i rhedodd, pryd yn fras, ac ar ba raddfa, er enghraifft ychydig o strydoedd, un ddinas neu wlad gyfan.
3. **Y broblem a ddatryswyd ganddo yno.** Disgrifiwch y broblem yn nhermau'r rhai a'i creodd, nid yn eich termau chi. Byddwch chi'n disgrifio eich problem eich hun ar wahân yn wythnos 3.
4. **Cryfder y dystiolaeth.** Rhowch farn gyntaf: straeon, wedi'i fonitro, wedi'i werthuso neu wedi'i werthuso'n annibynnol. Nodwch eich ffynhonnell. Byddwch chi'n ei raddio'n iawn yn wythnos 2.

Pam mae hyn yn bwysig: mae disgrifiad clir yn atal y tîm rhag dadlau am fersiynau gwahanol o'r un syniad. Mae cadw eu problem nhw ar wahân i'ch un chi yn eich atal rhag tybio bod llwyddiant yno yn golygu llwyddiant yma. Esboniad cydlynol o'r hyn y mae arloesedd yn ei wneud hefyd yw gris cyntaf Safonau Tystiolaeth Nesta.

Cadwch eich cofnodion. Dewch â nhw i'r sesiwn i'w darllen yn uchel mewn llai na munud.""",
            },
            {
                "title": "Dechrau eich cofnod sganio",
                "instructions": """1. Crëwch gofnod sganio ar ffurf tabl syml gyda phum colofn: enw, ble y gweithiodd, y broblem a ddatryswyd ganddo, ffynhonnell, barn gyntaf am y dystiolaeth.
2. Chwiliwch o leiaf bedair ffynhonnell wahanol o ddeunydd darllen yr wythnos hon, er enghraifft Canolfan Polisi Cyhoeddus Cymru, un o ganolfannau What Works, llyfrgell astudiaethau achos yr LGA ac un rhwydwaith cymheiriaid neu gydweithiwr mewn cyngor arall.
3. Cofnodwch o leiaf chwe arloesedd posibl. Cynhwyswch o leiaf un o'r tu allan i'r DU ac o leiaf un o gyngor arall yng Nghymru.
4. Marciwch yr un a ddewisoch ar gyfer y cynfas, a nodwch mewn un llinell pam y dewisoch chi hwnnw yn hytrach na'r lleill.

Ticiwch hwn pan fydd chwe eitem neu fwy yn eich cofnod sganio, gyda ffynhonnell wedi'i henwi ar gyfer pob un.""",
            },
            {
                "title": "Pam rydyn ni'n ailddyfeisio?",
                "instructions": """Meddyliwch am y gwasanaeth neu'r prosiect newydd diwethaf a lansiwyd gan eich tîm.

1. Nodwch o ble daeth y syniad: rheolwr, galwad am gyllid, cynhadledd, preswylydd, cyngor arall.
2. Nodwch a wnaeth unrhyw un wirio a oedd fersiwn wedi'i phrofi mewn man arall cyn ei gynllunio. Os na, nodwch pam, yn onest: pwysau amser, balchder, cyllidwr a oedd eisiau rhywbeth “newydd”, peidio â gwybod ble i chwilio.
3. Rhestrwch un peth a fyddai'n gwneud sganio yn gam cyntaf arferol yn eich tîm, er enghraifft eitem sefydlog ar yr agenda neu gofnod a rennir.

Dewch â'ch nodiadau i'r sesiwn. Cwestiwn i'w drafod: beth yn niwylliant eich cyngor sy'n gwobrwyo dyfeisio yn hytrach nag addasu, a beth fyddai ei angen i newid hynny?""",
            },
        ],
    },
    {
        "number": 2,
        "title": "Barnu'r dystiolaeth",
        "summary": (
            "Nid yw stori dda yr un peth â thystiolaeth dda. Yr wythnos hon byddwch chi'n dysgu "
            "barnu i ba raddau y gallwch ymddiried yn yr honiadau a wneir am arloesedd. Byddwch "
            "chi'n defnyddio Safonau Tystiolaeth Nesta, o lefel 1 i lefel 5, ochr yn ochr ag ysgol "
            "symlach sy'n mynd o straeon i ganlyniadau wedi'u gwerthuso'n annibynnol. Byddwch chi "
            "hefyd yn cynllunio galwad gyda'r cyngor neu'r sefydliad a redodd yr arloesedd, er mwyn "
            "i chi allu gofyn y cwestiynau y mae astudiaethau achos a datganiadau i'r wasg yn "
            "tueddu i'w hepgor."
        ),
        "outcomes": [
            "Disgrifio pum lefel Safonau Tystiolaeth Nesta mewn iaith glir.",
            "Gwahaniaethu rhwng straeon, canlyniadau wedi'u monitro, canlyniadau wedi'u gwerthuso a chanlyniadau wedi'u gwerthuso'n annibynnol.",
            "Graddio'r dystiolaeth ar gyfer yr arloesedd a ddewisoch a chyfiawnhau'r radd.",
            "Paratoi cwestiynau sy'n datgelu'r hyn y mae astudiaeth achos yn ei hepgor.",
        ],
        "materials": [
            {
                "title": "Safonau Tystiolaeth Nesta yn nhermau cyngor",
                "body": """## Beth yw diben y safonau

Datblygodd Nesta ei Safonau Tystiolaeth yn 2012 i farnu pa mor hyderus y gallwch fod bod cynnyrch neu wasanaeth yn gwneud gwahaniaeth cadarnhaol. Mae pum lefel. Mae pob lefel yn gofyn am fwy na'r un o'i blaen. Cymesuredd yw'r pwynt: gall syniad bach, rhad, risg isel fynd yn ei flaen ar lai o dystiolaeth nag un mawr, costus neu risg uchel.

## Y pum lefel

### Lefel 1: esboniad clir o'r effaith
Gallwch ddisgrifio beth mae'r arloesedd yn ei wneud a pham y dylai arwain at ganlyniadau gwell, mewn ffordd resymegol ac argyhoeddiadol. Yn aml caiff hyn ei ysgrifennu fel damcaniaeth newid.
*Enghraifft gan gyngor:* “Mae man cynnes yn y llyfrgell yn rhoi lle cynnes i fod i bobl na allant fforddio gwresogi eu cartrefi, a chysylltiad rheolaidd â staff a gwirfoddolwyr, a ddylai leihau niwed sy'n gysylltiedig ag oerfel ac unigrwydd.”

### Lefel 2: data sy'n dangos newid
Rydych chi'n casglu data sy'n dangos newid cadarnhaol ymhlith y bobl sy'n defnyddio'r arloesedd. Ni allwch ddweud eto mai'r arloesedd a'i hachosodd.
*Enghraifft gan gyngor:* mae'r defnydd o ynni mewn depos yn gostwng ar ôl gosod goleuadau LED. Ond roedd y gaeaf yn fwyn, ac roedd dau safle hefyd wedi newid eu horiau agor.

### Lefel 3: tystiolaeth o achosiaeth
Gallwch ddangos bod y newid wedi digwydd oherwydd yr arloesedd, fel arfer drwy gymharu â grŵp tebyg na chafodd yr arloesedd.
*Enghraifft gan gyngor:* caiff y tanwydd a ddefnyddid gan faniau a ddisodlwyd gan feiciau cargo trydan ei gymharu â rowndiau faniau tebyg na chawsant eu newid dros yr un misoedd.

### Lefel 4: ailadrodd annibynnol
Mae rhywun annibynnol wedi gwerthuso'r arloesedd a chadarnhau'r canlyniadau, gan gynnwys yn aml a yw'n rhoi gwerth am arian.

### Lefel 5: yn barod i'w gyflwyno ar raddfa fwy
Gall eraill redeg yr arloesedd mewn mannau eraill, ar raddfa fwy, gyda chanlyniadau cyson. Mae llawlyfrau, hyfforddiant a systemau ansawdd i gefnogi hyn.

## Defnyddio'r lefelau yn dda

- **Peidiwch â diystyru lefelau isel.** Mae'r rhan fwyaf o arloesiadau cynghorau ar lefel 1 neu 2. Mae hynny'n arferol i syniad newydd, a gall prawf bach ei symud i fyny.
- **Cysylltwch y lefel â'r hyn sydd yn y fantol.** Mae rhoi cynnig ar oergell gymunedol am dri mis mewn un hwb yn risg isel. Nid felly ymrwymo cyfalaf i ôl-osod cyfran fawr o'ch stoc tai.
- **Graddiwch y dystiolaeth ar gyfer yr arloesedd hwn mewn lleoliad tebyg i'ch un chi.** Nid yw hyd yn oed canlyniadau cryf nyrsio ardal yn yr Iseldiroedd yn trosglwyddo'n awtomatig i Rondda Cynon Taf.
- **Graddiwch yr honiad, nid y sefydliad.** Gall un cynllun fod ar lefel 3 o ran lleihau biliau tanwydd ac ar lefel 1 o ran gwella iechyd.
""",
            },
            {
                "title": "O straeon i werthusiad annibynnol",
                "body": """## Ysgol symlach

Mae lefelau Nesta yn drylwyr. Pan fyddwch chi'n darllen astudiaeth achos ar frys, mae ysgol â phedwar gris yn aml yn ddigon. Gofynnwch ar ba ris y mae pob honiad yn sefyll.

1. **Straeon.** Hanesion, dyfyniadau a lluniau. “Mae trigolion wrth eu boddau.” Defnyddiol er mwyn deall sut mae rhywbeth yn teimlo, ond mae'n hawdd dewis y darnau gorau yn unig.
2. **Wedi'i fonitro.** Cyfrodd y cynllun bethau wrth fynd yn ei flaen: nifer y defnyddwyr, y cilowat-oriau a gynhyrchwyd, y teithiau a wnaed, yr atgyfeiriadau a gafwyd. Mae hyn yn dangos gweithgarwch, nid effaith o reidrwydd.
3. **Wedi'i werthuso.** Gofynnodd rhywun gwestiwn clir a chasglu data i'w ateb, yn ddelfrydol gyda llinell sylfaen a chymhariaeth. Yn aml staff y cynllun ei hun sy'n gwneud hyn.
4. **Wedi'i werthuso'n annibynnol.** Mae corff allanol, fel prifysgol, corff archwilio neu werthuswr a gomisiynwyd, wedi cynnal neu wirio'r gwerthusiad.

## Arwyddion rhybudd

- **Dim llinell sylfaen.** Rydych chi'n cael gwybod ble y gorffennodd pethau, ond nid ble y dechreuon nhw.
- **Y llwyddiannau yn unig.** Rydych chi'n clywed am y safleoedd peilot a weithiodd, nid y rhai a gaeodd yn dawel.
- **Canlyniadau hunan-gofnodedig yn unig.** Mae pobl sy'n hoffi gwasanaeth, neu'r staff sy'n ei redeg, yn tueddu i ddweud ei fod yn gweithio.
- **Effeithiau brwdfrydedd.** Yn aml mae gan gynlluniau peilot staff a ddewiswyd yn ofalus, sylw ychwanegol ac arian ychwanegol na fydd gan wasanaeth arferol.
- **Cyfnodau byr.** Gall tri mis o ganlyniadau guddio gostyngiad yn y chweched mis.
- **Costau cudd.** Amser gwirfoddolwyr, staff a fenthycwyd neu adeiladau am ddim wedi'u gadael allan o'r costau.

## Enghraifft wedi'i gweithio o'r ddwy thema

Gadewch i ni ddweud bod eich cyngor ym Mhen-y-bont ar Ogwr yn ystyried dau syniad.

**Oergell gymunedol.** Mae'r astudiaeth achos a ganfuwyd gennych yn nodi faint o ymweliadau y mae'r oergell yn eu cael a faint o fwyd y mae'n ei arbed rhag cael ei wastraffu. Mae hynny **wedi'i fonitro**. Mae'r dyfyniadau gan ddefnyddwyr am gyfarfod â chymdogion yn **straeon**. Mae'r ddau yn ddefnyddiol, ac ar gyfer treial cost isel gallai hyn fod yn ddigon.

**Dull ôl-osod tŷ cyfan.** Mae'r cyflenwr yn nodi bod biliau ynni wedi gostwng yn y cartrefi a gafodd eu trin. Gofynnwch: a gafodd hyn ei fesur gyda data mesuryddion cyn ac ar ôl, a'i gymharu â chartrefi tebyg heb eu trin dros yr un gaeafau? A gafodd ei wirio gan rywun annibynnol? Ar gyfer penderfyniad cyfalaf mawr, rydych chi eisiau canlyniadau sydd o leiaf **wedi'u gwerthuso**, ac yn ddelfrydol **wedi'u gwerthuso'n annibynnol**.

Y wers: mae'r un ysgol yn rhoi atebion gwahanol am yr hyn sy'n “ddigon da”, yn dibynnu ar y gost a'r risg.
""",
            },
            {
                "title": "Cwestiynau i'w gofyn i'r cyngor gwreiddiol",
                "body": """## Pam siarad â'r rhai a'i creodd

Caiff astudiaethau achos eu hysgrifennu i ddathlu. Mae'r swyddog a redodd y cynllun yn gwybod beth aeth o'i le, beth oedd y gost go iawn a beth y byddai'n ei newid. Fel arfer, galwad 30 i 45 munud yw'r dystiolaeth orau y gallwch ei chael am ddim. Mae'r rhan fwyaf o swyddogion yn falch o helpu, yn enwedig os byddwch chi'n addo rhannu'r hyn a ddysgwch gyda nhw wedyn (gweler wythnos 6).

## Cyn yr alwad

- Darllenwch bopeth sydd ar gael yn gyhoeddus am y cynllun yn gyntaf, er mwyn peidio â gwastraffu eu hamser.
- Anfonwch dri neu bedwar prif gwestiwn ymlaen llaw.
- Gofynnwch a ddylai unrhyw un arall ymuno, er enghraifft arweinydd data neu weithiwr rheng flaen.

## Cwestiynau i'w gofyn

### Y broblem a'r dyluniad
- Pa broblem roeddech chi'n ceisio ei datrys, a sut roeddech chi'n gwybod ei bod yn broblem?
- O ble daeth y syniad? A wnaethoch chi ei addasu o rywle arall?
- Beth na fyddech chi byth yn ei hepgor, am y byddai'r cynllun yn peidio â gweithio hebddo?

### Y dystiolaeth
- Beth wnaethoch chi ei fesur, a beth oedd eich llinell sylfaen?
- A edrychodd unrhyw un annibynnol ar y canlyniadau?
- Beth na weithiodd, neu na weithiodd cystal ag yr oeddech chi'n gobeithio?
- A yw'r canlyniadau'n dal i sefyll nawr bod y cynllun peilot wedi dod i ben?

### Y gost a'r ymdrech
- Beth oedd y gost go iawn, gan gynnwys amser staff, gwirfoddolwyr, adeiladau a TG?
- Pwy oedd yn gorfod cytuno, a faint o amser gymerodd hynny?
- Pa gamau caffael, cyfreithiol, diogelu data neu reoleiddiol a achosodd drafferth annisgwyl i chi?

### Addasrwydd a lledaenu
- Beth am eich ardal chi a helpodd iddo weithio: pobl, gwleidyddiaeth, daearyddiaeth, partneriaid?
- Pe baech chi'n dechrau eto yfory, beth fyddech chi'n ei newid?
- A oes unrhyw un arall wedi'i gopïo? Sut aeth hynny?

## Enghraifft wedi'i gweithio

Gadewch i ni ddweud bod swyddog ym Mro Morgannwg yn archwilio Cydgysylltu Ardaloedd Lleol ac yn trefnu galwad gyda Chyngor Abertawe. Mae hi'n gofyn beth na fyddai Abertawe byth yn ei hepgor, pa rannau o rôl y cydgysylltydd y maen nhw'n eu hystyried yn hanfodol, a sut maen nhw'n atal cydgysylltwyr rhag troi'n ddim ond gwasanaeth atgyfeirio arall. Beth bynnag fo'r atebion, maen nhw'n bwydo'n syth i'w gwaith yn wythnos 4 ar gydrannau craidd.

## Ar ôl yr alwad

Ysgrifennwch eich nodiadau o fewn diwrnod. Ychwanegwch unrhyw ffynonellau newydd at eich cofnod sganio. Diweddarwch y llinell am y dystiolaeth ar eich cynfas.
""",
            },
            {
                "title": "Nesta: Safonau Tystiolaeth",
                "body": """Dyma esboniad Nesta ei hun o'i Safonau Tystiolaeth, y fframwaith pum lefel rydych chi'n ei ddefnyddio'r wythnos hon. Darllenwch ef i glywed y rhesymeg yng ngeiriau Nesta, ac i weld pam mae'n trin tystiolaeth fel taith yn hytrach na phrawf llwyddo neu fethu.

Chwiliwch am dri pheth. Yn gyntaf, sut mae'r dudalen yn cysylltu lefel 1 â damcaniaeth newid, a pham mae hynny'n bwysig i syniadau sydd yn eu camau cynnar. Yn ail, y syniad o dystiolaeth gymesur: dewis y dull cywir ar gyfer y cam y mae arloesedd wedi'i gyrraedd, yn hytrach na mynnu hap-dreial o'r diwrnod cyntaf. Yn drydydd, sut mae'r lefelau uwch yn ymdrin ag ailadrodd, sef y cwestiwn sydd wrth wraidd y Labordy hwn: os gweithiodd yno, a fydd yn gweithio yma? Nodwch un frawddeg y gallech ei dyfynnu wrth reolwr sydd eisiau “prawf” cyn i chi allu cynnal prawf bach hyd yn oed.""",
            },
        ],
        "activities": [
            {
                "title": "Graddio'r dystiolaeth ar gyfer eich arloesedd",
                "instructions": """1. Casglwch o leiaf ddwy ffynhonnell am yr arloesedd a roesoch yn y cynfas yr wythnos diwethaf. Dylai o leiaf un ddod o'r tu allan i'r sefydliad sy'n ei redeg, er enghraifft Canolfan Polisi Cyhoeddus Cymru, un o ganolfannau What Works, papur academaidd neu adroddiad archwilio.
2. Rhestrwch y prif honiadau a wneir am yr arloesedd, er enghraifft “yn lleihau aildderbyniadau i'r ysbyty” neu “yn torri costau tanwydd”. Anelwch at dri i bum honiad.
3. Ar gyfer pob honiad, nodwch ar ba ris o'r ysgol y mae'n sefyll: straeon, wedi'i fonitro, wedi'i werthuso neu wedi'i werthuso'n annibynnol.
4. Rhowch lefel Nesta gyffredinol o 1 i 5 i'r arloesedd ar gyfer yr honiad sydd bwysicaf i'ch problem chi. Ysgrifennwch ddwy frawddeg yn egluro pam.
5. Ewch yn ôl i'r cam **Yr arloesedd** yn y cynfas a diweddarwch y cofnod am gryfder y dystiolaeth gyda'ch gradd a'ch prif ffynhonnell.

Ticiwch hwn pan fydd gan bob honiad ris, pan fydd gennych lefel Nesta gyffredinol gyda rheswm, a phan fydd eich cynfas wedi'i ddiweddaru.""",
            },
            {
                "title": "Trefnu galwad gyda'r rhai a'i creodd",
                "instructions": """1. Dewch o hyd i enw swyddog, rheolwr neu arweinydd prosiect a redodd yr arloesedd. Defnyddiwch yr astudiaeth achos, chwiliad ar LinkedIn, CLlLC, neu eich hwylusydd Infuse.
2. Anfonwch e-bost byr. Dywedwch pwy ydych chi, eich bod ar Labordy Addasu Infuse, beth rydych chi am ei ddysgu, ac y byddwch chi'n rhannu eich canfyddiadau gyda nhw.
3. Cynhwyswch dri neu bedwar prif gwestiwn o daflen waith yr wythnos hon.
4. Cynigiwch ddau neu dri slot o 30 i 45 munud yn ystod y pythefnos nesaf.

Ticiwch hwn pan fydd yr e-bost wedi'i anfon. Os na allwch ddod o hyd i gyswllt, dywedwch wrth eich hwylusydd yn y sesiwn.""",
            },
            {
                "title": "Pryd mae tystiolaeth wan yn ddigon da?",
                "instructions": """1. Edrychwch ar y lefel Nesta a roesoch i'ch arloesedd.
2. Nodwch beth fyddai'r gost, o ran arian, amser staff ac enw da, o roi cynnig arno ar raddfa fach am dri mis.
3. Nodwch beth allai fynd o'i le i breswylwyr pe na bai'n gweithio. Meddyliwch am y ddwy thema: mae treial beiciau cargo trydan sy'n methu yn anghyfleustra; gallai newid aflwyddiannus i ofal cartref niweidio rhywun.
4. Penderfynwch a yw'r dystiolaeth bresennol yn ddigon ar gyfer prawf bach, yn ddigon ar gyfer ei gyflwyno'n llawn, neu ddim yn ddigon ar gyfer y naill na'r llall. Nodwch pam.

Cwestiwn i'w drafod: a ddylai eich cyngor ddisgwyl yr un safon o dystiolaeth gan dreial man cynnes a chan dreial trydaneiddio fflyd, ac os na ddylai, pwy sy'n penderfynu ar y gwahaniaeth?""",
            },
        ],
    },
    {
        "number": 3,
        "title": "Addasrwydd i'n cyd-destun lleol",
        "summary": (
            "Gall arloesedd a ffynnodd yn yr Iseldiroedd neu yn Abertawe fethu ym Merthyr Tudful "
            "neu yn Sir Fynwy. Yr wythnos hon byddwch chi'n profi addasrwydd. Byddwch chi'n "
            "disgrifio eich problem eich hun yn glir, yna'n sgorio'r arloesedd yn erbyn pum "
            "nodwedd Everett Rogers sy'n dylanwadu ar ba mor gyflym y mae arloesiadau'n lledaenu: "
            "mantais gymharol, cydnawsedd, cymhlethdod, modd ei dreialu a gwelededd. Byddwch chi'n "
            "ychwanegu dwy sgôr arall, ar gyfer cryfder y dystiolaeth ac ar gyfer parodrwydd eich "
            "cyngor, ac yn cysylltu'r gwaith â dyletswyddau, data a chynlluniau Cymru."
        ),
        "outcomes": [
            "Ysgrifennu datganiad o'r broblem sy'n enwi pwy sy'n cael eu heffeithio a pha thema Infuse y mae'n ei gwasanaethu.",
            "Egluro pum nodwedd arloesiadau Rogers a'u cymhwyso i enghraifft gan gyngor.",
            "Asesu parodrwydd lleol, gan gynnwys arweinyddiaeth, capasiti, arian, data a phartneriaid.",
            "Cysylltu addasiad arfaethedig â Deddf Llesiant Cenedlaethau'r Dyfodol, Deddf Gwasanaethau Cymdeithasol a Llesiant neu Gymru Sero Net.",
        ],
        "materials": [
            {
                "title": "Pum nodwedd Rogers ar gyfer cynghorau",
                "body": """## O ble y daw'r nodweddion

Astudiodd llyfr Everett Rogers *Diffusion of Innovations*, a gyhoeddwyd gyntaf yn 1962, pam mae rhai syniadau newydd yn lledaenu'n gyflym ac eraill ddim. Canfu fod y ffordd y mae pobl yn *gweld* arloesedd yn bwysig iawn. Mae pum nodwedd yn sefyll allan. Mae arloesiadau'n lledaenu'n gyflymach pan fydd pobl yn eu gweld yn well na'r hyn sydd ganddyn nhw, yn gydnaws â'u gwerthoedd a'u ffyrdd o weithio, yn syml, yn hawdd rhoi cynnig arnyn nhw ac yn hawdd gweld eu bod yn gweithio.

Ar gyfer pob nodwedd isod cewch y cwestiwn i'w ofyn ac enghraifft o bob thema.

## 1. Mantais gymharol
*A yw'n amlwg yn well na'r hyn rydyn ni'n ei wneud nawr, mewn ffyrdd sy'n bwysig i'n pobl?*
- **Datgarboneiddio:** i dîm parciau yng nghanol tref, gallai beic cargo trydan fod yn well na fan ar gyfer teithiau byr: dim chwilio am le parcio, costau rhedeg is, dim allyriadau o'r bibell wacáu. Ar gyfer rownd wledig ar draws Sir Fynwy, efallai na fydd.
- **Cymunedau Cefnogol:** mae oergell gymunedol yn cynnig mynediad agored at fwyd ffres heb ofyn cwestiynau, rhywbeth nad yw banc bwyd sy'n gweithio drwy atgyfeiriadau yn ei gynnig.

## 2. Cydnawsedd
*A yw'n cyd-fynd â'n gwerthoedd, ein systemau presennol, ein profiad yn y gorffennol ac anghenion y bobl yr effeithir arnynt?*
- **Datgarboneiddio:** mae paneli yn null Energiesprong yn addas ar gyfer rhesi o gartrefi tebyg. Mae tai cymysg, hŷn neu restredig yn llai addas.
- **Cymunedau Cefnogol:** mae timau hunanreoledig Buurtzorg yn cyd-fynd â phwyslais Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) ar lais, rheolaeth ac atal. Gallent wrthdaro â'r drefn bresennol o gomisiynu fesul awr.

## 3. Cymhlethdod
*Pa mor anodd yw ei ddeall a'i ddefnyddio?* Gorau po symlaf.
- Mae'n hawdd egluro strydoedd ysgol i rieni. Mae cwmni cydweithredol ynni cymunedol yn golygu cynigion cyfranddaliadau, prydlesi, cysylltiadau â'r grid a chytundebau prynu pŵer.

## 4. Modd ei dreialu
*A allwn roi cynnig arno ar raddfa fach, a thynnu'n ôl os bydd yn methu?*
- Gellir treialu un stryd ysgol gydag arwyddion dros dro. Gall un trefniant Shared Lives ddechrau gyda chymorth dydd cyn i neb symud i mewn. Ni ellir treialu rhwydwaith gwres ardal yn yr un ffordd.

## 5. Gwelededd
*A fydd pobl yn gallu gweld ei fod yn gweithio?*
- Mae paneli solar ar do ysgol yn weladwy ac yn cynhyrchu data bob dydd. Mae llai o unigrwydd yn newid go iawn ond yn anodd ei weld, felly mae angen i chi gynllunio sut y byddwch chi'n ei ddangos.

## Awgrymiadau ar gyfer sgorio

- Sgoriwch bob nodwedd o 1 i 5 **fel bod 5 bob amser yn ffafriol**. Ar gyfer cymhlethdod, mae 5 yn golygu syml.
- Ysgrifennwch un llinell o resymu ar gyfer pob sgôr. Mae'r rhesymau'n bwysicach na'r rhifau.
- Sgoriwch o safbwynt y bobl sy'n gorfod ei fabwysiadu: staff rheng flaen, preswylwyr, aelodau etholedig. Nid yw eich brwdfrydedd eich hun yn cyfrif.
- Nid dyfarniad yw sgôr isel. Mae'n dangos i chi ble mae angen addasu, neu benderfynu gadael.
""",
            },
            {
                "title": "A yw ein cyngor yn barod? Parodrwydd ac addasrwydd i bolisi Cymru",
                "body": """## Mae parodrwydd yn ymwneud â chi, nid â'r arloesedd

Mae addasrwydd yn gofyn a yw'r arloesedd yn gweddu i'ch cyd-destun. Mae parodrwydd yn gofyn a all eich sefydliad ei ysgwyddo nawr. Mae syniad da ar yr adeg anghywir yn dal i fethu.

## Rhestr wirio parodrwydd

Rhowch sgôr goch, ambr neu wyrdd i bob eitem.

- **Noddwr.** A oes uwch swyddog neu aelod o'r cabinet a fydd yn ei gefnogi pan fydd pethau'n anodd?
- **Perchennog wedi'i enwi.** Pwy fydd yn ei redeg o ddydd i ddydd, ac a yw yn ei amcanion?
- **Capasiti.** A oes gan y tîm amser, neu a fydd hyn yn cael ei ychwanegu at lwyth achosion sydd eisoes yn llawn?
- **Arian.** A oes llinell yn y gyllideb, grant, neu lwybr realistig at un? Beth sy'n digwydd pan ddaw'r grant i ben?
- **Data.** Allwch chi gael y data sydd eu hangen arnoch ar gyfer llinell sylfaen ac ar gyfer mesur newid?
- **Partneriaid.** A yw'r bwrdd iechyd, cymdeithasau tai, y sector gwirfoddol neu grwpiau cymunedol yn rhan o'r gwaith lle mae angen iddyn nhw fod?
- **Rheolau.** Ydych chi wedi gwirio caffael, diogelu data, rheoleiddio a phwerau cyfreithiol?
- **Amseru.** A oes unrhyw beth arall, fel ailstrwythuro, etholiad neu gylch y gyllideb, ar fin mynd yn y ffordd?

## Defnyddio data i ddisgrifio'r broblem

Disgrifiwch eich problem gyda thystiolaeth, nid argraffiadau. Mae ffynonellau defnyddiol yng Nghymru yn cynnwys:
- **StatsCymru** a **Data Cymru** ar gyfer ffigurau awdurdodau lleol.
- Data Cyfrifiad 2021 y **SYG** ar gyfer poblogaeth, oedran, tai a theithio i'r gwaith.
- **Mynegai Amddifadedd Lluosog Cymru** ar gyfer amddifadedd mewn ardaloedd bach, gan gynnwys tai a mynediad at wasanaethau.
- **Arolwg Cenedlaethol Cymru**, sy'n holi am unigrwydd a llesiant.
- Asesiad llesiant a chynllun llesiant eich **Bwrdd Gwasanaethau Cyhoeddus**.

## Cyd-fynd â dyletswyddau a chynlluniau Cymru

Dangoswch sut mae'r addasiad yn gwasanaethu dyletswyddau sydd gan eich cyngor eisoes. Mae hyn yn cryfhau'r achos ac yn helpu i gael cymeradwyaeth.
- **Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015**: pa rai o'r saith nod llesiant y mae'n eu gwasanaethu, a sut mae'n defnyddio'r pum ffordd o weithio: hirdymor, atal, integreiddio, cydweithio a chynnwys?
- **Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014**: a yw'n cefnogi atal, llais a rheolaeth, neu gydgynhyrchu?
- **Cymru Sero Net**: a yw'n helpu eich cyngor tuag at yr uchelgais gyffredin o sector cyhoeddus sero net yng Nghymru erbyn 2030?
- Strategaeth **Cymunedau Cysylltiedig** Llywodraeth Cymru ar unigrwydd ac ynysigrwydd cymdeithasol, a **Deddf Teithio Llesol (Cymru) 2013**.

## Enghraifft wedi'i gweithio

Gadewch i ni ddweud bod Blaenau Gwent yn ystyried oergell gymunedol mewn hwb cymunedol. Mae'r addasrwydd yn edrych yn dda: cost isel, hawdd ei dreialu, gweladwy. Mae'r parodrwydd yn gymysg. Mae rheolwr yr hwb yn fodlon, ond nid oes neb wedi holi'r tîm iechyd yr amgylchedd am ddiogelwch bwyd, ac nid oes neb yn gyfrifol am y rota ar ôl y mis cyntaf. Mae'r swyddog yn marcio partneriaid a chapasiti yn ambr ac yn cynllunio i ddatrys y ddau cyn unrhyw brawf.
""",
            },
            {
                "title": "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015",
                "body": """Dyma destun llawn y Ddeddf sy'n llywio sut mae'n rhaid i bob cyngor yng Nghymru feddwl am lesiant hirdymor. Nid oes angen i chi ei darllen i gyd. Darllenwch hi i weld yr union eiriad y gallwch ei ddyfynnu wrth ddadlau bod addasiad yn cyd-fynd â dyletswyddau eich cyngor.

Canolbwyntiwch ar dair rhan. Mae adran 4 yn nodi'r saith nod llesiant; nodwch pa rai y mae eich arloesedd yn eu gwasanaethu, er enghraifft Cymru gydnerth ar gyfer ynni cymunedol neu Gymru o gymunedau cydlynus ar gyfer cynllun i fynd i'r afael ag unigrwydd. Mae adran 5 yn egluro'r egwyddor datblygu cynaliadwy, y daw'r pum ffordd o weithio ohoni. Mae Rhan 4 yn ymdrin â Byrddau Gwasanaethau Cyhoeddus a'u cynlluniau llesiant. Yna dewch o hyd i gynllun llesiant presennol eich Bwrdd Gwasanaethau Cyhoeddus a gwiriwch a yw eich problem ynddo eisoes.""",
            },
            {
                "title": "Llywodraeth Cymru: targedau newid hinsawdd a chyllidebau carbon",
                "body": """Mae'r dudalen hon gan Lywodraeth Cymru yn nodi llwybr statudol Cymru at sero net: targed sero net 2050, y targedau interim a'r cyllidebau carbon pum mlynedd. Mae hefyd yn egluro mai Cymru Sero Net yw'r cynllun ar gyfer yr ail gyllideb garbon. Darllenwch hi i angori unrhyw addasiad datgarboneiddio yn y fframwaith cenedlaethol.

Chwiliwch am y tabl o dargedau a chyllidebau, a nodwch gyfnod y gyllideb rydych chi ynddo nawr. Yna dilynwch y ddolen i Gymru Sero Net a dewch o hyd i'r adrannau sydd fwyaf perthnasol i'ch arloesedd, er enghraifft adeiladau ar gyfer ôl-osod, trafnidiaeth ar gyfer fflydoedd a theithio llesol, neu drydan a gwres ar gyfer ynni cymunedol. Defnyddiwch un o'r cyfeiriadau hyn yng ngham “Ein cyd-destun” eich cynfas i ddangos bod yr addasiad yn cefnogi nodau cenedlaethol yn ogystal â nodau lleol.""",
            },
        ],
        "activities": [
            {
                "title": "Cam 2 y cynfas: disgrifio ein cyd-destun",
                "instructions": """Agorwch y cynfas ac ewch i'r cam **Ein cyd-destun**. Ysgrifennwch dri chofnod.

1. **Y broblem yma.** Un neu ddwy frawddeg am y broblem yn eich ardal chi, o ran pobl a chanlyniadau. Peidiwch â sôn am yr arloesedd. Mae “Mae pobl hŷn yng ngogledd y fwrdeistref yn ynysig ar ôl cael eu rhyddhau o'r ysbyty” yn broblem. Mae “Mae angen Cydgysylltu Ardaloedd Lleol arnom” yn ateb mewn cuddwisg.
2. **Pwy sy'n cael eu heffeithio.** Enwch y grwpiau, ble maen nhw'n byw, a faint ohonyn nhw sydd yn fras, gan ddefnyddio ffynhonnell fel StatsCymru, Data Cymru, y Cyfrifiad neu asesiad llesiant eich Bwrdd Gwasanaethau Cyhoeddus. Os mai amcangyfrif yn unig sydd gennych, dywedwch hynny a'i gyflwyno fel enghraifft, er enghraifft “dyweder, 40 o aelwydydd mewn dwy stryd”.
3. **Thema.** Dewiswch y thema: Datgarboneiddio Cyflymach, Cymunedau Cefnogol neu'r ddwy. Ychwanegwch y nod llesiant neu'r cynllun cenedlaethol y mae'n ei wasanaethu, fel Cymru Sero Net neu Gymunedau Cysylltiedig.

Pam mae hyn yn bwysig: byddwch chi'n barnu addasrwydd yn erbyn *eich* problem chi, nid problem y rhai a'i creodd. Os na allwch ddisgrifio eich problem heb enwi'r ateb, stopiwch a'i thrafod gyda'ch hwylusydd cyn i chi sgorio addasrwydd.""",
            },
            {
                "title": "Cam 3 y cynfas: sgorio'r addasrwydd",
                "instructions": """Ewch i'r cam **Addasrwydd** yn y cynfas. Rhowch saith sgôr o 1 i 5, lle mae 5 bob amser yn ffafriol, ac ysgrifennwch un llinell o resymu ar gyfer pob un.

1. **Mantais gymharol:** faint yn well ydyw na'r hyn rydych chi'n ei wneud nawr?
2. **Cydnawsedd:** pa mor dda mae'n cyd-fynd â'ch gwerthoedd, eich systemau a'r bobl yr effeithir arnynt.
3. **Cymhlethdod:** pa mor syml ydyw (mae 5 yn golygu syml iawn).
4. **Modd ei dreialu:** pa mor hawdd yw rhoi cynnig arno ar raddfa fach a thynnu'n ôl.
5. **Gwelededd:** pa mor hawdd fydd hi i bobl ei weld yn gweithio.
6. **Cryfder y dystiolaeth:** defnyddiwch eich gradd o wythnos 2; mae lefel 1 yn cael sgôr isel a lefelau 4 i 5 yn cael sgôr uchel.
7. **Parodrwydd lleol:** eich barn gyffredinol o'r rhestr wirio parodrwydd.

Yna rhowch gylch o amgylch eich dwy sgôr isaf ac ysgrifennwch un frawddeg am bob un: a allai addasiad ddatrys hyn, neu a yw'n rheswm dros adael?

Pam mae hyn yn bwysig: mae'r sgorau'n gwneud amheuon cudd yn weladwy ac yn rhoi iaith gyffredin i'ch tîm. Mae'r sgorau isel yn dangos i chi yn union ble i ganolbwyntio yn wythnosau 4 a 5. Peidiwch ag adio'r sgorau at ei gilydd; gall un sgôr isel iawn fod yn bwysicach na sawl sgôr uchel.""",
            },
            {
                "title": "Ble mae'r esgid yn gwasgu?",
                "instructions": """1. Edrychwch ar eich dwy sgôr addasrwydd isaf.
2. Ar gyfer pob un, nodwch safbwynt pwy y mae'n ei adlewyrchu: staff rheng flaen, preswylwyr, rheolwyr, aelodau etholedig, partneriaid.
3. Os gallwch, gofynnwch i un person o'r grŵp hwnnw am bum munud o'i amser i glywed ei farn cyn y sesiwn. Mae sgwrs gyflym yn y depo, yn yr hwb neu yn y swyddfa yn ddigon.
4. Nodwch a wnaeth ei farn godi neu ostwng eich sgôr.

Cwestiwn i'w drafod: pa agweddau ar gyd-destun Cymru neu'r cyd-destun lleol (iaith, natur wledig, stoc tai, gwleidyddiaeth, partneriaethau) sydd amlaf yn achosi trafferth i syniad o rywle arall, a pha rai o'r rheini y gall cyngor eu newid mewn gwirionedd?""",
            },
        ],
    },
]
