/**
 * Writing packs into the database and reading them back. Every write of a pack happens in
 * one read-write transaction over all pack tables: either the whole pack is there, or
 * nothing changed.
 */
import type { FactPack } from './schema';
import { compareVersions } from './validate';
import { termKey, type ConceptRow, type FactRow, type LensDatabase, type PackOrigin, type PackRecord } from './db';

export type InstallOutcome = 'installed' | 'updated' | 'unchanged';

const PACK_TABLES = ['sources', 'concepts', 'facts', 'series'] as const;

function packTables(db: LensDatabase) {
  return [db.packs, db.sources, db.concepts, db.facts, db.series];
}

async function replaceRows(db: LensDatabase, pack: FactPack): Promise<void> {
  for (const table of PACK_TABLES) await db[table].where('packId').equals(pack.id).delete();
  const packId = pack.id;
  await db.sources.bulkAdd(pack.sources.map((s) => ({ ...s, packId })));
  await db.concepts.bulkAdd(
    pack.concepts.map((c) => ({
      ...c,
      packId,
      termKeys: [...new Set([...c.terms.nl, ...c.terms.en, c.label.nl, c.label.en].map(termKey))],
    })),
  );
  await db.facts.bulkAdd(pack.facts.map((f) => ({ ...f, packId })));
  await db.series.bulkAdd(pack.series.map((s) => ({ ...s, packId })));
}

function packRecord(pack: FactPack, origin: PackOrigin, enabled: boolean): PackRecord {
  return {
    id: pack.id,
    version: pack.version,
    origin,
    title: pack.title,
    description: pack.description,
    updated: pack.updated,
    enabled,
    installedAt: new Date().toISOString(),
    counts: {
      sources: pack.sources.length,
      concepts: pack.concepts.length,
      facts: pack.facts.length,
      series: pack.series.length,
    },
  };
}

/**
 * Install a pack that ships with the extension (on install and on update). A newer
 * bundled version replaces the older one; the same or an older version is left alone.
 * Packs a user imported are never touched, and the user's on/off choice is kept.
 */
export async function installBundledPack(db: LensDatabase, pack: FactPack): Promise<InstallOutcome> {
  return db.transaction('rw', packTables(db), async () => {
    const existing = await db.packs.get(pack.id);
    if (existing && existing.origin !== 'bundled') {
      throw new Error(`A user pack with id "${pack.id}" is installed; the bundled pack cannot replace it.`);
    }
    if (existing && compareVersions(existing.version, pack.version) >= 0) return 'unchanged';
    await replaceRows(db, pack);
    await db.packs.put(packRecord(pack, 'bundled', existing?.enabled ?? true));
    return existing ? 'updated' : 'installed';
  });
}

/** Packs in the order their concepts take precedence (see conflict rule in README). */
export async function enabledPacks(db: LensDatabase): Promise<PackRecord[]> {
  const packs = await db.packs.toArray();
  return packs.filter((p) => p.enabled).sort(packPrecedence);
}

/**
 * Conflict rule for the same concept id in two packs: a user pack wins over a bundled
 * one (a user imported it on purpose), and among user packs the most recently installed
 * wins. Facts never conflict: they are cited separately, each with its own source.
 */
export function packPrecedence(a: PackRecord, b: PackRecord): number {
  if (a.origin !== b.origin) return a.origin === 'user' ? -1 : 1;
  return b.installedAt.localeCompare(a.installedAt);
}

export type { ConceptRow, FactRow };
