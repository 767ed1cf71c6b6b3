//! Every rule an item must meet before a migrant may read it.
//!
//! Each problem is reported as `path:line: message`, the line being where an editor has to look.
//! Errors stop a build (a number that differs between a locale and English among them: see
//! [`NUMBER_MISMATCH`]); warnings (facts verified more than a year ago, items past their review
//! date) are listed in a summary.

use crate::load::SourceFile;
use jol_types::{Country, Item, ItemKind, Locale, PartialDate};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

/// How a number that differs between a locale and English is reported: an error, so a
/// mistranslated phone number, fee or deadline can never ship.
pub const NUMBER_MISMATCH: Severity = Severity::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(
            f,
            "{}:{}: {label}{}",
            self.path.display(),
            self.line,
            self.message
        )
    }
}

/// The outcome of checking a directory: the items that parsed, and every problem found.
#[derive(Debug, Default)]
pub struct Report {
    /// Items that parsed, with the file each came from, sorted by id.
    pub items: Vec<(PathBuf, Item)>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Checks every file of a directory against every rule; `today` is days since 1970-01-01 (passed
/// in so that tests do not depend on the clock).
pub fn check_dir(files: &[SourceFile], today: i64) -> Report {
    let mut report = Report::default();
    let mut first_seen: HashMap<String, PathBuf> = HashMap::new();
    for file in files {
        let item = match toml::from_str::<Item>(&file.text) {
            Ok(item) => item,
            Err(e) => {
                let line = e.span().map(|s| line_at(&file.text, s.start)).unwrap_or(1);
                let msg = e.message().trim().to_string();
                report.push(file, line, Severity::Error, msg);
                continue;
            }
        };
        let mut c = Checker {
            file,
            today,
            report: &mut report,
        };
        c.item(&item);
        if let Some(prev) = first_seen.get(&item.id) {
            let line = c.line_of_key("id");
            let msg = format!("duplicate id `{}` (also in {})", item.id, prev.display());
            report.push(file, line, Severity::Error, msg);
        } else {
            first_seen.insert(item.id.clone(), file.path.clone());
            report.items.push((file.path.clone(), item));
        }
    }
    check_related(&mut report, files);
    report.items.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    report
        .diagnostics
        .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    report
}

impl Report {
    fn push(&mut self, file: &SourceFile, line: usize, severity: Severity, message: String) {
        self.diagnostics.push(Diagnostic {
            path: file.path.clone(),
            line,
            severity,
            message,
        });
    }
}

/// Related ids must name items that exist: a dangling link is a dead end for a user.
fn check_related(report: &mut Report, files: &[SourceFile]) {
    let ids: std::collections::HashSet<String> =
        report.items.iter().map(|(_, i)| i.id.clone()).collect();
    let by_path: BTreeMap<&Path, &SourceFile> =
        files.iter().map(|f| (f.path.as_path(), f)).collect();
    let mut found = Vec::new();
    for (path, item) in &report.items {
        let Some(file) = by_path.get(path.as_path()) else {
            continue;
        };
        for rel in &item.related {
            if rel == &item.id {
                let line = line_of(&file.text, &format!("\"{rel}\""), "related");
                found.push((*file, line, format!("`{rel}` is related to itself")));
            } else if !ids.contains(rel) {
                let line = line_of(&file.text, &format!("\"{rel}\""), "related");
                found.push((*file, line, format!("related id `{rel}` does not exist")));
            }
        }
    }
    for (file, line, msg) in found {
        report.push(file, line, Severity::Error, msg);
    }
}

struct Checker<'a> {
    file: &'a SourceFile,
    today: i64,
    report: &'a mut Report,
}

impl Checker<'_> {
    fn error(&mut self, line: usize, msg: impl Into<String>) {
        self.report
            .push(self.file, line, Severity::Error, msg.into());
    }

    fn warn(&mut self, line: usize, msg: impl Into<String>) {
        self.report
            .push(self.file, line, Severity::Warning, msg.into());
    }

