"""Small hand-written word lists used by the recogniser (general English knowledge, not taken from any
corpus): function words, capitalised common nouns that collide with place names, person titles,
locative cues and generic place words."""
from __future__ import annotations

FUNCTION_WORDS = frozenset("""
a about above after again against all also although am among an and another any are around as at be
because been before being below between both but by can could did do does doing down during each either
even ever every few for from further had has have having he her here hers herself him himself his how
however i if in into is it its itself just last least less let like many may me meanwhile might more
most much must my myself neither never next no nor not now of off often on once one only or other our
ours out over own per perhaps please rather same several shall she should since so some still such than
that the their theirs them then there these they this those though through thus to too under until up
upon us very was we were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yesterday today tonight tomorrow here there said says say
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december
according mr mrs ms dr st ave blvd rd
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
rep sen gov sgt cpl pvt lt capt col gen maj adm det rev inc corp co ltd llc jr sr no vs
two three four five six seven eight nine ten eleven twelve twenty hundred thousand million
""".split())

# common given names (English-language news), written from general knowledge: a capitalised word right
# after one of these is a surname, and the given name itself is not a place
GIVEN_NAMES = frozenset("""
aaron adam alan albert alex alexander alice allen amanda amy andrew angela ann anna anne anthony arthur
ashley barbara barry ben benjamin betty bill billy bob bobby brad brandon brenda brian bruce carl carol
caroline carolyn catherine charles charlie cheryl chris christina christine christopher cindy craig
cynthia dan daniel danny david dawn dean deborah debra dennis derek diana diane donald donna doris
dorothy doug douglas dylan ed eddie edward elizabeth emily emma eric erica eugene evelyn frank fred gary
george gerald gloria grace greg gregory harold harry heather helen henry howard jack jacqueline james
jamie jane janet janice jason jean jeff jeffrey jennifer jeremy jerry jesse jessica jim jimmy joan joe
john johnny jonathan jose joseph joshua joyce juan judith judy julia julie justin karen katherine
kathleen kathy keith kelly ken kenneth kevin kim kimberly kyle larry laura lauren lawrence linda lisa
lori louis louise margaret maria marie marilyn mark martha martin mary matt matthew megan melissa
michael michelle mike nancy nathan nicholas nicole pamela pat patricia patrick paul peggy peter
philip phillip rachel ralph randy raymond rebecca richard rick robert roger ronald rose roy russell
ruth ryan samantha samuel sandra sara sarah scott sean sharon shirley stephanie stephen steve steven
susan tammy teresa terry thomas tim timothy todd tom tony tracy tyler victoria vincent virginia walter
wayne william willie
abby abigail al alan andy angie annie april barb becky ben bert beth betsy bev bill billie brent brett
brooke bud carla carlos carrie casey cathy chad chuck cliff clint cody colleen connie curt dale dan dana
darla darrell dave debbie dee denise dick dolores don doug drew earl ed eileen ellen erin ernie faye fran
frankie gail gene gina glen glenn gordon greta hal hank hannah harvey herb hope ian irene jack jackie jake
jan janie jay jean jeanne jeannie jenny jill jo joan jodi joel joey jon josh judy kate katie katherine
kathryn kay kerry kirk kris kurt lance lee leo leon les lindsey liz lloyd lou lyle mandy marcia margie
marion marty marv max mel mia mickey mindy missy mitch molly monica morgan nate neal ned nick norm pam
peggy penny phil ray reggie rex rich rob robin rod ron ronnie ross russ sally sam sandy shane shawn
sheila sherry sid skip stan stu sue sylvia ted terri tina toby todd tommy tracey trent troy val vern vic
vicki wade walt wes will
mohammed muhammad mohammad ahmed ahmad ali hassan hussein hussain omar umar abdul abdullah khalid
mahmoud mustafa ibrahim ismail yusuf youssef hamid karim nasser saleh salim tariq ayman osama
""".split())

