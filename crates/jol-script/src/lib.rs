//! Script conversion for Jol.
//!
//! Jol's readers write Uzbek in two scripts, Kazakh in two, and Russian in Cyrillic or — on a
//! phone without a Russian keyboard — in Latin letters. This crate serves two users:
//!
//! 1. **The content build** makes the Uzbek Cyrillic (`uz-Cyrl`) text of every item from its
//!    Uzbek Latin text with [`uz_latin_to_cyrillic`], so the two can never drift apart. It must
//!    be deterministic: the same input gives the same output on every machine, every build.
//! 2. **Search** bridges scripts: a query typed in one script gets extra forms in the other
//!    ([`uz_cyrillic_to_latin`], [`kk_cyrillic_to_latin`], [`kk_latin_to_cyrillic`],
//!    [`ru_latin_to_cyrillic`]), chosen with [`detect_script`].
//!
//! Common to every converter:
//! - Only letters of the source script change. Digits, punctuation, spaces, emoji, letters of
//!   other scripts, Markdown markup pass through unchanged, so converted text keeps its layout.
//! - URLs, e-mail addresses, @handles and bare domains (`jol.uz`, `t.me/…`) are kept as they are:
//!   a whitespace-separated token containing `://`, `www.` or `@`, or of the form `name.tld` with a
//!   known top-level domain. In a Markdown link only the `(…)` part is kept.
//! - Case is preserved. A capital becomes a capital; a digraph made from one capital is title
//!   case in a normal word ("Ш" in "Шаҳар" → "Sh") and all capitals in an ALL-CAPS word ("ШАҲАР"
//!   → "SHAHAR"); a Latin digraph becomes one capital letter ("Sh" or "SH" → "Ш").
//! - A few decomposed (NFD) letters are recomposed first (`и` + U+0306 → `й`), so text pasted from
//!   phones and PDFs converts like typed text.
//! - No input can make a converter panic; there are no dictionaries beyond the small closed tables
//!   documented on each function.
//!
//! The crate has no dependencies.

mod detect;
mod kk;
mod ru;
mod text;
mod uz;

/// Every apostrophe variant people type for the Uzbek ʻ/ʼ: U+0027 ', U+0060 `, U+00B4 ´,
/// U+2018 ‘, U+2019 ’, U+02BB ʻ, U+02BC ʼ.
///
/// The official letters are ʻ (U+02BB, in oʻ gʻ) and ʼ (U+02BC, the tutuq belgisi), but few
/// keyboards have them, so real text uses whatever is at hand. All of them must read the same,
/// or "o'zbek" and "oʻzbek" would convert (and be found) differently.
pub const APOSTROPHES: [char; 7] = [
    '\u{0027}', '\u{0060}', '\u{00B4}', '\u{2018}', '\u{2019}', '\u{02BB}', '\u{02BC}',
];

/// Which script a word is mostly in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters (any Latin block: ASCII, ä ş ı ñ ū, …) outnumber Cyrillic ones.
    Latin,
    /// Cyrillic letters (including ў қ ғ ҳ ә ң ө ұ ү һ і) outnumber Latin ones.
    Cyrillic,
    /// No letters, letters of another script, or as many Latin as Cyrillic letters.
    Other,
}

