//! The system clock: the core takes "now" from its host (see `jol_core::Clock`).

/// The operating system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl jol_core::Clock for SystemClock {
    fn unix_seconds(&self) -> i64 {
        unix_seconds()
    }

    /// The day the item pages judge freshness and review dates by: today, or in a debug build
    /// the `YYYY-MM-DD` in `$JOL_DEV_TODAY`, so end-to-end tests and screenshots can show an item
    /// past its review date without waiting for the calendar. A release build ignores it: no
    /// environment can make it hide or invent a "may have changed" notice.
    fn today(&self) -> i64 {
        dev_today().unwrap_or_else(today)
    }
}

fn dev_today() -> Option<i64> {
    if !cfg!(debug_assertions) {
        return None;
    }
    let s = std::env::var("JOL_DEV_TODAY").ok()?;
    match s.trim().parse::<jol_types::PartialDate>() {
        Ok(d) => Some(d.first_day()),
        Err(e) => {
            tracing::warn!("JOL_DEV_TODAY ignored: {e}");
            None
        }
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
