/**
 * Writing packs into the database and reading them back. Every write of a pack happens in
 * one read-write transaction over all pack tables: either the whole pack is there, or
 * nothing changed.
 *
 * Bundled packs (installed by the background on install/update) and user packs (imported
 * in options, lib/factbase/user-packs.ts) share one write path, `writePack`; they differ
 * only in the policy for an already-installed pack with the same id.
 */
import type { FactPack } from './schema';
import { compareVersions } from './validate';
import {
  SETTING_DISABLED_CONCEPTS,
  termKey,
  type ConceptRow,
  type FactRow,
  type LensDatabase,
  type PackOrigin,
  type PackRecord,
} from './db';

export type InstallOutcome = 'installed' | 'updated' | 'unchanged';

const PACK_TABLES = ['sources', 'concepts', 'facts', 'series'] as const;

/** A pack write refused by policy (not by validation); the message is meant for the user. */
export class PackInstallError extends Error {
  constructor(
    message: string,
    readonly reason: 'bundled-id' | 'user-id' | 'not-newer',
  ) {
    super(message);
    this.name = 'PackInstallError';
  }
}

/** The tables a pack write touches; notes come with packs. */
export function packTables(db: LensDatabase) {
  return [db.packs, db.sources, db.concepts, db.facts, db.series, db.notes];
}

/** Delete every row of a pack (sources, concepts, facts, series) and the notes that came with it. */
async function deleteRows(db: LensDatabase, packId: string): Promise<void> {
  for (const table of PACK_TABLES) await db[table].where('packId').equals(packId).delete();
  // Notes are few; packId is not indexed (no schema change for it), so filter.
  await db.notes.filter((n) => n.packId === packId).delete();
}

async function replaceRows(db: LensDatabase, pack: FactPack): Promise<void> {
  await deleteRows(db, pack.id);
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
  // A pack's notes are written where the user has no note on that target yet: a note the
  // user wrote (or one from another pack) is never overwritten by an import.
  if (pack.notes.length) {
    const taken = new Set((await db.notes.toArray()).map((n) => n.targetKey));
    const now = new Date().toISOString();
    const rows = [];
    for (const n of pack.notes) {
      const targetKey = `${n.target.type}:${n.target.id}`;
      if (taken.has(targetKey)) continue;
      taken.add(targetKey);
      rows.push({ target: { ...n.target }, text: n.text, updatedAt: n.updatedAt ?? now, targetKey, packId });
    }
    await db.notes.bulkAdd(rows);
  }
}

function packRecord(pack: FactPack, origin: PackOrigin, enabled: boolean, installedAt: string): PackRecord {
  return {
    id: pack.id,
    version: pack.version,
    origin,
    title: pack.title,
    description: pack.description,
    updated: pack.updated,
    enabled,
    installedAt,
    counts: {
      sources: pack.sources.length,
      concepts: pack.concepts.length,
      facts: pack.facts.length,
      series: pack.series.length,
    },
    // Few and small: kept on the pack's record rather than in a table of their own.
    ...(pack.facets.length ? { facets: pack.facets } : {}),
  };
}

/**
 * A timestamp later than every installed pack's, so "most recently installed" (the
 * conflict rule) is never a tie, even for two imports in the same millisecond.
 */
async function nextInstalledAt(db: LensDatabase): Promise<string> {
  let t = Date.now();
  for (const p of await db.packs.toArray()) {
    const at = Date.parse(p.installedAt);
    if (Number.isFinite(at) && at >= t) t = at + 1;
  }
  return new Date(t).toISOString();
}

export interface WriteOptions {
  origin: PackOrigin;
  /** User packs: install even when the same or a newer version is installed. */
  replace?: boolean;
  /** User packs: ids that belong to bundled packs even when not (yet) in the database. */
  reservedIds?: readonly string[];
  /**
   * Runs inside the transaction once everything is written (the database then reads as it
   * would after the commit); throwing undoes the whole write. For checks that need the merged
   * result, such as compiling the lexicon of every enabled pack.
   */
  beforeCommit?: () => Promise<void>;
}