# capitalised common words and name parts that are also names of (small) places somewhere
COMMON_CAPS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december spring summer autumn fall winter christmas easter
police sheriff office department court county parish city town village state province district region
street road avenue highway route lane drive park center centre hall house church school college
university hospital clinic station airport bridge lake river mount mountain island beach bay valley
north south east west northern southern eastern western central northeast northwest southeast southwest
national international federal government ministry army navy force forces guard council committee
board commission agency bureau service services company corporation group association union party
news times post journal daily herald tribune press radio tv television network media
president governor mayor senator congressman representative minister secretary chief director judge
officer deputy detective sergeant captain lieutenant colonel general commander king queen prince
princess pope bishop reverend pastor father mother brother sister son daughter doctor professor
god lord jesus christ allah islam muslim christian jewish catholic
hamas hezbollah hizbollah taliban fatah isis isil daesh qaeda nato opec
passover ramadan eid hanukkah thanksgiving halloween
republic democrat democratic republican liberal conservative labour
senate congress parliament assembly cabinet duma knesset majlis bundestag
first second third new old great little big high low upper lower middle grand royal
best most more many much union liberty independence freedom hope unity victory progress justice
providence paradise eden success enterprise commerce industry economy energy health safety security
bar mobile reading arab gulf metro section pack plaza mall market square tower towers
fort port harbor harbour airport base camp
car air homeland toyota honda nissan chevrolet chevy dodge durango jeep buick cadillac
pontiac mazda hyundai subaru volkswagen volvo bmw mercedes audi lexus acura camry corolla civic
leader chamber coast reserve lot loop supreme cathedral alliance star bank forest quarter
labor commonwealth centennial paradise garden gardens heights hills springs falls village
capitol courthouse library museum theater theatre stadium arena field fields academy nice split bath wells mission university college academy institute
internet web online email facebook twitter google youtube apple microsoft amazon
ap reuters afp cnn bbc
dollar dollars euro
english arabic latin hindi urdu swahili nino nina
game games team league cup world olympic olympics
kill killed dead death fire attack attacks
oil gas water food
black white red green blue brown gray grey gold silver
man woman men women people family children child boy girl baby
""".split())

PERSON_TITLES = frozenset("""
mr mrs ms miss dr prof sen rep gov lt sgt capt col gen maj cpl pvt adm cmdr det insp supt rev fr sr jr
president senator governor mayor judge justice sheriff officer deputy detective sergeant captain
lieutenant colonel general major commander admiral chief coach pastor reverend father brother sister
king queen prince princess sheikh sheik imam ayatollah pope bishop cardinal minister secretary
chairman chairwoman spokesman spokeswoman ambassador director professor doctor attorney
congressman congresswoman councilman councilwoman commissioner trooper agent inspector
""".split())

# words that, right before a capitalised name, say it is a place
LOCATIVE_PREPS = frozenset("""
in at near from to outside inside across around into toward towards throughout between via across
through nearby outskirts of within beyond north south east west northeast northwest southeast southwest
northern southern eastern western central
""".split())
STRONG_LOCATIVE = frozenset("in at near outside inside across throughout toward towards nearby outskirts into".split())

# generic words that can follow a name and stay in the span: "Anbar province", "Rapides Parish"
ADMIN_SUFFIXES = {
    "province": ("A",), "governorate": ("A",), "county": ("A",), "parish": ("A",), "district": ("A", "P"),
    "state": ("A",), "region": ("A",), "prefecture": ("A",), "oblast": ("A",), "municipality": ("A", "P"),
    "township": ("A", "P"), "borough": ("A", "P"), "city": ("P",), "town": ("P",), "village": ("P",),
    "governate": ("A",), "territory": ("A",), "department": ("A",),
}
# "the Anbar desert", "the Nineveh plains"
AREA_SUFFIXES = frozenset("desert plains plain valley countryside area areas region mountains hills".split())

DIRECTION_WORDS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1),
    "north-east": (1, 1), "north-west": (1, -1), "south-east": (-1, 1), "south-west": (-1, -1),
}

# common Arabic words (news and social media) that are also alternate names of places somewhere
ARABIC_COMMON = frozenset("""
كورونا فيروس السيول سيول امطار أمطار الأمطار الامطار مطر جديدة جديد العاصمة الداخلية الخارجية الدولة دولة
السلطات الحكومة حكومة الوزارة وزارة شمال جنوب شرق غرب الشمال الجنوب الشرق الغرب كان كانت يكون كيف انا أنا
بلا امل أمل الأمل شأن وان ان إن أن الله الدرك بركة جنة الجنة هوية الشروق بيرة زيرة كيل براك دية جان مشهد
العالم عالم الناس اليوم امس أمس غدا الان الآن منطقة مدينة المدينة قرية بلدة الشارع شارع البحر بحر النهر
الجبل جبل الوادي وادي السماء الأرض الارض نور النور سلام السلام الحياة حياة الموت موت الحب حب الخير خير
رب ربي يا هذا هذه ذلك تلك الذي التي على عن مع بعد قبل حتى لكن بل ثم او أو لا لم لن ما ماذا متى اين أين
""".split())

