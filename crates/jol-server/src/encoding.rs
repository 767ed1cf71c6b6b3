//! Which precompressed copy of a file a request may get, from its `Accept-Encoding`.
//!
//! `scripts/build-web` writes `FILE.br` and `FILE.gz` beside the app's text and wasm files; a
//! phone on a crowded classroom Wi-Fi downloads the 2 MB core as 0.7 MB of brotli. The server never
//! compresses anything itself: it only picks an existing copy.

use axum::http::{header, HeaderMap};

/// A content coding the app folder may hold a precompressed copy in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Br,
    Gzip,
}

impl Encoding {
    /// Preferred first: brotli is the smaller of the two.
    pub const ALL: [Encoding; 2] = [Encoding::Br, Encoding::Gzip];

    /// The `Content-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Encoding::Br => "br",
            Encoding::Gzip => "gzip",
        }
    }

    /// What `scripts/build-web` appends to a file's name for its copy in this coding.
    pub fn suffix(self) -> &'static str {
        match self {
            Encoding::Br => ".br",
            Encoding::Gzip => ".gz",
        }
    }

    /// The coding whose suffix `name` ends with, if any.
    pub fn of_name(name: &str) -> Option<Encoding> {
        Encoding::ALL
            .into_iter()
            .find(|e| name.ends_with(e.suffix()))
    }
}

/// The codings the request accepts, best first (by `q`, brotli before gzip on a tie). A coding
/// counts when named with `q` above 0, or covered by `*` with `q` above 0 and not named. No header,
/// or a `Range` request (a byte range of a compressed copy is not a range of the file), gets none:
/// the plain file.
pub fn accepted(headers: &HeaderMap) -> Vec<Encoding> {
    if headers.contains_key(header::RANGE) {
        return Vec::new();
    }
    let mut named: [Option<f32>; 2] = [None, None];
    let mut star: Option<f32> = None;
    let values = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok());
    for entry in values.flat_map(|v| v.split(',')) {
        let mut parts = entry.split(';');
        let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
            // An unreadable weight is taken as a refusal: sending the plain file is never wrong.
            .map_or(1.0, |(_, v)| v.trim().parse::<f32>().unwrap_or(0.0));
        match coding.as_str() {
            "br" => named[0] = Some(q),
            "gzip" | "x-gzip" => named[1] = Some(q),
            "*" => star = Some(q),
            _ => {}
        }
    }
    let mut out: Vec<(Encoding, f32)> = Encoding::ALL
        .into_iter()
        .zip(named)
        .filter_map(|(e, q)| Some((e, q.or(star)?)))
        .filter(|(_, q)| *q > 0.0)
        .collect();
    // Stable: equal weights keep brotli first.
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out.into_iter().map(|(e, _)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn brotli_is_preferred_and_weights_and_refusals_are_honoured() {
        use Encoding::*;
        let cases: [(&[&str], Vec<Encoding>); 12] = [
            (&[], vec![]),
            (&["gzip, deflate, br, zstd"], vec![Br, Gzip]),
            (&["gzip"], vec![Gzip]),
            (&["br"], vec![Br]),
            (&["identity"], vec![]),
            (&["br;q=0, gzip"], vec![Gzip]),
            (&["BR ; Q=0.5, gzip;q=0.8"], vec![Gzip, Br]),
            (&["*"], vec![Br, Gzip]),
            (&["*;q=0"], vec![]),
            (&["br;q=0, *"], vec![Gzip]),
            (&["deflate", "x-gzip"], vec![Gzip]),
            (&["br;q=nonsense, gzip"], vec![Gzip]),
        ];
        for (values, want) in cases {
            assert_eq!(accepted(&with(values)), want, "{values:?}");
        }
    }

    #[test]
    fn a_range_request_gets_the_plain_file() {
        let mut h = with(&["br, gzip"]);
        h.insert(header::RANGE, HeaderValue::from_static("bytes=0-"));
        assert_eq!(accepted(&h), vec![]);
    }
}
