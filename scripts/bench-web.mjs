// The offline web app's figures (issue #10), measured in headless Chromium through puppeteer-core:
//   1. first-visit bytes on the wire (goal ≤ 1.5 MB: UI, core with SQLite, dataset), per file, counted
//      by a TCP proxy in front of `jol serve --app` (every byte the server sent, headers included,
//      whichever part of the browser asked: the page or the service worker), with the page's and the
//      service worker's own view (HTTP cache or network); time to first content, for information;
//   2. offline reload time to first content (goal ≤ 1.5 s at 4× CPU throttling), with its phases;
//   3. search p95 inside the page (goal ≤ 10 ms) over the relevance set's real queries.
// Prints figures against the goals and never fails on them: speed goals are for benches, not tests.
// Run through scripts/bench-web, which builds what is missing and passes the paths.
//
//   node scripts/bench-web.mjs --jol target/debug/jol --app web/dist [--chromium /usr/bin/chromium]
//                              [--runs 5] [--queries crates/jol-search/tests/relevance.toml]
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const GOAL_BYTES = 1_500_000;
const GOAL_RELOAD_MS = 1500;
const GOAL_SEARCH_MS = 10;
const CONTENT = 'ul.items li a';
const WAIT_MS = 180_000;

function args() {
  const a = {
    jol: 'target/debug/jol',
    app: 'web/dist',
    chromium: '/usr/bin/chromium',
    runs: 5,
    queries: 'crates/jol-search/tests/relevance.toml',
  };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in a) || argv[i + 1] === undefined) throw new Error(`unknown or empty option ${argv[i]}`);
    a[key] = key === 'runs' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return a;
}