    fn line_of_key(&self, key: &str) -> usize {
        line_of_key(&self.file.text, key)
    }

    fn line_of_value(&self, value: &str, near_key: &str) -> usize {
        line_of(&self.file.text, value, near_key)
    }

    fn item(&mut self, item: &Item) {
        self.identity(item);
        self.locales(item);
        self.sources(item);
        self.countries(item);
        self.kind_parts(item);
        self.markdown(item);
        self.review_and_topics(item);
        self.numbers(item);
    }

    /// `review_by` may lie in the future (it usually does); one before `verified_on` means the facts
    /// were re-read after the date they could change, so the date is stale. A guide with no topic
    /// is missing from the coverage table.
    fn review_and_topics(&mut self, item: &Item) {
        if let Some(r) = item.review_by {
            if r.last_day() < item.verified_on.first_day() {
                let line = self.line_of_key("review_by");
                self.warn(
                    line,
                    format!(
                        "review_by {r} is before verified_on {}: the facts were checked after the \
                         date they could change; set the next review date or remove review_by",
                        item.verified_on
                    ),
                );
            }
        }
        let mut seen = std::collections::HashSet::new();
        for t in &item.topics {
            if !seen.insert(*t) {
                let line = self.line_of_key("topics");
                self.warn(line, format!("topic `{}` is listed twice", t.as_str()));
            }
        }
        if item.kind == ItemKind::Guide && item.topics.is_empty() {
            self.warn(
                self.line_of_key("kind"),
                "a guide without `topics` is missing from the coverage table: add topics = [...] \
                 (names in docs/content.md)",
            );
        }
    }

    /// Every number of every locale's text is the English text's (see [`crate::numbers`]).
    fn numbers(&mut self, item: &Item) {
        let Some(en) = item.text.get(&Locale::En) else {
            return;
        };
        for (l, t) in &item.text {
            if matches!(l, Locale::En | Locale::UzCyrl) {
                continue;
            }
            let header = format!("[text.{l}]");
            let opt = |o: &Option<String>| o.clone().unwrap_or_default();
            // A stay rule's English legal basis is usually the `[stay_rule]` table's reference.
            let en_basis = en
                .legal_basis
                .clone()
                .or_else(|| item.stay_rule.as_ref().map(|r| r.legal_basis.clone()))
                .unwrap_or_default();
            let fields = [
                ("title", en.title.clone(), t.title.clone()),
                ("summary", en.summary.clone(), t.summary.clone()),
                ("body", en.body.clone(), t.body.clone()),
                ("address", opt(&en.address), opt(&t.address)),
                ("hours", opt(&en.hours), opt(&t.hours)),
                ("legal_basis", en_basis, opt(&t.legal_basis)),
            ];
            for (key, en_text, text) in fields {
                let at = FieldAt {
                    parent: None,
                    header: &header,
                    key,
                };
                self.compare_numbers(*l, key.to_string(), &en_text, &text, at);
            }
        }
        for (i, step) in item.steps.iter().enumerate() {
            let Some(en) = step.text.get(&Locale::En) else {
                continue;
            };
            for (l, t) in step.text.iter().filter(|(l, _)| **l != Locale::En) {
                let header = format!("[steps.text.{l}]");
                let opt = |o: &Option<String>| o.clone().unwrap_or_default();
                let fields = [
                    ("title", en.title.clone(), t.title.clone()),
                    ("body", en.body.clone(), t.body.clone()),
                    ("deadline", opt(&en.deadline), opt(&t.deadline)),
                    ("documents", en.documents.join("\n"), t.documents.join("\n")),
                    ("where_to_go", opt(&en.where_to_go), opt(&t.where_to_go)),
                ];
                for (key, en_text, text) in fields {
                    let at = FieldAt {
                        parent: Some(("[[steps]]", i)),
                        header: &header,
                        key,
                    };
                    let name = format!("step {} {key}", i + 1);
                    self.compare_numbers(*l, name, &en_text, &text, at);
                }
            }
        }
        for (i, q) in item.questions.iter().enumerate() {
            let Some(en) = q.text.get(&Locale::En) else {
                continue;
            };
            for (l, t) in q.text.iter().filter(|(l, _)| **l != Locale::En) {
                let header = format!("[questions.text.{l}]");
                let fields = [
                    ("label", &en.label, &t.label),
                    ("advice", &en.advice, &t.advice),
                ];
                for (key, en_text, text) in fields {
                    let at = FieldAt {
                        parent: Some(("[[questions]]", i)),
                        header: &header,
                        key,
                    };
                    let name = format!("question `{}` {key}", q.id);
                    self.compare_numbers(*l, name, en_text, text, at);
                }
            }
        }
    }

