//! The system clock: the core takes "now" from its host (see `jol_core::Clock`).

/// The operating system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl jol_core::Clock for SystemClock {
    fn unix_seconds(&self) -> i64 {
        unix_seconds()
    }
}

/// Seconds since 1970-01-01 (UTC); 0 if the clock is before it.
pub fn unix_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Today as days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    unix_seconds().div_euclid(86_400)
}
