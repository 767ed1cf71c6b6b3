//! The classroom certificate authority: made once on the trainer's laptop, kept in
//! `<data dir>/classroom-ca/`, and **name-constrained** so that a phone which trusts it trusts it
//! for this classroom's addresses only.
//!
//! # What the CA may sign for (fixed when it is made)
//! A CA's name constraints are part of the certificate the phones installed: they cannot change
//! without every phone installing a new certificate. So the scope is chosen to survive the usual
//! moves of a classroom laptop (another room's Wi-Fi, a phone hotspot, a travel router):
//! - **IP addresses**: the three private IPv4 ranges of RFC 1918 (`10.0.0.0/8`, `172.16.0.0/12`,
//!   `192.168.0.0/16`) — every address a classroom network hands out — and nothing else;
//! - **DNS names**: the laptop's own `HOSTNAME.local` and each `--https-name` given when the CA was
//!   made (and their sub-names);
//! - **e-mail addresses**: only the impossible `jol-classroom.invalid`, so the CA cannot vouch for
//!   anyone's mail either.
//!
//! Every name type the CA could sign is constrained: RFC 5280 leaves a type with no permitted
//! subtree unconstrained, so leaving out DNS names would have allowed every web site.
//!
//! The trade-off, said plainly: a stolen CA key could impersonate devices on *private* networks
//! (a router's admin page, a printer) and the names above, but never a public site — a bank, a
//! mail service, a government portal. The narrower alternative (only the laptop's current /24)
//! would make phones re-install a certificate whenever the classroom moves to another network, and
//! trainers would learn to click through; we judged that worse. The key never leaves the laptop:
//! it is written once with mode 0600 and is never served.
//!
//! A name asked for later that the CA does not cover is refused with a message naming the folder to
//! delete for a new CA (phones must then install the new certificate); an expired CA (after two
//! years) is replaced at once, since no phone can use it any more.

use rcgen::{
    BasicConstraints, CertificateParams, CidrSubnet, DistinguishedName, DnType,
    ExtendedKeyUsagePurpose, GeneralSubtree, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    NameConstraints, SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use time::{Duration, OffsetDateTime};

/// The private IPv4 ranges of RFC 1918: what the CA may sign as IP addresses.
pub const PRIVATE_V4: [(Ipv4Addr, u8); 3] = [
    (Ipv4Addr::new(10, 0, 0, 0), 8),
    (Ipv4Addr::new(172, 16, 0, 0), 12),
    (Ipv4Addr::new(192, 168, 0, 0), 16),
];

/// The one e-mail domain the CA "permits": reserved, so no real address falls under it.
const NO_MAIL: &str = "jol-classroom.invalid";
/// The DNS subtree used when the laptop has no usable host name and none was given, so that DNS
/// names stay constrained.
const NO_NAME: &str = "jol-classroom.invalid";

/// Two years: a course cycle or two, short enough that a forgotten CA on a phone expires.
const CA_DAYS: i64 = 730;
/// A leaf is made at every start; 30 days covers a long-running server.
const LEAF_DAYS: i64 = 30;
/// Phones with a clock a little behind still accept a leaf made just now.
const LEAF_BACKDATE: Duration = Duration::hours(2);

const KEY_FILE: &str = "ca.key";
const CERT_FILE: &str = "ca.crt";

#[derive(Debug, thiserror::Error)]
pub enum CaError {
    #[error("the classroom CA in {}: {what}: {source}", dir.display())]
    Io {
        dir: PathBuf,
        what: &'static str,
        source: std::io::Error,
    },
    #[error("the classroom CA in {} cannot be read ({why}); move that folder away to make a new one (every phone must then install the new certificate)", dir.display())]
    Unreadable { dir: PathBuf, why: String },
    #[error("the classroom CA in {} does not cover the name `{name}` (it was made for: {covered}). To make a new CA, move or delete that folder; every phone must then install the new certificate", dir.display())]
    NameNotCovered {
        dir: PathBuf,
        name: String,
        covered: String,
    },
    #[error("`{0}` is not a host name (letters, digits, hyphens and dots, e.g. classroom.local)")]
    BadName(String),
    #[error("cannot make a certificate: {0}")]
    Make(#[from] rcgen::Error),
}

/// What became of the CA at this start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaStatus {
    /// Made now: every phone must install it.
    Created,
    /// The one made earlier: phones that installed it keep working.
    Loaded,
    /// The old one had expired and was replaced: every phone must install the new one.
    Renewed,
}

/// The names and networks a CA may sign for, as read from its certificate.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scope {
    pub dns: Vec<String>,
    pub ipv4: Vec<(Ipv4Addr, u8)>,
}

