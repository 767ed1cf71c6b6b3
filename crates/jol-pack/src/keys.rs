//! ed25519 keys: the public keys a build trusts, and signing (the key files themselves are the
//! native host's, `jol_native::KeyFile`).
//!
//! A public key is written as 64 lower-case hex digits (what `--trust` accepts inline); a secret
//! key file holds the 32-byte seed the same way. A key id is the first 16 hex digits of the sha256
//! of the public key bytes.

use crate::{sha256_hex, Result, SyncError};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};

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
    /// A new key from the operating system's randomness.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn generate() -> KeyPair {
        KeyPair {
            secret: SigningKey::generate(&mut rand_core::OsRng),
        }
    }

    /// The key whose secret seed is `seed`.
    pub fn from_seed(seed: &[u8; 32]) -> KeyPair {
        KeyPair {
            secret: SigningKey::from_bytes(seed),
        }
    }

    /// The secret seed as 64 hex digits, as a key file holds it.
    pub fn seed_hex(&self) -> String {
        to_hex(self.secret.as_bytes())
    }

    /// The key from a key file's text (64 hex digits).
    pub fn from_seed_hex(text: &str) -> Option<KeyPair> {
        from_hex32(text.trim()).map(|seed| KeyPair::from_seed(&seed))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.secret.verifying_key())
    }

    pub fn sign(&self, msg: &[u8]) -> Vec<u8> {
        self.secret.sign(msg).to_bytes().to_vec()
    }
}

/// A public key from 64 hex digits.
pub fn parse_public_key(text: &str) -> Result<PublicKey> {
    let bytes = from_hex32(text.trim())
        .ok_or_else(|| SyncError::Key("a public key is 64 hex digits".into()))?;
    VerifyingKey::from_bytes(&bytes)
        .map(PublicKey)
        .map_err(|e| SyncError::Key(format!("not a valid ed25519 public key: {e}")))
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