const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const mb = (b) => `${(b / 1_000_000).toFixed(3)} MB`;
const ms = (t) => `${t.toFixed(0)} ms`;
const verdict = (ok) => (ok ? 'meets the goal' : 'MISSES the goal');
const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/// `jol serve --app DIR` on a free loopback port, with its own data directory.
async function startServer(jol, app) {
  const port = await freePort();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'jol-bench-web-'));
  const proc = spawn(jol, ['serve', '--app', app, '--addr', `127.0.0.1:${port}`, '--data-dir', data], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`jol serve exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('jol serve did not answer within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    stop: () => {
      proc.kill('SIGTERM');
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

/// A TCP proxy that counts what the server sends, per request. HTTP/1.1 without pipelining (what
/// Chromium does): on one connection a response follows its request line, so the bytes that come
/// back belong to the last request line seen.
async function countingProxy(upstream) {
  const log = [];
  const sockets = new Set();
  const server = net.createServer((client) => {
    const up = net.connect(upstream, '127.0.0.1');
    sockets.add(client).add(up);
    let current = null;
    client.on('data', (chunk) => {
      const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/.exec(chunk.toString('latin1', 0, 4096));
      if (m) {
        const enc = /\r\naccept-encoding: *([^\r]*)/i.exec(chunk.toString('latin1'));
        current = { method: m[1], path: m[2], acceptEncoding: enc ? enc[1] : '', bytes: 0, head: '' };
        log.push(current);
      }
    });
    up.on('data', (chunk) => {
      if (!current) return;
      current.bytes += chunk.length;
      if (!current.head.includes('\r\n\r\n') && current.head.length < 16384) {
        current.head += chunk.toString('latin1', 0, Math.min(chunk.length, 16384));
      }
    });
    client.pipe(up);
    up.pipe(client);
    const close = () => {
      client.destroy();
      up.destroy();
      sockets.delete(client);
      sockets.delete(up);
    };
    client.on('error', close).on('close', close);
    up.on('error', close).on('close', close);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const header = (head, name) => {
    const m = new RegExp(`\\r\\n${name}: *([^\\r]*)`, 'i').exec(head);
    return m ? m[1] : '';
  };
  return {
    port: server.address().port,
    /// What was sent since the last call: path, status, content-encoding, bytes (headers included).
    take: () =>
      log.splice(0).map((e) => ({
        method: e.method,
        path: e.path,
        acceptEncoding: e.acceptEncoding,
        status: (/^HTTP\/1\.[01] (\d+)/.exec(e.head) || [])[1] || '-',
        encoding: header(e.head, 'content-encoding') || 'identity',
        contentLength: Number(header(e.head, 'content-length') || 0),
        bytes: e.bytes,
      })),
    stop: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(r);
      }),
  };
}

/// Runs in every document before its scripts: skips the first-start questions (the keys
/// ui/src/storage.rs and ui/src/corridor.rs read), and marks the steps of the start without
/// touching boot.js: wasm instantiation (by module), IndexedDB opens and reads, the core ready
/// (`window.__JOL__` set), and the first content in the DOM and the frame after it.
function instrument(content) {
  if (!localStorage.getItem('jol.locale')) {
    localStorage.setItem('jol.locale', 'ky');
    localStorage.setItem('jol.origin', 'KG');
    localStorage.setItem('jol.destination', 'RU');
  }
  const bench = (window.__bench = { marks: {}, spans: [] });
  const now = () => performance.now();
  const mark = (name) => {
    if (!(name in bench.marks)) bench.marks[name] = now();
  };
  const moduleName = (url, size) =>
    /jol-web_bg/.test(url || '') || size > 1_500_000 ? 'core wasm' : /jol-ui_bg/.test(url || '') ? 'UI wasm' : 'wasm';
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async function (source, imports) {
    const start = now();
    const response = await source;
    const r = await streaming.call(this, response, imports);
    bench.spans.push({ name: `${moduleName(response.url)} instantiateStreaming`, start, end: now() });
    return r;
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (bytes, imports) {
    const start = now();
    const r = await instantiate.call(this, bytes, imports);
    const size = bytes && bytes.byteLength;
    if (size) bench.spans.push({ name: `${moduleName('', size)} instantiate (bytes)`, start, end: now() });
    return r;
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...a) {
    const start = now();
    const req = open.apply(this, a);
    req.addEventListener('success', () => bench.spans.push({ name: 'IndexedDB open', start, end: now() }));
    return req;
  };
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (key) {
    const start = now();
    const req = get.call(this, key);
    req.addEventListener('success', () => {
      const size = req.result && req.result.byteLength ? req.result.byteLength : 0;
      bench.spans.push({ name: `IndexedDB get ${key} (${size} bytes)`, start, end: now() });
    });
    return req;
  };
  Object.defineProperty(window, '__JOL__', {
    configurable: true,
    get: () => undefined,
    set(v) {
      mark('core ready (__JOL__ set)');
      // The UI's calls into the core until the first content: what the start waits on after both
      // modules are up.
      const call = v.call;
      v.call = (cmd, payload) => {
        if ('first content' in bench.marks) return call(cmd, payload);
        const start = now();
        const done = () => bench.spans.push({ name: `core call ${cmd}`, start, end: now(), cmd, payload });
        const p = call(cmd, payload);
        p.then(done, done);
        return p;
      };
      Object.defineProperty(window, '__JOL__', { value: v, writable: true, configurable: true });
    },
  });
  const check = () => {
    const a = document.querySelector(content);
    if (a && a.getClientRects().length > 0) {
      mark('first content in the DOM');
      observer.disconnect();
      requestAnimationFrame(() => mark('first content'));
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

async function launch(chromium) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jol-bench-profile-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const close = async () => {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/// The page's own view of its responses: from the network, the HTTP cache or the service worker.
function watchNetwork(cdp) {
  const seen = new Map();
  cdp.on('Network.requestWillBeSent', (e) => seen.set(e.requestId, { url: e.request.url }));
  cdp.on('Network.responseReceived', (e) => {
    const r = seen.get(e.requestId) || { url: e.response.url };
    r.fromDiskCache = e.response.fromDiskCache;
    r.fromServiceWorker = e.response.fromServiceWorker;
    r.encoding = (e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || 'identity');
    seen.set(e.requestId, r);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (r) r.encodedDataLength = e.encodedDataLength;
  });
  return seen;
}

async function waitFirstContent(page) {
  await page.waitForFunction(() => window.__bench && 'first content' in window.__bench.marks, {
    timeout: WAIT_MS,
    polling: 20,
  });
  return page.evaluate(() => window.__bench);
}

/// A first visit in a fresh profile, until the service worker controls the page and the core
/// answers `info` (it keeps the content in IndexedDB before it answers anything).
async function firstVisit(opts, url, proxy, rate) {
  const { browser, close } = await launch(opts.chromium);
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const seen = watchNetwork(cdp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(instrument, CONTENT);
  proxy.take();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: WAIT_MS });
  const bench = await waitFirstContent(page);
  await page.waitForFunction(() => !!window.__JOL__, { timeout: WAIT_MS });
  await page.evaluate(() => window.__JOL__.call('info', '{}'));
  await page.waitForFunction(
    () => navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated',
    { timeout: WAIT_MS, polling: 50 },
  );
  const ready = await page.evaluate(() => performance.now());
  await new Promise((r) => setTimeout(r, 1000)); // late requests (icons, manifest) still count
  const wire = proxy.take();
  const worker = browser.targets().find((t) => t.type() === 'service_worker');
  let swFetches = [];
  if (worker) {
    const w = await worker.worker();
    swFetches = await w.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        transferSize: e.transferSize,
        encodedBodySize: e.encodedBodySize,
      })),
    );
  }
  return { browser, page, cdp, close, bench, ready, wire, pageView: [...seen.values()], swFetches };
}

function printBytes(v, app) {
  console.log('\n== 1. First visit: bytes on the wire (fresh profile, counted at the server\'s socket)');
  console.log('   path | status | content-encoding | bytes sent (headers + body) | Accept-Encoding asked');
  const group = { UI: 0, 'core (+SQLite)': 0, dataset: 0, other: 0 };
  let total = 0;
  let projected = 0;
  const counts = new Map();
  for (const e of v.wire) {
    console.log(`   ${e.path} | ${e.status} | ${e.encoding} | ${e.bytes} | ${e.acceptEncoding || '-'}`);
    total += e.bytes;
    const p = e.path.split('?')[0];
    counts.set(p, (counts.get(p) || 0) + 1);
    const g = /jol-ui/.test(p) ? 'UI' : /jol-web|idb\.js/.test(p) ? 'core (+SQLite)' : /dataset-/.test(p) ? 'dataset' : 'other';
    group[g] += e.bytes;
    // What the same response would weigh as the .br file beside it (a projection, not a measurement).
    const file = path.join(app, p === '/' ? 'index.html' : decodeURIComponent(p.slice(1)));
    const body = fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : e.contentLength;
    projected += e.bytes - e.contentLength + body;
  }
  for (const [g, b] of Object.entries(group)) console.log(`   ${g}: ${kb(b)}`);
  console.log(`   TOTAL: ${mb(total)} in ${v.wire.length} responses vs goal ${mb(GOAL_BYTES)}: ${verdict(total <= GOAL_BYTES)}` +
    (total > GOAL_BYTES ? ` (over by ${kb(total - GOAL_BYTES)})` : ''));
  const twice = [...counts].filter(([, n]) => n > 1);
  console.log(`   downloaded more than once: ${twice.length ? twice.map(([p, n]) => `${p} ×${n}`).join(', ') : 'nothing'}`);
  const encodings = new Set(v.wire.map((e) => e.encoding));
  if (!encodings.has('br') && !encodings.has('gzip')) {
    console.log(`   (the server sent no precompressed file; had it sent each .br beside the file: ~${mb(projected)} — a projection from the files on disk, not measured)`);
  }
  const sw = v.swFetches;
  const cached = sw.filter((e) => e.transferSize === 0).length;
  console.log(`   service worker install: ${sw.length} fetches, ${cached} from the HTTP cache (transferSize 0), ` +
    `${sw.length - cached} over the network${sw.length - cached ? ': ' + sw.filter((e) => e.transferSize).map((e) => `${new URL(e.name).pathname} ${e.transferSize}`).join(', ') : ''}`);
  const pv = v.pageView.filter((r) => r.encodedDataLength !== undefined);
  const pageBytes = pv.reduce((s, r) => s + r.encodedDataLength, 0);
  console.log(`   the page's own view (CDP Network): ${pv.length} responses, ${kb(pageBytes)} encodedDataLength, ` +
    `${pv.filter((r) => r.fromDiskCache).length} from the disk cache, ${pv.filter((r) => r.fromServiceWorker).length} from the service worker`);
  return total;
}

