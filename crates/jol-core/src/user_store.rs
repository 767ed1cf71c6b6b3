//! The user's own data: settings, bookmarks, checklist ticks and trips.
//!
//! [`UserData`] is what the API needs of it; [`UserStore`] keeps it in SQLite on a connection the
//! host opens (the native host: `user.db` in the data directory, its own file so that content
//! updates, which replace the content database whole, can never touch it; a browser host may keep
//! it elsewhere).

use jol_types::api::{SavedTrip, Settings};
use rusqlite::{params, Connection, OptionalExtension};

use crate::content_store::StoreError;

/// The user's data, as the API reads and writes it.
pub trait UserData: Send {
    fn settings(&self) -> Result<Settings, StoreError>;
    /// Stores the settings that are set; absent ones are left as they were.
    fn set_settings(&mut self, s: &Settings) -> Result<Settings, StoreError>;
    /// When content updates were last checked (seconds since 1970), so "every few hours" counts
    /// across restarts.
    fn last_update_check(&self) -> Result<Option<i64>, StoreError>;
    fn set_last_update_check(&mut self, at: i64) -> Result<(), StoreError>;
    fn add_bookmark(&mut self, item_id: &str, at: i64) -> Result<(), StoreError>;
    fn remove_bookmark(&mut self, item_id: &str) -> Result<(), StoreError>;
    /// Saved item ids, oldest first.
    fn bookmarks(&self) -> Result<Vec<String>, StoreError>;
    fn set_tick(
        &mut self,
        item_id: &str,
        question_id: &str,
        done: bool,
        at: i64,
    ) -> Result<(), StoreError>;
    /// `(question_id, done)` of a checklist, by question id.
    fn ticks(&self, item_id: &str) -> Result<Vec<(String, bool)>, StoreError>;
    /// The trips to a destination (a country code), in the user's order.
    fn trips(&self, destination: &str) -> Result<Vec<SavedTrip>, StoreError>;
    /// Replaces the trips to a destination, in one transaction.
    fn set_trips(&mut self, destination: &str, trips: &[SavedTrip]) -> Result<(), StoreError>;
}

/// Each entry upgrades the schema by one version; `PRAGMA user_version` records how many ran.
/// Never edit a released entry: add a new one.
const MIGRATIONS: &[&str] = &["
    CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE bookmark (item_id TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
    CREATE TABLE checklist_tick (
        item_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (item_id, question_id)
    );
    CREATE TABLE trip (
        id INTEGER PRIMARY KEY,
        destination TEXT NOT NULL,
        entered_on TEXT NOT NULL,
        left_on TEXT
    );
"];

/// [`UserData`] in SQLite.
pub struct UserStore {
    conn: Connection,
}

impl UserStore {
    /// Checks the database on `conn` and migrates it to the current schema. An error means the
    /// database cannot be used (the native host then moves the file aside and starts afresh).
    pub fn from_connection(mut conn: Connection) -> Result<UserStore, StoreError> {
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| StoreError::Damaged(e.to_string()))?;
        if check != "ok" {
            return Err(StoreError::Damaged(check));
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        Ok(UserStore { conn })
    }

    /// A fresh store in memory (tests, and a host that keeps nothing).
    pub fn in_memory() -> Result<UserStore, StoreError> {
        UserStore::from_connection(Connection::open_in_memory()?)
    }

    /// A store read from the bytes of its database file (a browser keeps them in IndexedDB),
    /// checked and migrated like a file.
    pub fn from_bytes(bytes: &[u8]) -> Result<UserStore, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), false)?;
        UserStore::from_connection(conn)
    }

    /// The database file's bytes, for a host that keeps them somewhere other than a file.
    pub fn to_bytes(&mut self) -> Result<Vec<u8>, StoreError> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    /// How many rows were changed since the store was opened: a host that must persist the
    /// store itself compares it before and after a call.
    pub fn total_changes(&self) -> u64 {
        self.conn.total_changes()
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }
}

