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
stay-effective = Кучга кирган сана: { $date }
stay-basis = Ҳуқуқий асос

notice-user-reset = Сақланган маълумотларингизни ўқиб бўлмади. Улар шу ерда сақлаб қўйилди: { $path }. Янги нусха бошланди.
notice-content-restored = Илова маълумотлари шикастланган эди ва тикланди.

footer-offline = Интернетсиз ишлайди. Бу ерда нима қилсангиз ҳам, ҳаммаси шу қурилмада қолади.
footer-dataset = Маълумотлар версияси: { $version }
