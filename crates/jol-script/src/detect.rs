//! Script detection by counting letters.

use crate::text::is_letter;
use crate::Script;

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(
            c as u32,
            0xC0..=0x24F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A
        )
}

fn is_cyrillic(c: char) -> bool {
    matches!(
        c as u32,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F
    )
}

pub(crate) fn detect(s: &str) -> Script {
    let (mut latin, mut cyrillic, mut other) = (0usize, 0usize, 0usize);
    for c in s.chars().filter(|&c| is_letter(c)) {
        if is_latin(c) {
            latin += 1;
        } else if is_cyrillic(c) {
            cyrillic += 1;
        } else {
            other += 1;
        }
    }
    if latin > cyrillic && latin >= other {
        Script::Latin
    } else if cyrillic > latin && cyrillic >= other {
        Script::Cyrillic
    } else {
        Script::Other
    }
}