    /// Reports the numbers `text` (in locale `l`) lacks or adds compared with `en_text`. A field
    /// the locale leaves empty is a missing translation, not a wrong number: it is skipped.
    fn compare_numbers(
        &mut self,
        l: Locale,
        field: String,
        en_text: &str,
        text: &str,
        at: FieldAt,
    ) {
        if text.trim().is_empty() {
            return;
        }
        let (missing, extra) = crate::numbers::compare(en_text, text);
        if missing.is_empty() && extra.is_empty() {
            return;
        }
        let mut parts = Vec::new();
        if !missing.is_empty() {
            parts.push(format!("missing {}", missing.join(", ")));
        }
        if !extra.is_empty() {
            parts.push(format!("extra {}", extra.join(", ")));
        }
        let line = at.line(&self.file.text);
        let msg = format!(
            "numbers in `{l}` {field} differ from English: {}",
            parts.join("; ")
        );
        self.report.push(self.file, line, NUMBER_MISMATCH, msg);
    }

    fn identity(&mut self, item: &Item) {
        let line = self.line_of_key("id");
        let valid = !item.id.is_empty()
            && item
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        if !valid {
            self.error(
                line,
                format!(
                    "id `{}` may use only a-z, 0-9, `.` and `-`",
                    item.id.escape_default()
                ),
            );
        }
        let stem = self.file.path.file_stem().and_then(|s| s.to_str());
        if stem != Some(item.id.as_str()) {
            self.error(
                line,
                format!(
                    "id `{}` does not match the file name (expected {}.toml)",
                    item.id, item.id
                ),
            );
        }
        let folder = self
            .file
            .path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|s| s.to_str());
        let expected = kind_folder(item.kind);
        if folder != Some(expected) {
            self.error(
                self.line_of_key("kind"),
                format!(
                    "a {} belongs in the `{expected}/` folder",
                    item.kind.as_str()
                ),
            );
        }
    }

    fn locales(&mut self, item: &Item) {
        let line = self.line_of_key("id");
        for l in Locale::AUTHORED {
            if !item.text.contains_key(&l) {
                self.error(line, format!("missing required locale `{l}` ([text.{l}])"));
            }
        }
        if item.text.contains_key(&Locale::UzCyrl) {
            let line = line_of(&self.file.text, "text.uz-Cyrl", "text");
            self.error(
                line,
                "`uz-Cyrl` is generated from `uz` at build time: remove it and edit `uz`",
            );
        }
        for (i, step) in item.steps.iter().enumerate() {
            let line = nth_line_of(&self.file.text, "[[steps]]", i);
            for l in Locale::AUTHORED {
                if !step.text.contains_key(&l) {
                    self.error(
                        line,
                        format!("step {} is missing required locale `{l}`", i + 1),
                    );
                }
            }
        }
        for (i, q) in item.questions.iter().enumerate() {
            let line = nth_line_of(&self.file.text, "[[questions]]", i);
            for l in Locale::AUTHORED {
                if !q.text.contains_key(&l) {
                    self.error(
                        line,
                        format!("question `{}` is missing required locale `{l}`", q.id),
                    );
                }
            }
        }
        for (l, t) in &item.text {
            if t.title.trim().is_empty() {
                let line = line_of(&self.file.text, &format!("[text.{l}]"), "text");
                self.error(line, format!("empty title in `{l}`"));
            }
        }
    }

    fn sources(&mut self, item: &Item) {
        if item.sources.is_empty() {
            self.error(
                self.line_of_key("id"),
                "no source: every item needs at least one [[sources]]",
            );
        }
        for s in &item.sources {
            if !s.url.starts_with("https://") || s.url.len() <= "https://".len() {
                let line = self.line_of_value(&s.url, "url");
                self.error(line, format!("source URL `{}` must be https://", s.url));
            }
            if let Some(d) = s.date {
                self.not_future(d, &d.to_string(), "date");
            }
        }
        let v = item.verified_on;
        self.not_future(v, &v.to_string(), "verified_on");
        if self.today - v.last_day() > 365 {
            let line = self.line_of_key("verified_on");
            self.warn(
                line,
                format!("verified on {v}, more than 12 months ago: check the source again"),
            );
        }
        if let Some(c) = &item.contact {
            if let Some(w) = &c.website {
                if !w.starts_with("https://") {
                    let line = self.line_of_value(w, "website");
                    self.error(line, format!("website `{w}` must be https://"));
                }
            }
        }
        for (l, t) in &item.text {
            if let jol_types::Review::Reviewed { reviewed_on, .. } = &t.review {
                self.not_future(*reviewed_on, &reviewed_on.to_string(), "reviewed_on");
                if *l == Locale::UzCyrl {
                    continue;
                }
            }
        }
        for step in &item.steps {
            if let Some(fee) = &step.fee {
                self.not_future(fee.as_of, &fee.as_of.to_string(), "as_of");
            }
        }
        if let Some(a) = &item.agency {
            self.not_future(a.status_as_of, &a.status_as_of.to_string(), "status_as_of");
        }
    }

    fn not_future(&mut self, date: PartialDate, text: &str, key: &str) {
        if date.first_day() > self.today {
            let line = self.line_of_value(&format!("\"{text}\""), key);
            self.error(line, format!("date {text} is in the future"));
        }
    }

    fn countries(&mut self, item: &Item) {
        let mut all: Vec<(&Country, &str)> = Vec::new();
        all.extend(item.origins.iter().map(|c| (c, "origins")));
        all.extend(item.destinations.iter().map(|c| (c, "destinations")));
        for step in &item.steps {
            all.extend(step.origins.iter().map(|c| (c, "origins")));
        }
        if let Some(c) = &item.contact {
            all.push((&c.country, "country"));
            all.extend(c.serves.iter().map(|x| (x, "serves")));
            for p in &c.phones {
                all.extend(p.works_from.iter().map(|x| (x, "works_from")));
            }
        }
        if let Some(a) = &item.agency {
            all.push((&a.origin, "origin"));
            all.extend(a.destinations.iter().map(|x| (x, "destinations")));
        }
        if let Some(r) = &item.stay_rule {
            all.push((&r.destination, "destination"));
            all.extend(r.citizenship.iter().map(|x| (x, "citizenship")));
        }
        for (c, key) in all {
            if !c.is_known() {
                let line = self.line_of_value(&format!("\"{}\"", c.code()), key);
                self.error(
                    line,
                    format!(
                        "unknown country `{}` (use an ISO 3166-1 alpha-2 code from: {})",
                        c.code(),
                        Country::KNOWN.join(", ")
                    ),
                );
            }
        }
    }

    fn kind_parts(&mut self, item: &Item) {
        let line = self.line_of_key("kind");
        let need = |has: bool, what: &str| (!has).then(|| what.to_string());
        let missing = match item.kind {
            ItemKind::Guide => need(!item.steps.is_empty(), "at least one [[steps]]"),
            ItemKind::Contact => need(item.contact.is_some(), "a [contact] table"),
            ItemKind::Agency => need(item.agency.is_some(), "an [agency] table"),
            ItemKind::StayRule => need(item.stay_rule.is_some(), "a [stay_rule] table"),
            ItemKind::Checklist | ItemKind::RedFlags => {
                need(!item.questions.is_empty(), "at least one [[questions]]")
            }
            ItemKind::Right | ItemKind::Term => None,
        };
        if let Some(what) = missing {
            self.error(line, format!("a {} needs {what}", item.kind.as_str()));
        }
        if let Some(c) = &item.contact {
            for p in &c.phones {
                if let Err(why) = phone_ok(&p.number, &p.works_from) {
                    let line = self.line_of_value(&format!("\"{}\"", p.number), "number");
                    self.error(line, format!("phone `{}` {why}", p.number));
                }
            }
        }
        if let Some(r) = &item.stay_rule {
            for (key, problem) in stay_rule_problems(r) {
                let line = self.line_of_key(key);
                self.error(line, problem);
            }
        }
        let mut seen = std::collections::HashSet::new();
        for q in &item.questions {
            if !seen.insert(q.id.as_str()) {
                let line = self.line_of_value(&format!("\"{}\"", q.id), "id");
                self.error(line, format!("duplicate question id `{}`", q.id));
            }
        }
    }

    fn markdown(&mut self, item: &Item) {
        let mut texts: Vec<&str> = Vec::new();
        for t in item.text.values() {
            texts.push(&t.summary);
            texts.push(&t.body);
        }
        for s in &item.steps {
            texts.extend(s.text.values().map(|t| t.body.as_str()));
        }
        for q in &item.questions {
            texts.extend(q.text.values().map(|t| t.advice.as_str()));
        }
        for text in texts {
            if let Err((bad, why)) = markdown_ok(text) {
                let line = self.line_of_value(&bad, "body");
                self.error(line, format!("disallowed Markdown: {why}"));
            }
        }
    }
}