function printPhases(bench) {
  const spans = [...bench.spans].sort((a, b) => a.start - b.start);
  const out = spans.map((s) => `${s.name} ${ms(s.start)}→${ms(s.end)} (${ms(s.end - s.start)})`);
  for (const [k, t] of Object.entries(bench.marks)) out.push(`${k} @${ms(t)}`);
  return out;
}

async function offlineReloads(v, rate, runs) {
  await v.cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    await v.page.reload({ waitUntil: 'domcontentloaded', timeout: WAIT_MS });
    last = await waitFirstContent(v.page);
    times.push(last.marks['first content']);
  }
  const med = median(times);
  const max = Math.max(...times);
  console.log(`   CPU ${rate}×: median ${ms(med)}, max ${ms(max)} over ${runs} reloads (all: ${times.map((t) => t.toFixed(0)).join(', ')} ms)` +
    (rate === 4 ? ` vs goal ${ms(GOAL_RELOAD_MS)}: ${verdict(max <= GOAL_RELOAD_MS)}` + (max > GOAL_RELOAD_MS ? ` (max over by ${ms(max - GOAL_RELOAD_MS)}; median ${med <= GOAL_RELOAD_MS ? 'within' : 'over by ' + ms(med - GOAL_RELOAD_MS)})` : '') : ''));
  console.log('     phases of the last reload (ms from navigation start):');
  for (const line of printPhases(last)) console.log(`       ${line}`);
  return { med, max };
}

