# Jol interfeysi satrlari — oʻzbekcha, lotin yozuvi (mashina tarjimasi).
# uz-Cyrl.ftl shu fayldan kirill yozuviga oʻgirilgan.

app-name = Jol
app-tagline = Yoʻl: mehnat muhojirlariga yordam, internetsiz
skip-to-content = Asosiy mazmunga oʻtish

nav-home = Bosh sahifa
nav-contacts = Kontaktlar
nav-emergency = Shoshilinch yordam
nav-settings = Sozlamalar

lang-label = Til
lang-choose = Tilingizni tanlang

search-label = Qidiruv
search-placeholder = Qidiruv: patent, roʻyxatdan oʻtish, ish haqi…
search-no-results = «{ $query }» boʻyicha hech narsa topilmadi.
search-results = { $count ->
    [one] { $count } ta natija
   *[other] { $count } ta natija
}
search-truncated = Soʻrovingiz uzun boʻlgani uchun faqat uning boshi hisobga olindi.
search-hint = ↑ ↓ — tanlash, Enter — ochish.

home-title = Sizga nima kerak?
home-all = Barcha mavzular
list-empty = Bu yerda hozircha hech narsa yoʻq.
loading = Yuklanmoqda…
error-load = Yuklab boʻlmadi. { $detail }
error-not-found = Bunday sahifa mavjud emas.
error-api-not-found = Jolda { $id } yoʻq. Uni yangilanish oʻchirgan boʻlishi mumkin.
error-bad-request = Jol bu soʻrovni tushunmadi. Sahifani qayta yuklab, yana urinib koʻring.
error-unknown-country = Jol { $country } mamlakatini bilmaydi.
error-bad-source = { $source } na veb-manzil (http:// yoki https://), na jildning toʻliq yoʻli.
error-bad-day = { $trip }-safar: { $day } sana emas.
error-not-a-checklist = Bu sahifadagi javoblar hech qachon saqlanmaydi, shuning uchun telefoningizni olgan kishi ularni oʻqiy olmaydi.
error-no-sharing = Jolning bu versiyasi oʻzini telefonlar bilan ulasha olmaydi.
error-update-file-refused = Jol { $name } yangilanish faylini qabul qila olmadi: u juda katta yoki oʻqib boʻlmaydi, yoki bu versiya yangilanishlarni qabul qilmaydi.
error-busy = Boshqa yangilanish ketmoqda, shuning uchun { $name } qabul qilinmadi. U tugagach, yana urinib koʻring.
error-read-only = Umumiy Jol uni ulashayotgan kompyuterda hech narsani oʻzgartira olmaydi.
error-storage = Jol bu qurilmada maʼlumotlarini oʻqiy yoki saqlay olmadi, shuning uchun bu saqlanmadi. Xotira toʻlgan boʻlishi mumkin.
error-internal = Jol ichida xatolik yuz berdi. Yana urinib koʻring.
error-transport = Jol bilan aloqa yoʻq. Jolni ulashayotgan kompyuterga ulanishni tekshirib, yana urinib koʻring.
back = Orqaga

kind-guide = Yoʻriqnomalar
kind-right = Sizning huquqlaringiz
kind-contact = Kontaktlar
kind-agency = Ishga joylashtirish agentliklari
kind-stay_rule = Boʻlish muddatlari
kind-checklist = Tekshiruv roʻyxatlari
kind-red_flags = Xavf belgilari
kind-term = Lugʻat

item-steps = Qadamlar
item-step = { $n }-qadam
item-deadline = Muddat
item-fee = Toʻlov
item-fee-as-of = { $date } holatiga koʻra
item-documents = Oʻzingiz bilan oling
item-where = Qayerga
item-sources = Manbalar
item-verified = Manbalar bilan solishtirildi: { $date }
item-related = Shuningdek qarang
item-machine = Mashina tarjimasi — hali ona tilida soʻzlashuvchi tomonidan tekshirilmagan.
item-machine-short = Mashina tarjimasi
item-fallback = Hali sizning tilingizga tarjima qilinmagan; koʻrsatilgan til: { $language }.
item-reviewed = Tekshirgan: { $name }, { $date }.
item-inferred = Manbasi zaif: bitta ikkilamchi manbaga asoslangan. Ishonishdan oldin tekshiring.
item-old = Bu maʼlumot bir yildan koʻproq vaqt oldin tekshirilgan. Qoidalar tez-tez oʻzgaradi.
item-check-first = Bu kontakt eski manbadan olingan. Unga ishonishdan oldin tekshiring.
item-advice = Nima qilish kerak

contact-call = Qoʻngʻiroq qilish
contact-copy = Nusxalash
contact-copied = Nusxalandi
contact-free = bepul
contact-paid = pullik
contact-works-from = qayerdan qoʻngʻiroq qilish mumkin: { $countries }
contact-hours = Ish vaqti
contact-address = Manzil
contact-languages = Tillar
contact-website = Sayt

agency-status = Maqomi: { $status } ({ $date } holatiga koʻra)
agency-status-active = faol
agency-status-suspended = vaqtincha toʻxtatilgan
agency-status-revoked = litsenziyasi bekor qilingan
agency-status-expired = litsenziya muddati tugagan

stay-limit = { $days ->
    [one] { $days } kun
   *[other] { $days } kun
}
stay-calendar-year = bir kalendar yilida
stay-rolling = istalgan { $days } kun ichida
stay-from-entry = mamlakatga kirgan kundan boshlab
stay-from-first-entry = birinchi kirgan kundan boshlab qoʻshib hisoblanadi; hisob mamlakatdan tashqarida ketma-ket { $days } kun boʻlgandan keyingina qaytadan boshlanadi
stay-effective = Kuchga kirgan sana: { $date }
stay-basis = Huquqiy asos

notice-user-reset = Saqlangan maʼlumotlaringizni oʻqib boʻlmadi. Ular shu yerda saqlab qoʻyildi: { $path }. Yangi nusxa boshlandi.
notice-content-restored = Ilova maʼlumotlari shikastlangan edi va tiklandi.

# The review state of this file's translation: source (en), machine, or reviewed (after a
# native speaker signed it off). The footer shows ui-machine-note while it is machine.
ui-translation = machine
ui-machine-note = Bu ekrandagi yozuvlar mashina yordamida tarjima qilingan va ona tilida soʻzlashuvchi tomonidan hali tekshirilmagan.
footer-offline = Internetsiz ishlaydi. Bu yerda nima qilsangiz ham, hammasi shu qurilmada qoladi.
footer-dataset = Maʼlumotlar { $date } holatiga

nav-label = Asosiy menyu

corridor-title = Sizning yoʻlingiz
corridor-from = Qayerdansiz?
corridor-to = Qayerga ketyapsiz yoki hozir qayerdasiz?

country-KG = Qirgʻiziston
country-UZ = Oʻzbekiston
country-KZ = Qozogʻiston
country-RU = Rossiya
country-KR = Janubiy Koreya
country-TR = Turkiya
country-AE = Birlashgan Arab Amirliklari
country-GB = Buyuk Britaniya

home-corridor = { $from } → { $to }
home-change = Mamlakatlarni oʻzgartirish
home-emergency = Shoshilinch yordam: qayerga qoʻngʻiroq qilish kerak
home-deadlines = Kelgandan keyingi muddatlar
home-stay = Mamlakatda qancha muddat boʻlish mumkin
home-stay-count = Kunlarimni hisoblash
stay-title = Qancha muddat boʻlishim mumkin? Kunlarimni hisoblash
stay-choose-citizenship = Avval fuqaroligingizni va boradigan mamlakatni tanlang.
stay-warning = Bu quyidagi qoidalar boʻyicha hisob, rasmiy maslahat emas. Chegara va migratsiya xodimlari oʻz yozuvlari boʻyicha hisoblaydi: hisobga tayanishdan oldin migratsiya xizmati yoki yuristdan aniqlab oling.
stay-destination = Mamlakat
stay-status = Maqomingiz
stay-status-visa-free = Vizasiz
stay-status-without-registration = Roʻyxatdan oʻtmagan
stay-status-registered = Roʻyxatdan oʻtgan
stay-trips = Safarlaringiz
stay-trips-hint = Kirgan kun ham, chiqqan kun ham hisoblanadi. Hozir davom etayotgan safar uchun chiqqan kunni boʻsh qoldiring. Safarlar faqat shu qurilmada saqlanadi.
stay-trip = { $n }-safar
stay-entry = Kirgan kun
stay-exit = Chiqqan kun
stay-trip-delete = Oʻchirish
stay-trip-add = Safar qoʻshish
stay-next-days = Yangi safar (kun)
stay-days-used = Foydalanilgan kunlar
stay-days-of = { $limit } kundan { $used }
stay-days-left = Qolgan kunlar
stay-last-day = Qonuniy oxirgi kun
stay-overstay = Muddatdan oshib ketdi: { $length }. Zudlik bilan migratsiya xizmatiga yoki yuristga murojaat qiling.
stay-first-day-breaks = Bu safarning birinchi kunining oʻzi qoidani buzadi.
stay-no-limit = Bu safarni hech bir qoida cheklamaydi.
stay-next = Yangi safarni ({ $length }) eng erta { $date } boshlash mumkin.
stay-next-none = { $length } safar qoidalar ruxsat berganidan uzun.
stay-binding = Muddatni belgilaydigan qoida
stay-counts = Har bir qoida qanday hisoblaydi
stay-not-in-force = bu kuni kuchda emas
stay-error-not-a-date = «{ $text }» degan sana mavjud emas.
stay-error-exit-before-entry = { $trip }-safar: chiqqan kun ({ $exit }) kirgan kundan ({ $entry }) oldin.
stay-error-overlap = { $other }- va { $trip }-safarlarning umumiy kunlari bor. Har bir kun faqat bitta safarga kiradi.
stay-error-trip-not-before-stay = { $trip }-safar { $since } boshlangan hozirgi safardan oldin tugashi kerak.
stay-error-since-after-on = Hozirgi safar { $since } boshlanadi, bu bugundan ({ $on }) keyin. Chiqqan kunni yozing yoki sanani tuzating.
stay-error-no-rule = Bu mamlakat va bu maqom uchun boʻlish muddati haqida qoida yoʻq.
stay-error-bad-rule = Bu ilovadagi boʻlish muddati haqidagi qoidani hisoblab boʻlmaydi. Ilovani sizga berganlarga xabar bering.
stay-error-empty-new-stay = Yangi safar kamida 1 kun davom etadi.
stay-error-two-current = Chiqqan kuni yoʻq faqat bitta safar boʻlishi mumkin — hozirgi safar. Chiqqan kuni yoʻq safarlar: { $trips }.

emergency-title = Shoshilinch yordam
emergency-lead = Qoʻngʻiroq qilish uchun raqamni bosing. Raqamlar shu qurilmada saqlangan va internetsiz ishlaydi.
emergency-here = Siz uchun: { $country }
emergency-other = Boshqa aloqalar

contacts-title = Aloqalar
contacts-country = Mamlakat
contacts-city = Shahar
contacts-kind = Turi
contacts-any = Hammasi
contacts-count = { $count ->
    [one] { $count } ta aloqa
   *[other] { $count } ta aloqa
}

contact-kind-embassy = Elchixona
contact-kind-consulate = Konsullik
contact-kind-hotline = Ishonch telefoni
contact-kind-ngo = Nodavlat tashkilot
contact-kind-crisis_centre = Inqiroz markazi
contact-kind-government = Davlat idorasi
contact-kind-emergency = Favqulodda xizmatlar

settings-title = Sozlamalar
settings-text-size = Matn oʻlchami
settings-size-normal = Oddiy
settings-size-large = Katta
settings-size-larger = Juda katta
settings-about = Jol haqida
settings-app-version = Ilova versiyasi
settings-dataset = Maʼlumotlar
settings-dataset-value = Maʼlumotlar { $date } holatiga, yozuvlar: { $count }
settings-hash = Mazmun nazorat summasi
settings-sources = Har bir sahifa oxirida uning manbalari (rasmiy saytlar, qonunlar, elchixonalar, NNTlar) va oxirgi tekshirilgan sanasi koʻrsatilgan. Manba bilan tasdiqlanmagan maʼlumot taxmin qilinmay, umuman kiritilmagan.
settings-licence = Jol — MIT yoki Apache 2.0 litsenziyasi boʻyicha erkin dastur.
settings-machine-note = Tarjimalarni ona tilida soʻzlashuvchi tekshirmaguncha mashina bajargan; bunday sahifalar belgilangan.

# Dates: the parts' order, and month names with a day (month-N) and alone (month-alone-N).
date-day = { $year }-yil { $day }-{ $month }
date-month = { $year }-yil { $month }
date-year = { $year }-yil
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avgust
month-9 = sentabr
month-10 = oktabr
month-11 = noyabr
month-12 = dekabr
month-alone-1 = yanvar
month-alone-2 = fevral
month-alone-3 = mart
month-alone-4 = aprel
month-alone-5 = may
month-alone-6 = iyun
month-alone-7 = iyul
month-alone-8 = avgust
month-alone-9 = sentabr
month-alone-10 = oktabr
month-alone-11 = noyabr
month-alone-12 = dekabr

emergency-none = Jol ilovasida hozircha { $country } yoʻnalishidagi yoʻlingiz uchun aloqalar yoʻq. Bular yordam berishi mumkin:

## Maʼlumotlarni yangilash (Sozlamalar → Yangilanishlar, va yangilanishdan keyingi xabar)
updates-title = Yangilanishlar
updates-on-host = Yangilanishlar Jolʼni ulashayotgan kompyuterda boshqariladi.
updates-no-keys = Jolʼning bu nusxasi birorta ham nashriyotchi kalitiga ishonmaydi, shuning uchun yangilanishlarni ololmaydi. Ilovani bergan odamdan yangilana oladigan nusxani soʻrang.
updates-check-now = Hozir tekshirish
updates-checking = { $source } tekshirilmoqda…
updates-downloading = Yuklanmoqda: { $total } dan { $done }
updates-applying = Yangilanish tekshirilib, oʻrnatilmoqda…
updates-updated = { $date } versiyasiga yangilandi ({ $version })
updates-updated-from = Manba: { $source }, { $size }, { $when }.
updates-added = { $count ->
    [one] { $count } ta yangi sahifa
   *[other] { $count } ta yangi sahifa
}
updates-changed = { $count ->
    [one] { $count } ta sahifa oʻzgardi
   *[other] { $count } ta sahifa oʻzgardi
}
updates-removed = { $count ->
    [one] { $count } ta sahifa olib tashlandi
   *[other] { $count } ta sahifa olib tashlandi
}
updates-up-to-date = Yangilanish yoʻq: maʼlumotlar { $date } holatiga. Tekshirildi: { $when }.
updates-no-sources = Hozircha tekshiradigan joy yoʻq: quyida yangilanish manbasini qoʻshing.
updates-failed = Yangilab boʻlmadi.
updates-failed-kept = Sizdagi maʼlumotlar avvalgidek qoldi.
updates-sources = Yangilanish manbalari
updates-sources-hint = Veb-manzil (oyna yoki trenerning noutbuki: http://…/packs) yoki papka, masalan fleshkadagi. Qayerdan kelmasin, faqat ishonchli nashriyotchi imzolagan yangilanishlar qabul qilinadi.
updates-remove-source = { $source } ni olib tashlash
updates-remove = Olib tashlash
updates-add-label = Yangi manba
updates-add = Qoʻshish
updates-schedule = Avtomatik tekshirish
updates-auto = Jol ochilganda va keyin muntazam ravishda yangilanishlarni tekshirish
updates-every = Qanchalik tez-tez
updates-every-hours = { $hours ->
    [one] har soatda
   *[other] har { $hours } soatda
}
updates-next = Keyingi tekshiruv: { $when }
updates-from-file = Fayldan yangilash
updates-file-hint = Fleshkadan yoki messenjerdan olingan .jolpack fayli. Hech narsa oʻzgarishidan oldin u tekshiriladi.
updates-error-bad-signature = Yangilanishga bu ilova ishonadigan nashriyotchi imzo qoʻymagan. Hech narsa oʻzgarmadi.
updates-error-tampered = Fayl ({ $file }) nashriyotchi imzolagan faylga mos emas: u yoʻlda shikastlangan yoki oʻzgartirilgan. Hech narsa oʻzgarmadi.
updates-error-malformed = Yangilanish shikastlangan yoki toʻliq emas. Hech narsa oʻzgarmadi.
updates-error-expired = Bu manba eskirgan (imzosining muddati { $expires } da tugagan): bu eski nusxa yoki yangilanmay qolgan koʻzgu. Boshqa manbani sinab koʻring.
updates-error-rollback = Bu yangilanish ({ $offered }) bu qurilma avval olgan yangilanishdan ({ $highest }) eskiroq.
updates-error-network = Manbaga ulanib boʻlmadi. Ulanishni tekshirib, qayta urinib koʻring.
updates-error-busy = Boshqa yangilanish ketmoqda. U tugagach, qayta urinib koʻring.
updates-error-storage = Bu qurilma yangilanishni saqlay olmadi.
updates-error-no-trusted-key = Jolning bu nusxasi hech bir nashriyotchi kalitiga ishonmaydi, shuning uchun yangilanishlarni ola olmaydi.
updates-error-other = Yangilanishni boshlab boʻlmadi.
offline-title = Internetsiz foydalanish
offline-ready = Jol bu telefonda saqlangan: u ulanishsiz ochiladi va ishlaydi. Bu yerda nima qilsangiz ham, bu qurilmadan chiqmaydi.
offline-preparing = Jol internetsiz foydalanish uchun bu telefonga saqlanmoqda…
offline-insecure = Bu manzil ({ $origin }) himoyalanmagan (http), shuning uchun brauzer Jolni internetsiz foydalanish uchun saqlay olmaydi. U bu yerga ulanib turganingizda ishlaydi. Internetsiz foydalanish uchun Jolni https manzili orqali oching: treneringiz yoki tashkilotingizdan soʻrang.
offline-unsupported = Bu sahifani internetsiz foydalanish uchun saqlab boʻlmaydi. U ulanib turganingizda ishlaydi.
update-done = Maʼlumotlar yangilandi ({ $date } versiyasi): { $count ->
    [one] { $count } ta oʻzgarish.
   *[other] { $count } ta oʻzgarish.
}
update-see-changes = Nima oʻzgarganini koʻrish
update-dismiss = Yopish
language-name = { $code ->
    [ky] qirgʻiz tili
    [ru] rus tili
    [uz] oʻzbek tili
    [kk] qozoq tili
    [en] ingliz tili
    [tg] tojik tili
    [tr] turk tili
    [ko] koreys tili
    [ar] arab tili
   *[other] { $code }
}
city-name = { $city ->
    [Moscow] Moskva
    [Tashkent] Toshkent
   *[other] { $city }
}
money = { $amount } { $currency }
money-per = { $per ->
    [month] oyiga { $value }
    [year] yiliga { $value }
   *[other] { $value } / { $per }
}
size-bytes = { $n } bayt
size-kb = { $n } KB
date-time = { $date }, { $time }

## Share with phones (Settings, desktop only)
sharing-title = Telefonlarga ulashish
sharing-hint = Oʻsha Wi-Fi tarmogʻidagi telefonlar Jolʼni shu kompyuterdan, har biri oʻz tilida, internetsiz ocha oladi. Dars yoki qabulxona uchun qulay.
sharing-start = Ulashishni boshlash
sharing-stop = Ulashishni toʻxtatish
sharing-on = Ulashilmoqda. Oʻsha Wi-Fi tarmogʻidagi telefonda oching:
sharing-qr = Yoki telefon kamerasini shu kodga qarating.
sharing-read-only = Telefonlar hammasini oʻqiy oladi, lekin bu kompyuterda hech narsani oʻzgartira olmaydi. Jol yopilganda ulashish toʻxtaydi.
sharing-packs = Jol oʻrnatilgan boshqa kompyuterlar shu kompyuter olgan yangilanishni mana bu manzildan olishi mumkin:
sharing-failed = Ulashishni boshlab boʻlmadi:

## When the app cannot open its data
fatal-title = Jol ishga tusha olmayapti
fatal-hint = Bu xabarni kompyuter boʻyicha yordam beradigan odamga koʻrsating. Hech narsa oʻchirilmagan.

## Checklists and the trafficking signs
checklist-progress = { $total } tadan { $done } tasi bajarildi
signs-not-saved = Bu yerda belgilaganlaringiz hech qayerda saqlanmaydi va hech qayerga yuborilmaydi.
signs-danger = Bulardan birortasi toʻgʻri boʻlsa ham, siz xavf ostida boʻlishingiz mumkin. Siz aybdor emassiz, yordam bepul.
signs-help = Qanday qutulish va yordam olish mumkin

## Saved pages
bookmark-save = Sahifani saqlash
bookmark-saved = Saqlandi ✓
home-saved = Saqlangan sahifalar

## Muddatlar: qayta tekshirish sanasidan keyin
item-review-passed = Bu maʼlumot oʻzgargan boʻlishi mumkin (manbalarda koʻrsatilgan muddat: { $date }). Unga ishonishdan oldin tekshiring.
stay-until = Amal qilgan oxirgi kun: { $date }
