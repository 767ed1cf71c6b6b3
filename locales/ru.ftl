# Строки интерфейса Jol — русский.

app-name = Jol
app-tagline = Дорога: помощь трудовым мигрантам, без интернета
skip-to-content = Перейти к содержанию

nav-home = Главная
nav-contacts = Контакты
nav-emergency = Срочная помощь
nav-settings = Настройки

lang-label = Язык
lang-choose = Выберите язык

search-label = Поиск
search-placeholder = Поиск: патент, регистрация, зарплата…
search-no-results = По запросу «{ $query }» ничего не найдено.
search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-truncated = Запрос слишком длинный, поэтому учтено только его начало.
search-hint = ↑ ↓ — выбор, Enter — открыть.

home-title = Что вам нужно?
home-all = Все темы
list-empty = Здесь пока ничего нет.
loading = Загрузка…
error-load = Не удалось загрузить. { $detail }
error-not-found = Такой страницы нет.
error-api-not-found = В Jol нет { $id }. Возможно, это удалено обновлением.
error-bad-request = Jol не понял этот запрос. Перезагрузите страницу и попробуйте снова.
error-unknown-country = Jol не знает страну { $country }.
error-bad-source = { $source } — это не веб-адрес (http:// или https://) и не полный путь к папке.
error-bad-day = Поездка { $trip }: { $day } — это не дата.
error-not-a-checklist = Ответы на этой странице никогда не сохраняются, чтобы их не прочитал тот, кто заберёт ваш телефон.
error-no-sharing = Эта версия Jol не умеет раздавать себя на телефоны.
error-update-file-refused = Jol не смог принять файл обновления { $name }: он слишком большой или не читается, или эта версия не принимает обновления.
error-busy = Идёт другое обновление, поэтому { $name } не принят. Попробуйте снова, когда оно закончится.
error-read-only = Общий Jol не может ничего менять на компьютере, который его раздаёт.
error-storage = Jol не смог прочитать или сохранить данные на этом устройстве, поэтому это не сохранено. Возможно, память заполнена.
error-internal = Внутри Jol что-то пошло не так. Попробуйте снова.
error-transport = Нет связи с Jol. Проверьте подключение к компьютеру, который раздаёт Jol, и попробуйте снова.
back = Назад

kind-guide = Инструкции
kind-right = Ваши права
kind-contact = Контакты
kind-agency = Агентства по трудоустройству
kind-stay_rule = Сроки пребывания
kind-checklist = Чек-листы
kind-red_flags = Тревожные признаки
kind-term = Словарь

item-steps = Шаги
item-step = Шаг { $n }
item-deadline = Срок
item-fee = Стоимость
item-fee-as-of = на { $date }
item-documents = Взять с собой
item-where = Куда
item-sources = Источники
item-verified = Сверено с источниками: { $date }
item-related = См. также
item-machine = Машинный перевод — ещё не проверен носителем языка.
item-machine-short = Машинный перевод
item-fallback = Ещё не переведено на ваш язык; показано на языке: { $language }.
item-reviewed = Проверено: { $name }, { $date }.
item-inferred = Слабый источник: основано на одном вторичном источнике. Проверьте, прежде чем полагаться.
item-old = Эти сведения проверялись больше года назад. Правила часто меняются.
item-check-first = Этот контакт взят из старого источника. Проверьте, прежде чем полагаться на него.
item-advice = Что делать

contact-call = Позвонить
contact-copy = Копировать
contact-copied = Скопировано
contact-free = бесплатно
contact-paid = платно
contact-works-from = из: { $countries }
contact-hours = Часы работы
contact-address = Адрес
contact-languages = Языки
contact-website = Сайт

agency-status = Статус: { $status } (на { $date })
agency-status-active = действует
agency-status-suspended = приостановлена
agency-status-revoked = лицензия отозвана
agency-status-expired = лицензия истекла

stay-limit = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
stay-calendar-year = за календарный год
stay-rolling = в любые { $days } дней
stay-from-entry = со дня въезда
stay-from-first-entry = суммируются с первого въезда; отсчёт начинается заново только после { $days } дней подряд за пределами страны
stay-effective = Действует с { $date }
stay-basis = Правовое основание

notice-user-reset = Ваши сохранённые данные не удалось прочитать. Они сохранены в { $path }, начата новая копия.
notice-content-restored = Данные приложения были повреждены и восстановлены.

# The review state of this file's translation: source (en), machine, or reviewed (after a
# native speaker signed it off). The footer shows ui-machine-note while it is machine.
ui-translation = machine
ui-machine-note = Надписи на этом экране переведены машиной и ещё не проверены носителем языка.
footer-offline = Работает без интернета. Ничто отсюда не покидает это устройство.
footer-dataset = Сведения на { $date }

nav-label = Главное меню

corridor-title = Ваш путь
corridor-from = Откуда вы?
corridor-to = Куда вы едете или где вы сейчас?

country-KG = Кыргызстан
country-UZ = Узбекистан
country-KZ = Казахстан
country-RU = Россия
country-KR = Южная Корея
country-TR = Турция
country-AE = Объединённые Арабские Эмираты
country-GB = Великобритания

home-corridor = Из страны { $from } в страну { $to }
home-change = Изменить страны
home-emergency = Срочная помощь: куда звонить
home-deadlines = Сроки после приезда
home-stay = Сколько можно находиться в стране
home-stay-count = Посчитать мои дни
stay-title = Сколько мне можно находиться? Посчитать мои дни
stay-choose-citizenship = Сначала выберите своё гражданство и страну, куда вы едете.
stay-warning = Это расчёт по правилам ниже, а не официальная консультация. Пограничники и миграционная служба считают по своим записям: прежде чем полагаться на расчёт, уточните в миграционной службе или у юриста.
stay-destination = Страна
stay-status = Ваш статус
stay-status-visa-free = Без визы
stay-status-without-registration = Без регистрации
stay-status-registered = С регистрацией
stay-trips = Ваши поездки
stay-trips-hint = День въезда и день выезда считаются оба. Для пребывания, которое идёт сейчас, оставьте день выезда пустым. Поездки хранятся только на этом устройстве.
stay-trip = Поездка { $n }
stay-entry = Въезд
stay-exit = Выезд
stay-trip-delete = Удалить
stay-trip-add = Добавить поездку
stay-next-days = Новое пребывание (дней)
stay-days-used = Использовано дней
stay-days-of = { $used } из { $limit }
stay-days-left = Осталось дней
stay-last-day = Последний законный день
stay-overstay = Превышение срока: { $length }. Срочно обратитесь в миграционную службу или к юристу.
stay-first-day-breaks = Уже первый день этого пребывания нарушает правило.
stay-no-limit = Ни одно правило не ограничивает это пребывание.
stay-next = Новое пребывание ({ $length }) можно начать не раньше { $date }.
stay-next-none = Пребывание ({ $length }) длиннее, чем разрешают правила.
stay-binding = Правило, которое задаёт срок
stay-counts = Как считает каждое правило
stay-not-in-force = не действует в этот день
stay-error-not-a-date = «{ $text }» — такой даты не существует.
stay-error-exit-before-entry = Поездка { $trip }: день выезда ({ $exit }) раньше дня въезда ({ $entry }).
stay-error-overlap = У поездок { $other } и { $trip } есть общие дни. Каждый день может входить только в одну поездку.
stay-error-trip-not-before-stay = Поездка { $trip } должна закончиться до нынешнего пребывания, которое началось { $since }.
stay-error-since-after-on = Нынешнее пребывание начинается { $since }, позже сегодняшнего дня ({ $on }). Укажите день выезда или исправьте дату.
stay-error-no-rule = Для этой страны и этого статуса нет правила о сроке пребывания.
stay-error-bad-rule = Правило о сроке пребывания в этом приложении нельзя посчитать. Пожалуйста, сообщите тем, кто дал вам приложение.
stay-error-empty-new-stay = Новое пребывание длится не меньше 1 дня.
stay-error-two-current = Без дня выезда может быть только одна поездка — та, что идёт сейчас. Поездки без дня выезда: { $trips }.

emergency-title = Срочная помощь
emergency-lead = Нажмите на номер, чтобы позвонить. Номера сохранены на этом устройстве и работают без интернета.
emergency-here = Для вас: { $country }
emergency-other = Другие контакты

contacts-title = Контакты
contacts-country = Страна
contacts-city = Город
contacts-kind = Тип
contacts-any = Все
contacts-count = { $count ->
    [one] { $count } контакт
    [few] { $count } контакта
    [many] { $count } контактов
   *[other] { $count } контакта
}

contact-kind-embassy = Посольство
contact-kind-consulate = Консульство
contact-kind-hotline = Горячая линия
contact-kind-ngo = Неправительственная организация
contact-kind-crisis_centre = Кризисный центр
contact-kind-government = Государственный орган
contact-kind-emergency = Экстренные службы

settings-title = Настройки
settings-text-size = Размер текста
settings-size-normal = Обычный
settings-size-large = Крупный
settings-size-larger = Очень крупный
settings-about = О программе Jol
settings-app-version = Версия приложения
settings-dataset = Данные
settings-dataset-value = Сведения на { $date }, записей: { $count }
settings-hash = Контрольная сумма содержимого
settings-sources = В конце каждой страницы указаны её источники (официальные сайты, законы, посольства, НКО) и дата последней проверки. То, что не удалось подтвердить источником, не включено, а не додумано.
settings-licence = Jol — свободная программа под лицензией MIT или Apache 2.0.
settings-machine-note = Переводы сделаны машиной, пока их не проверит носитель языка; такие страницы отмечены.

# Dates: the parts' order, and month names with a day (month-N) and alone (month-alone-N).
date-day = { $day } { $month } { $year } г.
date-month = { $month } { $year } г.
date-year = { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
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

emergency-none = У Jol пока нет контактов для вашего пути в страну { $country }. Возможно, помогут эти:

## Обновления сведений (Настройки → Обновления, и сообщение после обновления)
updates-title = Обновления
updates-on-host = Обновлениями управляют на компьютере, который раздаёт Jol.
updates-no-keys = Эта копия Jol не доверяет ни одному ключу издателя и поэтому не может получать обновления. Попросите у того, кто дал вам приложение, копию, которая может.
updates-check-now = Проверить сейчас
updates-checking = Проверяем { $source }…
updates-downloading = Загрузка: { $done } из { $total }
updates-applying = Проверяем и устанавливаем обновление…
updates-updated = Обновлено до версии от { $date } ({ $version })
updates-updated-from = Источник: { $source }, { $size }, { $when }.
updates-added = { $count ->
    [one] { $count } новая страница
    [few] { $count } новые страницы
    [many] { $count } новых страниц
   *[other] { $count } новой страницы
}
updates-changed = { $count ->
    [one] Изменена { $count } страница
    [few] Изменены { $count } страницы
    [many] Изменено { $count } страниц
   *[other] Изменено { $count } страницы
}
updates-removed = { $count ->
    [one] Удалена { $count } страница
    [few] Удалены { $count } страницы
    [many] Удалено { $count } страниц
   *[other] Удалено { $count } страницы
}
updates-up-to-date = Обновлений нет: сведения от { $date }. Проверено { $when }.
updates-no-sources = Проверять пока негде: добавьте источник обновлений ниже.
updates-failed = Обновить не удалось.
updates-failed-kept = Ваши сведения остались прежними.
updates-sources = Источники обновлений
updates-sources-hint = Веб-адрес (зеркало или ноутбук тренера: http://…/packs) или папка, например на флешке. Принимаются только обновления, подписанные доверенным издателем, откуда бы они ни пришли.
updates-remove-source = Убрать { $source }
updates-remove = Убрать
updates-add-label = Новый источник
updates-add = Добавить
updates-schedule = Автоматическая проверка
updates-auto = Проверять обновления при запуске Jol и затем регулярно
updates-every = Как часто
updates-every-hours = { $hours ->
    [one] каждый { $hours } час
    [few] каждые { $hours } часа
    [many] каждые { $hours } часов
   *[other] каждые { $hours } часа
}
updates-next = Следующая проверка: { $when }
updates-from-file = Обновить из файла
updates-file-hint = Файл .jolpack с флешки или из мессенджера. Он проверяется до того, как что-либо изменится.
updates-error-bad-signature = Обновление не подписано издателем, которому доверяет это приложение. Ничего не изменилось.
updates-error-tampered = Файл ({ $file }) не совпадает с тем, что подписал издатель: он повреждён или изменён по пути. Ничего не изменилось.
updates-error-malformed = Обновление повреждено или неполное. Ничего не изменилось.
updates-error-expired = Этот источник устарел (срок его подписи истёк { $expires }): это старая копия или зеркало, которое перестало обновляться. Попробуйте другой источник.
updates-error-rollback = Это обновление (от { $offered }) старше того, что это устройство уже получило (от { $highest }).
updates-error-network = Источник недоступен. Проверьте подключение и попробуйте снова.
updates-error-busy = Уже идёт другое обновление. Попробуйте, когда оно закончится.
updates-error-storage = Это устройство не смогло сохранить обновление.
updates-error-no-trusted-key = Эта копия Jol не доверяет ни одному ключу издателя и поэтому не может получать обновления.
updates-error-other = Не удалось начать обновление.
offline-title = Без интернета
offline-ready = Jol сохранён на этом телефоне: он открывается и работает без подключения. Ничто из того, что вы здесь делаете, не покидает это устройство.
offline-preparing = Jol сохраняется на этом телефоне для работы без интернета…
offline-insecure = Этот адрес ({ $origin }) не защищён (http), поэтому браузер не может сохранить Jol для работы без интернета. Он работает, пока вы подключены здесь. Чтобы пользоваться без интернета, откройте Jol по адресу https: у тренера или вашей организации.
offline-unsupported = Эту страницу нельзя сохранить для работы без интернета. Она работает, пока вы подключены.
update-done = Сведения обновлены (версия от { $date }): { $count ->
    [one] { $count } изменение.
    [few] { $count } изменения.
    [many] { $count } изменений.
   *[other] { $count } изменения.
}
update-see-changes = Что изменилось
update-dismiss = Закрыть
language-name = { $code ->
    [ky] кыргызский
    [ru] русский
    [uz] узбекский
    [kk] казахский
    [en] английский
    [tg] таджикский
    [tr] турецкий
    [ko] корейский
    [ar] арабский
   *[other] { $code }
}
city-name = { $city ->
    [Moscow] Москва
    [Tashkent] Ташкент
   *[other] { $city }
}
money = { $amount } { $currency }
money-per = { $per ->
    [month] { $value } в месяц
    [year] { $value } в год
   *[other] { $value } / { $per }
}
size-bytes = { $n } Б
size-kb = { $n } КБ
date-time = { $date }, { $time }

## Share with phones (Settings, desktop only)
sharing-title = Раздать на телефоны
sharing-hint = Телефоны в той же сети Wi-Fi могут открыть Jol с этого компьютера, каждый на своём языке, без интернета. Подходит для занятий и приёмной.
sharing-start = Начать раздачу
sharing-stop = Остановить раздачу
sharing-on = Раздача идёт. На телефоне в той же сети Wi-Fi откройте:
sharing-qr = Или наведите камеру телефона на этот код.
sharing-read-only = Телефоны могут всё читать, но ничего не могут изменить на этом компьютере. Раздача прекращается, когда Jol закрывают.
sharing-packs = Другие компьютеры с Jol могут взять обновление, полученное этим, по адресу:
sharing-failed = Раздачу не удалось начать:

## When the app cannot open its data
fatal-title = Jol не может запуститься
fatal-hint = Покажите это сообщение тому, кто помогает вам с компьютером. Ничего не удалено.

## Checklists and the trafficking signs
checklist-progress = Готово { $done } из { $total }
signs-not-saved = Отметки здесь нигде не сохраняются и никуда не отправляются.
signs-danger = Если верно хотя бы одно из этого, вы можете быть в опасности. Вы не виноваты, а помощь бесплатна.
signs-help = Как выбраться и получить помощь

## Saved pages
bookmark-save = Сохранить страницу
bookmark-saved = Сохранено ✓
home-saved = Сохранённые страницы

## Сроки: после даты пересмотра
item-review-passed = Это могло измениться с { $date } — проверьте, прежде чем полагаться на это.
stay-until = Действует до { $date }
