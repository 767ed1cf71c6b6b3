# The classroom certificate's install page (jol serve --https), served by jol-server only: kept
# out of the UI's files so the phone's UI does not carry it (crates/jol-i18n, feature classroom-ca).

lan-ca-page-title = Install the classroom certificate
lan-ca-intro = This computer shares Jol over a secure connection. Install its classroom certificate on your phone once: then Jol stays on your phone and works with no internet.
lan-ca-download = Download the certificate
lan-ca-fingerprint = The certificate’s fingerprint (SHA-256). It must match the one the trainer reads out:
lan-ca-android-title = Android phones (Chrome)
lan-ca-android-1 = Tap “Download the certificate” above. Android saves the file but does not install it yet.
lan-ca-android-2 = Open Settings and search for “CA certificate” (usually Security → More security settings → Encryption and credentials → Install a certificate → CA certificate). The menu names differ a little between phones.
lan-ca-android-3 = Tap “Install anyway”, confirm with your PIN or pattern (Android asks you to set a screen lock if the phone has none), and choose the downloaded file: { $ca }.
lan-ca-android-4 = Android then shows “Network may be monitored”. That is expected for a certificate you installed yourself; below is what this one can and cannot do.
lan-ca-iphone-title = iPhone and iPad (Safari)
lan-ca-iphone-1 = Open this page in Safari, tap “Download the certificate”, then “Allow”.
lan-ca-iphone-2 = Open Settings: tap “Profile Downloaded” near the top (or General → VPN and Device Management), choose { $ca }, tap Install and enter your passcode.
lan-ca-iphone-3 = Then open Settings → General → About → Certificate Trust Settings and switch on full trust for { $ca }.
lan-ca-firefox = Firefox for Android does not trust certificates you install yourself. Open Jol in Chrome or in the phone’s own browser.
lan-ca-then-open = When the certificate is installed, open Jol here:
lan-ca-limits = Your phone accepts this certificate only for this classroom computer’s addresses. It is not valid for any other website: not for your bank, your e-mail or social networks.
lan-ca-remove-title = After the course
lan-ca-remove-android = Android: Settings → Security → Encryption and credentials → User credentials (or Trusted credentials → User) → { $ca } → Remove.
lan-ca-remove-iphone = iPhone: Settings → General → VPN and Device Management → { $ca } → Remove Profile.
lan-ca-languages = Other languages
