# The classroom certificate's install page (jol serve --https), served by jol-server only: kept
# out of the UI's files so the phone's UI does not carry it (crates/jol-i18n, feature classroom-ca).

lan-ca-page-title = Sinf sertifikatini oʻrnating
lan-ca-intro = Bu kompyuter Jol ilovasini himoyalangan ulanish orqali tarqatadi. Uning sinf sertifikatini telefoningizga bir marta oʻrnating: shunda Jol telefoningizda qoladi va internetsiz ishlaydi.
lan-ca-download = Sertifikatni yuklab olish
lan-ca-fingerprint = Sertifikatning barmoq izi (SHA-256). U oʻqituvchi oʻqib bergan qiymat bilan bir xil boʻlishi kerak:
lan-ca-android-title = Android telefonlari (Chrome)
lan-ca-android-1 = Yuqoridagi “Sertifikatni yuklab olish” tugmasini bosing. Android faylni saqlaydi, lekin hali oʻrnatmaydi.
lan-ca-android-2 = Sozlamalar ilovasini oching va qidiruvda “CA sertifikati” deb toping (odatda: Xavfsizlik → Boshqa xavfsizlik sozlamalari → Shifrlash va hisob maʼlumotlari → Sertifikat oʻrnatish → CA sertifikati). Menyu nomlari telefonlarda biroz farq qiladi.
lan-ca-android-3 = “Baribir oʻrnatish” tugmasini bosing, PIN-kod yoki grafik kalit bilan tasdiqlang (ekran qulfi boʻlmasa, Android uni oʻrnatishni soʻraydi) va yuklab olingan faylni tanlang: { $ca }.
lan-ca-android-4 = Shundan soʻng Android “Tarmoq kuzatilishi mumkin” deb koʻrsatadi. Oʻzingiz oʻrnatgan sertifikat uchun bu odatiy hol; bu sertifikat nima qila oladi va nima qila olmaydi — quyida.
lan-ca-iphone-title = iPhone va iPad (Safari)
lan-ca-iphone-1 = Bu sahifani Safari brauzerida oching, “Sertifikatni yuklab olish”, soʻng “Ruxsat berish” tugmasini bosing.
lan-ca-iphone-2 = Sozlamalarni oching: yuqoridagi “Profil yuklab olindi” (yoki Asosiy → VPN va qurilmalarni boshqarish) bandini bosing, { $ca } ni tanlang, “Oʻrnatish” tugmasini bosing va parolni kiriting.
lan-ca-iphone-3 = Keyin Sozlamalar → Asosiy → Qurilma haqida → Sertifikatlarga ishonch sozlamalarini oching va { $ca } uchun toʻliq ishonchni yoqing.
lan-ca-firefox = Android uchun Firefox oʻzingiz oʻrnatgan sertifikatlarga ishonmaydi. Jol ilovasini Chrome yoki telefonning oʻz brauzerida oching.
lan-ca-then-open = Sertifikat oʻrnatilgach, Jol ilovasini shu yerda oching:
lan-ca-limits = Telefoningiz bu sertifikatni faqat sinfdagi shu kompyuter manzillari uchun qabul qiladi. U boshqa saytlar uchun yaroqsiz: bankingiz, pochtangiz yoki ijtimoiy tarmoqlar uchun ham.
lan-ca-remove-title = Kursdan keyin
lan-ca-remove-android = Android: Sozlamalar → Xavfsizlik → Shifrlash va hisob maʼlumotlari → Foydalanuvchi hisob maʼlumotlari → { $ca } → Oʻchirish.
lan-ca-remove-iphone = iPhone: Sozlamalar → Asosiy → VPN va qurilmalarni boshqarish → { $ca } → Profilni oʻchirish.
lan-ca-languages = Boshqa tillar
