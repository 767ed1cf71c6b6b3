//! The order of an update's steps, the same in every host: timestamp → rollback check → manifest →
//! version recorded → installed content hashed → a delta if one fits, else the full pack → items
//! checked against the signed manifest → applied. The desktop (`jol-native`) and the phone's
//! browser (`jol-web`) differ only in how they fetch bytes and where the content database lives,
//! which they supply through [`Fetch`] and [`Target`]; every rule about what to trust is here, so a
//! host cannot skip one.

use crate::format::{parse_pack, Delta, FullPack, PackRef, TIMESTAMP_FILE, TIMESTAMP_MAX_BYTES};
use crate::verify::{check_items, check_manifest, check_ref, check_timestamp};
use crate::{apply_delta, diff_items, Manifest, Progress, PublicKey, Result, SyncOutcome};
use jol_types::Item;

/// How a host fetches the files of one source (a mirror, a folder, a bundle).
#[allow(async_fn_in_trait)] // hosts await it in place; nothing needs the future to be `Send`
pub trait Fetch {
    /// The bytes of `name` (a plain file name, checked by the caller with
    /// [`crate::is_safe_name`]), refusing more than `cap`. `resume`: the size is known from
    /// signed metadata, so a host may keep a partial download and continue it later.
    async fn fetch(&self, name: &str, cap: u64, resume: bool) -> Result<Vec<u8>>;
}

/// Where the content lives, and what the host remembers between updates.
pub trait Target {
    /// The highest manifest version ever accepted (0 if none): nothing older is taken again.
    fn highest_version(&self) -> Result<u64>;
    /// Records a newly accepted version; stored before the content is applied.
    fn set_highest_version(&mut self, version: u64) -> Result<()>;
    /// The installed items and the content hash the database records for them (none, none when
    /// there is no content yet).
    fn installed(&self) -> Result<(Vec<Item>, Option<String>)>;
    /// Updates the installed content from `old` to `new` in place (few rows change); on error
    /// the installed content must be as it was.
    fn apply_update(
        &mut self,
        old: &[Item],
        old_hash: &str,
        new: &[Item],
        manifest: &Manifest,
    ) -> Result<()>;
    /// Replaces the installed content with a database built from `items`.
    fn apply_items(&mut self, items: &[Item], manifest: &Manifest) -> Result<()>;
}

/// One update from one source: who is trusted, what "now" is, and whether the timestamp's short
/// expiry applies (it does for online mirrors, not for a folder, a file or a classroom peer — see
/// `docs/publishing.md`).
pub struct Update<'a, F: Fetch> {
    pub fetch: &'a F,
    pub trusted: &'a [PublicKey],
    pub now: i64,
    pub enforce_expiry: bool,
    pub progress: &'a dyn Fn(Progress),
}