/// Where a locale's field is written: the `n`th `parent` table (a step, a question) if any, then
/// the `header` table in it, then the `key` line.
struct FieldAt<'a> {
    parent: Option<(&'a str, usize)>,
    header: &'a str,
    key: &'a str,
}

impl FieldAt<'_> {
    /// The key's line; else the table's; else the parent's; else 1.
    fn line(&self, text: &str) -> usize {
        let lines: Vec<&str> = text.lines().collect();
        let (start, parent_line) = match self.parent {
            Some((p, n)) => {
                let l = nth_line_of(text, p, n);
                (l, l)
            }
            None => (1, 1),
        };
        let is_parent = |l: &str| self.parent.is_some_and(|(p, _)| l.trim() == p);
        let mut i = start - 1;
        let mut header = None;
        while i < lines.len() {
            let l = lines[i].trim();
            if i + 1 > start && is_parent(l) {
                break;
            }
            if l == self.header {
                header = Some(i);
                break;
            }
            i += 1;
        }
        let Some(h) = header else {
            return parent_line;
        };
        for (j, l) in lines.iter().enumerate().skip(h + 1) {
            let l = l.trim_start();
            if l.starts_with('[') {
                break;
            }
            if l.strip_prefix(self.key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
            {
                return j + 1;
            }
        }
        h + 1
    }
}