export interface WriteResult {
  outcome: InstallOutcome;
  record: PackRecord;
  previousVersion?: string;
}

/**
 * The one write path for packs, in one read-write transaction (all rows, the pack record
 * and the pack's notes, or nothing). Policy:
 * - bundled: a newer version replaces the installed one, the same or an older one is left
 *   alone ('unchanged'); a user pack with the same id is an error; the user's on/off choice
 *   is kept.
 * - user: an id of a bundled pack is refused; a newer version replaces the installed user
 *   pack; the same or an older version is refused unless `replace`; an import enables the pack.
 */
export async function writePack(db: LensDatabase, pack: FactPack, opts: WriteOptions): Promise<WriteResult> {
  // A check before the commit reads the whole fact base, switched-off concepts included.
  const tables = opts.beforeCommit ? [...packTables(db), db.settings] : packTables(db);
  return db.transaction('rw', tables, async () => {
    const existing = await db.packs.get(pack.id);
    if (opts.origin === 'bundled') {
      if (existing && existing.origin !== 'bundled') {
        throw new PackInstallError(`A user pack with id "${pack.id}" is installed; the bundled pack cannot replace it.`, 'user-id');
      }
      if (existing && compareVersions(existing.version, pack.version) >= 0) return { outcome: 'unchanged', record: existing };
    } else {
      if (existing?.origin === 'bundled' || opts.reservedIds?.includes(pack.id)) {
        throw new PackInstallError(
          `"${pack.id}" is the id of a pack that ships with the extension; give your pack another id.`,
          'bundled-id',
        );
      }
      if (existing && !opts.replace && compareVersions(pack.version, existing.version) <= 0) {
        throw new PackInstallError(
          `Pack "${pack.id}" is already installed in version ${existing.version}; this file has version ${pack.version}. ` +
            `Raise the version in the file to update it, or choose "replace" to install this version anyway.`,
          'not-newer',
        );
      }
    }
    await replaceRows(db, pack);
    const enabled = opts.origin === 'bundled' ? (existing?.enabled ?? true) : true;
    const record = packRecord(pack, opts.origin, enabled, await nextInstalledAt(db));
    await db.packs.put(record);
    await opts.beforeCommit?.();
    return { outcome: existing ? 'updated' : 'installed', record, previousVersion: existing?.version };
  });
}

/**
 * Install a pack that ships with the extension (on install and on update). A newer
 * bundled version replaces the older one; the same or an older version is left alone.
 * Packs a user imported are never touched, and the user's on/off choice is kept.
 */
export async function installBundledPack(db: LensDatabase, pack: FactPack): Promise<InstallOutcome> {
  return (await writePack(db, pack, { origin: 'bundled' })).outcome;
}

/**
 * Remove a pack with all its rows, the notes that came with it (unless the user edited
 * them) and its switched-off concepts, in one transaction. Policy checks are the caller's.
 */
export async function removePack(db: LensDatabase, packId: string): Promise<void> {
  await db.transaction('rw', [...packTables(db), db.settings], async () => {
    await deleteRows(db, packId);
    await db.packs.delete(packId);
    const disabled = await disabledConceptKeys(db);
    const kept = [...disabled].filter((k) => !k.startsWith(`${packId}/`));
    if (kept.length !== disabled.size) await db.settings.put({ key: SETTING_DISABLED_CONCEPTS, value: kept });
  });
}

/** Packs in the order their concepts take precedence (see "Conflicts" in data/README.md). */
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

/** `packId/conceptId`: ids are slugs without "/", so the key is unambiguous. */
export function conceptKey(packId: string, conceptId: string): string {
  return `${packId}/${conceptId}`;
}

/** The concepts the user switched off, as `packId/conceptId` keys. */
export async function disabledConceptKeys(db: LensDatabase): Promise<Set<string>> {
  const row = await db.settings.get(SETTING_DISABLED_CONCEPTS);
  const value = row?.value;
  return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
}

export type { ConceptRow, FactRow };
