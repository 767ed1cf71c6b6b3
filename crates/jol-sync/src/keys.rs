//! ed25519 key files.
//!
//! - the secret key file `KEY` holds the 32-byte seed as 64 lower-case hex digits and a newline,
//!   written with mode 0600;
//! - the public key file `KEY.pub` holds the 32-byte public key as 64 lower-case hex digits and a
//!   newline. The same hex string is what `--trust` accepts inline.
//!
//! A key id is the first 16 hex digits of the sha256 of the public key bytes.

use crate::{sha256_hex, Result, SyncError};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use std::path::{Path, PathBuf};

/// Public keys trusted by every build of the app, for key rotation a list. Empty for now: Jol has
/// no production signing key yet, so self-hosted deployments and tests pass `--trust`.
pub const TRUSTED_KEYS: &[&str] = &[];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(pub VerifyingKey);

impl PublicKey {
    pub fn hex(&self) -> String {
        to_hex(self.0.as_bytes())
    }

    pub fn keyid(&self) -> String {
        sha256_hex(self.0.as_bytes())[..16].to_string()
    }

    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        let Ok(sig) = ed25519_dalek::Signature::from_slice(sig) else {
            return false;
        };
        self.0.verify_strict(msg, &sig).is_ok()
    }
}

pub struct KeyPair {
    secret: SigningKey,
}

impl KeyPair {
    pub fn generate() -> KeyPair {
        KeyPair {
            secret: SigningKey::generate(&mut rand_core::OsRng),
        }
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.secret.verifying_key())
    }

    pub fn sign(&self, msg: &[u8]) -> Vec<u8> {
        self.secret.sign(msg).to_bytes().to_vec()
    }

    /// Writes `path` (secret, mode 0600) and `path.pub`; returns the `.pub` path.
    pub fn write(&self, path: &Path) -> Result<PathBuf> {
        let secret = format!("{}\n", to_hex(self.secret.as_bytes()));
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

    pub fn read(path: &Path) -> Result<KeyPair> {
        let text = std::fs::read_to_string(path).map_err(|source| SyncError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let bytes = from_hex32(text.trim())
            .ok_or_else(|| SyncError::Key(format!("{}: not a Jol secret key", path.display())))?;
        Ok(KeyPair {
            secret: SigningKey::from_bytes(&bytes),
        })
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

/// A public key from 64 hex digits.
pub fn parse_public_key(text: &str) -> Result<PublicKey> {
    let bytes = from_hex32(text.trim())
        .ok_or_else(|| SyncError::Key("a public key is 64 hex digits".into()))?;
    VerifyingKey::from_bytes(&bytes)
        .map(PublicKey)
        .map_err(|e| SyncError::Key(format!("not a valid ed25519 public key: {e}")))
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

/// The compiled-in trusted keys.
/// Keys a deployment compiles in with `JOL_TRUSTED_KEYS=<hex>[,<hex>…]` at build time, besides
/// [`TRUSTED_KEYS`].
const BUILD_TRUSTED_KEYS: Option<&str> = option_env!("JOL_TRUSTED_KEYS");

/// Every key this build trusts: [`TRUSTED_KEYS`] and the build-time `JOL_TRUSTED_KEYS`. The one
/// place the app, `jol serve`, `jol sync` and `jol pack verify` take their built-in keys from.
pub fn builtin_trusted() -> Vec<PublicKey> {
    builtin_key_texts()
        .filter_map(|k| parse_public_key(k).ok())
        .collect()
}

fn builtin_key_texts() -> impl Iterator<Item = &'static str> {
    TRUSTED_KEYS.iter().copied().chain(
        BUILD_TRUSTED_KEYS
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty()),
    )
}

/// The built-in keys plus `extra` (each a `.pub` file or 64 hex digits, as `--trust` takes them).
pub fn trusted_with(extra: &[String]) -> Result<Vec<PublicKey>> {
    let mut keys = builtin_trusted();
    for k in extra {
        keys.push(read_public_key_arg(k)?);
    }
    Ok(keys)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex32(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_built_in_key_parses() {
        // A mistyped key in TRUSTED_KEYS or JOL_TRUSTED_KEYS would otherwise be dropped silently.
        assert_eq!(
            super::builtin_trusted().len(),
            super::builtin_key_texts().count()
        );
    }
}