/// The folder an item of `kind` lives in.
pub fn kind_folder(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Guide => "guides",
        ItemKind::Right => "rights",
        ItemKind::Contact => "contacts",
        ItemKind::Agency => "agencies",
        ItemKind::StayRule => "stay-rules",
        ItemKind::Checklist => "checklists",
        ItemKind::RedFlags => "red-flags",
        ItemKind::Term => "terms",
    }
}

/// E.164 (`+`, a non-zero digit, 8 to 15 digits in all), or a short national number that names the
/// one country it works in.
pub fn phone_ok(number: &str, works_from: &[Country]) -> Result<(), &'static str> {
    if let Some(digits) = number.strip_prefix('+') {
        let ok = (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        return if ok {
            Ok(())
        } else {
            Err("is not valid E.164 (+ then 8 to 15 digits, no spaces)")
        };
    }
    let short = (2..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    match (short, works_from.len()) {
        (true, 1) => Ok(()),
        (true, _) => Err("is a short number: works_from must name the one country it works in"),
        (false, _) => Err("is not valid E.164 (+ then 8 to 15 digits, no spaces)"),
    }
}

/// Checks the Markdown subset: no raw HTML, no images, no headings, no tables, links https only.
/// On failure returns the offending fragment (to find its line) and why.
pub fn markdown_ok(text: &str) -> Result<(), (String, &'static str)> {
    for raw in text.lines() {
        let line = raw.trim_start();
        if line.starts_with('#') {
            return Err((raw.to_string(), "headings are not allowed"));
        }
        if line.starts_with('|') {
            return Err((raw.to_string(), "tables are not allowed"));
        }
    }
    let bytes: Vec<char> = text.chars().collect();
    for (i, w) in bytes.windows(2).enumerate() {
        if w[0] == '<' && (w[1].is_ascii_alphabetic() || w[1] == '/' || w[1] == '!') {
            let frag: String = bytes[i..bytes.len().min(i + 12)].iter().collect();
            return Err((frag, "raw HTML is not allowed"));
        }
        if w[0] == '!' && w[1] == '[' {
            let frag: String = bytes[i..bytes.len().min(i + 12)].iter().collect();
            return Err((frag, "images are not allowed"));
        }
    }
    let mut rest = text;
    while let Some(pos) = rest.find("](") {
        let after = &rest[pos + 2..];
        let target: String = after.chars().take_while(|c| *c != ')').collect();
        if !target.starts_with("https://") {
            return Err((
                format!("]({target}"),
                "links must point to https:// addresses",
            ));
        }
        rest = &after[target.len()..];
    }
    Ok(())
}

/// The 1-based line of byte offset `pos`.
fn line_at(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

/// The line where `key = …` is first set.
fn line_of_key(text: &str, key: &str) -> usize {
    for (i, line) in text.lines().enumerate() {
        let l = line.trim_start();
        if l.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return i + 1;
        }
    }
    1
}

/// The first line containing `needle`, preferring one that also sets `near_key`; else the key's
/// line; else 1.
fn line_of(text: &str, needle: &str, near_key: &str) -> usize {
    let mut any = None;
    for (i, line) in text.lines().enumerate() {
        if line.contains(needle) {
            if line.trim_start().starts_with(near_key) {
                return i + 1;
            }
            any.get_or_insert(i + 1);
        }
    }
    if let Some(l) = any {
        return l;
    }
    // Multi-line values: find the first line of the fragment.
    if let Some(first) = needle.lines().find(|l| !l.trim().is_empty()) {
        if let Some(i) = text.lines().position(|l| l.contains(first.trim())) {
            return i + 1;
        }
    }
    line_of_key(text, near_key)
}

fn nth_line_of(text: &str, needle: &str, n: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == needle)
        .nth(n)
        .map(|(i, _)| i + 1)
        .unwrap_or(1)
}

