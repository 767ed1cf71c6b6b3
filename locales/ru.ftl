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
stay-effective = Действует с { $date }
stay-basis = Правовое основание

notice-user-reset = Ваши сохранённые данные не удалось прочитать. Они сохранены в { $path }, начата новая копия.
notice-content-restored = Данные приложения были повреждены и восстановлены.

footer-offline = Работает без интернета. Ничто отсюда не покидает это устройство.
footer-dataset = Версия данных { $version }
