//! Typo tolerance: which words of the index vocabulary are within reach of a word the index has
//! never seen.
//!
//! The budget follows the word's length, as users' typos do: none under 5 letters (too many short
//! words are one edit apart: `виза`/`вина`), one from 5, two from 9. An edit is an insertion,
//! deletion, substitution or a swap of two neighbours (`пасрпорт`), the optimal-string-alignment
//! distance.
//!
//! The vocabulary is a few tens of thousands of words, so a scan is fast enough once each word
//! carries a 64-bit letter signature: an edit adds at most one letter and removes at most one, so
//! a word whose letter set differs from the query's by more than the budget each way is skipped
//! without running the distance.

/// The edit budget for a word of `len` letters.
pub(crate) fn budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A set of letters, hashed into 64 bits.
pub(crate) fn signature(word: &[char]) -> u64 {
    word.iter()
        .fold(0u64, |sig, c| sig | 1u64 << (*c as u32 % 64))
}

/// Whether `a` and `b` with signatures `sa`, `sb` may be within `k` edits: a cheap necessary test.
pub(crate) fn may_be_within(sa: u64, sb: u64, k: usize) -> bool {
    (sa & !sb).count_ones() as usize <= k && (sb & !sa).count_ones() as usize <= k
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `k`, else `None`.
/// Only the diagonal band of width `2k + 1` is computed, and the scan stops once a whole row
/// exceeds `k`.
pub(crate) fn within(a: &[char], b: &[char], k: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > k {
        return None;
    }
    const FAR: usize = usize::MAX / 4;
    // Three rows: two back (for swaps), one back, current.
    let mut prev2 = vec![FAR; m + 1];
    let mut prev: Vec<usize> = (0..=m).map(|j| if j <= k { j } else { FAR }).collect();
    let mut cur = vec![FAR; m + 1];
    for i in 1..=n {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(m);
        cur.iter_mut().for_each(|c| *c = FAR);
        cur[0] = if i <= k { i } else { FAR };
        let mut row_min = cur[0];
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > k {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[m];
    (d <= k).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, k: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        within(&a, &b, k)
    }

    #[test]
    fn budget_grows_with_length() {
        assert_eq!(budget(4), 0);
        assert_eq!(budget(5), 1);
        assert_eq!(budget(8), 1);
        assert_eq!(budget(9), 2);
    }

    #[test]
    fn counts_each_kind_of_edit() {
        assert_eq!(d("паспорт", "паспорт", 1), Some(0));
        assert_eq!(d("пасспорт", "паспорт", 1), Some(1)); // insertion
        assert_eq!(d("паспрт", "паспорт", 1), Some(1)); // deletion
        assert_eq!(d("регистрацыя", "регистрация", 2), Some(1)); // substitution
        assert_eq!(d("пасрорт", "паспорт", 1), Some(1));
        assert_eq!(d("пасопрт", "паспорт", 1), Some(1)); // swap
        assert_eq!(d("migraton", "migration", 1), Some(1));
        assert_eq!(d("regstraciya", "registratsiya", 2), None);
        assert_eq!(d("abcdef", "ghijkl", 2), None);
        assert_eq!(d("", "ab", 2), Some(2));
        assert_eq!(d("ab", "", 1), None);
    }

    #[test]
    fn the_signature_test_never_rejects_a_real_match() {
        let pairs = [
            ("пасспорт", "паспорт"),
            ("пасопрт", "паспорт"),
            ("migraton", "migration"),
        ];
        for (a, b) in pairs {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert!(may_be_within(signature(&a), signature(&b), 1));
        }
        let (a, b): (Vec<char>, Vec<char>) =
            ("abcdef".chars().collect(), "uvwxyz".chars().collect());
        assert!(!may_be_within(signature(&a), signature(&b), 2));
    }
}