/// What makes a stay rule uncountable by the calculator (`jol-stay`), as (key, message) pairs: the
/// calculator refuses such a rule, so the check refuses it first, with the line to fix.
fn stay_rule_problems(r: &jol_types::StayRule) -> Vec<(&'static str, String)> {
    use jol_types::StayPeriod;
    let mut out = Vec::new();
    if r.limit_days == 0 {
        out.push(("limit_days", "limit_days must be at least 1".to_string()));
    }
    match (r.period, r.period_days) {
        (StayPeriod::Rolling, None) => out.push((
            "period",
            "a rolling period needs period_days (e.g. 180)".to_string(),
        )),
        (StayPeriod::Rolling, Some(days)) if days <= r.limit_days => out.push((
            "period_days",
            format!(
                "period_days ({days}) must be longer than limit_days ({}): such a rule never limits a stay",
                r.limit_days
            ),
        )),
        (StayPeriod::CalendarYear | StayPeriod::FromEntry | StayPeriod::FromFirstEntry, Some(_)) => {
            out.push((
                "period_days",
                "period_days is only for a rolling period".to_string(),
            ))
        }
        _ => {}
    }
    match (r.period, r.reset_after_days_outside) {
        (StayPeriod::FromFirstEntry, None | Some(0)) => out.push((
            "period",
            "a from_first_entry period needs reset_after_days_outside (e.g. 90)".to_string(),
        )),
        (StayPeriod::FromFirstEntry, Some(_)) | (_, None) => {}
        (_, Some(_)) => out.push((
            "reset_after_days_outside",
            "reset_after_days_outside is only for a from_first_entry period".to_string(),
        )),
    }
    if let (Some(from), Some(to)) = (r.effective_from, r.effective_to) {
        if to.last_day() < from.first_day() {
            out.push((
                "effective_to",
                format!("effective_to ({to}) is before effective_from ({from})"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stay_rules_the_calculator_cannot_count_are_refused() {
        let rule = |toml_text: &str| -> jol_types::StayRule {
            toml::from_str(&format!(
                "destination = \"RU\"\ncitizenship = [\"KG\"]\nstatus = \"visa_free\"\n\
                 legal_basis = \"A law\"\n{toml_text}"
            ))
            .expect("a stay rule")
        };
        let keys = |t: &str| -> Vec<&'static str> {
            stay_rule_problems(&rule(t))
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        };
        assert!(keys("limit_days = 90\nperiod = \"rolling\"\nperiod_days = 180").is_empty());
        assert!(keys("limit_days = 90\nperiod = \"calendar_year\"\neffective_from = \"2025\"\neffective_to = \"2025-01\"").is_empty());
        assert_eq!(keys("limit_days = 90\nperiod = \"rolling\""), ["period"]);
        assert_eq!(
            keys("limit_days = 90\nperiod = \"rolling\"\nperiod_days = 90"),
            ["period_days"]
        );
        assert_eq!(
            keys("limit_days = 30\nperiod = \"from_entry\"\nperiod_days = 180"),
            ["period_days"]
        );
        assert_eq!(
            keys("limit_days = 0\nperiod = \"from_entry\""),
            ["limit_days"]
        );
        assert!(keys(
            "limit_days = 90\nperiod = \"from_first_entry\"\nreset_after_days_outside = 90"
        )
        .is_empty());
        assert_eq!(
            keys("limit_days = 90\nperiod = \"from_first_entry\""),
            ["period"]
        );
        assert_eq!(
            keys("limit_days = 90\nperiod = \"rolling\"\nperiod_days = 180\nreset_after_days_outside = 90"),
            ["reset_after_days_outside"]
        );
        assert_eq!(
            keys("limit_days = 90\nperiod = \"calendar_year\"\neffective_from = \"2025-01-01\"\neffective_to = \"2024-12-31\""),
            ["effective_to"]
        );
    }

    #[test]
    fn phones() {
        let ru = [Country::new("RU")];
        assert!(phone_ok("+79251155047", &[]).is_ok());
        assert!(phone_ok("+7 925 115 50 47", &[]).is_err());
        assert!(phone_ok("+0123456789", &[]).is_err());
        assert!(phone_ok("+1234", &[]).is_err());
        assert!(phone_ok("112", &ru).is_ok());
        assert!(phone_ok("112", &[]).is_err());
        assert!(phone_ok("8-800-080-7777", &ru).is_err());
    }

    #[test]
    fn markdown_subset() {
        assert!(markdown_ok("Plain **bold** and *it*.\n\n- a\n- [b](https://x.org)").is_ok());
        assert!(markdown_ok("# Heading").is_err());
        assert!(markdown_ok("text <script>x</script>").is_err());
        assert!(markdown_ok("![img](https://x/y.png)").is_err());
        assert!(markdown_ok("[a](http://x.org)").is_err());
        assert!(markdown_ok("| a | b |").is_err());
        assert!(markdown_ok("5 < 7 and 2<3").is_ok());
    }
}
