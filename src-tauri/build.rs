fn main() {
    // `generate_context!` embeds ../ui/dist at compile time and fails when it is missing. A fresh
    // clone has not built the UI yet; a placeholder page keeps `cargo check/test/clippy` working and
    // says what to do if someone runs that build.
    let dist = std::path::Path::new("../ui/dist");
    if !dist.join("index.html").exists() {
        let _ = std::fs::create_dir_all(dist);
        let _ = std::fs::write(
            dist.join("index.html"),
            "<!doctype html><meta charset=utf-8><title>Jol</title><p>The Jol UI is not built. Run ./scripts/build-ui, then rebuild the app.</p>",
        );
    }
    tauri_build::build()
}
