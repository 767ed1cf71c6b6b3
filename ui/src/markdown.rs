//! Renders the content's Markdown subset (paragraphs, `-` lists, `**bold**`, `*italic*`,
//! `[text](https://…)`) as elements — never as HTML strings, so no content can inject markup.

use leptos::prelude::*;

#[derive(Debug, PartialEq)]
enum Block {
    Para(Vec<Inline>),
    List(Vec<Vec<Inline>>),
}

#[derive(Debug, PartialEq)]
enum Inline {
    Text(String),
    Bold(String),
    Italic(String),
    Link(String, String),
}

fn blocks(src: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Vec<Vec<Inline>> = Vec::new();
    let flush_para = |para: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !para.is_empty() {
            out.push(Block::Para(inlines(&para.join(" "))));
            para.clear();
        }
    };
    for line in src.lines() {
        let l = line.trim();
        if let Some(item) = l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")) {
            flush_para(&mut para, &mut out);
            list.push(inlines(item));
        } else if l.is_empty() {
            flush_para(&mut para, &mut out);
            if !list.is_empty() {
                out.push(Block::List(std::mem::take(&mut list)));
            }
        } else if !list.is_empty() && line.starts_with(' ') {
            // A continuation line of the last list item.
            if let Some(last) = list.last_mut() {
                last.push(Inline::Text(" ".into()));
                last.extend(inlines(l));
            }
        } else {
            if !list.is_empty() {
                out.push(Block::List(std::mem::take(&mut list)));
            }
            para.push(l);
        }
    }
    flush_para(&mut para, &mut out);
    if !list.is_empty() {
        out.push(Block::List(list));
    }
    out
}

fn inlines(s: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let parsed = if let Some(after) = rest.strip_prefix("**") {
            after
                .find("**")
                .map(|end| (Inline::Bold(after[..end].to_string()), 4 + end))
        } else if c == '*' {
            rest[1..]
                .find('*')
                .filter(|end| *end > 0)
                .map(|end| (Inline::Italic(rest[1..1 + end].to_string()), 2 + end))
        } else if c == '[' {
            link(rest)
        } else {
            None
        };
        match parsed {
            Some((inline, len)) => {
                if !text.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut text)));
                }
                out.push(inline);
                rest = &rest[len..];
            }
            None => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
    out
}

/// `[label](https://…)` at the start of `s`: the link and its length in bytes.
fn link(s: &str) -> Option<(Inline, usize)> {
    let close = s.find("](")?;
    let label = &s[1..close];
    let after = &s[close + 2..];
    let end = after.find(')')?;
    let url = &after[..end];
    url.starts_with("https://").then(|| {
        (
            Inline::Link(label.to_string(), url.to_string()),
            close + 3 + end,
        )
    })
}

fn render_inlines(parts: Vec<Inline>) -> impl IntoView {
    parts
        .into_iter()
        .map(|p| match p {
            Inline::Text(t) => t.into_any(),
            Inline::Bold(t) => view! { <strong>{t}</strong> }.into_any(),
            Inline::Italic(t) => view! { <em>{t}</em> }.into_any(),
            Inline::Link(label, url) => {
                view! { <a href=url target="_blank" rel="noopener noreferrer">{label}</a> }
                    .into_any()
            }
        })
        .collect_view()
}

/// The rendered text.
pub fn render(src: &str) -> impl IntoView {
    blocks(src)
        .into_iter()
        .map(|b| match b {
            Block::Para(p) => view! { <p>{render_inlines(p)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.into_iter().map(|i| view! { <li>{render_inlines(i)}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_subset() {
        let b = blocks("Hello **you** and *me*.\n\n- one\n- [two](https://x.org)\n\nEnd");
        assert_eq!(b.len(), 3);
        assert_eq!(
            b[0],
            Block::Para(vec![
                Inline::Text("Hello ".into()),
                Inline::Bold("you".into()),
                Inline::Text(" and ".into()),
                Inline::Italic("me".into()),
                Inline::Text(".".into()),
            ])
        );
        assert_eq!(
            b[1],
            Block::List(vec![
                vec![Inline::Text("one".into())],
                vec![Inline::Link("two".into(), "https://x.org".into())],
            ])
        );
    }

    #[test]
    fn a_non_https_link_stays_text() {
        assert_eq!(
            inlines("[x](javascript:alert(1))"),
            vec![Inline::Text("[x](javascript:alert(1))".into())]
        );
    }
}
