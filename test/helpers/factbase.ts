/**
 * Shared by the fact-base tests (not part of the extension bundle: only *.test.ts import it).
 */
import mini from '../fixtures/packs/mini-pack.json';
import type { LensDatabase } from '../../lib/factbase/db';

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/**
 * The id of the mini pack's one fact in `userPack(packId)`: a fact id names one fact on every
 * page, so an import may not reuse the id of another installed pack's fact.
 */
export const userFactId = (packId = 'my-pack') => `${packId}.resettled-2018`;

/** The mini test pack turned into a user pack with its own id (and fact id), optionally with notes. */
export function userPack(id = 'my-pack', version = '1.0.0', extra: Record<string, unknown> = {}): Record<string, any> {
  const pack = { ...clone(mini), id, version, title: { nl: `Pakket ${id}`, en: `Pack ${id}` }, ...extra } as Record<string, any>;
  pack.facts = pack.facts.map((f: { id: string }) => ({ ...f, id: userFactId(id) }));
  return pack;
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
