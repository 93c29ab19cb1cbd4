/**
 * User fact packs: import (from untrusted JSON text), list, switch on/off, delete, export,
 * and switching single concepts off (also in the bundled packs, which cannot be deleted).
 *
 * Import is safe by construction, in this order, and writes nothing unless every step
 * passes:
 * 1. size: more than 50 MB (UTF-8) is refused before anything is parsed;
 * 2. nesting: a scan of the text refuses nesting deeper than 64 levels before JSON.parse
 *    (a pack needs 6; deep nesting is only ever an attack on parsers and walkers);
 * 3. JSON.parse; a syntax error is reported with the parser's message;
 * 4. keys `__proto__`, `constructor` and `prototype` anywhere are refused with their paths
 *    (JSON.parse makes them plain own properties, but code that later copies objects with
 *    assignment could turn them into prototype writes — so they never get that far);
 * 5. the zod schema and cross-references (validatePack: https-only URLs, slug ids,
 *    duplicate ids, dangling references, one note per target);
 * 6. policy: a bundled pack's id is refused; an installed user pack is replaced only by a
 *    newer version (or with `replace`); a fact id another installed pack holds is refused
 *    (checked inside the write's transaction);
 * 7. one read-write transaction writes the rows, the pack record and the pack's notes, then
 *    (with `check`, as the background does) compiles the lexicon of every enabled pack as it
 *    now reads; a pack the engine cannot use is refused and the transaction undone.
 */
import type { LensDatabase, PackRecord } from './db';
import type { Concept, FactPack, Note } from './schema';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './schema';
import { conceptKey, disabledConceptKeys, packPrecedence, PackInstallError, removePack, writePack } from './store';
import { SETTING_DISABLED_CONCEPTS } from './db';
import type { PackProblem } from './validate';
import { capProblems, parsePackJson } from './pack-json';


export interface PackSummary extends PackRecord {
  /** Bundled packs cannot be deleted (their concepts can be switched off). */
  deletable: boolean;
  /** 1 = wins a concept id over every other enabled pack (see data/README.md, "Conflicts"). */
  precedence: number | null;
}

export type ImportResult =
  | { ok: true; outcome: 'installed' | 'updated'; previousVersion?: string; notes: number; pack: PackSummary }
  | { ok: false; problems: PackProblem[] };

export interface ImportOptions {
  /** Install even when the same or a newer version of this user pack is installed. */
  replace?: boolean;
  /** Ids of the packs that ship with the extension (refused even if not in the database). */
  bundledIds?: readonly string[];
  /**
   * Runs before the import commits, on the database as it will be (see WriteOptions.beforeCommit);
   * a throw refuses the pack with its message and writes nothing.
   */
  check?: () => Promise<void>;
}

/** Fact ids of the pack that another installed pack (bundled or user, on or off) already holds. */
class FactIdClashError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'FactIdClashError';
  }
}

/**
 * A fact id is one fact on every page: verdicts, cards, exports and notes (`fact:<id>`) name
 * facts by id alone. So a user pack may not reuse the id of another installed pack's fact
 * (its own earlier version excepted).
 */
async function factIdClashes(db: LensDatabase, pack: FactPack): Promise<PackProblem[]> {
  const at = new Map(pack.facts.map((f, i) => [f.id, i]));
  // Keys only ([packId, id]): cheaper than looking up each of a large pack's ids.
  const keys = (await db.facts.toCollection().primaryKeys()) as unknown as [string, string][];
  const byId = new Map<string, string>();
  for (const [packId, id] of keys) if (packId !== pack.id && at.has(id) && !byId.has(id)) byId.set(id, packId);
  return [...byId]
    .map(([id, packId]) => ({ i: at.get(id)!, id, packId }))
    .sort((a, b) => a.i - b.i)
    .map(({ i, id, packId }) => ({
      path: `facts[${i}].id`,
      message: `the fact id "${id}" is already used by the installed pack "${packId}"; give this fact another id`,
    }));
}