impl<F: Fetch> Update<'_, F> {
    /// Checks the source and applies a newer version if there is one. Installed content is left
    /// as it was on any error.
    pub async fn run(&self, target: &mut impl Target) -> Result<SyncOutcome> {
        (self.progress)(Progress::Checking);
        let ts_bytes = self
            .fetch
            .fetch(TIMESTAMP_FILE, TIMESTAMP_MAX_BYTES, false)
            .await?;
        let mut fetched = ts_bytes.len() as u64;
        let ts = check_timestamp(&ts_bytes, self.trusted, self.now, self.enforce_expiry)?;
        let highest = target.highest_version()?;
        if ts.version < highest {
            return Err(crate::SyncError::Rollback {
                offered: ts.version,
                highest,
            });
        }
        let manifest_bytes = self.fetch_ref(&ts.manifest).await?;
        fetched += manifest_bytes.len() as u64;
        let manifest = check_manifest(&manifest_bytes, &ts, self.trusted, self.now)?;
        // Stored first: from now on nothing older is accepted, even if the apply below fails.
        if manifest.version > highest {
            target.set_highest_version(manifest.version)?;
        }
        let (installed, recorded_hash) = target.installed()?;
        // The hash the database records is taken as the installed content's, which saves hashing
        // every item on the update path: if it were wrong, the delta it picks would not give the
        // promised hash and the full pack would be fetched, and the update in place rewrites
        // the rows that differ from what was actually read. "Up to date" is only said after
        // hashing the items themselves.
        let installed_hash = match recorded_hash {
            Some(h) if h != manifest.content_hash => h,
            _ => jol_content::content_hash(&installed)?,
        };
        if installed_hash == manifest.content_hash {
            return Ok(SyncOutcome::UpToDate {
                version: manifest.version,
            });
        }
        let (items, used_delta, bytes) = self
            .new_items(&manifest, &installed, &installed_hash)
            .await?;
        fetched += bytes;
        (self.progress)(Progress::Applying);
        // In place when there is content to update (a few rows: milliseconds); a fresh build
        // when there is none, or when the update cannot be made in place for any reason.
        if installed.is_empty()
            || target
                .apply_update(&installed, &installed_hash, &items, &manifest)
                .is_err()
        {
            target.apply_items(&items, &manifest)?;
        }
        let (added, changed, removed) = diff_items(&installed, &items);
        Ok(SyncOutcome::Updated {
            version: manifest.version,
            added,
            changed,
            removed,
            bytes_fetched: fetched,
            used_delta,
        })
    }

    /// The new version's items, checked against the manifest: from the cheapest delta that
    /// starts at exactly the installed content when one is smaller than the full pack, else
    /// from the full pack. Also whether a delta was used, and the bytes fetched.
    async fn new_items(
        &self,
        manifest: &Manifest,
        installed: &[Item],
        installed_hash: &str,
    ) -> Result<(Vec<Item>, bool, u64)> {
        let delta_ref = manifest
            .deltas
            .iter()
            .filter(|d| d.from_hash == installed_hash && d.pack.size < manifest.full.size)
            .min_by_key(|d| d.pack.size);
        let mut fetched = 0;
        if let Some(d) = delta_ref {
            let bytes = self.fetch_ref(&d.pack).await?;
            fetched += bytes.len() as u64;
            // Its bytes are what the signed manifest names (checked in `fetch_ref`); past that,
            // anything wrong with it — even a pack that does not parse — is the publisher's, not
            // an error the user can act on: the full pack is fetched instead.
            let from_delta = parse_pack::<Delta>(&d.pack.name, &bytes)
                .and_then(|delta| apply_delta(installed, &delta))
                .and_then(|items| check_items(&items, manifest).map(|()| items));
            if let Ok(items) = from_delta {
                return Ok((items, true, fetched));
            }
        }
        let bytes = self.fetch_ref(&manifest.full).await?;
        fetched += bytes.len() as u64;
        let full: FullPack = parse_pack(&manifest.full.name, &bytes)?;
        check_items(&full.items, manifest)?;
        Ok((full.items, false, fetched))
    }

    /// A file the signed metadata names, with its exact size as the cap and its sha256 checked.
    async fn fetch_ref(&self, r: &PackRef) -> Result<Vec<u8>> {
        let bytes = self.fetch.fetch(&r.name, r.size, true).await?;
        check_ref(r, &bytes)?;
        Ok(bytes)
    }
}

/// `http(s)://10.x`, `172.16–31.x`, `192.168.x` or `169.254.x` (link-local): a peer on the local
/// network, not a mirror on the internet; so is a `.local` name (a laptop found by mDNS).
pub fn is_private_network_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .unwrap_or(url);
    let authority = rest.split('/').next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("");
    host.ends_with(".local")
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_private() || ip.is_link_local())
}

/// One round of checks over several sources, tried in order: the first that updates wins; if none
/// does, the round is "up to date" when any source answered so, else it failed with every
/// source's reason. Both hosts run their rounds through this.
#[derive(Debug, Default)]
pub struct Round {
    errors: Vec<jol_types::api::SourceError>,
    up_to_date: Option<u64>,
}

impl Round {
    /// Takes one source's outcome; `Some` when it ends the round (the source updated).
    pub fn take(
        &mut self,
        source: &str,
        outcome: Result<SyncOutcome>,
        at: i64,
    ) -> Option<jol_types::api::UpdateResult> {
        match outcome {
            Ok(SyncOutcome::UpToDate { version }) => {
                self.up_to_date = Some(version);
                None
            }
            Ok(SyncOutcome::Updated {
                version,
                added,
                changed,
                removed,
                bytes_fetched,
                ..
            }) => Some(jol_types::api::UpdateResult::Updated {
                at,
                version,
                source: source.to_string(),
                added,
                changed,
                removed,
                bytes_fetched,
            }),
            Err(e) => {
                self.errors.push(e.to_source_error(source));
                None
            }
        }
    }

    /// The round's result when no source updated.
    pub fn finish(self, at: i64) -> jol_types::api::UpdateResult {
        match self.up_to_date {
            Some(version) => jol_types::api::UpdateResult::UpToDate { at, version },
            None => jol_types::api::UpdateResult::Failed {
                at,
                errors: self.errors,
            },
        }
    }
}
