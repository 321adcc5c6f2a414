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
            "Disgrifio'n gywir o leiaf ddau arloesedd adnabyddus, un ar gyfer pob un o themâu Infuse.",
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

Dychmygwch fod swyddog yn Nhorfaen yn cael cais i leihau unigrwydd ymhlith pobl hŷn sy'n dychwelyd adref o'r ysbyty. Yn hytrach na chynllunio gwasanaeth newydd, mae hi'n treulio bore yn sganio. Mae hi'n darllen gwaith Canolfan Polisi Cyhoeddus Cymru ar unigrwydd ac ynysigrwydd cymdeithasol. Mae hi'n chwilio llyfrgell yr LGA am bresgripsiynu cymdeithasol. Mae hi'n dysgu bod Cyngor Abertawe yn defnyddio Cydgysylltu Ardaloedd Lleol, a bod cynlluniau Shared Lives yng Nghymru yn cynnig cymorth dydd a seibiannau byr yn ogystal â chartrefi tymor hir. Erbyn hyn mae ganddi bedwar opsiwn, pob un â ffynhonnell wedi'i henwi, ac mae hi'n trefnu galwad gydag Abertawe.

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
Beiciau â chymorth trydan wedi'u hadeiladu i gario llwythi. Mae cynghorau a busnesau yn eu defnyddio ar gyfer teithiau byr mewn trefi a dinasoedd a fyddai fel arall yn gofyn am fan, ac mae rhai cynlluniau'n eu benthyca i breswylwyr a busnesau bach er mwyn iddyn nhw roi cynnig arnyn nhw.

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
            "Disgrifio pum lefel Safonau Tystiolaeth Nesta yn glir ac yn syml.",
            "Gwahaniaethu rhwng straeon a chanlyniadau sydd wedi'u monitro, wedi'u gwerthuso neu wedi'u gwerthuso'n annibynnol.",
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
- **Cysylltwch y lefel â'r hyn sydd yn y fantol.** Mae rhoi cynnig ar oergell gymunedol am dri mis mewn un hyb yn risg isel. Nid felly ymrwymo cyfalaf i ôl-osod cyfran fawr o'ch stoc tai.
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

Dychmygwch fod eich cyngor ym Mhen-y-bont ar Ogwr yn ystyried dau syniad.

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

