/** Small key/value settings of the sandbox itself (the clock override, the seed fingerprint). */
import type { Db } from './database'

export function getSetting(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM sandbox_settings WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value ?? null
}

/** Sets a setting; null removes it. */
export function setSetting(db: Db, key: string, value: string | null): void {
  if (value === null) {
    db.prepare('DELETE FROM sandbox_settings WHERE key = ?').run(key)
    return
  }
  db.prepare(
    'INSERT INTO sandbox_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value)
}