impl UserData for UserStore {
    fn settings(&self) -> Result<Settings, StoreError> {
        let get = |k: &str| -> Result<Option<String>, rusqlite::Error> {
            self.conn
                .query_row("SELECT value FROM setting WHERE key = ?1", [k], |r| {
                    r.get(0)
                })
                .optional()
        };
        Ok(Settings {
            locale: get("locale")?.and_then(|v| v.parse().ok()),
            origin: get("origin")?.map(|c| jol_types::Country::new(&c)),
            destination: get("destination")?.map(|c| jol_types::Country::new(&c)),
            // Written by this code only, so an unreadable value means "not set", not an error.
            update_sources: get("update_sources")?.and_then(|v| serde_json::from_str(&v).ok()),
            auto_update: get("auto_update")?.map(|v| v == "1"),
            update_every_hours: get("update_every_hours")?.and_then(|v| v.parse().ok()),
        })
    }

    /// In one transaction.
    fn set_settings(&mut self, s: &Settings) -> Result<Settings, StoreError> {
        let tx = self.conn.transaction()?;
        {
            let mut put =
                tx.prepare("INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)")?;
            if let Some(l) = s.locale {
                put.execute(params!["locale", l.tag()])?;
            }
            if let Some(c) = &s.origin {
                put.execute(params!["origin", c.code()])?;
            }
            if let Some(c) = &s.destination {
                put.execute(params!["destination", c.code()])?;
            }
            if let Some(sources) = &s.update_sources {
                let json = serde_json::to_string(sources)
                    .map_err(|e| StoreError::Damaged(e.to_string()))?;
                put.execute(params!["update_sources", json])?;
            }
            if let Some(on) = s.auto_update {
                put.execute(params!["auto_update", if on { "1" } else { "0" }])?;
            }
            if let Some(h) = s.update_every_hours {
                put.execute(params!["update_every_hours", h.to_string()])?;
            }
        }
        tx.commit()?;
        self.settings()
    }

    fn last_update_check(&self) -> Result<Option<i64>, StoreError> {
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = 'update_last_check'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(v.and_then(|v| v.parse().ok()))
    }

    fn set_last_update_check(&mut self, at: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('update_last_check', ?1)",
            params![at.to_string()],
        )?;
        Ok(())
    }

    fn add_bookmark(&mut self, item_id: &str, at: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO bookmark (item_id, created_at) VALUES (?1, ?2)",
            params![item_id, at],
        )?;
        Ok(())
    }

    fn remove_bookmark(&mut self, item_id: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM bookmark WHERE item_id = ?1", params![item_id])?;
        Ok(())
    }

    fn bookmarks(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT item_id FROM bookmark ORDER BY created_at, rowid")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn set_tick(
        &mut self,
        item_id: &str,
        question_id: &str,
        done: bool,
        at: i64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO checklist_tick (item_id, question_id, done, updated_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![item_id, question_id, done, at],
        )?;
        Ok(())
    }

    fn ticks(&self, item_id: &str) -> Result<Vec<(String, bool)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT question_id, done FROM checklist_tick WHERE item_id = ?1 ORDER BY question_id",
        )?;
        let rows = stmt.query_map([item_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn trips(&self, destination: &str) -> Result<Vec<SavedTrip>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT entered_on, left_on FROM trip WHERE destination = ?1 ORDER BY id")?;
        let rows = stmt.query_map([destination], |r| {
            Ok(SavedTrip {
                entry: r.get(0)?,
                exit: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn set_trips(&mut self, destination: &str, trips: &[SavedTrip]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM trip WHERE destination = ?1", [destination])?;
        {
            let mut put = tx.prepare(
                "INSERT INTO trip (destination, entered_on, left_on) VALUES (?1, ?2, ?3)",
            )?;
            for t in trips {
                put.execute(params![destination, t.entry, t.exit])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current as usize > MIGRATIONS.len() {
        return Err(StoreError::Damaged(format!(
            "user database schema {current} is newer than this app knows ({})",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
