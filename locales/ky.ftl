# Jol интерфейсинин саптары — кыргызча (машиналык котормо).

app-name = Jol
app-tagline = Жол: эмгек мигранттарына жардам, интернетсиз
skip-to-content = Негизги мазмунга өтүү

nav-home = Башкы бет
nav-contacts = Байланыштар
nav-emergency = Шашылыш жардам
nav-settings = Жөндөөлөр

lang-label = Тил
lang-choose = Тилиңизди тандаңыз

search-label = Издөө
search-placeholder = Издөө: патент, каттоо, эмгек акы…
search-no-results = «{ $query }» боюнча эч нерсе табылган жок.
search-results = { $count ->
    [one] { $count } натыйжа
   *[other] { $count } натыйжа
}
search-truncated = Издөө сурооңуз узун болгондуктан, анын башы гана колдонулду.
search-hint = ↑ ↓ — тандоо, Enter — ачуу.

home-title = Сизге эмне керек?
home-all = Бардык темалар
list-empty = Бул жерде азырынча эч нерсе жок.
loading = Жүктөлүүдө…
error-load = Жүктөө мүмкүн болгон жок. { $detail }
error-not-found = Мындай барак жок.
error-api-not-found = Jol ичинде { $id } жок. Аны жаңыртуу өчүргөн болушу мүмкүн.
error-bad-request = Jol бул сурамды түшүнгөн жок. Баракты кайра жүктөп, дагы аракет кылыңыз.
error-unknown-country = Jol { $country } өлкөсүн билбейт.
error-bad-source = { $source } веб-дарек да (http:// же https://), папканын толук жолу да эмес.
error-bad-day = { $trip }-сапар: { $day } дата эмес.
error-not-a-checklist = Бул барактагы жооптор эч качан сакталбайт, ошондуктан телефонуңузду алган киши аларды окуй албайт.
error-no-sharing = Jol-дун бул версиясы өзүн телефондор менен бөлүшө албайт.
error-update-file-refused = Jol { $name } жаңыртуу файлын ала алган жок: ал өтө чоң же окулбайт, же бул версия жаңыртууларды албайт.
error-busy = Башка жаңыртуу жүрүп жатат, ошондуктан { $name } кабыл алынган жок. Ал бүткөндө кайра аракет кылыңыз.
error-read-only = Жалпы Jol аны бөлүшкөн компьютерде эч нерсени өзгөртө албайт.
error-storage = Jol бул түзмөктө маалыматын окуй же сактай алган жок, ошондуктан бул сакталган жок. Эс толуп калышы мүмкүн.
error-internal = Jol ичинде бир ката кетти. Дагы аракет кылыңыз.
error-transport = Jol менен байланыш жок. Jol бөлүшкөн компьютерге туташууну текшерип, дагы аракет кылыңыз.
back = Артка

kind-guide = Нускамалар
kind-right = Сиздин укуктарыңыз
kind-contact = Байланыштар
kind-agency = Жумушка орноштуруу агенттиктери
kind-stay_rule = Болуу мөөнөттөрү
kind-checklist = Текшерүү тизмелери
kind-red_flags = Коркунуч белгилери
kind-term = Сөздүк

item-steps = Кадамдар
item-step = { $n }-кадам
item-deadline = Мөөнөт
item-fee = Төлөм
item-fee-as-of = { $date } абалы боюнча
item-documents = Өзүңүз менен алыңыз
item-where = Кайда
item-sources = Булактар
item-verified = Булактар менен салыштырылды: { $date }
item-related = Ошондой эле караңыз
item-machine = Машиналык котормо — эне тилинде сүйлөгөн адам азырынча текшере элек.
item-machine-short = Машиналык котормо
item-fallback = Сиздин тилиңизге азырынча которула элек; көрсөтүлгөн тил: { $language }.
item-reviewed = Текшерген: { $name }, { $date }.
item-inferred = Булагы алсыз: бир гана кыйыр булакка негизделген. Ишенээрден мурун текшериңиз.
item-old = Бул маалымат бир жылдан ашык мурун текшерилген. Эрежелер көп өзгөрөт.
item-check-first = Бул байланыш эски булактан алынган. Ага ишенээрден мурун текшериңиз.
item-advice = Эмне кылуу керек

contact-call = Чалуу
contact-copy = Көчүрүү
contact-copied = Көчүрүлдү
contact-free = акысыз
contact-paid = акылуу
contact-works-from = кайдан чалса болот: { $countries }
contact-hours = Иш убактысы
contact-address = Дарек
contact-languages = Тилдер
contact-website = Сайт

agency-status = Статусу: { $status } ({ $date } абалы боюнча)
agency-status-active = иштеп жатат
agency-status-suspended = убактылуу токтотулган
agency-status-revoked = лицензиясы жокко чыгарылган
agency-status-expired = лицензиясынын мөөнөтү бүткөн

stay-limit = { $days ->
    [one] { $days } күн
   *[other] { $days } күн
}
stay-calendar-year = бир календардык жылда
stay-rolling = каалаган { $days } күндүн ичинде
stay-from-entry = өлкөгө кирген күндөн баштап
stay-from-first-entry = биринчи кирген күндөн тартып кошулуп эсептелет; эсеп өлкөдөн тышкары катары менен { $days } күн болгондон кийин гана кайра башталат
stay-effective = Күчүнө кирген күнү: { $date }
stay-basis = Укуктук негиз

notice-user-reset = Сакталган маалыматтарыңызды окуу мүмкүн болгон жок. Алар бул жерде сакталып калды: { $path }. Жаңы көчүрмө башталды.
notice-content-restored = Колдонмонун маалыматтары бузулуп калган, алар калыбына келтирилди.

# The review state of this file's translation: source (en), machine, or reviewed (after a
# native speaker signed it off). The footer shows ui-machine-note while it is machine.
ui-translation = machine
ui-machine-note = Бул экрандагы жазуулар машина менен которулган жана эне тилинде сүйлөгөн адам тарабынан азырынча текшерилген эмес.
footer-offline = Интернетсиз иштейт. Бул жерде эмне кылсаңыз да, баары ушул түзмөктө калат.
footer-dataset = Маалымат { $date } абалы боюнча

nav-label = Башкы меню

corridor-title = Сиздин жолуңуз
corridor-from = Сиз кайсы өлкөдөнсүз?
corridor-to = Кайда барасыз же азыр кайдасыз?

country-KG = Кыргызстан
country-UZ = Өзбекстан
country-KZ = Казакстан
country-RU = Россия
country-KR = Түштүк Корея
country-TR = Түркия
country-AE = Бириккен Араб Эмирликтери
country-GB = Улуу Британия

home-corridor = { $from } → { $to }
home-change = Өлкөлөрдү өзгөртүү
home-emergency = Шашылыш жардам: кайда чалуу керек
home-deadlines = Келгенден кийинки мөөнөттөр
home-stay = Өлкөдө канча убакыт турууга болот
home-stay-count = Күндөрүмдү эсептөө
stay-title = Канча убакыт турсам болот? Күндөрүмдү эсептөө
stay-choose-citizenship = Адегенде жарандыгыңызды жана бара турган өлкөнү тандаңыз.
stay-warning = Бул төмөнкү эрежелер боюнча эсеп, расмий кеңеш эмес. Чек ара жана миграция кызматкерлери өз жазууларына карап эсептешет: эсепке таянардан мурун миграция кызматынан же юристтен тактап алыңыз.
stay-destination = Өлкө
stay-status = Статусуңуз
stay-status-visa-free = Визасыз
stay-status-without-registration = Каттоосуз
stay-status-registered = Катталган
stay-trips = Сапарларыңыз
stay-trips-hint = Кирген күн да, чыккан күн да эсептелет. Азыркы болуп жаткан сапар үчүн чыккан күндү бош калтырыңыз. Сапарлар ушул түзмөктө гана сакталат.
stay-trip = { $n }-сапар
stay-entry = Кирген күн
stay-exit = Чыккан күн
stay-trip-delete = Өчүрүү
stay-trip-add = Сапар кошуу
stay-next-days = Жаңы сапар (күн)
stay-days-used = Колдонулган күндөр
stay-days-of = { $limit } күндөн { $used }
stay-days-left = Калган күндөр
stay-last-day = Мыйзамдуу акыркы күн
stay-overstay = Мөөнөттөн ашып кетти: { $length }. Тез арада миграция кызматына же юристке кайрылыңыз.
stay-first-day-breaks = Бул сапардын биринчи күнү эле эрежени бузат.
stay-no-limit = Бул сапарды эч бир эреже чектебейт.
stay-next = Жаңы сапарды ({ $length }) эң эрте { $date } баштоого болот.
stay-next-none = { $length } сапар эрежелер уруксат бергенден узун.
stay-binding = Мөөнөттү аныктаган эреже
stay-counts = Ар бир эреже кантип эсептейт
stay-not-in-force = бул күнү күчүндө эмес
stay-error-not-a-date = «{ $text }» деген күн жок.
stay-error-exit-before-entry = { $trip }-сапар: чыккан күн ({ $exit }) кирген күндөн ({ $entry }) мурун турат.
stay-error-overlap = { $other }- жана { $trip }-сапарлардын жалпы күндөрү бар. Ар бир күн бир гана сапарга кирет.
stay-error-trip-not-before-stay = { $trip }-сапар { $since } башталган азыркы сапардан мурун бүтүшү керек.
stay-error-since-after-on = Азыркы сапар { $since } башталат, бул бүгүндөн ({ $on }) кийин. Чыккан күндү жазыңыз же күндү оңдоңуз.
stay-error-no-rule = Бул өлкө жана бул статус үчүн болуу мөөнөтү боюнча эреже жок.
stay-error-bad-rule = Бул колдонмодогу болуу мөөнөтү боюнча эрежени эсептөөгө болбойт. Колдонмону сизге бергендерге билдириңиз.
stay-error-empty-new-stay = Жаңы сапар кеминде 1 күн болот.
stay-error-two-current = Чыккан күнү жок бир гана сапар болушу мүмкүн — азыркы сапар. Чыккан күнү жок сапарлар: { $trips }.

emergency-title = Шашылыш жардам
emergency-lead = Чалуу үчүн номерди басыңыз. Номерлер ушул түзмөктө сакталган жана интернетсиз иштейт.
emergency-here = Сиз үчүн: { $country }
emergency-other = Башка байланыштар

contacts-title = Байланыштар
contacts-country = Өлкө
contacts-city = Шаар
contacts-kind = Түрү
contacts-any = Баары
contacts-count = { $count ->
    [one] { $count } байланыш
   *[other] { $count } байланыш
}

contact-kind-embassy = Элчилик
contact-kind-consulate = Консулдук
contact-kind-hotline = Ышеним телефону
contact-kind-ngo = Өкмөттүк эмес уюм
contact-kind-crisis_centre = Кризистик борбор
contact-kind-government = Мамлекеттик орган
contact-kind-emergency = Тез жардам кызматтары

settings-title = Жөндөөлөр
settings-text-size = Тексттин өлчөмү
settings-size-normal = Кадимки
settings-size-large = Чоң
settings-size-larger = Абдан чоң
settings-about = Jol жөнүндө
settings-app-version = Колдонмонун версиясы
settings-dataset = Маалымат
settings-dataset-value = Маалымат { $date } абалы боюнча, жазуулар: { $count }
settings-hash = Мазмундун текшерүү суммасы
settings-sources = Ар бир барактын аягында анын булактары (расмий сайттар, мыйзамдар, элчиликтер, бейөкмөт уюмдар) жана акыркы текшерилген күнү көрсөтүлгөн. Булак менен тастыкталбаган маалымат ойдон кошулбай, таптакыр киргизилген жок.
settings-licence = Jol — MIT же Apache 2.0 лицензиясы боюнча эркин программа.
settings-machine-note = Котормолорду эне тилинде сүйлөгөн адам текшергенге чейин машина жасаган; мындай барактар белгиленген.

# Dates: the parts' order, and month names with a day (month-N) and alone (month-alone-N).
date-day = { $year }-ж. { $day }-{ $month }
date-month = { $year }-ж. { $month }
date-year = { $year }-ж.
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-alone-1 = январь
month-alone-2 = февраль
month-alone-3 = март
month-alone-4 = апрель
month-alone-5 = май
month-alone-6 = июнь
month-alone-7 = июль
month-alone-8 = август
month-alone-9 = сентябрь
month-alone-10 = октябрь
month-alone-11 = ноябрь
month-alone-12 = декабрь

emergency-none = Jol колдонмосунда азырынча { $country } багытындагы жолуңуз үчүн байланыштар жок. Булар жардам бериши мүмкүн:

## Маалыматты жаңыртуу (Жөндөөлөр → Жаңыртуулар, жана жаңыртуудан кийинки билдирүү)
updates-title = Жаңыртуулар
updates-on-host = Жаңыртууларды Jol'ду бөлүшкөн компьютерде башкарышат.
updates-no-keys = Jol'дун бул көчүрмөсү бир дагы басмачынын ачкычына ишенбейт, ошондуктан жаңыртууларды ала албайт. Колдонмону берген адамдан жаңырта ала турган көчүрмөнү сураңыз.
updates-check-now = Азыр текшерүү
updates-checking = { $source } текшерилүүдө…
updates-downloading = Жүктөлүүдө: { $total } ичинен { $done }
updates-applying = Жаңыртуу текшерилип, орнотулууда…
updates-updated = { $date } версиясына жаңыртылды ({ $version })
updates-updated-from = Булак: { $source }, { $size }, { $when }.
updates-added = { $count ->
    [one] { $count } жаңы барак
   *[other] { $count } жаңы барак
}
updates-changed = { $count ->
    [one] { $count } барак өзгөрдү
   *[other] { $count } барак өзгөрдү
}
updates-removed = { $count ->
    [one] { $count } барак өчүрүлдү
   *[other] { $count } барак өчүрүлдү
}
updates-up-to-date = Жаңыртуу жок: маалымат { $date } боюнча. Текшерилди: { $when }.
updates-no-sources = Азырынча текшере турган жер жок: төмөндө жаңыртуу булагын кошуңуз.
updates-failed = Жаңыртуу ишке ашкан жок.
updates-failed-kept = Сиздеги маалымат мурункудай калды.
updates-sources = Жаңыртуу булактары
updates-sources-hint = Веб-дарек (күзгү же тренердин ноутбугу: http://…/packs) же папка, мисалы флешкадагы. Кайдан келсе да, ишенимдүү басмачы кол койгон жаңыртуулар гана кабыл алынат.
updates-remove-source = { $source } алып салуу
updates-remove = Алып салуу
updates-add-label = Жаңы булак
updates-add = Кошуу
updates-schedule = Автоматтык текшерүү
updates-auto = Jol ачылганда жана андан кийин үзгүлтүксүз жаңыртууларды текшерүү
updates-every = Канча жолу
updates-every-hours = { $hours ->
    [one] ар бир саат сайын
   *[other] ар { $hours } саат сайын
}
updates-next = Кийинки текшерүү: { $when }
updates-from-file = Файлдан жаңыртуу
updates-file-hint = Флешкадан же мессенджерден алынган .jolpack файлы. Эч нерсе өзгөрө электе ал текшерилет.
updates-error-bad-signature = Жаңыртууга бул колдонмо ишенген басмачы кол койгон эмес. Эч нерсе өзгөргөн жок.
updates-error-tampered = Файл ({ $file }) басмачы кол койгон файлга дал келбейт: ал жолдо бузулган же өзгөртүлгөн. Эч нерсе өзгөргөн жок.
updates-error-malformed = Жаңыртуу бузулган же толук эмес. Эч нерсе өзгөргөн жок.
updates-error-expired = Бул булак эскирген (анын колтамгасынын мөөнөтү { $expires } бүткөн): бул эски көчүрмө же жаңыланбай калган күзгү. Башка булакты колдонуп көрүңүз.
updates-error-rollback = Бул жаңыртуу ({ $offered } күнкү) бул түзмөк мурда алган жаңыртуудан ({ $highest } күнкү) эски.
updates-error-network = Булакка кошулуу мүмкүн болгон жок. Байланышты текшерип, кайра аракет кылыңыз.
updates-error-busy = Башка жаңыртуу жүрүп жатат. Ал бүткөндө кайра аракет кылыңыз.
updates-error-storage = Бул түзмөк жаңыртууну сактай алган жок.
updates-error-no-trusted-key = Jol-дун бул көчүрмөсү эч бир басмачынын ачкычына ишенбейт, ошондуктан жаңыртууларды ала албайт.
updates-error-other = Жаңыртууну баштоо мүмкүн болгон жок.
offline-title = Интернетсиз колдонуу
offline-ready = Jol бул телефондо сакталган: ал байланышсыз ачылат жана иштейт. Бул жерде эмне кылсаңыз да, бул түзмөктөн чыкпайт.
offline-preparing = Jol интернетсиз колдонуу үчүн бул телефонго сакталып жатат…
offline-insecure = Бул дарек ({ $origin }) корголгон эмес (http), ошондуктан браузер Jol-ду интернетсиз колдонуу үчүн сактай албайт. Бул жерге туташып турганда иштейт. Интернетсиз колдонуу үчүн Jol-ду https дареги менен ачыңыз: тренериңизден же уюмуңуздан сураңыз.
offline-unsupported = Бул баракты интернетсиз колдонуу үчүн сактоого болбойт. Туташып турганда иштейт.
update-done = Маалымат жаңыртылды ({ $date } версиясы): { $count ->
    [one] { $count } өзгөрүү.
   *[other] { $count } өзгөрүү.
}
update-see-changes = Эмне өзгөргөнүн көрүү
update-dismiss = Жабуу
language-name = { $code ->
    [ky] кыргызча
    [ru] орусча
    [uz] өзбекче
    [kk] казакча
    [en] англисче
    [tg] тажикче
    [tr] түркчө
    [ko] корейче
    [ar] арабча
   *[other] { $code }
}
city-name = { $city ->
    [Moscow] Москва
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
sharing-title = Телефондорго бөлүшүү
sharing-hint = Ошол эле Wi-Fi тармагындагы телефондор Jol'ду бул компьютерден, ар бири өз тилинде, интернетсиз ача алат. Сабак же кабыл алуу бөлмөсү үчүн ылайыктуу.
sharing-start = Бөлүшүүнү баштоо
sharing-stop = Бөлүшүүнү токтотуу
sharing-on = Бөлүшүү жүрүп жатат. Ошол эле Wi-Fi тармагындагы телефондо ачыңыз:
sharing-qr = Же телефондун камерасын ушул кодго буруңуз.
sharing-read-only = Телефондор баарын окуй алат, бирок бул компьютерде эч нерсени өзгөртө албайт. Jol жабылганда бөлүшүү токтойт.
sharing-packs = Jol орнотулган башка компьютерлер бул компьютер алган жаңыртууну бул даректен ала алат:
sharing-failed = Бөлүшүүнү баштоого болбоду:

## When the app cannot open its data
fatal-title = Jol иштей албай жатат
fatal-hint = Бул билдирүүнү компьютер боюнча жардам берген адамга көрсөтүңүз. Эч нерсе өчүрүлгөн жок.

## Checklists and the trafficking signs
checklist-progress = { $total } ичинен { $done } аткарылды
signs-not-saved = Бул жерде белгилегениңиз эч жерде сакталбайт жана эч жакка жөнөтүлбөйт.
signs-danger = Булардын бири эле туура болсо, сиз коркунучта болушуңуз мүмкүн. Сиз күнөөлүү эмессиз, жардам акысыз.
signs-help = Кантип чыгып, жардам алса болот

## Saved pages
bookmark-save = Баракты сактоо
bookmark-saved = Сакталды ✓
home-saved = Сакталган барактар

## Мөөнөттөр: кайра текшерүү күнүнөн кийин
item-review-passed = Бул маалымат өзгөргөн болушу мүмкүн (булактарда көрсөтүлгөн мөөнөт: { $date }). Ишенээрден мурун текшериңиз.
stay-until = Күчүндө болгон акыркы күн: { $date }
