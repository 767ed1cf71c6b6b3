// IndexedDB as a store of byte strings by key: the browser host keeps its SQLite databases here
// (content.db, user.db) and its small state (sync-state). One object store, no schema of its own:
// what is in the bytes is SQLite's business.
const NAME = 'jol';
const STORE = 'files';

let opened;

function db() {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

// The bytes under `key`, or null.
export async function idb_get(key) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const req = d.transaction(STORE, 'readonly').objectStore(STORE).get(key);
    req.onsuccess = () => resolve(req.result == null ? null : new Uint8Array(req.result));
    req.onerror = () => reject(req.error);
  });
}

// Stores `bytes` under `key`; resolves only once the transaction is committed, so "saved" means
// saved. The bytes are copied first: they are a view into the wasm memory.
export async function idb_put(key, bytes) {
  const copy = bytes.slice().buffer;
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(STORE, 'readwrite', { durability: 'strict' });
    tx.objectStore(STORE).put(copy, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('aborted'));
  });
}
