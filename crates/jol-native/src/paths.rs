//! Where Jol keeps its data on this device.

use std::path::PathBuf;

/// The environment variable that overrides the data directory (as `--data-dir` does).
pub const DATA_DIR_ENV: &str = "JOL_DATA_DIR";

/// The data directory: the explicit one if given, else `$JOL_DATA_DIR`, else the platform's data
/// directory (`~/.local/share/jol` on Linux), else `./jol-data` as a last resort.
pub fn data_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| std::env::var_os(DATA_DIR_ENV).map(PathBuf::from))
        .or_else(|| dirs::data_dir().map(|d| d.join("jol")))
        .unwrap_or_else(|| PathBuf::from("jol-data"))
}