impl Scope {
    /// Whether `name` is one of the DNS subtrees or under one (`a.b` is under `b`).
    pub fn permits_name(&self, name: &str) -> bool {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        self.dns.iter().any(|c| {
            let c = c.trim_start_matches('.').to_ascii_lowercase();
            name == c || name.ends_with(&format!(".{c}"))
        })
    }

    /// Whether `ip` is inside one of the permitted IPv4 networks (IPv6 never is).
    pub fn permits_ip(&self, ip: IpAddr) -> bool {
        let IpAddr::V4(v4) = ip else { return false };
        self.ipv4.iter().any(|(net, prefix)| {
            let mask = u32::MAX.checked_shl(32 - u32::from(*prefix)).unwrap_or(0);
            u32::from(v4) & mask == u32::from(*net) & mask
        })
    }
}

/// A leaf certificate for this start, with its fresh key (kept in memory only).
pub struct Leaf {
    pub cert: CertificateDer<'static>,
    pub key: PrivateKeyDer<'static>,
    pub names: Vec<String>,
    pub ips: Vec<IpAddr>,
    /// Names and addresses asked for that the CA does not cover: phones reaching the laptop
    /// there will see a certificate error.
    pub skipped: Vec<String>,
}

/// The classroom CA, loaded or made.
pub struct ClassroomCa {
    dir: PathBuf,
    cert: CertificateDer<'static>,
    pem: String,
    key: KeyPair,
    scope: Scope,
    not_after: OffsetDateTime,
}

impl ClassroomCa {
    /// The CA in `dir` (`<data dir>/classroom-ca`), made there if absent or expired. `names` are
    /// the `--https-name`s: a new CA covers them; an existing one must already cover them.
    pub fn open(dir: &Path, names: &[String]) -> Result<(ClassroomCa, CaStatus), CaError> {
        let names = clean_names(names)?;
        let exists = dir.join(KEY_FILE).exists() || dir.join(CERT_FILE).exists();
        if !exists {
            return Ok((ClassroomCa::create(dir, &names)?, CaStatus::Created));
        }
        let ca = ClassroomCa::load(dir)?;
        if ca.not_after <= OffsetDateTime::now_utc() + Duration::days(1) {
            retire(dir)?;
            return Ok((ClassroomCa::create(dir, &names)?, CaStatus::Renewed));
        }
        if let Some(name) = names.iter().find(|n| !ca.scope.permits_name(n)) {
            return Err(CaError::NameNotCovered {
                dir: dir.to_path_buf(),
                name: name.clone(),
                covered: ca.scope.dns.join(", "),
            });
        }
        Ok((ca, CaStatus::Loaded))
    }

    fn create(dir: &Path, names: &[String]) -> Result<ClassroomCa, CaError> {
        let io = |what| {
            let dir = dir.to_path_buf();
            move |source| CaError::Io { dir, what, source }
        };
        create_private_dir(dir).map_err(io("cannot make the folder"))?;
        let mut dns: Vec<String> = host_name()
            .into_iter()
            .map(|h| format!("{h}.local"))
            .collect();
        for n in names {
            if !dns.contains(n) {
                dns.push(n.clone());
            }
        }
        if dns.is_empty() {
            dns.push(NO_NAME.to_string());
        }
        let key = KeyPair::generate()?;
        let now = OffsetDateTime::now_utc();
        let mut params = CertificateParams::default();
        params.distinguished_name = ca_name();
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        params.not_before = now - Duration::days(1);
        params.not_after = now + Duration::days(CA_DAYS);
        let mut permitted: Vec<GeneralSubtree> =
            dns.iter().cloned().map(GeneralSubtree::DnsName).collect();
        permitted.extend(PRIVATE_V4.iter().map(|(net, prefix)| {
            GeneralSubtree::IpAddress(CidrSubnet::from_v4_prefix(net.octets(), *prefix))
        }));
        permitted.push(GeneralSubtree::Rfc822Name(NO_MAIL.to_string()));
        params.name_constraints = Some(NameConstraints {
            permitted_subtrees: permitted,
            excluded_subtrees: Vec::new(),
        });
        let cert = params.self_signed(&key)?;
        // The key first, created 0600 from the start: never readable by others, not even briefly.
        write_new(&dir.join(KEY_FILE), key.serialize_pem().as_bytes(), 0o600)
            .map_err(io("cannot write the key"))?;
        write_new(&dir.join(CERT_FILE), cert.pem().as_bytes(), 0o644)
            .map_err(io("cannot write the certificate"))?;
        ClassroomCa::load(dir)
    }