/// Uzbek Latin → Uzbek Cyrillic (the official 1995 Latin alphabet ↔ Cyrillic). Deterministic.
///
/// The content build writes every `uz-Cyrl` text with this, so the rules are explicit:
///
/// - **Letters:** a а, b б, d д, f ф, g г, h ҳ, i и, j ж, k к, l л, m м, n н, o о, p п, q қ,
///   r р, s с, t т, u у, v в, x х, z з; `ng` is simply н + г (минг).
/// - **oʻ gʻ** with *any* character of [`APOSTROPHES`] (o' o` o´ o‘ o’ oʻ oʼ) → ў ғ. For `o` a
///   letter must follow (a final `o'` is a closing quote); `gʻ` also counts at the end of a word
///   (togʻ → тоғ).
/// - **sh ch** → ш ч. `s` and `h` that are separate letters are written with an apostrophe,
///   `sʼh` (Isʼhoq → Исҳоқ), as the official spelling does; plain `sh` is always ш.
/// - **Tutuq belgisi:** an apostrophe between two letters that is not part of oʻ/gʻ/sʼh → ъ
///   (maʼlumot → маълумот, eʼlon → эълон, mas'ul → масъул). Elsewhere it is a quotation mark
///   (or a suffix separator, see below) and is kept.
/// - **ye yo yu ya** → е ё ю я at the start of a word, after a vowel (poyezd → поезд) and after a
///   consonant (kelyapti → келяпти, tayyor → тайёр); but `yoʻ` is й + ў (yoʻl → йўл). After a
///   consonant `ye` comes from a Russian loan with a sign: ъе after b/d (obyekt → объект),
///   ье otherwise (pyesa → пьеса).
/// - **e** → э at the start of a word and after a vowel (ertaga → эртага, aeroport → аэропорт),
///   е elsewhere (mehnat → меҳнат).
/// - **ts** → ц at the start or end of a word, and after a vowel before `e`, `i` + vowel/`y`, or
///   `in` + vowel (migratsiya → миграция, litsenziya → лицензия, meditsina → медицина); т + с
///   everywhere else, because Uzbek verb forms join т and с constantly (ketsa → кетса,
///   aytsin → айтсин). Official Latin writes ц after a consonant as `s` (stansiya), which cannot
///   be told from с and stays с.
/// - **Month names** lost letters in Latin; a closed table restores them: sentabr → сентябрь,
///   oktabr → октябрь, yanvar → январь, … and, with a suffix, without ь: sentabrdan → сентябрдан.
///
/// Words that are kept in Latin, because converting them letter by letter is wrong:
/// - **Acronyms:** an ALL-CAPS token of two or more letters/digits (MOHRE, HOPS, EPS, TOPIK, UK,
///   IOM, XXI, 5G), unless it contains an Uzbek apostrophe letter (OʻZBEKISTON → ЎЗБЕКИСТОН).
///   So an Uzbek word written in capitals (TOSHKENT) is kept too: write Uzbek words in normal
///   case. A closed table lists the abbreviations that Uzbek Cyrillic does write in Cyrillic, and
///   gives their spelling: Uzbek ones (AQSH → АҚШ, BAA, BMT, MDH, IIV, TIV, OIV, OHK, BHM, XMT,
///   JSHSHIR, STIR, YEOII, MCHJ, YATT, …) and the Russian/Kazakh bureaucracy's own (MVD → МВД,
///   MFC → МФЦ, TsON → ЦОН, FZ → ФЗ, INN, SNILS, RVP, EAES, …). Mixed-case Uzbek abbreviations
///   (AQSh, JShShIR, MChJ, YaTT, OʻzR, ToshDU) are converted by the letter rules.
/// - **Foreign words:** a word with a Latin letter outside the Uzbek alphabet (Facebook, Western,
///   Müller), with `y` between a consonant and a non-vowel (Fly), starting with a letter and
///   containing a digit (Profit4you, B2), or camel-cased like a brand (iPhone, WhatsApp,
///   RuStore). Capitalised words joined to such a word by a space or hyphen are part of the same
///   name and are kept too ("Skill Way Consulting" inside a sentence, "Western Union"), unless
///   they start a sentence or contain oʻ/gʻ/ʼ.
/// - An Uzbek suffix after an acronym or a foreign word is converted: MOHREga → MOHREга,
///   MVDda → МВДда, Facebook'da → Facebook'да. (An apostrophe between two consonants is such a
///   suffix separator, never a tutuq, and is kept: Telegram'da → Телеграм'да.)
/// - URLs and e-mail addresses (see the crate docs).
///
/// ```
/// use jol_script::uz_latin_to_cyrillic;
/// assert_eq!(uz_latin_to_cyrillic("Oʻzbekiston"), "Ўзбекистон");
/// assert_eq!(uz_latin_to_cyrillic("ro'yxatdan o`tish"), "рўйхатдан ўтиш");
/// assert_eq!(uz_latin_to_cyrillic("MOHRE maʼlumoti"), "MOHRE маълумоти");
/// ```
pub fn uz_latin_to_cyrillic(s: &str) -> String {
    uz::latin_to_cyrillic(s)
}

/// Uzbek Cyrillic → Uzbek Latin (output uses oʻ gʻ with U+02BB and ʼ U+02BC).
///
/// The official correspondence, with its positional rules: е → `ye` at the start of a word,
/// after a vowel and after ъ/ь, `e` elsewhere; ц → `ts` after a vowel, `s` elsewhere; ъ → ʼ,
/// but nothing before е ё ю я (объект → obyekt) or after ў; ь → nothing; с + ҳ → `sʼh`; ё ю я →
/// yo yu ya. Russian-only letters in loans: ы → i, щ → shch. сентябр-/октябр- → sentabr/oktabr,
/// as Uzbek Latin spells them. Feeding the result back to [`uz_latin_to_cyrillic`] gives the
/// original for Uzbek words (not for every Russian loan: stansiya → стансия, kompyuter →
/// компютер).
///
/// ```
/// use jol_script::uz_cyrillic_to_latin;
/// assert_eq!(uz_cyrillic_to_latin("Ўзбекистон"), "Oʻzbekiston");
/// assert_eq!(uz_cyrillic_to_latin("ШАҲАР"), "SHAHAR");
/// ```
pub fn uz_cyrillic_to_latin(s: &str) -> String {
    uz::cyrillic_to_latin(s)
}