/** A pack refused by `ImportOptions.check`: the pack is valid, but cannot be used. */
export class PackUnusableError extends Error {
  constructor(cause: unknown) {
    super(`The pack could not be used, so nothing was installed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PackUnusableError';
  }
}

function summary(record: PackRecord, precedence: number | null): PackSummary {
  return {
    id: record.id,
    version: record.version,
    origin: record.origin,
    title: record.title,
    ...(record.description ? { description: record.description } : {}),
    ...(record.updated ? { updated: record.updated } : {}),
    enabled: record.enabled,
    installedAt: record.installedAt,
    counts: record.counts,
    deletable: record.origin === 'user',
    precedence,
  };
}

async function precedenceOf(db: LensDatabase): Promise<Map<string, number>> {
  const enabled = (await db.packs.toArray()).filter((p) => p.enabled).sort(packPrecedence);
  return new Map(enabled.map((p, i) => [p.id, i + 1]));
}

/**
 * Import a user pack from JSON text. Nothing is written unless the whole pack is valid and
 * allowed; then everything is written in one transaction.
 */
export async function importPack(db: LensDatabase, jsonText: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parsePackJson(jsonText);
  if (!parsed.ok) return parsed;
  const pack = parsed.pack;
  try {
    const check = opts.check;
    const beforeCommit = async () => {
      const clashes = await factIdClashes(db, pack);
      if (clashes.length) throw new FactIdClashError(clashes);
      try {
        await check?.();
      } catch (err) {
        throw new PackUnusableError(err);
      }
    };
    const written = await writePack(db, pack, { origin: 'user', replace: opts.replace, reservedIds: opts.bundledIds, beforeCommit });
    const rank = await precedenceOf(db);
    return {
      ok: true,
      outcome: written.outcome === 'updated' ? 'updated' : 'installed',
      ...(written.previousVersion ? { previousVersion: written.previousVersion } : {}),
      notes: pack.notes.length,
      pack: summary(written.record, rank.get(pack.id) ?? null),
    };
  } catch (err) {
    if (err instanceof PackInstallError) return { ok: false, problems: [{ path: err.reason === 'not-newer' ? 'version' : 'id', message: err.message }] };
    if (err instanceof PackUnusableError) return { ok: false, problems: [{ path: '', message: err.message }] };
    if (err instanceof FactIdClashError) return { ok: false, problems: capProblems(err.problems) };
    return { ok: false, problems: [{ path: '', message: `The pack could not be saved: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

/** Every installed pack: bundled first (in install order), then user packs, newest first. */
export async function listPacks(db: LensDatabase): Promise<PackSummary[]> {
  const [packs, rank] = await Promise.all([db.packs.toArray(), precedenceOf(db)]);
  packs.sort((a, b) => (a.origin !== b.origin ? (a.origin === 'bundled' ? -1 : 1) : a.origin === 'bundled' ? a.installedAt.localeCompare(b.installedAt) : b.installedAt.localeCompare(a.installedAt)));
  return packs.map((p) => summary(p, rank.get(p.id) ?? null));
}

async function mustGet(db: LensDatabase, id: string): Promise<PackRecord> {
  const pack = await db.packs.get(id);
  if (!pack) throw new Error(`No pack "${id}" is installed.`);
  return pack;
}

/** Switch a whole pack on or off (bundled packs too). */
export async function setPackEnabled(db: LensDatabase, id: string, enabled: boolean): Promise<PackSummary> {
  await db.transaction('rw', db.packs, async () => {
    await mustGet(db, id);
    await db.packs.update(id, { enabled });
  });
  const rank = await precedenceOf(db);
  return summary(await mustGet(db, id), rank.get(id) ?? null);
}

/** Delete a user pack with its rows and the notes that came with it; bundled packs are refused. */
export async function deletePack(db: LensDatabase, id: string): Promise<void> {
  const pack = await mustGet(db, id);
  if (pack.origin === 'bundled') {
    throw new Error(`The pack "${id}" ships with the extension and cannot be deleted; switch it off, or switch off some of its concepts, instead.`);
  }
  await removePack(db, id);
}

const noPack = <T extends { packId: string }>(row: T): Omit<T, 'packId'> => {
  const { packId: _p, ...rest } = row;
  return rest;
};

/**
 * The pack as FactPack JSON text (pretty, UTF-8), with the notes on its concepts and facts
 * (the user's own and those that came with packs): notes travel with exported packs.
 * The result imports again with importPack (with a raised version, or `replace`).
 */
export async function exportPack(db: LensDatabase, id: string): Promise<string> {
  const pack = await db.transaction('r', [db.packs, db.sources, db.concepts, db.facts, db.series, db.notes], async () => {
    const record = await mustGet(db, id);
    const [sources, conceptRows, factRows, series, noteRows] = await Promise.all([
      db.sources.where('packId').equals(id).toArray(),
      db.concepts.where('packId').equals(id).toArray(),
      db.facts.where('packId').equals(id).toArray(),
      db.series.where('packId').equals(id).toArray(),
      db.notes.toArray(),
    ]);
    const targets = new Set([...conceptRows.map((c) => `concept:${c.id}`), ...factRows.map((f) => `fact:${f.id}`)]);
    const notes: Note[] = noteRows
      .filter((n) => targets.has(n.targetKey))
      .sort((a, b) => a.targetKey.localeCompare(b.targetKey))
      .map((n) => ({ target: { type: n.target.type, id: n.target.id }, text: n.text, ...(n.updatedAt ? { updatedAt: n.updatedAt } : {}) }));
    return {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      id: record.id,
      version: record.version,
      title: record.title,
      ...(record.description ? { description: record.description } : {}),
      ...(record.updated ? { updated: record.updated } : {}),
      sources: sources.map(noPack),
      concepts: conceptRows.map((c) => {
        const { termKeys: _t, ...rest } = noPack(c);
        return rest;
      }),
      facts: factRows.map(noPack),
      series: series.map(noPack),
      notes,
    };
  });
  return JSON.stringify(pack, null, 2) + '\n';
}

export interface ConceptSwitch {
  id: string;
  kind: Concept['kind'];
  label: { nl: string; en: string };
  pillar?: number;
  enabled: boolean;
}

/** The concepts of one pack with their on/off state, by English label. */
export async function listConcepts(db: LensDatabase, packId: string): Promise<ConceptSwitch[]> {
  await mustGet(db, packId);
  const [rows, disabled] = await Promise.all([db.concepts.where('packId').equals(packId).toArray(), disabledConceptKeys(db)]);
  return rows
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      label: c.label,
      ...(c.pillar ? { pillar: c.pillar } : {}),
      enabled: !disabled.has(conceptKey(packId, c.id)),
    }))
    .sort((a, b) => a.label.en.localeCompare(b.label.en));
}

/**
 * Switch one concept of one pack off (or on again). Stored as a `packId/conceptId` key in
 * the settings table; the snapshot then keeps the concept without terms (see query.ts).
 */
export async function setConceptEnabled(db: LensDatabase, packId: string, conceptId: string, enabled: boolean): Promise<ConceptSwitch> {
  return db.transaction('rw', [db.packs, db.concepts, db.settings], async () => {
    await mustGet(db, packId);
    const row = await db.concepts.get([packId, conceptId]);
    if (!row) throw new Error(`The pack "${packId}" has no concept "${conceptId}".`);
    const keys = await disabledConceptKeys(db);
    const key = conceptKey(packId, conceptId);
    if (enabled) keys.delete(key);
    else keys.add(key);
    await db.settings.put({ key: SETTING_DISABLED_CONCEPTS, value: [...keys].sort() });
    return { id: row.id, kind: row.kind, label: row.label, ...(row.pillar ? { pillar: row.pillar } : {}), enabled };
  });
}
