// Starts Jol in this page. One UI for every host; what differs is where its calls go:
// - the desktop app (window.__TAURI__): Tauri IPC;
// - the offline web app (its folder has jol-web.json, written by scripts/build-web): the core
//   itself, compiled to wasm and running in this page (crates/jol-web), reached through
//   window.__JOL__; a service worker keeps every file, so the app opens with no connection;
// - a shared `jol serve` without the offline app: its read-only HTTP API.
// A failure is written on the page: a blank window helps nobody, and WebKit does not report
// module-script rejections anywhere a user can see.
import init from './jol-ui.js';

// Fetched at once, compiled when the core is ready: the two downloads overlap.
const uiWasm = fetch('./jol-ui_bg.wasm');

async function offlineConfig() {
  if (window.__TAURI__) return null;
  try {
    const response = await fetch('./jol-web.json', { cache: 'no-cache' });
    if (!response.ok) return null;
    const text = await response.text();
    JSON.parse(text);
    return text;
  } catch {
    return null;
  }
}

async function startCore(config) {
  const core = await import('./jol-web.js');
  await core.default({ module_or_path: './jol-web_bg.wasm' });
  const jol = await core.JolWeb.start(config);
  window.__JOL__ = { call: (cmd, payload) => jol.call(cmd, payload) };
  // Checked now (before the UI starts, so its first look at the update status sees the check
  // running and follows it) and whenever the connection comes back: the phone is often offline.
  jol.checkUpdates();
  window.addEventListener('online', () => jol.checkUpdates());
}

// After the app is up, so the worker caches the files this visit already downloaded.
async function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.register('./sw.js');
  // Ask the browser not to evict the app's storage when space runs low.
  if (navigator.storage && navigator.storage.persist) await navigator.storage.persist();
}

async function boot() {
  const config = await offlineConfig();
  if (config) await startCore(config);
  await init({ module_or_path: uiWasm });
  document.getElementById('boot')?.remove();
  if (config) {
    keepOffline().catch((e) => console.warn('offline use is not available here:', e));
  }
}

boot().catch((e) => {
  console.error(e);
  document.getElementById('boot')?.remove();
  const p = document.createElement('p');
  p.className = 'boot-error';
  p.textContent = 'Jol could not start: ' + e;
  document.body.appendChild(p);
});