Dychmygwch fod swyddog ym Mro Morgannwg yn archwilio Cydgysylltu Ardaloedd Lleol ac yn trefnu galwad gyda Chyngor Abertawe. Mae hi'n gofyn beth na fyddai Abertawe byth yn ei hepgor, pa rannau o rôl y cydgysylltydd y maen nhw'n eu hystyried yn hanfodol, a sut maen nhw'n atal cydgysylltwyr rhag troi'n ddim ond gwasanaeth atgyfeirio arall. Beth bynnag fo'r atebion, maen nhw'n bwydo'n syth i'w gwaith yn wythnos 4 ar gydrannau craidd.

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
            "Egluro'r pum nodwedd y mae Rogers yn eu priodoli i arloesiadau, a'u cymhwyso i enghraifft gan gyngor.",
            "Asesu parodrwydd lleol, gan gynnwys yr arweinyddiaeth, y capasiti, yr arian, y data a'r partneriaid.",
            "Cysylltu addasiad arfaethedig â Deddf Llesiant Cenedlaethau'r Dyfodol, Deddf Gwasanaethau Cymdeithasol a Llesiant neu Gymru Sero Net.",
        ],
        "materials": [
            {
                "title": "Pum nodwedd Rogers ar gyfer cynghorau",
                "body": """## O ble y daw'r nodweddion

Yn ei lyfr *Diffusion of Innovations*, a gyhoeddwyd gyntaf yn 1962, astudiodd Everett Rogers pam mae rhai syniadau newydd yn lledaenu'n gyflym a rhai eraill ddim. Canfu fod y ffordd y mae pobl yn *gweld* arloesedd yn bwysig iawn. Mae pum nodwedd yn sefyll allan. Mae arloesiadau'n lledaenu'n gyflymach pan fydd pobl yn eu gweld yn well na'r hyn sydd ganddyn nhw, yn gydnaws â'u gwerthoedd a'u ffyrdd o weithio, yn syml, yn hawdd rhoi cynnig arnyn nhw ac yn hawdd gweld eu bod yn gweithio.

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

Dychmygwch fod Blaenau Gwent yn ystyried oergell gymunedol mewn hyb cymunedol. Mae'r addasrwydd yn edrych yn dda: cost isel, hawdd ei dreialu, gweladwy. Mae'r parodrwydd yn gymysg. Mae rheolwr yr hyb yn fodlon, ond nid oes neb wedi holi'r tîm iechyd yr amgylchedd am ddiogelwch bwyd, ac nid oes neb yn gyfrifol am y rota ar ôl y mis cyntaf. Mae'r swyddog yn marcio partneriaid a chapasiti yn ambr ac yn cynllunio i ddatrys y ddau cyn unrhyw brawf.
""",
            },
            {
                "title": "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015: y testun llawn",
                "body": """Dyma destun llawn y Ddeddf sy'n llywio sut mae'n rhaid i bob cyngor yng Nghymru feddwl am lesiant hirdymor. Nid oes angen i chi ei darllen i gyd. Darllenwch hi i weld yr union eiriad y gallwch ei ddyfynnu wrth ddadlau bod addasiad yn cyd-fynd â dyletswyddau eich cyngor.

Canolbwyntiwch ar dair rhan. Mae adran 4 yn nodi'r saith nod llesiant; nodwch pa rai y mae eich arloesedd yn eu gwasanaethu, er enghraifft Cymru gydnerth ar gyfer ynni cymunedol neu Gymru o gymunedau cydlynus ar gyfer cynllun i fynd i'r afael ag unigrwydd. Mae adran 5 yn egluro'r egwyddor datblygu cynaliadwy, y daw'r pum ffordd o weithio ohoni. Mae Rhan 4 yn ymdrin â Byrddau Gwasanaethau Cyhoeddus a'u cynlluniau llesiant. Yna dewch o hyd i gynllun llesiant presennol eich Bwrdd Gwasanaethau Cyhoeddus a gwiriwch a yw eich problem ynddo eisoes.""",
            },
            {
                "title": "Llywodraeth Cymru: targedau newid hinsawdd a'r cyllidebau carbon",
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
3. Os gallwch, gofynnwch i un person o'r grŵp hwnnw am bum munud o'i amser i glywed ei farn cyn y sesiwn. Mae sgwrs gyflym yn y depo, yn yr hyb neu yn y swyddfa yn ddigon.
4. Nodwch a wnaeth ei farn godi neu ostwng eich sgôr.

Cwestiwn i'w drafod: pa agweddau ar gyd-destun Cymru neu'r cyd-destun lleol (iaith, natur wledig, stoc tai, gwleidyddiaeth, partneriaethau) sydd amlaf yn achosi trafferth i syniad o rywle arall, a pha rai o'r rheini y gall cyngor eu newid mewn gwirionedd?""",
            },
        ],
    },
    {
        "number": 4,
        "title": "Rhannau craidd a rhannau y gellir eu haddasu",
        "summary": (
            "Mae gan bob arloesedd rannau sy'n gwneud iddo weithio a rhannau a oedd yn gweddu i'r "
            "lle y daeth ohono yn unig. Yr wythnos hon byddwch chi'n dysgu gwahaniaethu rhyngddynt. "
            "Byddwch chi'n gwahanu'r cydrannau craidd oddi wrth yr ymylon y gellir eu haddasu, yn "
            "pwyso a mesur ffyddlondeb yn erbyn addasu, ac yn cynllunio pob newid rydych chi am ei "
            "wneud fel ei fod yn fwriadol, wedi'i gofnodi ac yn ddiogel. Mae'r enghreifftiau wedi'u "
            "gweithio yn cynnwys nyrsio cymdogaeth yn null Buurtzorg, Shared Lives, ôl-osod "
            "Energiesprong a strydoedd ysgol."
        ),
        "outcomes": [
            "Gwahaniaethu rhwng cydrannau craidd arloesedd a'r ymylon y gellir eu haddasu.",
            "Egluro'r tensiwn rhwng ffyddlondeb ac addasu, a phryd mae pob un yn bwysicach.",
            "Cynllunio pob newid arfaethedig gyda rheswm, perchennog a gwiriad ar y craidd.",
            "Adnabod newidiadau a fyddai'n cael gwared yn dawel ar gynhwysyn gweithredol arloesedd.",
        ],
        "materials": [
            {
                "title": "Cydrannau craidd a'r ymylon y gellir eu haddasu",
                "body": """## Dau fath o ran

Mae ymchwilwyr sy'n astudio sut mae arloesiadau'n cael eu rhoi ar waith yn tynnu llinell ddefnyddiol drwy bob arloesedd. Mae'r Consolidated Framework for Implementation Research (Damschroder a'i gydweithwyr, 2009) yn eu galw'n:

- **Cydrannau craidd:** y rhannau hanfodol. Os byddwch chi'n eu tynnu allan neu'n eu gwanhau, bydd yr arloesedd yn peidio â chyflawni ei ganlyniadau.
- **Ymylon y gellir eu haddasu:** y rhannau sy'n gallu newid i weddu i bobl, systemau a lleoedd lleol heb niweidio'r canlyniadau.

Galwodd Rogers newid lleol i arloesedd yn **ailddyfeisio**. Canfu ei fod yn gyffredin, ac yn aml yn helpu syniad i fwrw gwreiddiau. Y perygl yw ailddyfeisio nes bod y craidd wedi diflannu.

## Ffyddlondeb yn erbyn addasu

Mae ffyddlondeb yn golygu cyflwyno'r arloesedd fel y'i cynlluniwyd. Mae addasu yn golygu ei newid er mwyn iddo weddu. Mae'r ddau yn bwysig.
- Gormod o ffyddlondeb, ac rydych chi'n gorfodi rhywbeth nad yw'n gweddu i'ch pobl, felly mae staff yn dod o hyd i ffyrdd o'i osgoi.
- Gormod o addasu, ac rydych chi'n cadw'r enw ond yn colli'r cynhwysyn gweithredol. Yna rydych chi'n dod i'r casgliad “nid yw'n gweithio yma” heb i chi erioed roi cynnig go iawn arno.

Y nod yw **ffyddlondeb i'r craidd, hyblygrwydd yn yr ymylon**.

## Sut i ddod o hyd i'r craidd

1. **Darllenwch y ddamcaniaeth newid.** Pa gamau sy'n gorfod digwydd er mwyn i'r canlyniad ddilyn?
2. **Gofynnwch i'r rhai a'i creodd.** “Beth na fyddech chi byth yn ei hepgor?” yw'r cwestiwn mwyaf defnyddiol o'ch galwad yn wythnos 2.
3. **Edrychwch ar gopïau a fethodd.** Pan fydd copïau'n siomi, beth wnaethon nhw ei newid?
4. **Profwch bob rhan.** Pe baem yn tynnu hon allan, a fydden ni'n dal i ddisgwyl y canlyniad? Os felly, mae'n debyg ei bod yn rhan o'r ymylon.

## Enghraifft wedi'i gweithio: nyrsio yn null Buurtzorg

Dychmygwch fod partneriaid yng Nghwm Taf Morgannwg am addasu Buurtzorg ar gyfer gofal cymunedol yn Rhondda Cynon Taf.
- **Craidd tebygol:** timau bach yn gwasanaethu un gymdogaeth; timau'n trefnu eu gwaith eu hunain; nyrsys yn gwneud y gwaith cyfan, nid ymweliadau fesul tasg; pwyslais ar annibyniaeth yr unigolyn a'i rwydwaith anffurfiol; hyfforddi yn lle rheolaeth linell.
- **Ymylon tebygol:** union faint y tîm; y system TG; teitlau swyddi; y cymysgedd o nyrsys a gweithwyr gofal; brandio.
- **Arwydd rhybudd:** cadw'r enw ond ychwanegu haen o arweinwyr tîm a thalu fesul ymweliad. Byddai hynny'n cael gwared ar ddwy gydran graidd ar unwaith.

## Enghraifft wedi'i gweithio: strydoedd ysgol

- **Craidd tebygol:** mae'r ffordd ar gau i draffig trwodd ar adegau ysgol; caiff y cau ei orfodi neu ei staffio fel ei fod yn dal mewn gwirionedd; mae'r eithriadau'n gyfyngedig.
- **Ymylon tebygol:** yr union amseroedd; rhwystrau, camerâu neu stiwardiaid gwirfoddol; pa eithriadau sydd y tu hwnt i ddeiliaid Bathodyn Glas a phreswylwyr.
- **Arwydd rhybudd:** arwyddion “cynghorol” heb orfodi. Mae'r stryd yn aros ar agor yn ymarferol.
""",
            },
            {
                "title": "Cynllunio pob addasiad",
                "body": """## Pam cynllunio pob newid

Mae addasiadau'n digwydd beth bynnag. Mae rheolwyr yn gwneud mân newidiadau, mae staff yn byrfyfyrio, mae partneriaid yn ychwanegu amodau. Mae'n anodd dysgu o newidiadau heb eu cynllunio, a gallant dynnu'r craidd allan heb i neb sylwi. Mae cynllunio pob newid yn ei wneud yn fwriadol ac yn bosibl ei olrhain. Mae'r daflen waith hon yn seiliedig ar fframwaith FRAME ar gyfer adrodd ar addasiadau (Wiltsey Stirman a'i chydweithwyr, 2019), wedi'i symleiddio i'w ddefnyddio mewn cyngor.

## Y tabl addasu

Ar gyfer pob newid rydych chi'n ei gynllunio, llenwch un rhes gyda'r colofnau hyn.

| Colofn | Beth i'w ysgrifennu |
| --- | --- |
| **Newid** | Beth yn union fydd yn wahanol i'r gwreiddiol? |
| **Math** | Cynnwys (beth sy'n cael ei wneud), cyflwyno (sut), pobl (pwy sy'n ei wneud), lle, neu raddfa. |
| **Rheswm** | Pam: angen lleol, y gyfraith, cyllid, iaith, daearyddiaeth, diwylliant, capasiti. |
| **Penderfynwyd gan** | Pwy a gytunodd, ac a oedd preswylwyr neu staff rheng flaen yn rhan o'r penderfyniad? |
| **Risg i'r craidd** | Dim, posibl neu uchel. Os yw'n uchel, meddyliwch eto. |
| **Sut y byddwn yn gwirio** | Beth y byddwch chi'n cadw llygad arno i weld a yw'r newid yn helpu neu'n niweidio. |

## Rheolau bawd

- Newidiwch yr ymylon yn gyntaf. Cyffyrddwch â'r craidd dim ond os oes gennych reswm cryf a chynllun i'w brofi.
- Addaswch er lles y bobl yr effeithir arnynt, nid er hwylustod y sefydliad.
- Mae'r Gymraeg yn fater dylunio, nid yn waith cyfieithu ar y diwedd. Cynlluniwch o'r dechrau i wasanaethau fod ar gael yn Gymraeg.
- Cadwch y tabl yn fyw. Ychwanegwch resi pan fydd newidiadau heb eu cynllunio'n digwydd, a byddwch yn onest amdanynt.

## Enghraifft wedi'i gweithio: dull ôl-osod mewn tai cymdeithasol

Dychmygwch fod tîm tai un o gynghorau Prifddinas-Ranbarth Caerdydd yn addasu dull ôl-osod tŷ cyfan yn null Energiesprong ar gyfer stryd o gartrefi tebyg a godwyd ar ôl y rhyfel.

| Newid | Math | Rheswm | Risg i'r craidd | Gwirio |
| --- | --- | --- | --- | --- |
| Dechrau gyda chynllun peilot o, dyweder, 6 chartref yn hytrach na swp mawr | Graddfa | Y gyllideb a dysgu | Posibl: mae paneli a wnaed mewn ffatri yn dibynnu ar niferoedd mawr i dorri costau | Cymharu costau uned â phrosiectau cynnar y rhai a'i creodd |
| Cyswllt â thenantiaid yn Gymraeg ac yn Saesneg | Cyflwyno | Safonau'r Gymraeg ac anghenion tenantiaid | Dim | Adborth tenantiaid |
| Dewis model pwmp gwres o fframwaith sy'n bodoli eisoes | Cynnwys | Rheolau caffael | Posibl: mae'r modiwl ynni yn rhan graidd | Gwirio perfformiad yn erbyn safon y dyluniad |
| Cadw'r nod o dŷ cyfan ac ynni sero net | Dim | Mae hyn yn graidd | Amherthnasol | Defnydd ynni o'r mesuryddion cyn ac ar ôl |

Sylwch ar y rhes olaf. Mae ysgrifennu'r hyn *nad* ydych chi'n ei newid yr un mor ddefnyddiol â rhestru'r hyn rydych chi'n ei newid.
""",
            },
            {
                "title": "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014: y testun llawn",
                "body": """Dyma destun llawn y Ddeddf sy'n llywodraethu gofal cymdeithasol yng Nghymru. Darllenwch adrannau dethol i wirio bod unrhyw addasiad o arloesedd Cymunedau Cefnogol yn aros o fewn dyletswyddau cyfreithiol eich cyngor, ac yn ddelfrydol yn eu hyrwyddo.

Edrychwch yn gyntaf ar adran 15, y ddyletswydd i ddarparu gwasanaethau ataliol, sef lle mae cynlluniau fel Cydgysylltu Ardaloedd Lleol a chysylltwyr cymunedol yn aml yn perthyn. Yna darllenwch adran 16, sy'n ei gwneud yn ofynnol i gynghorau hyrwyddo mentrau cymdeithasol, cwmnïau cydweithredol, gwasanaethau a arweinir gan ddefnyddwyr a'r trydydd sector; mae hyn yn bwysig os yw eich addasiad yn golygu bod grŵp cymunedol neu gwmni cydweithredol yn rhedeg rhan o'r gwasanaeth. Sylwch sut mae'r Ddeddf yn fframio llesiant, a llais a rheolaeth yr unigolyn. Gofynnwch i chi'ch hun: a yw pob newid yn eich tabl addasu yn cryfhau'r egwyddorion hyn neu'n eu gwanhau?""",
            },
            {
                "title": "Shared Lives Plus: rhwydwaith y DU",
                "body": """Shared Lives Plus yw rhwydwaith y DU ar gyfer Shared Lives a Homeshare. Mae ei wefan yn lle da i astudio un arloesedd sydd wedi'i addasu droeon gan gadw craidd clir. Darllenwch hi fel enghraifft fyw o graidd ac ymylon, nid fel deunydd marchnata.

Wrth bori, rhestrwch yr hyn sy'n aros yr un fath ar draws cynlluniau, er enghraifft gofalwr sydd wedi'i gymeradwyo'n ofalus, proses baru fwriadol, a chymorth mewn cartref teuluol cyffredin. Yna rhestrwch yr hyn sy'n amrywio: byw yno yn y tymor hir, seibiannau byr, cymorth dydd, a defnyddiau mwy newydd fel cymorth ar ôl cyfnod yn yr ysbyty. Nodwch pa grwpiau y mae cynlluniau bellach yn eu cefnogi y tu hwnt i bobl ag anableddau dysgu. Yn olaf, meddyliwch pa rai o'r amrywiadau hyn y gallai cynllun yn eich ardal chi roi cynnig arnynt, a pha rannau y byddech chi'n eu trin fel rhai na ellir eu cyffwrdd.""",
            },
        ],
        "activities": [
            {
                "title": "Cam 4 y cynfas: rhannau craidd a rhannau y gellir eu newid",
                "instructions": """Ewch i'r cam **Rhannau craidd a rhannau y gellir eu newid** yn y cynfas. Ysgrifennwch ddwy restr a chynllun byr.

1. **Rhannau y mae'n rhaid i ni eu cadw.** Rhestrwch rhwng tair a chwe rhan rydych chi'n credu eu bod yn hanfodol. Ar gyfer pob un, ychwanegwch ychydig eiriau o dystiolaeth: y ddamcaniaeth newid, yr hyn a ddywedodd y rhai a'i creodd wrthych, neu'r hyn a ddigwyddodd mewn copïau a fethodd.
2. **Rhannau y byddwn yn eu newid yma.** Rhestrwch y rhannau y gallech eu newid i weddu i'ch cyd-destun, fel amseru, cymysgedd staff, lleoliad, TG, brandio, graddfa ac iaith.
3. **Newidiadau arfaethedig.** Ar gyfer pob newid rydych chi'n bwriadu ei wneud, nodwch y rheswm a'ch barn am y risg i'r craidd: dim, posibl neu uchel. Defnyddiwch y tabl addasu o daflen waith yr wythnos hon os yw'n help.
4. **Heb ei newid.** Enwch o leiaf un rhan graidd rydych chi'n ei chadw'n fwriadol, er y byddai'n haws ei newid.

Pam mae hyn yn bwysig: mae'r cam hwn yn diogelu'r cynhwysyn gweithredol. Os bydd eich prawf yn methu yn nes ymlaen, byddwch chi'n gwybod ai'r syniad a fethodd ynteu eich newidiadau chi. Mae hefyd yn rhoi neges glir i chi ar gyfer rheolwyr sydd am wneud “dim ond mân newid” i rywbeth canolog.""",
            },
            {
                "title": "Ffyddlondeb neu hyblygrwydd?",
                "instructions": """1. Dewiswch y newid yn eich cynllun rydych chi'n teimlo leiaf sicr amdano.
2. Nodwch y ddadl o blaid ei wneud: pwy sydd ei eisiau, a pham.
3. Nodwch y ddadl yn ei erbyn: beth allai gael ei golli.
4. Meddyliwch am brosiect yn eich cyngor yn y gorffennol, yn y naill thema neu'r llall, a gadwodd enw syniad ond a gollodd ei sylwedd. Beth newidiodd, a phwy a benderfynodd?

Cwestiwn i'w drafod: yn eich cyngor chi, pwy sydd â'r pŵer i newid craidd arloesedd heb i neb sylwi, a sut gallech chi wneud y penderfyniadau hynny'n weladwy?""",
            },
        ],
    },
    {
        "number": 5,
        "title": "Cynllunio prawf bach",
        "summary": (
            "Cyn i chi ymrwymo arian neu staff, rydych chi'n profi ar raddfa fach. Mae'r wythnos "
            "hon yn cyflwyno'r Model Gwella a chylchoedd Cynllunio-Gwneud-Astudio-Gweithredu "
            "(PDSA). Byddwch chi'n ysgrifennu rhagfynegiad clir, yn dewis ychydig o fesurau syml ac "
            "yn cynllunio prawf cyntaf y gallech ei gynnal o fewn wythnosau, nid misoedd. Byddwch "
            "chi hefyd yn gwneud eich penderfyniad presennol ar yr arloesedd, sef mabwysiadu, "
            "addasu neu adael, ac yn dweud beth sydd angen i'r prawf ei ddangos i gadarnhau'r "
            "penderfyniad hwnnw neu ei newid."
        ),
        "outcomes": [
            "Disgrifio tri chwestiwn y Model Gwella a phedwar cam cylch PDSA.",
            "Cynllunio prawf cyntaf bach gyda rhagfynegiad, cwmpas ac amserlen glir.",
            "Dewis mesurau canlyniad, proses a chydbwyso sy'n gweddu i faint y prawf.",
            "Gwneud a chyfiawnhau penderfyniad i fabwysiadu, addasu neu adael, a nodi pa dystiolaeth a fyddai'n ei newid.",
        ],
        "materials": [
            {
                "title": "Cylchoedd PDSA: profi ar raddfa fach a dysgu yn gyflym",
                "body": """## Y Model Gwella

Defnyddir y Model Gwella, a ddisgrifiwyd gan Langley a'i gydweithwyr yn *The Improvement Guide*, yn eang ym maes iechyd a gofal yng Nghymru a thu hwnt. Mae'n dechrau gyda thri chwestiwn.

1. **Beth rydyn ni'n ceisio'i gyflawni?** Eich nod.
2. **Sut byddwn ni'n gwybod bod newid yn welliant?** Eich mesurau.
3. **Pa newid y gallwn ei wneud a fydd yn arwain at welliant?** Eich addasiad.

Yna rydych chi'n profi'r newid mewn cylchoedd Cynllunio-Gwneud-Astudio-Gweithredu.

## Y pedwar cam

- **Cynllunio.** Nodwch beth y byddwch chi'n ei brofi, gyda phwy, ble a phryd. Ysgrifennwch **ragfynegiad**: beth rydych chi'n disgwyl iddo ddigwydd a pham. Penderfynwch pa ddata y byddwch chi'n eu casglu.
- **Gwneud.** Cynhaliwch y prawf. Cofnodwch beth sy'n digwydd, gan gynnwys pethau annisgwyl a phroblemau.
- **Astudio.** Cymharwch yr hyn a ddigwyddodd â'ch rhagfynegiad. Beth ddysgoch chi?
- **Gweithredu.** Penderfynwch beth nesaf: mabwysiadu'r newid, ei addasu a'i brofi eto, neu roi'r gorau iddo.

## Rheolau ar gyfer prawf cyntaf da

- **Ewch yn llai nag sy'n teimlo'n gyfforddus.** Un beic, un stryd, un hyb, un gofalwr, un wythnos. Gallwch gynyddu'r raddfa yn y cylch nesaf.
- **Rhagfynegwch bob tro.** Heb ragfynegiad, mae pob canlyniad yn edrych fel llwyddiant.
- **Profwch gyda phobl fodlon yn gyntaf.** Mae profion cynnar yn ymwneud â dysgu, nid profi.
- **Cynlluniwch gynnydd graddol.** Cysylltwch sawl cylch, pob un ychydig yn fwy, wrth i'ch hyder dyfu.
- **Casglwch ddigon o ddata a dim mwy.** Gall taflen gyfrif a phum sgwrs fer fod yn ddigon ar gyfer y cylch cyntaf.

## Enghraifft wedi'i gweithio: Datgarboneiddio Cyflymach

Dychmygwch fod tîm parciau Casnewydd am roi cynnig ar feic cargo trydan yn lle fan ar gyfer casglu sbwriel yng nghanol y ddinas.
- **Cynllunio:** un beic wedi'i fenthyg, dau aelod o staff, un wythnos, y tair rownd fyrraf. Rhagfynegiad: ni fydd y rowndiau'n cymryd mwy o amser nag mewn fan, a byddant yn arbed y rhan fwyaf o filltiroedd y fan ar y rowndiau hynny.
- **Gwneud:** mae'r staff yn cofnodi amseroedd, pellteroedd, llwythi a phroblemau bob dydd.
- **Astudio:** roedd yr amseroedd yn debyg, ond ni allai'r beic gario biniau llawn ar un rownd.
- **Gweithredu:** addasu. Cadw'r beic ar gyfer dwy rownd, ychwanegu man gollwng hanner ffordd ar gyfer y drydedd, a phrofi am bythefnos.

## Enghraifft wedi'i gweithio: Cymunedau Cefnogol

Dychmygwch fod man cynnes mewn llyfrgell yng Nghaerffili am ychwanegu sgwrs syml, “sut mae pethau?”, i gysylltu pobl â chymorth.
- **Cynllunio:** un gwirfoddolwr, dau brynhawn, canllaw sgwrsio byr. Rhagfynegiad: bydd y rhan fwyaf o ymwelwyr yn croesawu sgwrs, a bydd rhai yn derbyn atgyfeiriad.
- **Astudio:** roedd ymwelwyr yn croesawu'r sgwrs ond doedden nhw ddim yn hoffi'r ffurflen. **Gweithredu:** rhoi'r gorau i'r ffurflen, cadw'r sgwrs, profi eto.

## Cymorth yng Nghymru

Mae Gwelliant Cymru, sy'n rhan o Iechyd Cyhoeddus Cymru, yn cefnogi dulliau gwella ar draws system iechyd a gofal Cymru ac yn ffynhonnell ddefnyddiol o ganllawiau a hyfforddiant ar PDSA.
""",
            },
            {
                "title": "Dewis mesurau ar gyfer prawf bach",
                "body": """## Tri math o fesur

Mae timau gwella yn defnyddio tri math o fesur. Mae angen o leiaf un o bob math ar brawf bach, ac anaml mwy na phedwar i gyd.

- Mae **mesurau canlyniad** yn dweud wrthych a yw pethau'n well i bobl neu i'r blaned: llai o filltiroedd fan, llai o ddefnydd ynni, llai o bobl yn teimlo'n unig.
- Mae **mesurau proses** yn dweud wrthych a yw'r newid yn digwydd fel y'i cynlluniwyd: faint o rowndiau a wnaed ar y beic, faint o ymwelwyr a gafodd gynnig sgwrs.
- Mae **mesurau cydbwyso** yn dweud wrthych a ydych chi wedi achosi problem yn rhywle arall: goramser staff, cwynion, traffig wedi'i ddargyfeirio i'r stryd nesaf.

## Cadwch bethau'n gymesur

- Defnyddiwch ddata rydych chi eisoes yn eu casglu lle gallwch chi, fel cardiau tanwydd, telemateg, darlleniadau mesuryddion, cyfrif ymwelwyr a nodiadau achos.
- Ychwanegwch gyfrif syml ar gyfer unrhyw beth newydd. Mae taflen bapur wrth y ddesg yn iawn ar gyfer y cylch cyntaf.
- Cynhwyswch yr hyn mae pobl yn ei ddweud. Mae pum sgwrs fer yn dweud wrthych pam symudodd y rhifau.
- Casglwch **linell sylfaen**: mae hyd yn oed wythnos o ddata “cyn” yn gwneud eich canlyniadau'n llawer mwy defnyddiol.
- Dilynwch GDPR y DU. Os ydych chi'n casglu data personol, holwch eich swyddog diogelu data yn gyntaf a chasglwch ddim ond yr hyn sydd ei angen arnoch.

## Enghreifftiau o fesurau o'r ddwy thema

### Datgarboneiddio Cyflymach

| Prawf | Canlyniad | Proses | Cydbwyso |
| --- | --- | --- | --- |
| Stryd ysgol mewn un ysgol gynradd | Cyfran y disgyblion sy'n cerdded, sgwtio neu feicio (arolwg codi dwylo) | Dyddiau pan oedd y ffordd ar gau ar yr adegau cywir | Cwynion o strydoedd cyfagos |
| Paneli solar ar do un ysgol drwy gwmni cydweithredol ynni cymunedol | Trydan a fewnforiwyd o'r grid | Dyddiau pan anfonodd y system fonitro ddata | Amser a dreuliodd gofalwr yr ysgol ar y system |
| Goleuadau LED newydd mewn un depo | Defnydd trydan o'i gymharu â'r un misoedd y llynedd | Gosodiadau a newidiwyd yn ôl yr amserlen | Sylwadau staff am ansawdd y golau |

### Cymunedau Cefnogol

| Prawf | Canlyniad | Proses | Cydbwyso |
| --- | --- | --- | --- |
| Oergell gymunedol mewn un hyb | Cilos o fwyd dros ben a rannwyd | Dyddiau ar agor gyda bwyd ar gael | Digwyddiadau diogelwch bwyd |
| Sesiwn galw heibio i ofalwyr mewn hyb cymunedol | Gofalwyr sy'n dweud eu bod yn teimlo'n llai unig (cwestiwn byr) | Sesiynau a gynhaliwyd; gofalwyr a ddaeth | Amser staff a gymerwyd o ddyletswyddau eraill |
| Cymorth dydd Shared Lives i un person | Barn y person ei hun am ei wythnos | Diwrnodau a gynlluniwyd a ddigwyddodd | Straen a nodwyd gan y gofalwr |

## Ysgrifennwch eich mesurau cyn i chi ddechrau

Cytunwch ar y mesurau, pwy sy'n eu casglu a pha mor aml cyn i'r prawf ddechrau. Os byddwch chi'n eu dewis wedyn, bydd temtasiwn i ddewis y rhai sy'n edrych yn dda.
""",
            },
            {
                "title": "Mabwysiadu, addasu neu adael: gwneud y penderfyniad",
                "body": """## Tri opsiwn gonest

Erbyn hyn rydych chi wedi disgrifio'r arloesedd, graddio ei dystiolaeth, disgrifio eich problem, sgorio'r addasrwydd a gwahanu'r craidd oddi wrth yr ymylon. Mae gennych ddigon i wneud penderfyniad dros dro.

### Mabwysiadu fel y mae
Cymryd yr arloesedd fwy neu lai fel y'i cynlluniwyd, y craidd a'r ymylon.
*Dewiswch hyn pan* fydd y sgorau addasrwydd yn uchel, y dystiolaeth yn gryf ar gyfer lleoliad tebyg i'ch un chi, a'ch parodrwydd yn dda. Mae hyn yn digwydd yn llai aml nag y mae pobl yn ei ddisgwyl.

### Addasu
Cadw'r craidd, newid yr ymylon yn fwriadol, a phrofi.
*Dewiswch hyn pan* fydd y craidd yn gweddu i'ch problem, ond rhannau o'r ymylon yn gwrthdaro â'ch pobl, eich systemau neu eich lle. Dyma'r penderfyniad mwyaf cyffredin.

### Gadael
Penderfynu peidio â bwrw ymlaen, am y tro neu am byth.
*Dewiswch hyn pan* fydd y craidd yn gwrthdaro â'ch cyd-destun, pan fydd y dystiolaeth yn wan a llawer yn y fantol, pan fydd y parodrwydd yn wael heb ateb realistig, neu pan ddaeth opsiwn gwell i'r amlwg wrth i chi sganio.

## Canlyniad yw gadael, nid methiant

Anaml y mae cynghorau'n cofnodi'r syniadau y penderfynon nhw beidio â'u dilyn. Mae hynny'n golled. Mae penderfyniad clir a rhesymegol i “adael” yn arbed arian, yn diogelu preswylwyr rhag rhywbeth nad yw'n gweddu, ac yn atal y swyddog nesaf rhag ailadrodd eich gwaith. Cofnodwch pam, a beth fyddai'n gorfod newid i chi edrych eto.

## Gwneud y penderfyniad yn un y gellir ei brofi

Beth bynnag a benderfynwch, ysgrifennwch beth fyddai'n newid eich meddwl. Er enghraifft:
- “Byddwn yn **addasu**. Os bydd y ddau gylch PDSA cyntaf yn dangos bod llai na hanner y sesiynau a gynlluniwyd yn digwydd, byddwn yn ailystyried ac efallai'n **gadael**.”
- “Byddwn yn **gadael** ôl-osod yn null Energiesprong am y tro, gan nad oes gennym swp o gartrefi tebyg. Byddwn yn edrych eto os bydd arolwg stoc y gymdeithas dai sy'n bartner i ni yn dod o hyd i un.”

## Pwy sy'n penderfynu

Byddwch yn glir pwy sy'n rhoi'r gymeradwyaeth: chi, eich rheolwr, bwrdd rhaglen neu aelod o'r cabinet. Fel arfer, y gwasanaeth sy'n gwneud penderfyniad dros dro ar gyfer prawf bach. Mae penderfyniad i gyflwyno rhywbeth yn llawn fel arfer yn mynd yn uwch. Rhaid i'ch cyngor adolygu ei berfformiad yn barhaus a chyhoeddi hunanasesiad o dan Ddeddf Llywodraeth Leol ac Etholiadau (Cymru) 2021. Mae penderfyniad wedi'i gofnodi a'i resymu, o unrhyw fath, yn dystiolaeth ddefnyddiol ar gyfer yr hunanasesiad hwnnw.
""",
            },
            {
                "title": "Llywodraeth Cymru: y Rhaglen Ôl-osod Optimaidd",
                "body": """Y Rhaglen Ôl-osod Optimaidd (ORP) yw rhaglen Llywodraeth Cymru ar gyfer datgarboneiddio tai cymdeithasol presennol. Mae'n ariannu landlordiaid cymdeithasol cofrestredig a chynghorau sy'n dal stoc tai i osod amrywiaeth o fesurau. Darllenwch hi fel enghraifft o raglen genedlaethol sy'n mabwysiadu dull profi a dysgu yn agored.

Sylwch sut mae'r dudalen yn disgrifio'r rhaglen fel dull tŷ cyfan sy'n ystyried gwneuthuriad cartref, ei wres a'i gyflenwad ynni. Nodwch ei safbwynt profi a dysgu amlwg a'i pharodrwydd datganedig i dderbyn risg, a meddyliwch beth mae hynny'n caniatáu i dîm mewn cyngor roi cynnig arno. Cymharwch hyn â'ch cynllun PDSA eich hun: beth sy'n cyfateb i gylch bach mewn rhaglen ôl-osod? Os yw eich arloesedd ym maes tai, gwiriwch sut y gallai eich prawf gyd-fynd â gwaith a ariennir gan y rhaglen yn hytrach na'i ddyblygu.""",
            },
        ],
        "activities": [
            {
                "title": "Cam 5 y cynfas: mabwysiadu, addasu neu adael",
                "instructions": """Ewch i'r cam **Mabwysiadu, addasu neu adael** yn y cynfas.

1. **Dewiswch un:** mabwysiadu fel y mae, addasu neu adael.
2. **Eglurwch pam** mewn tair i bum brawddeg. Cyfeiriwch yn uniongyrchol at eich camau cynharach: gradd y dystiolaeth, eich dwy sgôr addasrwydd isaf, a'r rhannau craidd a nodwyd gennych.
3. **Nodwch beth fyddai'n newid eich meddwl.** Ysgrifennwch un frawddeg sy'n dechrau “Byddem yn ailystyried pe bai…”.
4. **Enwch pwy sydd angen cytuno** i'r penderfyniad hwn ac i'r prawf.

Os byddwch chi'n dewis **gadael**, llenwch y cofnodion “Pam” a “Byddem yn ailystyried pe bai…” o hyd, yna hepgorwch y cam prawf a dywedwch wrth eich hwylusydd. Mae penderfyniad i adael sydd wedi'i resymu'n dda yn ganlyniad dilys i'r Labordy hwn.

Pam mae hyn yn bwysig: mae ysgrifennu'r penderfyniad yn eich gorfodi i gysylltu'r dystiolaeth â'r dewis. Mae hefyd yn rhoi crynodeb byr, clir i'ch rheolwr, ac yn atal y penderfyniad rhag llithro wrth i'r brwdfrydedd gynyddu neu leihau.""",
            },
            {
                "title": "Cam 6 y cynfas: cynllunio eich prawf PDSA cyntaf",
                "instructions": """Ewch i'r cam **Prawf bach cyntaf** yn y cynfas. Cynlluniwch un prawf bach y gallech ei ddechrau o fewn pedair wythnos.

1. **Nod.** Un frawddeg: beth rydych chi'n ceisio'i gyflawni yn y prawf hwn?
2. **Newid.** Beth yn union y byddwch chi'n rhoi cynnig arno, gan gynnwys pa rannau craidd a pha rannau wedi'u haddasu.
3. **Cwmpas.** Pwy, ble, pryd ac am ba hyd. Cadwch ef yn fach: un safle, un tîm neu lond llaw o bobl, am wythnos i bedair wythnos.
4. **Rhagfynegiad.** Beth rydych chi'n disgwyl iddo ddigwydd, a pham.
5. **Mesurau.** O leiaf un mesur canlyniad, un mesur proses ac un mesur cydbwyso, pob un gyda phwy sy'n ei gasglu a pha mor aml. Nodwch eich llinell sylfaen.
6. **Astudio a gweithredu.** Pryd y byddwch chi'n cyfarfod i gymharu'r canlyniadau â'ch rhagfynegiad, a phwy fydd yn penderfynu ar y cylch nesaf.

Pam mae hyn yn bwysig: mae prawf bach wedi'i gynllunio'n dda yn troi penderfyniad ar bapur yn ddysgu. Mae'r rhagfynegiad yn eich cadw'n onest. Mae'r mesur cydbwyso yn diogelu preswylwyr a staff. Mae cyfnod byr yn golygu eich bod yn dysgu cyn cylch y gyllideb, nid ar ei ôl.""",
            },
            {
                "title": "Beth rydych chi'n ofni y bydd y prawf yn ei ddangos?",
                "instructions": """1. Darllenwch eich rhagfynegiad eto.
2. Nodwch y canlyniad yr hoffech ei weld leiaf, a pham. Byddwch yn onest: ai preswylwyr, eich tîm, eich enw da neu ddisgwyliadau rheolwr sy'n eich poeni?
3. Nodwch beth fyddech chi'n ei wneud pe bai'r canlyniad hwnnw'n digwydd. A fyddech chi'n addasu, yn gadael, neu'n cael eich temtio i chwilio am esgus drosto?
4. Gwiriwch y byddai o leiaf un o'ch mesurau yn datgelu'r canlyniad hwnnw pe bai'n digwydd.

Cwestiwn i'w drafod: sut mae eich cyngor yn ymateb pan fydd cynllun peilot yn dangos nad yw rhywbeth yn gweithio, a beth fyddai'n ei gwneud yn fwy diogel i swyddogion adrodd ar ganlyniad siomedig?""",
            },
        ],
    },
    {
        "number": 6,
        "title": "Lledaenu'r hyn sy'n gweithio",
        "summary": (
            "Dechrau yw prawf llwyddiannus, nid diwedd. Yr wythnos hon byddwch chi'n edrych ar sut "
            "mae arfer da yn lledaenu ac yn para. Byddwch chi'n cymharu ehangu allan, ehangu i fyny "
            "ac ehangu'n ddwfn, yn gweld pam mae cymaint o gynlluniau peilot yn pylu pan ddaw arian "
            "y prosiect i ben, ac yn cynllunio sut i wneud eich addasiad yn rhan o'r gwaith arferol. "
            "Byddwch chi hefyd yn rhannu'r hyn a ddysgoch gyda'r cyngor a redodd yr arloesedd yn "
            "gyntaf a gyda rhwydwaith Prifddinas-Ranbarth Caerdydd, fel bod y cyngor nesaf yn "
            "dechrau ymhellach ymlaen nag y gwnaethoch chi."
        ),
        "outcomes": [
            "Gwahaniaethu rhwng lledaenu, graddfa a chynaliadwyedd, ac egluro pam mae cynlluniau peilot yn aml yn pylu.",
            "Nodi'r amodau sydd eu hangen i gynnal addasiad ar ôl i gyllid y prosiect ddod i ben.",
            "Cynllunio sut y gallai eich addasiad ledaenu ar draws deg cyngor Prifddinas-Ranbarth Caerdydd.",
            "Ysgrifennu nodyn rhannu dysgu ar gyfer y sefydliad gwreiddiol a rhwydwaith Infuse.",
        ],
        "materials": [
            {
                "title": "Ehangu a lledaenu ar draws cynghorau",
                "body": """## Ystyr ehangu

Mae adroddiad Nesta *Making It Big* (2014) yn diffinio graddfa o ran effaith, nid maint: mae arloesedd wedi ehangu pan fydd ei effaith yn tyfu i gyfateb i lefel yr angen. Mae hynny'n bwysig i gynghorau. Nid lledaenu cynllun i bob ward yw'r nod ynddo'i hun. Diwallu'r angen yw'r nod.

## Tri chyfeiriad

Mae'r ymchwilwyr Moore, Riddell a Vocisano (2015) yn disgrifio tair ffordd o ehangu.

- **Ehangu allan:** mwy o bobl a lleoedd. Mae un stryd ysgol yn troi'n ugain. Mae un oergell gymunedol yn troi'n rhwydwaith ar draws sir.
- **Ehangu i fyny:** newid y rheolau, y polisïau a'r cyllid sy'n siapio'r system. Mae cynllun peilot llwyddiannus yn bwydo i strategaeth drafnidiaeth cyngor, i gynlluniau Bwrdd Partneriaeth Rhanbarthol, neu i ganllawiau Llywodraeth Cymru.
- **Ehangu'n ddwfn:** newid diwylliant, gwerthoedd a pherthnasoedd. Mae staff yn dechrau gweld preswylwyr fel partneriaid, neu mae timau fflyd yn peidio â gweld cerbydau carbon isel fel prosiect arbennig.

Mae angen y tri ar y rhan fwyaf o newid sy'n para.

## Llwybrau lledaenu ar draws y rhanbarth

Mae deg cyngor Prifddinas-Ranbarth Caerdydd yn rhannu llawer o broblemau. Mae sawl ffordd y gall addasiad symud rhyngddynt.

- **Copïo gyda chymorth.** Mae cyngor arall yn rhedeg ei fersiwn ei hun, gan ddefnyddio eich cynfas, eich cysylltiadau a'ch tabl addasu. Dyma'r llwybr rhataf.
- **Rhannu gwasanaeth.** Mae un cyngor, neu bartner, yn darparu ar gyfer sawl un. Mae hyn yn addas ar gyfer rolau arbenigol, er enghraifft cynllun Shared Lives rhanbarthol neu swyddog ynni a rennir.
- **Partneru â menter gymdeithasol neu gwmni cydweithredol.** Mae sefydliad sydd eisoes yn gweithio ar draws ffiniau cynghorau yn cario'r model. Mae gwaith Egni Co-op yn gosod paneli solar ar doeon gyda sawl cyngor yng Nghymru yn enghraifft.
- **Prynu gyda'ch gilydd.** Gall caffael ar y cyd, er enghraifft beiciau cargo trydan neu waith ôl-osod, dorri costau a rhannu risg.

## Enghreifftiau o ledaenu yng Nghymru

- Dechreuodd Strydoedd Ysgol Cyngor Caerdydd gyda chynllun peilot mewn pum ysgol ym mis Ionawr 2020, ac ers hynny mae wedi'i ymestyn i ragor o ysgolion, ar ôl monitro a chael adborth.
- Ehangodd Cyngor Abertawe Gydgysylltu Ardaloedd Lleol ar draws mwy o'r ddinas dros sawl blwyddyn, a'i ymestyn i'r ddinas gyfan yn ystod y pandemig.

## Gair o rybudd

Mae lledaenu'n dod â'r un risg ag addasu, ar raddfa fwy. Mae pob safle newydd yn cael ei demtio i newid y craidd. Rhannwch eich rhestr o rannau craidd a'ch tabl addasu gyda phob cyngor sy'n eich dilyn.
""",
            },
            {
                "title": "Cynnal: o gynllun peilot i'r gwaith arferol",
                "body": """## Pam mae cynlluniau peilot yn pylu

Mae llawer o gynlluniau peilot cynghorau yn gweithio, ac yna'n dod i ben yn dawel. Mae'r rhesymau arferol yn gyfarwydd.

- **Y cyllid yn dod i ben yn sydyn.** Mae'r grant yn dod i ben ac nid oes llinell yn y gyllideb i gymryd ei le.
- **Yr hyrwyddwr yn gadael.** Un swyddog ymroddedig oedd yn cario'r cynllun, a does neb arall yn berchen arno.
- **Y mesur yn dod i ben.** Heb ddata, ni all y cynllun amddiffyn ei hun yn y cylch cyllideb nesaf.
- **Ni ddaeth erioed yn rhan o'r system.** Roedd yn rhedeg ochr yn ochr â phrosesau arferol, nid y tu mewn iddynt.
- **Y brwdfrydedd yn pylu.** Nid yw'r sylw ychwanegol a gafodd yn y cyfnod peilot yn para.

## Beth sy'n helpu addasiad i bara

Mae offer fel Model Cynaliadwyedd y GIG yn tynnu sylw at ffactorau tebyg. Ar gyfer defnydd mewn cyngor, gwiriwch chwe pheth.

1. **Perchnogaeth.** Mae'r cynllun yng nghynllun gwasanaeth tîm penodol, nid mewn prosiect.
2. **Arian.** Mae cyllideb refeniw, arbediad sy'n ei ariannu, neu bartner sy'n talu. Ar gyfer ynni cymunedol, gall y model incwm ei hun ddarparu hyn.
3. **Proses.** Mae wedi'i ysgrifennu i mewn i weithdrefnau, swydd-ddisgrifiadau, llwybrau atgyfeirio a chontractau.
4. **Data.** Caiff set fach o fesurau ei hadrodd yn rheolaidd, er enghraifft yn adroddiad perfformiad y gwasanaeth.
5. **Sgiliau.** Gall mwy nag un person ei redeg, ac mae staff newydd yn cael eu hyfforddi.
6. **Llais.** Mae'r rhai sy'n gwneud penderfyniadau yn clywed preswylwyr neu staff rheng flaen sy'n ei werthfawrogi.

## Cysylltu â dyletswyddau Cymru

Mae Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015 yn gofyn i gyrff cyhoeddus feddwl yn yr hirdymor. Mae'n anodd cysoni cynllun peilot heb gynllun y tu hwnt i'w gyllid â'r ffordd honno o weithio. Cysylltwch eich addasiad ag amcanion llesiant eich cyngor, â chynllun llesiant eich Bwrdd Gwasanaethau Cyhoeddus neu â'ch cynllun gweithredu sero net, fel bod ganddo gartref ar ôl Infuse.

## Enghraifft wedi'i gweithio

Dychmygwch fod Merthyr Tudful wedi profi mannau cynnes gyda sgwrs atgyfeirio syml, a bod hynny wedi gweithio. I gynnal y gwaith, mae'r swyddog yn:
- symud y canllaw sgwrsio i weithdrefnau safonol y gwasanaeth llyfrgelloedd;
- hyfforddi holl staff y llyfrgell, nid dim ond gwirfoddolwyr y cynllun peilot;
- ychwanegu dau fesur at yr adroddiad perfformiad chwarterol;
- cytuno gyda'r Bwrdd Partneriaeth Rhanbarthol sut mae atgyfeiriadau'n llifo at gysylltwyr cymunedol;
- cysylltu'r gwaith ag amcan llesiant y cyngor ar gymunedau cysylltiedig.

Nid oes dim byd cyffrous am y camau hyn. Gyda'i gilydd, nhw sy'n cadw'r cynllun i fynd y gaeaf nesaf.
""",
            },
            {
                "title": "Ysgrifennu nodyn rhannu dysgu",
                "body": """## Pam rhannu'r dysgu

Fe wnaeth y sefydliad gwreiddiol eich helpu. Mae rhannu'r hyn a ddysgoch yn talu'n ôl am hynny, ac mae'n gwella eu tystiolaeth nhw hefyd: mae eich addasiad yn ailadroddiad y gallant ddysgu ohono. Mae rhannu ar draws Prifddinas-Ranbarth Caerdydd yn golygu nad yw'r cyngor nesaf yn dechrau o ddim. Mae hefyd yn adlewyrchu cydweithio, un o'r ffyrdd o weithio yn Neddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015.

## Dwy gynulleidfa

- **Y rhai a'i creodd.** E-bost neu nodyn byr at y swyddog y buoch chi'n siarad ag ef neu â hi yn wythnos 2, gyda'ch canfyddiadau.
- **Rhwydwaith Prifddinas-Ranbarth Caerdydd.** Crynodeb un dudalen ar gyfer carfan Infuse, eich rhwydweithiau rhanbarthol ac, os yw'n briodol, CLlLC neu Gyfnewidfa Arfer Da Archwilio Cymru.

Os byddwch chi'n cyhoeddi unrhyw beth ar ran eich cyngor, gwiriwch eich dyletswyddau o dan Safonau'r Gymraeg. Fel arfer bydd angen i ddeunydd cyhoeddus fod ar gael yn Gymraeg ac yn Saesneg.

## Templed

### 1. Yr hyn a addaswyd gennym
Enw'r arloesedd, o ble y daeth a'r broblem y gwnaethom ei ddefnyddio ar ei chyfer.

### 2. Yr hyn a gadwyd gennym
Y rhannau craidd a gadwyd gennym, a pham rydyn ni'n credu eu bod yn bwysig.

### 3. Yr hyn a newidiwyd gennym
Ein prif addasiadau a'r rhesymau drostynt. Cynhwyswch newidiadau a ddigwyddodd heb eu cynllunio.

### 4. Yr hyn a brofwyd gennym a'r hyn a ganfuwyd
Ein prawf PDSA: cwmpas, rhagfynegiad, mesurau a chanlyniadau. Byddwch yn onest am yr hyn na weithiodd.

### 5. Ein penderfyniad
Mabwysiadu, addasu neu adael, a beth sy'n digwydd nesaf.

### 6. Beth fydden ni'n ei ddweud wrth y cyngor nesaf
Tri awgrym ymarferol, er enghraifft am gaffael, data, partneriaid neu wleidyddiaeth.

### 7. Cyswllt
Pwy i gysylltu â nhw, ac a ydych chi'n fodlon cael galwad.

## Enghraifft wedi'i gweithio (fer)

Dychmygwch fod swyddog yn Sir Fynwy wedi addasu model cwmni cydweithredol ynni cymunedol ar gyfer paneli solar ar doeon canolfannau hamdden. Mae ei nodyn at y rhai a greodd y model yn dweud bod angen newid templed y brydles i gyd-fynd â rheolau eiddo'r cyngor, a bod cynnig cyfranddaliadau'r cwmni cydweithredol wedi cymryd mwy o amser na'r disgwyl. Mae ei nodyn at rwydwaith Prifddinas-Ranbarth Caerdydd yn ychwanegu un awgrym: dylid cynnwys timau ystadau a chyfreithiol y cyngor yn y mis cyntaf, nid yn y trydydd. Gallai'r un awgrym hwnnw arbed wythnosau i gyngor arall.
""",
            },
            {
                "title": "Nesta: beth sydd ei angen i ehangu arloesi cymdeithasol?",
                "body": """Mae'r adroddiad hwn gan Nesta, *What does it take to go big?*, yn tynnu gwersi o fwy na hanner cant o brosiectau a gefnogwyd gan y Centre for Social Action Innovation Fund am yr hyn sydd ei angen i ehangu arloesedd cymdeithasol. Mae'n adeiladu ar adroddiad cynharach Nesta, *Making It Big*. Darllenwch y prif ganfyddiadau i brofi eich cynllun lledaenu eich hun yn erbyn yr hyn a weithiodd i eraill.

Chwiliwch am bedair thema. Yn gyntaf, ehangu'r hyn sy'n gweithio: roedd y prosiectau gorau wedi cynllunio i dyfu o'r dechrau ac wedi cofnodi craidd eu model yn gynnar, sy'n cysylltu'n uniongyrchol â'ch gwaith yn wythnos 4. Yn ail, creu galw, gan gynnwys llwybrau atgyfeirio clir drwy wasanaethau cyhoeddus. Yn drydydd, y gwahanol lwybrau at ehangu y mae'r adroddiad yn eu nodi. Yn bedwerydd, yr hyn y mae ehangu yn ei ofyn gan y sefydliad ei hun. Nodwch un wers sy'n berthnasol i ledaenu eich addasiad ar draws Prifddinas-Ranbarth Caerdydd.""",
            },
            {
                "title": "Astudiaethau achos yr LGA",
                "body": """Mae llyfrgell astudiaethau achos y Gymdeithas Llywodraeth Leol (LGA) yn cynnwys nifer fawr o adroddiadau byr am arferion cynghorau, a gallwch chwilio drwyddynt yn ôl pwnc. Fe wnaethoch ei defnyddio yn wythnos 1 i ddod o hyd i arloesiadau. Nawr darllenwch hi o'r ochr arall, fel model ar gyfer rhannu eich dysgu eich hun.

Agorwch ddwy astudiaeth achos yn eich thema, er enghraifft un ar ôl-osod tai neu weithredu ar yr hinsawdd ac un ar ofal cymdeithasol neu gymorth cymunedol. Nodwch pa mor hir ydyn nhw, beth maen nhw'n ei gynnwys, a beth maen nhw'n ei hepgor, fel costau, methiannau a thystiolaeth. Cymharwch nhw â'r templed rhannu dysgu yn nhaflen waith yr wythnos hon. Penderfynwch pa rai o'u cryfderau rydych chi am eu copïo, a pha fylchau rydych chi am i'ch nodyn eich hun eu llenwi. Daw'r rhan fwyaf o enghreifftiau'r LGA o Loegr, felly dywedwch yn glir yn eich nodyn chi beth sy'n benodol i Gymru.""",
            },
        ],
        "activities": [
            {
                "title": "Ysgrifennu ac anfon eich nodyn rhannu dysgu",
                "instructions": """1. Defnyddiwch y templed yn nhaflen waith yr wythnos hon i ysgrifennu nodyn rhannu dysgu nad yw'n hwy nag un dudalen.
2. Anfonwch fersiwn at y swyddog neu'r sefydliad y buoch chi'n siarad â nhw yn wythnos 2. Diolchwch iddyn nhw, a gofynnwch a hoffen nhw unrhyw waith dilynol.
3. Postiwch fersiwn y rhwydwaith lle mae eich hwylusydd yn gofyn, fel bod gweddill carfan Infuse a rhwydwaith Prifddinas-Ranbarth Caerdydd yn gallu ei gweld.
4. Os penderfynoch adael yr arloesedd, rhannwch eich dysgu o hyd. Mae eich rhesymau'n werthfawr i'r cyngor nesaf sy'n ei ystyried.

Ticiwch hwn pan fydd y ddwy fersiwn wedi'u hanfon neu eu postio.""",
            },
            {
                "title": "Beth fyddai'n gwneud i hyn bara?",
                "instructions": """1. Rhowch sgôr goch, ambr neu wyrdd i'ch addasiad ar gyfer pob un o'r chwe ffactor cynnal yn neunydd darllen yr wythnos hon: perchnogaeth, arian, proses, data, sgiliau a llais.
2. Ar gyfer eich ffactor gwannaf, nodwch un cam y gallech ei gymryd yn ystod y mis nesaf, a gyda phwy y byddai angen i chi siarad.
3. Nodwch pa gyngor arall ym Mhrifddinas-Ranbarth Caerdydd a fyddai'n elwa fwyaf o'ch gwaith, a pham.

Cwestiwn i'w drafod: beth fyddai'n rhaid bod yn wir, yn eich cyngor chi ac ar draws y rhanbarth, er mwyn i addasiad llwyddiannus fod yn dal i redeg ymhen tair blynedd, ar ôl i raglen Infuse ddod i ben?""",
            },
            {
                "title": "Paratoi crynodeb tri munud o'ch cynfas",
                "instructions": """1. Agorwch eich cynfas gorffenedig.
2. Paratowch grynodeb llafar tri munud ar gyfer y sesiwn olaf, mewn pedair rhan: yr arloesedd ac o ble y daeth; eich problem a'r addasrwydd; eich penderfyniad a'r hyn a gadwoch ac a newidioch; yr hyn a ddangosodd eich prawf a beth sy'n digwydd nesaf.
3. Dewiswch un sleid neu un dudalen ar y mwyaf. Mae'r cynfas ei hun yn iawn.
4. Ymarferwch unwaith, yn uchel, ac amserwch eich hun.

Ticiwch hwn pan allwch chi gyflwyno'r crynodeb mewn tri munud neu lai.""",
            },
        ],
    },
]