/// The relevance set's queries (`[[q]]` tables of plain `key = "value"` lines; `expect` skipped).
function readQueries(file) {
  const qs = [];
  let q = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\[\[q\]\]/.test(line.trim())) qs.push((q = {}));
    const m = /^(query|locale|country) = "((?:[^"\\]|\\.)*)"/.exec(line.trim());
    if (q && m) q[m[1]] = JSON.parse(`"${m[2]}"`);
  }
  return qs.filter((x) => x.query && x.locale);
}

async function searchBench(v, rate, queries) {
  await v.cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const result = await v.page.evaluate(async (qs) => {
    let errors = 0;
    let hits = 0;
    const run = async (q) => {
      const payload = JSON.stringify({ query: q.query, locale: q.locale, country: q.country || null, limit: 8 });
      const t = performance.now();
      let reply = null;
      try {
        reply = await window.__JOL__.call('search', payload);
      } catch {
        errors += 1;
      }
      const took = performance.now() - t;
      if (reply) hits += JSON.parse(reply).hits.length;
      return took;
    };
    for (const q of qs) await run(q); // warm-up: the first pass pays for lazy statements and caches
    errors = 0;
    hits = 0;
    const times = [];
    for (const q of qs) times.push({ locale: q.locale, ms: await run(q) });
    return { times, errors, hits };
  }, queries);
  console.log(`   CPU ${rate}×: ${result.errors} of ${queries.length} calls failed; ${result.hits} hits in all (limit 8 each, as the UI asks)`);
  const all = result.times.map((r) => r.ms);
  const p95 = quantile(all, 0.95);
  console.log(`   CPU ${rate}×: ${all.length} queries: p50 ${all.length ? quantile(all, 0.5).toFixed(2) : '-'} ms, ` +
    `p95 ${p95.toFixed(2)} ms, max ${Math.max(...all).toFixed(2)} ms vs goal p95 ≤ ${GOAL_SEARCH_MS} ms: ${verdict(p95 <= GOAL_SEARCH_MS)}` +
    (p95 > GOAL_SEARCH_MS ? ` (over by ${(p95 - GOAL_SEARCH_MS).toFixed(2)} ms)` : ''));
  const byLocale = {};
  for (const r of result.times) (byLocale[r.locale] ||= []).push(r.ms);
  console.log('     p95 by locale: ' + Object.entries(byLocale).map(([l, xs]) => `${l} ${quantile(xs, 0.95).toFixed(2)} ms (${xs.length})`).join(', '));
}

