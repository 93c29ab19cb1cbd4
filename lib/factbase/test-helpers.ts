/**
 * Shared by the fact-base tests (not part of the extension bundle: only *.test.ts import it).
 */
import mini from '../../test/fixtures/packs/mini-pack.json';
import type { LensDatabase } from './db';

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** The mini test pack turned into a user pack with its own id, optionally with notes. */
export function userPack(id = 'my-pack', version = '1.0.0', extra: Record<string, unknown> = {}): Record<string, any> {
  return { ...clone(mini), id, version, title: { nl: `Pakket ${id}`, en: `Pack ${id}` }, ...extra };
}

/** Every row of every table, in a stable order: to assert that nothing changed. */
export async function dumpDatabase(db: LensDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Row counts per table. */
export async function countRows(db: LensDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}
