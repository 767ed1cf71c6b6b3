//! ed25519 key files.
//!
//! - the secret key file `KEY` holds the 32-byte seed as 64 lower-case hex digits and a newline,
//!   written with mode 0600;
//! - the public key file `KEY.pub` holds the 32-byte public key as 64 lower-case hex digits and a
//!   newline. The same hex string is what `--trust` accepts inline.

use jol_pack::{builtin_trusted, parse_public_key, KeyPair, PublicKey, Result, SyncError};
use std::path::{Path, PathBuf};

/// Reading and writing a [`KeyPair`] as files.
pub trait KeyFile: Sized {
    /// Writes `path` (secret, mode 0600) and `path.pub`; returns the `.pub` path.
    fn write(&self, path: &Path) -> Result<PathBuf>;
    fn read(path: &Path) -> Result<Self>;
}

impl KeyFile for KeyPair {
    fn write(&self, path: &Path) -> Result<PathBuf> {
        let secret = format!("{}\n", self.seed_hex());
        write_private(path, secret.as_bytes())?;
        let pub_path = pub_path(path);
        std::fs::write(&pub_path, format!("{}\n", self.public().hex())).map_err(|source| {
            SyncError::Write {
                path: pub_path.clone(),
                source,
            }
        })?;
        Ok(pub_path)
    }

    fn read(path: &Path) -> Result<KeyPair> {
        let text = std::fs::read_to_string(path).map_err(|source| SyncError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        KeyPair::from_seed_hex(&text)
            .ok_or_else(|| SyncError::Key(format!("{}: not a Jol secret key", path.display())))
    }
}

/// `KEY` → `KEY.pub`.
pub fn pub_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".pub");
    PathBuf::from(s)
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let err = |source| SyncError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(err)?;
    f.write_all(bytes).and_then(|_| f.sync_all()).map_err(err)
}

/// `--trust`: a `.pub` file, or the key itself.
pub fn read_public_key_arg(arg: &str) -> Result<PublicKey> {
    let path = Path::new(arg);
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|source| SyncError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        parse_public_key(&text)
    } else {
        parse_public_key(arg)
    }
}

/// The built-in keys plus `extra` (each a `.pub` file or 64 hex digits, as `--trust` takes them).
pub fn trusted_with(extra: &[String]) -> Result<Vec<PublicKey>> {
    let mut keys = builtin_trusted();
    for k in extra {
        keys.push(read_public_key_arg(k)?);
    }
    Ok(keys)
}
