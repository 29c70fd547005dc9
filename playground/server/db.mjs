// SQLite through node-sqlite3-wasm: WebAssembly, a real file on disk, nothing to compile on install.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import sqlite from 'node-sqlite3-wasm'

const { Database } = sqlite

// Column names follow escalated-laravel's migrations, so rows serialize to the contract's snake_case fields.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  is_agent INTEGER NOT NULL DEFAULT 0,
  is_admin INTEGER NOT NULL DEFAULT 0,
  agent_type TEXT NOT NULL DEFAULT 'full',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS departments (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  description TEXT,
  is_active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  color TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sla_policies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  priority TEXT NOT NULL,
  first_response_hours INTEGER NOT NULL,
  resolution_hours INTEGER NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tickets (
  id INTEGER PRIMARY KEY,
  reference TEXT UNIQUE,
  requester_type TEXT,
  requester_id INTEGER REFERENCES users(id),
  guest_name TEXT,
  guest_email TEXT,
  guest_token TEXT UNIQUE,
  assigned_to INTEGER REFERENCES users(id),
  subject TEXT NOT NULL,
  description TEXT NOT NULL,
  status TEXT NOT NULL,
  priority TEXT NOT NULL,
  channel TEXT NOT NULL,
  department_id INTEGER REFERENCES departments(id),
  sla_policy_id INTEGER REFERENCES sla_policies(id),
  first_response_at TEXT,
  first_response_due_at TEXT,
  resolution_due_at TEXT,
  sla_first_response_breached INTEGER NOT NULL DEFAULT 0,
  sla_resolution_breached INTEGER NOT NULL DEFAULT 0,
  resolved_at TEXT,
  closed_at TEXT,
  metadata TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  ticket_type TEXT NOT NULL DEFAULT 'question',
  snoozed_until TEXT,
  snoozed_by INTEGER REFERENCES users(id),
  status_before_snooze TEXT,
  chat_ended_at TEXT,
  chat_metadata TEXT,
  contact_id INTEGER
);
CREATE INDEX IF NOT EXISTS tickets_requester ON tickets (requester_id);
CREATE INDEX IF NOT EXISTS tickets_guest_email ON tickets (guest_email, created_at);
CREATE TABLE IF NOT EXISTS ticket_tag (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (ticket_id, tag_id)
);
CREATE TABLE IF NOT EXISTS replies (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  author_type TEXT,
  author_id INTEGER REFERENCES users(id),
  body TEXT NOT NULL,
  is_internal_note INTEGER NOT NULL DEFAULT 0,
  is_pinned INTEGER NOT NULL DEFAULT 0,
  type TEXT NOT NULL DEFAULT 'reply',
  metadata TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX IF NOT EXISTS replies_ticket ON replies (ticket_id, created_at);
CREATE TABLE IF NOT EXISTS attachments (
  id INTEGER PRIMARY KEY,
  attachable_type TEXT NOT NULL,
  attachable_id INTEGER NOT NULL,
  filename TEXT NOT NULL,
  original_filename TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  disk TEXT NOT NULL DEFAULT 'local',
  path TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attachments_owner ON attachments (attachable_type, attachable_id);
CREATE TABLE IF NOT EXISTS activities (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  causer_type TEXT,
  causer_id INTEGER REFERENCES users(id),
  type TEXT NOT NULL,
  properties TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activities_ticket ON activities (ticket_id, created_at);
CREATE TABLE IF NOT EXISTS satisfaction_ratings (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id) ON DELETE CASCADE,
  rating INTEGER NOT NULL,
  comment TEXT,
  rated_by_type TEXT,
  rated_by_id INTEGER,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ticket_followers (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (ticket_id, user_id)
);
CREATE TABLE IF NOT EXISTS canned_responses (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  category TEXT,
  created_by INTEGER REFERENCES users(id),
  is_shared INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS macros (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  actions TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  is_shared INTEGER NOT NULL DEFAULT 1,
  "order" INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kb_categories (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES kb_categories(id),
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  description TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kb_articles (
  id INTEGER PRIMARY KEY,
  category_id INTEGER REFERENCES kb_categories(id),
  title TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  excerpt TEXT,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'published',
  view_count INTEGER NOT NULL DEFAULT 0,
  helpful_count INTEGER NOT NULL DEFAULT 0,
  not_helpful_count INTEGER NOT NULL DEFAULT 0,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kb_feedback (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id),
  helpful INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS saved_views (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  filters TEXT NOT NULL,
  is_shared INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS presence (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (ticket_id, user_id)
);
CREATE TABLE IF NOT EXISTS guest_access_tokens (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  token TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
  ticket_reference TEXT,
  action TEXT,
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  user_name TEXT,
  payload TEXT,
  created_at TEXT NOT NULL
);
`

/** @typedef {string | number | bigint | null | boolean | undefined | Uint8Array} SqlValue */
/** @typedef {SqlValue[] | Record<string, SqlValue> | SqlValue} SqlParams */
/** @typedef {Record<string, unknown>} Row */

/**
 * The database handle the routes use: plain rows in, plain rows out.
 * @typedef {object} Db
 * @property {(sql: string, params?: SqlParams) => Row[]} all
 * @property {(sql: string, params?: SqlParams) => Row | undefined} get
 * @property {(sql: string, params?: SqlParams) => { changes: number, lastInsertRowid: number }} run
 * @property {(sql: string) => void} exec
 * @property {<T>(fn: () => T) => T} transaction
 * @property {() => void} reset
 * @property {() => boolean} isEmpty
 * @property {() => void} close
 */

// SQLite has no boolean type and the binding rejects JS booleans: store them as 0/1.
/** @param {SqlValue} value */
const toSql = (value) =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined ? null : value

/** @param {SqlParams | undefined} params */
function bind(params) {
  if (params === undefined) return undefined
  if (Array.isArray(params)) return params.map(toSql)
  if (params !== null && typeof params === 'object' && !(params instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toSql(v)]))
  }
  return toSql(/** @type {SqlValue} */ (params))
}

/**
 * Opens (creating if needed) the database file and makes sure the schema exists.
 * @param {string} file a path, or ':memory:'
 * @returns {Db}
 */
export function openDatabase(file) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const raw = new Database(file)
  raw.exec('PRAGMA foreign_keys = ON')
  raw.exec(SCHEMA)

  // Prepared statements are reused per SQL text: preparing is most of the cost of a small query in WASM.
  /** @type {Map<string, import('node-sqlite3-wasm').Statement>} */
  const statements = new Map()
  /** @param {string} sql */
  const statement = (sql) => {
    let prepared = statements.get(sql)
    if (!prepared) {
      prepared = raw.prepare(sql)
      statements.set(sql, prepared)
    }
    return prepared
  }
  const finalizeAll = () => {
    for (const prepared of statements.values()) prepared.finalize()
    statements.clear()
  }

  /** @type {Db} */
  const db = {
    all: (sql, params) => statement(sql).all(bind(params)),
    // Read to the end so the statement is reset and holds no cursor open (a pending one blocks DROP TABLE).
    get: (sql, params) => statement(sql).all(bind(params))[0],
    run: (sql, params) => {
      const info = statement(sql).run(bind(params))
      return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) }
    },
    exec: (sql) => raw.exec(sql),
    transaction(fn) {
      if (raw.inTransaction) return fn()
      raw.exec('BEGIN')
      try {
        const result = fn()
        raw.exec('COMMIT')
        return result
      } catch (error) {
        raw.exec('ROLLBACK')
        throw error
      }
    },
    reset() {
      finalizeAll()
      const tables = raw.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      raw.exec('PRAGMA foreign_keys = OFF')
      for (const { name } of tables) raw.exec(`DROP TABLE IF EXISTS "${String(name)}"`)
      raw.exec('PRAGMA foreign_keys = ON')
      raw.exec(SCHEMA)
    },
    isEmpty: () => Number(raw.get('SELECT COUNT(*) AS n FROM users')?.n ?? 0) === 0,
    close: () => {
      finalizeAll()
      raw.close()
    },
  }
  return db
}