/// Kazakh Cyrillic → Kazakh Latin (the 2021 alphabet: ä, ğ, q, ñ, ö, ū, ü, ı, i, ş, ç, …).
///
/// The table is the Latin alphabet the Government of Kazakhstan presented in January 2021 (given
/// in full in `src/kk.rs`): и and й → i (capital İ), і → ı (capital I), ы → y, у → u, ұ → ū, ү → ü,
/// х and һ → h, ч → ç, ш → ş. Letters the 2021 alphabet does not have: ё → io, ю → iu, я → ia,
/// ц → ts, щ → şş, э → e, ъ and ь dropped.
///
/// ```
/// use jol_script::kk_cyrillic_to_latin;
/// assert_eq!(kk_cyrillic_to_latin("Қазақстан"), "Qazaqstan");
/// assert_eq!(kk_cyrillic_to_latin("тіркеу"), "tırkeu");
/// ```
pub fn kk_cyrillic_to_latin(s: &str) -> String {
    kk::cyrillic_to_latin(s)
}

/// Kazakh Latin (2021) → Kazakh Cyrillic.
///
/// The 2021 alphabet merges letters, so the reverse decides by position: `i` is й after a vowel
/// other than `i` (üi → үй, Resei → Ресей) and и elsewhere (İİN → ИИН); `ia`/`iu` are я/ю at the start of a word or after a
/// vowel (iurist → юрист, ūialy → ұялы) and и + a/u after a consonant; `h` is х (far more
/// common than һ); `şş` is щ; `ts` is ц only at the start of a word or before `i` + vowel
/// (politsiia → полиция), т + с elsewhere (ketse → кетсе). For search it also accepts the
/// informal sh ch zh (ш ч ж), c (ц), x (х) and w (у) typed on keyboards without the 2021 letters.
/// No acronym rule here: an all-caps word is Kazakh text in capitals (QAZAQSTAN → ҚАЗАҚСТАН).
///
/// ```
/// use jol_script::kk_latin_to_cyrillic;
/// assert_eq!(kk_latin_to_cyrillic("köşı-qon"), "көші-қон");
/// ```
pub fn kk_latin_to_cyrillic(s: &str) -> String {
    kk::latin_to_cyrillic(s)
}

/// Russian typed in Latin letters (common informal transliterations: "trudovoy dogovor",
/// "registraciya", "patent", "zarplata", "pasport", "sh/ch/zh/shch/ya/yu/yo/ts/kh/x/iy/y…") →
/// Cyrillic. Returns the most likely Cyrillic spelling; search uses it as an extra query form.
///
/// Rules: shch and sch → щ (sch at the start of a word → сч: schet → счет); sh ch zh kh → ш ч ж х;
/// c → ц; ts → ц before a vowel, y or v and at the end, т + с before other consonants (detskiy)
/// and in -tsya (trebuetsya → требуется); x and h → х; j → ж; w → в; q → к; ya yu → я ю; yo → ё
/// (but й + о after a vowel: rayon → район); ye → е at the start or after a vowel, ы + е after a
/// consonant (vyezd → выезд); other y → ы after a consonant, й elsewhere (trudovoy → трудовой,
/// novyy → новый); final -oi/-yi/-ei of words of five or more letters → -ой/-ый/-ей; e → э only
/// at the start of a few word families (eto, ekzamen, ekstrennyy, elektronnyy…); -lstv- → -льств-
/// (zhitelstvo → жительство); an apostrophe between letters → ь. Other soft signs cannot be
/// known and are left out.
///
/// ```
/// use jol_script::ru_latin_to_cyrillic;
/// assert_eq!(ru_latin_to_cyrillic("trudovoy dogovor"), "трудовой договор");
/// ```
pub fn ru_latin_to_cyrillic(s: &str) -> String {
    ru::latin_to_cyrillic(s)
}

/// Which script a word is mostly in.
///
/// Counts letters (apostrophes, digits and symbols do not count): [`Script::Latin`] or
/// [`Script::Cyrillic`] when that script has more letters than the other and at least as many as
/// all other scripts together; [`Script::Other`] for no letters, another script, or a tie.
///
/// ```
/// use jol_script::{detect_script, Script};
/// assert_eq!(detect_script("oʻzbek"), Script::Latin);
/// assert_eq!(detect_script("ўзбек"), Script::Cyrillic);
/// assert_eq!(detect_script("2025"), Script::Other);
/// ```
pub fn detect_script(s: &str) -> Script {
    detect::detect(s)
}
