# Jol интерфейси сатрлари — ўзбекча, кирилл ёзуви (машина таржимаси).
# uz.ftl (лотин ёзуви) дан кирилл ёзувига ўгирилган: матн ўзгарса, аввал uz.ftl ни ўзгартиринг.

app-name = Jol
app-tagline = Йўл: меҳнат муҳожирларига ёрдам, интернетсиз
skip-to-content = Асосий мазмунга ўтиш

nav-home = Бош саҳифа
nav-contacts = Контактлар
nav-emergency = Шошилинч ёрдам
nav-settings = Созламалар

lang-label = Тил
lang-choose = Тилингизни танланг

search-label = Қидирув
search-placeholder = Қидирув: патент, рўйхатдан ўтиш, иш ҳақи…
search-no-results = «{ $query }» бўйича ҳеч нарса топилмади.
search-results = { $count ->
    [one] { $count } та натижа
   *[other] { $count } та натижа
}
search-truncated = Сўровингиз узун бўлгани учун фақат унинг боши ҳисобга олинди.
search-hint = ↑ ↓ — танлаш, Enter — очиш.

home-title = Сизга нима керак?
home-all = Барча мавзулар
list-empty = Бу ерда ҳозирча ҳеч нарса йўқ.
loading = Юкланмоқда…
error-load = Юклаб бўлмади. { $detail }
error-not-found = Бундай саҳифа мавжуд эмас.
error-api-not-found = Jol-да { $id } йўқ. Уни янгиланиш ўчирган бўлиши мумкин.
error-bad-request = Jol бу сўровни тушунмади. Саҳифани қайта юклаб, яна уриниб кўринг.
error-unknown-country = Jol { $country } мамлакатини билмайди.
error-bad-source = { $source } на веб-манзил (http:// ёки https://), на жилднинг тўлиқ йўли.
error-bad-day = { $trip }-сафар: { $day } сана эмас.
error-not-a-checklist = Бу саҳифадаги жавоблар ҳеч қачон сақланмайди, шунинг учун телефонингизни олган киши уларни ўқий олмайди.
error-no-sharing = Jol-нинг бу версияси ўзини телефонлар билан улаша олмайди.
error-update-file-refused = Jol { $name } янгиланиш файлини қабул қила олмади: у жуда катта ёки ўқиб бўлмайди, ёки бу версия янгиланишларни қабул қилмайди.
error-busy = Бошқа янгиланиш кетмоқда, шунинг учун { $name } қабул қилинмади. У тугагач, яна уриниб кўринг.
error-read-only = Умумий Jol уни улашаётган компютерда ҳеч нарсани ўзгартира олмайди.
error-storage = Jol бу қурилмада маълумотларини ўқий ёки сақлай олмади, шунинг учун бу сақланмади. Хотира тўлган бўлиши мумкин.
error-internal = Jol ичида хатолик юз берди. Яна уриниб кўринг.
error-transport = Jol билан алоқа йўқ. Jol-ни улашаётган компютерга уланишни текшириб, яна уриниб кўринг.
back = Орқага

kind-guide = Йўриқномалар
kind-right = Сизнинг ҳуқуқларингиз
kind-contact = Контактлар
kind-agency = Ишга жойлаштириш агентликлари
kind-stay_rule = Бўлиш муддатлари
kind-checklist = Текширув рўйхатлари
kind-red_flags = Хавф белгилари
kind-term = Луғат

item-steps = Қадамлар
item-step = { $n }-қадам
item-deadline = Муддат
item-fee = Тўлов
item-fee-as-of = { $date } ҳолатига кўра
item-documents = Ўзингиз билан олинг
item-where = Қаерга
item-sources = Манбалар
item-verified = Манбалар билан солиштирилди: { $date }
item-related = Шунингдек қаранг
item-machine = Машина таржимаси — ҳали она тилида сўзлашувчи томонидан текширилмаган.
item-machine-short = Машина таржимаси
item-fallback = Ҳали сизнинг тилингизга таржима қилинмаган; кўрсатилган тил: { $language }.
item-reviewed = Текширган: { $name }, { $date }.
item-inferred = Манбаси заиф: битта иккиламчи манбага асосланган. Ишонишдан олдин текширинг.
item-old = Бу маълумот бир йилдан кўпроқ вақт олдин текширилган. Қоидалар тез-тез ўзгаради.
item-check-first = Бу контакт эски манбадан олинган. Унга ишонишдан олдин текширинг.
item-advice = Нима қилиш керак

contact-call = Қўнғироқ қилиш
contact-copy = Нусхалаш
contact-copied = Нусхаланди
contact-free = бепул
contact-paid = пуллик
contact-works-from = қаердан қўнғироқ қилиш мумкин: { $countries }
contact-hours = Иш вақти
contact-address = Манзил
contact-languages = Тиллар
contact-website = Сайт

agency-status = Мақоми: { $status } ({ $date } ҳолатига кўра)
agency-status-active = фаол
agency-status-suspended = вақтинча тўхтатилган
agency-status-revoked = лицензияси бекор қилинган
agency-status-expired = лицензия муддати тугаган

stay-limit = { $days ->
    [one] { $days } кун
   *[other] { $days } кун
}
stay-calendar-year = бир календар йилида
stay-rolling = исталган { $days } кун ичида
stay-from-entry = мамлакатга кирган кундан бошлаб
stay-from-first-entry = биринчи кирган кундан бошлаб қўшиб ҳисобланади; ҳисоб мамлакатдан ташқарида кетма-кет { $days } кун бўлгандан кейингина қайтадан бошланади
stay-effective = Кучга кирган сана: { $date }
stay-basis = Ҳуқуқий асос

notice-user-reset = Сақланган маълумотларингизни ўқиб бўлмади. Улар шу ерда сақлаб қўйилди: { $path }. Янги нусха бошланди.
notice-content-restored = Илова маълумотлари шикастланган эди ва тикланди.

# The review state of this file's translation: source (en), machine, or reviewed (after a
# native speaker signed it off). The footer shows ui-machine-note while it is machine.
ui-translation = machine
ui-machine-note = Бу экрандаги ёзувлар машина ёрдамида таржима қилинган ва она тилида сўзлашувчи томонидан ҳали текширилмаган.
footer-offline = Интернетсиз ишлайди. Бу ерда нима қилсангиз ҳам, ҳаммаси шу қурилмада қолади.
footer-dataset = Маълумотлар { $date } ҳолатига

nav-label = Асосий меню

corridor-title = Сизнинг йўлингиз
corridor-from = Қаердансиз?
corridor-to = Қаерга кетяпсиз ёки ҳозир қаердасиз?

country-KG = Қирғизистон
country-UZ = Ўзбекистон
country-KZ = Қозоғистон
country-RU = Россия
country-KR = Жанубий Корея
country-TR = Туркия
country-AE = Бирлашган Араб Амирликлари
country-GB = Буюк Британия

home-corridor = { $from } → { $to }
home-change = Мамлакатларни ўзгартириш
home-emergency = Шошилинч ёрдам: қаерга қўнғироқ қилиш керак
home-deadlines = Келгандан кейинги муддатлар
home-stay = Мамлакатда қанча муддат бўлиш мумкин
home-stay-count = Кунларимни ҳисоблаш
stay-title = Қанча муддат бўлишим мумкин? Кунларимни ҳисоблаш
stay-choose-citizenship = Аввал фуқаролигингизни ва борадиган мамлакатни танланг.
stay-warning = Бу қуйидаги қоидалар бўйича ҳисоб, расмий маслаҳат эмас. Чегара ва миграция ходимлари ўз ёзувлари бўйича ҳисоблайди: ҳисобга таянишдан олдин миграция хизмати ёки юристдан аниқлаб олинг.
stay-destination = Мамлакат
stay-status = Мақомингиз
stay-status-visa-free = Визасиз
stay-status-without-registration = Рўйхатдан ўтмаган
stay-status-registered = Рўйхатдан ўтган
stay-trips = Сафарларингиз
stay-trips-hint = Кирган кун ҳам, чиққан кун ҳам ҳисобланади. Ҳозир давом этаётган сафар учун чиққан кунни бўш қолдиринг. Сафарлар фақат шу қурилмада сақланади.
stay-trip = { $n }-сафар
stay-entry = Кирган кун
stay-exit = Чиққан кун
stay-trip-delete = Ўчириш
stay-trip-add = Сафар қўшиш
stay-next-days = Янги сафар (кун)
stay-days-used = Фойдаланилган кунлар
stay-days-of = { $limit } кундан { $used }
stay-days-left = Қолган кунлар
stay-last-day = Қонуний охирги кун
stay-overstay = Муддатдан ошиб кетди: { $length }. Зудлик билан миграция хизматига ёки юристга мурожаат қилинг.
stay-first-day-breaks = Бу сафарнинг биринчи кунининг ўзи қоидани бузади.
stay-no-limit = Бу сафарни ҳеч бир қоида чекламайди.
stay-next = Янги сафарни ({ $length }) энг эрта { $date } бошлаш мумкин.
stay-next-none = { $length } сафар қоидалар рухсат берганидан узун.
stay-binding = Муддатни белгилайдиган қоида
stay-counts = Ҳар бир қоида қандай ҳисоблайди
stay-not-in-force = бу куни кучда эмас
stay-error-not-a-date = «{ $text }» деган сана мавжуд эмас.
stay-error-exit-before-entry = { $trip }-сафар: чиққан кун ({ $exit }) кирган кундан ({ $entry }) олдин.
stay-error-overlap = { $other }- ва { $trip }-сафарларнинг умумий кунлари бор. Ҳар бир кун фақат битта сафарга киради.
stay-error-trip-not-before-stay = { $trip }-сафар { $since } бошланган ҳозирги сафардан олдин тугаши керак.
stay-error-since-after-on = Ҳозирги сафар { $since } бошланади, бу бугундан ({ $on }) кейин. Чиққан кунни ёзинг ёки санани тузатинг.
stay-error-no-rule = Бу мамлакат ва бу мақом учун бўлиш муддати ҳақида қоида йўқ.
stay-error-bad-rule = Бу иловадаги бўлиш муддати ҳақидаги қоидани ҳисоблаб бўлмайди. Иловани сизга берганларга хабар беринг.
stay-error-empty-new-stay = Янги сафар камида 1 кун давом этади.
stay-error-two-current = Чиққан куни йўқ фақат битта сафар бўлиши мумкин — ҳозирги сафар. Чиққан куни йўқ сафарлар: { $trips }.

emergency-title = Шошилинч ёрдам
emergency-lead = Қўнғироқ қилиш учун рақамни босинг. Рақамлар шу қурилмада сақланган ва интернетсиз ишлайди.
emergency-here = Сиз учун: { $country }
emergency-other = Бошқа алоқалар

contacts-title = Алоқалар
contacts-country = Мамлакат
contacts-city = Шаҳар
contacts-kind = Тури
contacts-any = Ҳаммаси
contacts-count = { $count ->
    [one] { $count } та алоқа
   *[other] { $count } та алоқа
}

contact-kind-embassy = Элчихона
contact-kind-consulate = Консуллик
contact-kind-hotline = Ишонч телефони
contact-kind-ngo = Нодавлат ташкилот
contact-kind-crisis_centre = Инқироз маркази
contact-kind-government = Давлат идораси
contact-kind-emergency = Фавқулодда хизматлар

settings-title = Созламалар
settings-text-size = Матн ўлчами
settings-size-normal = Оддий
settings-size-large = Катта
settings-size-larger = Жуда катта
settings-about = Jol ҳақида
settings-app-version = Илова версияси
settings-dataset = Маълумотлар
settings-dataset-value = Маълумотлар { $date } ҳолатига, ёзувлар: { $count }
settings-hash = Мазмун назорат суммаси
settings-sources = Ҳар бир саҳифа охирида унинг манбалари (расмий сайтлар, қонунлар, элчихоналар, ННТлар) ва охирги текширилган санаси кўрсатилган. Манба билан тасдиқланмаган маълумот тахмин қилинмай, умуман киритилмаган.
settings-licence = Jol — MIT ёки Apache 2.0 лицензияси бўйича эркин дастур.
settings-machine-note = Таржималарни она тилида сўзлашувчи текширмагунча машина бажарган; бундай саҳифалар белгиланган.

# Dates: the parts' order, and month names with a day (month-N) and alone (month-alone-N).
date-day = { $year }-йил { $day }-{ $month }
date-month = { $year }-йил { $month }
date-year = { $year }-йил
month-1 = январ
month-2 = феврал
month-3 = март
month-4 = апрел
month-5 = май
month-6 = июн
month-7 = июл
month-8 = август
month-9 = сентябр
month-10 = октябр
month-11 = ноябр
month-12 = декабр
month-alone-1 = январ
month-alone-2 = феврал
month-alone-3 = март
month-alone-4 = апрел
month-alone-5 = май
month-alone-6 = июн
month-alone-7 = июл
month-alone-8 = август
month-alone-9 = сентябр
month-alone-10 = октябр
month-alone-11 = ноябр
month-alone-12 = декабр

emergency-none = Jol иловасида ҳозирча { $country } йўналишидаги йўлингиз учун алоқалар йўқ. Булар ёрдам бериши мумкин:

## Маълумотларни янгилаш (Созламалар → Янгиланишлар, ва янгиланишдан кейинги хабар)
updates-title = Янгиланишлар
updates-on-host = Янгиланишлар Jol’ни улашаётган компьютерда бошқарилади.
updates-no-keys = Jol’нинг бу нусхаси бирорта ҳам нашриётчи калитига ишонмайди, шунинг учун янгиланишларни ололмайди. Иловани берган одамдан янгилана оладиган нусхани сўранг.
updates-check-now = Ҳозир текшириш
updates-checking = { $source } текширилмоқда…
updates-downloading = Юкланмоқда: { $total } дан { $done }
updates-applying = Янгиланиш текширилиб, ўрнатилмоқда…
updates-updated = { $date } версиясига янгиланди ({ $version })
updates-updated-from = Манба: { $source }, { $size }, { $when }.
updates-added = { $count ->
    [one] { $count } та янги саҳифа
   *[other] { $count } та янги саҳифа
}
updates-changed = { $count ->
    [one] { $count } та саҳифа ўзгарди
   *[other] { $count } та саҳифа ўзгарди
}
updates-removed = { $count ->
    [one] { $count } та саҳифа олиб ташланди
   *[other] { $count } та саҳифа олиб ташланди
}
updates-up-to-date = Янгиланиш йўқ: маълумотлар { $date } ҳолатига. Текширилди: { $when }.
updates-no-sources = Ҳозирча текширадиган жой йўқ: қуйида янгиланиш манбасини қўшинг.
updates-failed = Янгилаб бўлмади.
updates-failed-kept = Сиздаги маълумотлар аввалгидек қолди.
updates-sources = Янгиланиш манбалари
updates-sources-hint = Веб-манзил (ойна ёки тренернинг ноутбуки: http://…/packs) ёки папка, масалан флешкадаги. Қаердан келмасин, фақат ишончли нашриётчи имзолаган янгиланишлар қабул қилинади.
updates-remove-source = { $source } ни олиб ташлаш
updates-remove = Олиб ташлаш
updates-add-label = Янги манба
updates-add = Қўшиш
updates-schedule = Автоматик текшириш
updates-auto = Jol очилганда ва кейин мунтазам равишда янгиланишларни текшириш
updates-every = Қанчалик тез-тез
updates-every-hours = { $hours ->
    [one] ҳар соатда
   *[other] ҳар { $hours } соатда
}
updates-next = Кейинги текширув: { $when }
updates-from-file = Файлдан янгилаш
updates-file-hint = Флешкадан ёки мессенжердан олинган .jolpack файли. Ҳеч нарса ўзгаришидан олдин у текширилади.
updates-error-bad-signature = Янгиланишга бу илова ишонадиган нашриётчи имзо қўймаган. Ҳеч нарса ўзгармади.
updates-error-tampered = Файл ({ $file }) нашриётчи имзолаган файлга мос эмас: у йўлда шикастланган ёки ўзгартирилган. Ҳеч нарса ўзгармади.
updates-error-malformed = Янгиланиш шикастланган ёки тўлиқ эмас. Ҳеч нарса ўзгармади.
updates-error-expired = Бу манба эскирган (имзосининг муддати { $expires } да тугаган): бу эски нусха ёки янгиланмай қолган кўзгу. Бошқа манбани синаб кўринг.
updates-error-rollback = Бу янгиланиш ({ $offered }) бу қурилма аввал олган янгиланишдан ({ $highest }) эскироқ.
updates-error-network = Манбага уланиб бўлмади. Уланишни текшириб, қайта уриниб кўринг.
updates-error-busy = Бошқа янгиланиш кетмоқда. У тугагач, қайта уриниб кўринг.
updates-error-storage = Бу қурилма янгиланишни сақлай олмади.
updates-error-no-trusted-key = Jol-нинг бу нусхаси ҳеч бир нашриётчи калитига ишонмайди, шунинг учун янгиланишларни ола олмайди.
updates-error-other = Янгиланишни бошлаб бўлмади.
offline-title = Интернетсиз фойдаланиш
offline-ready = Jol бу телефонда сақланган: у уланишсиз очилади ва ишлайди. Бу ерда нима қилсангиз ҳам, бу қурилмадан чиқмайди.
offline-preparing = Jol интернетсиз фойдаланиш учун бу телефонга сақланмоқда…
offline-insecure = Бу манзил ({ $origin }) ҳимояланмаган (http), шунинг учун браузер Jol-ни интернетсиз фойдаланиш учун сақлай олмайди. У бу ерга уланиб турганингизда ишлайди. Интернетсиз фойдаланиш учун Jol-ни https манзили орқали очинг: тренерингиз ёки ташкилотингиздан сўранг.
offline-unsupported = Бу саҳифани интернетсиз фойдаланиш учун сақлаб бўлмайди. У уланиб турганингизда ишлайди.
update-done = Маълумотлар янгиланди ({ $date } версияси): { $count ->
    [one] { $count } та ўзгариш.
   *[other] { $count } та ўзгариш.
}
update-see-changes = Нима ўзгарганини кўриш
update-dismiss = Ёпиш
language-name = { $code ->
    [ky] қирғиз тили
    [ru] рус тили
    [uz] ўзбек тили
    [kk] қозоқ тили
    [en] инглиз тили
    [tg] тожик тили
    [tr] турк тили
    [ko] корейс тили
    [ar] араб тили
   *[other] { $code }
}
city-name = { $city ->
    [Moscow] Москва
    [Tashkent] Тошкент
   *[other] { $city }
}
money = { $amount } { $currency }
money-per = { $per ->
    [month] ойига { $value }
    [year] йилига { $value }
   *[other] { $value } / { $per }
}
size-bytes = { $n } байт
size-kb = { $n } КБ
date-time = { $date }, { $time }

## Share with phones (Settings, desktop only)
sharing-title = Телефонларга улашиш
sharing-hint = Ўша Wi-Fi тармоғидаги телефонлар Jol’ни шу компьютердан, ҳар бири ўз тилида, интернетсиз оча олади. Дарс ёки қабулхона учун қулай.
sharing-start = Улашишни бошлаш
sharing-stop = Улашишни тўхтатиш
sharing-on = Улашилмоқда. Ўша Wi-Fi тармоғидаги телефонда очинг:
sharing-qr = Ёки телефон камерасини шу кодга қаратинг.
sharing-read-only = Телефонлар ҳаммасини ўқий олади, лекин бу компьютерда ҳеч нарсани ўзгартира олмайди. Jol ёпилганда улашиш тўхтайди.
sharing-packs = Jol ўрнатилган бошқа компьютерлар шу компьютер олган янгиланишни мана бу манзилдан олиши мумкин:
sharing-failed = Улашишни бошлаб бўлмади:

## When the app cannot open its data
fatal-title = Jol ишга туша олмаяпти
fatal-hint = Бу хабарни компьютер бўйича ёрдам берадиган одамга кўрсатинг. Ҳеч нарса ўчирилмаган.

## Checklists and the trafficking signs
checklist-progress = { $total } тадан { $done } таси бажарилди
signs-not-saved = Бу ерда белгилаганларингиз ҳеч қаерда сақланмайди ва ҳеч қаерга юборилмайди.
signs-danger = Булардан бирортаси тўғри бўлса ҳам, сиз хавф остида бўлишингиз мумкин. Сиз айбдор эмассиз, ёрдам бепул.
signs-help = Қандай қутулиш ва ёрдам олиш мумкин

## Saved pages
bookmark-save = Саҳифани сақлаш
bookmark-saved = Сақланди ✓
home-saved = Сақланган саҳифалар

## Муддатлар: қайта текшириш санасидан кейин
item-review-passed = Бу маълумот ўзгарган бўлиши мумкин (манбаларда кўрсатилган муддат: { $date }). Унга ишонишдан олдин текширинг.
stay-until = Амал қилган охирги кун: { $date }
