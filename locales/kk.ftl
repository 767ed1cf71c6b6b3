# Jol интерфейсінің жолдары — қазақша (машиналық аударма).

app-name = Jol
app-tagline = Жол: еңбек мигранттарына көмек, интернетсіз
skip-to-content = Негізгі мазмұнға өту

nav-home = Басты бет
nav-contacts = Байланыстар
nav-emergency = Жедел көмек
nav-settings = Баптаулар

lang-label = Тіл
lang-choose = Тіліңізді таңдаңыз

search-label = Іздеу
search-placeholder = Іздеу: патент, тіркеу, жалақы…
search-no-results = «{ $query }» бойынша ештеңе табылмады.
search-results = { $count ->
    [one] { $count } нәтиже
   *[other] { $count } нәтиже
}
search-truncated = Сұрауыңыз ұзын болғандықтан, оның тек басы ғана ескерілді.
search-hint = ↑ ↓ — таңдау, Enter — ашу.

home-title = Сізге не керек?
home-all = Барлық тақырыптар
list-empty = Мұнда әзірге ештеңе жоқ.
loading = Жүктелуде…
error-load = Жүктеу мүмкін болмады. { $detail }
error-not-found = Мұндай бет жоқ.
error-api-not-found = Jol ішінде { $id } жоқ. Оны жаңарту жойған болуы мүмкін.
error-bad-request = Jol бұл сұрауды түсінбеді. Бетті қайта жүктеп, тағы көріңіз.
error-unknown-country = Jol { $country } елін білмейді.
error-bad-source = { $source } веб-мекенжай да (http:// немесе https://), қалтаның толық жолы да емес.
error-bad-day = { $trip }-сапар: { $day } күн емес.
error-not-a-checklist = Бұл беттегі жауаптар ешқашан сақталмайды, сондықтан телефоныңызды алған адам оларды оқи алмайды.
error-no-sharing = Jol-дың бұл нұсқасы өзін телефондармен бөлісе алмайды.
error-update-file-refused = Jol { $name } жаңарту файлын ала алмады: ол тым үлкен немесе оқылмайды, не бұл нұсқа жаңартуларды алмайды.
error-busy = Басқа жаңарту жүріп жатыр, сондықтан { $name } қабылданбады. Ол аяқталғанда қайта көріңіз.
error-read-only = Ортақ Jol оны бөлісіп отырған компьютерде ештеңені өзгерте алмайды.
error-storage = Jol осы құрылғыда деректерін оқи немесе сақтай алмады, сондықтан бұл сақталмады. Жад толып қалуы мүмкін.
error-internal = Jol ішінде қате кетті. Қайта көріңіз.
error-transport = Jol-мен байланыс жоқ. Jol бөлісіп отырған компьютерге қосылымды тексеріп, қайта көріңіз.
back = Артқа

kind-guide = Нұсқаулықтар
kind-right = Сіздің құқықтарыңыз
kind-contact = Байланыстар
kind-agency = Жұмысқа орналастыру агенттіктері
kind-stay_rule = Болу мерзімдері
kind-checklist = Тексеру тізімдері
kind-red_flags = Қауіп белгілері
kind-term = Сөздік

item-steps = Қадамдар
item-step = { $n }-қадам
item-deadline = Мерзім
item-fee = Төлем
item-fee-as-of = { $date } жағдай бойынша
item-documents = Өзіңізбен бірге алыңыз
item-where = Қайда
item-sources = Дереккөздер
item-verified = Дереккөздермен салыстырылды: { $date }
item-related = Сондай-ақ қараңыз
item-machine = Машиналық аударма — ана тілінде сөйлейтін адам әлі тексерген жоқ.
item-machine-short = Машиналық аударма
item-fallback = Сіздің тіліңізге әлі аударылмаған; көрсетілген тіл: { $language }.
item-reviewed = Тексерген: { $name }, { $date }.
item-inferred = Дереккөзі әлсіз: бір ғана жанама дереккөзге негізделген. Сенбес бұрын тексеріңіз.
item-old = Бұл ақпарат бір жылдан астам бұрын тексерілген. Ережелер жиі өзгереді.
item-check-first = Бұл байланыс ескі дереккөзден алынған. Оған сенбес бұрын тексеріңіз.
item-advice = Не істеу керек

contact-call = Қоңырау шалу
contact-copy = Көшіру
contact-copied = Көшірілді
contact-free = тегін
contact-paid = ақылы
contact-works-from = қайдан қоңырау шалуға болады: { $countries }
contact-hours = Жұмыс уақыты
contact-address = Мекенжай
contact-languages = Тілдер
contact-website = Сайт

agency-status = Мәртебесі: { $status } ({ $date } жағдай бойынша)
agency-status-active = жұмыс істейді
agency-status-suspended = уақытша тоқтатылған
agency-status-revoked = лицензиясы қайтарып алынған
agency-status-expired = лицензиясының мерзімі өткен

stay-limit = { $days ->
    [one] { $days } күн
   *[other] { $days } күн
}
stay-calendar-year = бір күнтізбелік жылда
stay-rolling = кез келген { $days } күн ішінде
stay-from-entry = елге кірген күннен бастап
stay-from-first-entry = алғашқы кірген күннен бастап қосылып есептеледі; есеп елден тыс қатарынан { $days } күн болғаннан кейін ғана қайта басталады
stay-effective = Күшіне енген күні: { $date }
stay-basis = Құқықтық негіз

notice-user-reset = Сақталған деректеріңізді оқу мүмкін болмады. Олар мына жерде сақталды: { $path }. Жаңа көшірме басталды.
notice-content-restored = Қолданбаның деректері бүлінген еді, олар қалпына келтірілді.

# The review state of this file's translation: source (en), machine, or reviewed (after a
# native speaker signed it off). The footer shows ui-machine-note while it is machine.
ui-translation = machine
ui-machine-note = Бұл экрандағы жазулар машинамен аударылған және ана тілінде сөйлейтін адам әлі тексермеген.
footer-offline = Интернетсіз жұмыс істейді. Мұнда не істесеңіз де, бәрі осы құрылғыда қалады.
footer-dataset = Мәліметтер { $date } жағдайы бойынша

nav-label = Басты мәзір

corridor-title = Сіздің жолыңыз
corridor-from = Сіз қай елденсіз?
corridor-to = Қайда барасыз немесе қазір қайдасыз?

country-KG = Қырғызстан
country-UZ = Өзбекстан
country-KZ = Қазақстан
country-RU = Ресей
country-KR = Оңтүстік Корея
country-TR = Түркия
country-AE = Біріккен Араб Әмірліктері
country-GB = Ұлыбритания

home-corridor = { $from } → { $to }
home-change = Елдерді өзгерту
home-emergency = Шұғыл көмек: қайда қоңырау шалу керек
home-deadlines = Келгеннен кейінгі мерзімдер
home-stay = Елде қанша уақыт болуға болады
home-stay-count = Күндерімді есептеу
stay-title = Қанша уақыт болуға болады? Күндерімді есептеу
stay-choose-citizenship = Алдымен азаматтығыңызды және баратын елді таңдаңыз.
stay-warning = Бұл төмендегі ережелер бойынша есеп, ресми кеңес емес. Шекара және көші-қон қызметкерлері өз жазбалары бойынша есептейді: есепке сүйенбес бұрын көші-қон қызметінен немесе заңгерден нақтылаңыз.
stay-destination = Ел
stay-status = Мәртебеңіз
stay-status-visa-free = Визасыз
stay-status-without-registration = Тіркеусіз
stay-status-registered = Тіркелген
stay-trips = Сапарларыңыз
stay-trips-hint = Кірген күн де, шыққан күн де есептеледі. Қазіргі сапар үшін шыққан күнді бос қалдырыңыз. Сапарлар тек осы құрылғыда сақталады.
stay-trip = { $n }-сапар
stay-entry = Кірген күн
stay-exit = Шыққан күн
stay-trip-delete = Жою
stay-trip-add = Сапар қосу
stay-next-days = Жаңа сапар (күн)
stay-days-used = Пайдаланылған күндер
stay-days-of = { $limit } күннен { $used }
stay-days-left = Қалған күндер
stay-last-day = Заңды соңғы күн
stay-overstay = Мерзімнен асып кетті: { $length }. Дереу көші-қон қызметіне немесе заңгерге хабарласыңыз.
stay-first-day-breaks = Бұл сапардың бірінші күнінің өзі ережені бұзады.
stay-no-limit = Бұл сапарды ешбір ереже шектемейді.
stay-next = Жаңа сапарды ({ $length }) ең ерте { $date } бастауға болады.
stay-next-none = { $length } сапар ережелер рұқсат ететіннен ұзақ.
stay-binding = Мерзімді белгілейтін ереже
stay-counts = Әр ереже қалай есептейді
stay-not-in-force = бұл күні күшінде емес
stay-error-not-a-date = «{ $text }» деген күн жоқ.
stay-error-exit-before-entry = { $trip }-сапар: шыққан күн ({ $exit }) кірген күннен ({ $entry }) бұрын.
stay-error-overlap = { $other }- және { $trip }-сапарлардың ортақ күндері бар. Әр күн тек бір сапарға кіреді.
stay-error-trip-not-before-stay = { $trip }-сапар { $since } басталған қазіргі сапардан бұрын аяқталуы керек.
stay-error-since-after-on = Қазіргі сапар { $since } басталады, бұл бүгіннен ({ $on }) кейін. Шыққан күнді жазыңыз немесе күнді түзетіңіз.
stay-error-no-rule = Бұл ел мен бұл мәртебе үшін болу мерзімі туралы ереже жоқ.
stay-error-bad-rule = Бұл қолданбадағы болу мерзімі туралы ережені есептеу мүмкін емес. Қолданбаны сізге бергендерге хабарлаңыз.
stay-error-empty-new-stay = Жаңа сапар кемінде 1 күн болады.
stay-error-two-current = Шыққан күні жоқ тек бір сапар болуы мүмкін — қазіргі сапар. Шыққан күні жоқ сапарлар: { $trips }.

emergency-title = Шұғыл көмек
emergency-lead = Қоңырау шалу үшін нөмірді басыңыз. Нөмірлер осы құрылғыда сақталған және интернетсіз жұмыс істейді.
emergency-here = Сіз үшін: { $country }
emergency-other = Басқа байланыстар

contacts-title = Байланыстар
contacts-country = Ел
contacts-city = Қала
contacts-kind = Түрі
contacts-any = Барлығы
contacts-count = { $count ->
    [one] { $count } байланыс
   *[other] { $count } байланыс
}

contact-kind-embassy = Елшілік
contact-kind-consulate = Консулдық
contact-kind-hotline = Сенім телефоны
contact-kind-ngo = Үкіметтік емес ұйым
contact-kind-crisis_centre = Дағдарыс орталығы
contact-kind-government = Мемлекеттік орган
contact-kind-emergency = Жедел қызметтер

settings-title = Баптаулар
settings-text-size = Мәтін өлшемі
settings-size-normal = Қалыпты
settings-size-large = Үлкен
settings-size-larger = Өте үлкен
settings-about = Jol туралы
settings-app-version = Қолданба нұсқасы
settings-dataset = Деректер
settings-dataset-value = Мәліметтер { $date } жағдайы бойынша, жазбалар: { $count }
settings-hash = Мазмұнның бақылау сомасы
settings-sources = Әр беттің соңында оның дереккөздері (ресми сайттар, заңдар, елшіліктер, ҮЕҰ) және соңғы тексерілген күні көрсетілген. Дереккөзбен расталмаған мәлімет ойдан қосылмай, мүлде енгізілмеген.
settings-licence = Jol — MIT немесе Apache 2.0 лицензиясы бойынша еркін бағдарлама.
settings-machine-note = Аудармаларды ана тілінде сөйлейтін адам тексергенге дейін машина жасаған; мұндай беттер белгіленген.

# Dates: the parts' order, and month names with a day (month-N) and alone (month-alone-N).
date-day = { $year } ж. { $day } { $month }
date-month = { $year } ж. { $month }
date-year = { $year } ж.
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан
month-alone-1 = қаңтар
month-alone-2 = ақпан
month-alone-3 = наурыз
month-alone-4 = сәуір
month-alone-5 = мамыр
month-alone-6 = маусым
month-alone-7 = шілде
month-alone-8 = тамыз
month-alone-9 = қыркүйек
month-alone-10 = қазан
month-alone-11 = қараша
month-alone-12 = желтоқсан

emergency-none = Jol қолданбасында әзірге { $country } бағытындағы жолыңыз үшін байланыстар жоқ. Мыналар көмектесуі мүмкін:

## Мәліметті жаңарту (Баптаулар → Жаңартулар, және жаңартудан кейінгі хабар)
updates-title = Жаңартулар
updates-on-host = Жаңартуларды Jol-ды бөлісіп отырған компьютерде басқарады.
updates-no-keys = Jol-дың бұл көшірмесі ешбір баспагердің кілтіне сенбейді, сондықтан жаңартуларды ала алмайды. Қолданбаны берген адамнан жаңарта алатын көшірмені сұраңыз.
updates-check-now = Қазір тексеру
updates-checking = { $source } тексерілуде…
updates-downloading = Жүктелуде: { $total } ішінен { $done }
updates-applying = Жаңарту тексеріліп, орнатылуда…
updates-updated = { $date } нұсқасына жаңартылды ({ $version })
updates-updated-from = Көзі: { $source }, { $size }, { $when }.
updates-added = { $count ->
    [one] { $count } жаңа бет
   *[other] { $count } жаңа бет
}
updates-changed = { $count ->
    [one] { $count } бет өзгерді
   *[other] { $count } бет өзгерді
}
updates-removed = { $count ->
    [one] { $count } бет жойылды
   *[other] { $count } бет жойылды
}
updates-up-to-date = Жаңарту жоқ: мәлімет { $date } бойынша. Тексерілді: { $when }.
updates-no-sources = Әзірге тексеретін жер жоқ: төменде жаңарту көзін қосыңыз.
updates-failed = Жаңарту сәтсіз аяқталды.
updates-failed-kept = Сіздегі мәлімет бұрынғыдай қалды.
updates-sources = Жаңарту көздері
updates-sources-hint = Веб-мекенжай (айна немесе тренердің ноутбугы: http://…/packs) немесе қалта, мысалы флешкадағы. Қайдан келсе де, сенімді баспагер қол қойған жаңартулар ғана қабылданады.
updates-remove-source = { $source } алып тастау
updates-remove = Алып тастау
updates-add-label = Жаңа көз
updates-add = Қосу
updates-schedule = Автоматты тексеру
updates-auto = Jol ашылғанда және одан кейін тұрақты түрде жаңартуларды тексеру
updates-every = Қаншалықты жиі
updates-every-hours = { $hours ->
    [one] әр сағат сайын
   *[other] әр { $hours } сағат сайын
}
updates-next = Келесі тексеру: { $when }
updates-from-file = Файлдан жаңарту
updates-file-hint = Флешкадан немесе мессенджерден алынған .jolpack файлы. Ештеңе өзгермей тұрып ол тексеріледі.
updates-error-bad-signature = Жаңартуға бұл қолданба сенетін баспагер қол қоймаған. Ештеңе өзгерген жоқ.
updates-error-tampered = Файл ({ $file }) баспагер қол қойған файлға сәйкес келмейді: ол жолда бүлінген немесе өзгертілген. Ештеңе өзгерген жоқ.
updates-error-malformed = Жаңарту бүлінген немесе толық емес. Ештеңе өзгерген жоқ.
updates-error-expired = Бұл дереккөз ескірген (оның қолтаңбасының мерзімі { $expires } аяқталған): бұл ескі көшірме немесе жаңартылмай қалған айна. Басқа дереккөзді қолданып көріңіз.
updates-error-rollback = Бұл жаңарту ({ $offered }) осы құрылғы бұрын алған жаңартудан ({ $highest }) ескі.
updates-error-network = Дереккөзге қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.
updates-error-busy = Басқа жаңарту жүріп жатыр. Ол аяқталғанда қайталап көріңіз.
updates-error-storage = Бұл құрылғы жаңартуды сақтай алмады.
updates-error-no-trusted-key = Jol-дың бұл көшірмесі ешбір баспагердің кілтіне сенбейді, сондықтан жаңартуларды ала алмайды.
updates-error-other = Жаңартуды бастау мүмкін болмады.
offline-title = Интернетсіз пайдалану
offline-ready = Jol осы телефонда сақталған: ол байланыссыз ашылады және жұмыс істейді. Мұнда не істесеңіз де, бұл құрылғыдан шықпайды.
offline-preparing = Jol интернетсіз пайдалану үшін осы телефонға сақталып жатыр…
offline-insecure = Бұл мекенжай ({ $origin }) қорғалмаған (http), сондықтан браузер Jol-ды интернетсіз пайдалану үшін сақтай алмайды. Ол осында қосылып тұрғанда жұмыс істейді. Интернетсіз пайдалану үшін Jol-ды https мекенжайы арқылы ашыңыз: тренеріңізден немесе ұйымыңыздан сұраңыз.
offline-unsupported = Бұл бетті интернетсіз пайдалану үшін сақтау мүмкін емес. Ол қосылып тұрғанда жұмыс істейді.
update-done = Мәлімет жаңартылды ({ $date } нұсқасы): { $count ->
    [one] { $count } өзгеріс.
   *[other] { $count } өзгеріс.
}
update-see-changes = Не өзгергенін көру
update-dismiss = Жабу
language-name = { $code ->
    [ky] қырғыз тілі
    [ru] орыс тілі
    [uz] өзбек тілі
    [kk] қазақ тілі
    [en] ағылшын тілі
    [tg] тәжік тілі
    [tr] түрік тілі
    [ko] корей тілі
    [ar] араб тілі
   *[other] { $code }
}
city-name = { $city ->
    [Moscow] Мәскеу
    [Tashkent] Ташкент
   *[other] { $city }
}
money = { $amount } { $currency }
money-per = { $per ->
    [month] айына { $value }
    [year] жылына { $value }
   *[other] { $value } / { $per }
}
size-bytes = { $n } байт
size-kb = { $n } КБ
date-time = { $date }, { $time }

## Share with phones (Settings, desktop only)
sharing-title = Телефондарға тарату
sharing-hint = Сол Wi-Fi желісіндегі телефондар Jol-ды осы компьютерден, әрқайсысы өз тілінде, интернетсіз аша алады. Сабаққа немесе қабылдау бөлмесіне ыңғайлы.
sharing-start = Таратуды бастау
sharing-stop = Таратуды тоқтату
sharing-on = Тарату жүріп жатыр. Сол Wi-Fi желісіндегі телефонда ашыңыз:
sharing-qr = Немесе телефон камерасын осы кодқа бағыттаңыз.
sharing-read-only = Телефондар бәрін оқи алады, бірақ осы компьютерде ештеңені өзгерте алмайды. Jol жабылғанда тарату тоқтайды.
sharing-packs = Jol орнатылған басқа компьютерлер осы компьютер алған жаңартуды мына мекенжайдан ала алады:
sharing-failed = Таратуды бастау мүмкін болмады:

## When the app cannot open its data
fatal-title = Jol іске қосыла алмайды
fatal-hint = Бұл хабарды компьютер бойынша көмектесетін адамға көрсетіңіз. Ештеңе жойылған жоқ.

## Checklists and the trafficking signs
checklist-progress = { $total } ішінен { $done } орындалды
signs-not-saved = Мұнда белгілегеніңіз еш жерде сақталмайды және ешқайда жіберілмейді.
signs-danger = Осылардың біреуі ғана рас болса да, сіз қауіпте болуыңыз мүмкін. Сіз кінәлі емессіз, көмек тегін.
signs-help = Қалай шығып, көмек алуға болады

## Saved pages
bookmark-save = Бетті сақтау
bookmark-saved = Сақталды ✓
home-saved = Сақталған беттер

## Мерзімдер: қайта тексеру күнінен кейін
item-review-passed = Бұл ақпарат өзгерген болуы мүмкін (дереккөздерде көрсетілген мерзім: { $date }). Оған сенбес бұрын тексеріңіз.
stay-until = Күшінде болған соңғы күн: { $date }