    fn load(dir: &Path) -> Result<ClassroomCa, CaError> {
        let bad = |why: String| CaError::Unreadable {
            dir: dir.to_path_buf(),
            why,
        };
        let key_pem = std::fs::read_to_string(dir.join(KEY_FILE))
            .map_err(|e| bad(format!("{KEY_FILE}: {e}")))?;
        let cert_pem = std::fs::read_to_string(dir.join(CERT_FILE))
            .map_err(|e| bad(format!("{CERT_FILE}: {e}")))?;
        let key = KeyPair::from_pem(&key_pem).map_err(|e| bad(format!("{KEY_FILE}: {e}")))?;
        let der = pem_body(&cert_pem).ok_or_else(|| bad(format!("{CERT_FILE}: not PEM")))?;
        let (scope, not_after, spki) = read_ca(&der).map_err(bad)?;
        if spki != rcgen::PublicKeyData::subject_public_key_info(&key) {
            return Err(bad(format!("{KEY_FILE} does not belong to {CERT_FILE}")));
        }
        Ok(ClassroomCa {
            dir: dir.to_path_buf(),
            cert: CertificateDer::from(der),
            pem: cert_pem,
            key,
            scope,
            not_after,
        })
    }

    /// Issues a leaf for the given names and addresses, leaving out (and listing in
    /// [`Leaf::skipped`]) those the CA does not cover: one name outside the constraints would
    /// make a phone refuse the whole certificate.
    pub fn issue_leaf(&self, names: &[String], ips: &[IpAddr]) -> Result<Leaf, CaError> {
        let mut skipped = Vec::new();
        let mut ok_names = Vec::new();
        for n in names {
            let n = n.to_ascii_lowercase();
            if !self.scope.permits_name(&n) {
                skipped.push(n);
            } else if !ok_names.contains(&n) {
                ok_names.push(n);
            }
        }
        let mut ok_ips = Vec::new();
        for ip in ips {
            if !self.scope.permits_ip(*ip) {
                skipped.push(ip.to_string());
            } else if !ok_ips.contains(ip) {
                ok_ips.push(*ip);
            }
        }
        let (cert, key) = self.sign_leaf(&ok_names, &ok_ips)?;
        Ok(Leaf {
            cert,
            key,
            names: ok_names,
            ips: ok_ips,
            skipped,
        })
    }

    /// Signs a leaf for exactly these names and addresses, covered or not. The server never does
    /// this; the tests do, to show that a phone refuses a leaf outside the constraints.
    #[doc(hidden)]
    pub fn sign_leaf(
        &self,
        names: &[String],
        ips: &[IpAddr],
    ) -> Result<(CertificateDer<'static>, PrivateKeyDer<'static>), CaError> {
        let key = KeyPair::generate()?;
        let now = OffsetDateTime::now_utc();
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        let first = names
            .first()
            .cloned()
            .or_else(|| ips.first().map(|i| i.to_string()))
            .unwrap_or_else(|| "jol".into());
        dn.push(DnType::CommonName, first);
        params.distinguished_name = dn;
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        params.not_before = now - LEAF_BACKDATE;
        params.not_after = (now + Duration::days(LEAF_DAYS)).min(self.not_after);
        for n in names {
            params.subject_alt_names.push(SanType::DnsName(
                n.clone()
                    .try_into()
                    .map_err(|_| CaError::BadName(n.clone()))?,
            ));
        }
        params
            .subject_alt_names
            .extend(ips.iter().map(|i| SanType::IpAddress(*i)));
        let issuer = Issuer::from_ca_cert_der(&self.cert, &self.key)?;
        let cert = params.signed_by(&key, &issuer)?;
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        Ok((cert.der().clone(), key))
    }