/// The core's calls that the start made, replayed one at a time: started together, they all
/// resolve together (the core answers them in one batch), which hides which one the start waits on.
async function replayStartCalls(v, rate) {
  await v.cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const calls = (await v.page.evaluate(() => window.__bench.spans))
    .filter((s) => s.cmd)
    .map((s) => ({ cmd: s.cmd, payload: s.payload }));
  const times = await v.page.evaluate(async (cs) => {
    const out = [];
    for (const c of cs) {
      const best = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await window.__JOL__.call(c.cmd, c.payload).catch(() => {});
        best.push(performance.now() - t);
      }
      out.push(`${c.cmd} ${Math.min(...best).toFixed(1)} ms`);
    }
    return out;
  }, calls);
  console.log(`   CPU ${rate}×, each of the start's core calls alone (best of 3): ${times.join(', ')}`);
}

async function main() {
  const opts = args();
  const queries = readQueries(opts.queries);
  const chromeVersion = (await import('node:child_process')).execFileSync(opts.chromium, ['--version']).toString().trim();
  console.log(`Jol offline web app bench: ${opts.app} served by ${opts.jol} serve --app, ${chromeVersion} headless, ` +
    `${os.cpus().length} CPU(s) (${os.cpus()[0].model}), load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, ${new Date().toISOString()}`);
  const server = await startServer(opts.jol, opts.app);
  const proxy = await countingProxy(server.port);
  const url = `http://127.0.0.1:${proxy.port}/`;
  let visit;
  try {
    const throttled = await firstVisit(opts, url, proxy, 4);
    const throttledBytes = throttled.wire.reduce((s, e) => s + e.bytes, 0);
    const throttledFirst = throttled.bench.marks['first content'];
    await throttled.close();
    visit = await firstVisit(opts, url, proxy, 1);
    printBytes(visit, opts.app);
    console.log(`   (the 4× throttled first visit sent ${mb(throttledBytes)})`);
    console.log('\n== First visit: time to first content (information; fresh profile, loopback network)');
    console.log(`   CPU 1×: ${ms(visit.bench.marks['first content'])}; service worker controlling and core answering at ${ms(visit.ready)}`);
    console.log(`   CPU 4×: ${ms(throttledFirst)}`);
    console.log(`     phases (CPU 1×): ${printPhases(visit.bench).join('; ')}`);

    // Offline: the server and the proxy are gone, and the page is told it is offline.
    await proxy.stop();
    server.stop();
    await visit.cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    console.log(`\n== 2. Offline reload: navigation start → first content (${CONTENT} in the DOM, next frame); server stopped`);
    await offlineReloads(visit, 1, opts.runs);
    await offlineReloads(visit, 4, opts.runs);
    await replayStartCalls(visit, 1);
    await replayStartCalls(visit, 4);

    console.log(`\n== 3. Search inside the page: __JOL__.call('search'), performance.now() in the page, ` +
      `the relevance set's queries (${opts.queries}), one warm-up pass then one timed pass`);
    await searchBench(visit, 1, queries);
    await searchBench(visit, 4, queries);
  } finally {
    if (visit) await visit.close();
    await proxy.stop().catch(() => {});
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