    /// The CA certificate, DER: what phones download and install.
    pub fn cert_der(&self) -> &CertificateDer<'static> {
        &self.cert
    }

    /// The CA certificate, PEM, as stored.
    pub fn cert_pem(&self) -> &str {
        &self.pem
    }

    /// The SHA-256 fingerprint of the CA certificate, `AB:CD:…`, as phones show it: a trainer
    /// reads it out so students can compare.
    pub fn fingerprint(&self) -> String {
        use sha2::Digest as _;
        let hash = sha2::Sha256::digest(self.cert.as_ref());
        hash.iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":")
    }

    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The name phones list it under.
    pub fn common_name(&self) -> String {
        ca_common_name()
    }

    pub fn not_after(&self) -> OffsetDateTime {
        self.not_after
    }
}

/// The CA's subject: phones list it under this name in their certificate settings.
fn ca_name() -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, ca_common_name());
    dn.push(DnType::OrganizationName, "Jol");
    dn
}

fn ca_common_name() -> String {
    match host_name() {
        Some(h) => format!("Jol classroom CA ({h})"),
        None => "Jol classroom CA".into(),
    }
}

/// The scope, expiry and public key of a CA certificate.
fn read_ca(der: &[u8]) -> Result<(Scope, OffsetDateTime, Vec<u8>), String> {
    use x509_parser::extensions::GeneralName;
    let (_, cert) = x509_parser::parse_x509_certificate(der).map_err(|e| e.to_string())?;
    let nc = cert
        .name_constraints()
        .map_err(|e| e.to_string())?
        .ok_or("it has no name constraints")?;
    let mut scope = Scope::default();
    for sub in nc.value.permitted_subtrees.iter().flatten() {
        match &sub.base {
            GeneralName::DNSName(n) => scope.dns.push(n.to_string()),
            GeneralName::IPAddress(b) if b.len() == 8 => {
                let net = Ipv4Addr::new(b[0], b[1], b[2], b[3]);
                let prefix = u32::from_be_bytes([b[4], b[5], b[6], b[7]]).count_ones() as u8;
                scope.ipv4.push((net, prefix));
            }
            _ => {}
        }
    }
    let not_after = OffsetDateTime::from_unix_timestamp(cert.validity().not_after.timestamp())
        .map_err(|e| e.to_string())?;
    Ok((scope, not_after, cert.public_key().raw.to_vec()))
}

/// Lower-cased, checked `--https-name`s.
fn clean_names(names: &[String]) -> Result<Vec<String>, CaError> {
    names
        .iter()
        .map(|n| {
            let n = n.trim().trim_end_matches('.').to_ascii_lowercase();
            if is_host_name(&n) {
                Ok(n)
            } else {
                Err(CaError::BadName(n))
            }
        })
        .collect()
}

/// A DNS host name: dot-separated labels of letters, digits and inner hyphens; not an IP address.
fn is_host_name(n: &str) -> bool {
    n.len() <= 253
        && n.parse::<IpAddr>().is_err()
        && n.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// This laptop's host name, lower-cased, if it is a valid DNS label (it becomes `NAME.local`).
pub fn host_name() -> Option<String> {
    let raw = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| {
            std::process::Command::new("hostname")
                .output()
                .ok()
                .and_then(|o| String::from_utf8(o.stdout).ok())
        })?;
    let h = raw.trim().split('.').next()?.to_ascii_lowercase();
    (is_host_name(&h) && h != "localhost").then_some(h)
}

/// Moves an expired CA aside (kept, not deleted: it is the trainer's file).
fn retire(dir: &Path) -> Result<(), CaError> {
    let stamp = OffsetDateTime::now_utc().unix_timestamp();
    let to = dir.with_file_name(format!("classroom-ca-expired-{stamp}"));
    std::fs::rename(dir, &to).map_err(|source| CaError::Io {
        dir: dir.to_path_buf(),
        what: "cannot move the expired CA aside",
        source,
    })
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

/// Writes a file that must not exist yet, with `mode` from its creation on.
fn write_new(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = o.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// The bytes of the first PEM block.
fn pem_body(pem: &str) -> Option<Vec<u8>> {
    use rustls::pki_types::pem::PemObject as _;
    CertificateDer::from_pem_slice(pem.as_bytes())
        .ok()
        .map(|c| c.to_vec())
}
