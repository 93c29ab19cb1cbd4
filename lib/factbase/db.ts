/**
 * The IndexedDB database, through Dexie. It lives in the extension's origin: only the
 * background service worker and extension pages open it (a content script's IndexedDB
 * would belong to the page).
 *
 * Each pack's sources, concepts, facts and series are stored as rows keyed by
 * [packId+id], so a pack can be replaced or deleted as a whole without touching others.
 * Schema changes get a new `this.version(n)` with an upgrade function; earlier versions
 * stay declared so every installed database can be upgraded (see db-upgrade.test.ts,
 * which lists every historical schema and upgrades from each).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Concept, Facet, Fact, Note, Series, Source } from './schema';

export type PackOrigin = 'bundled' | 'user';

export interface PackRecord {
  id: string;
  version: string;
  origin: PackOrigin;
  title: { nl: string; en: string };
  description?: { nl: string; en: string };
  updated?: string;
  enabled: boolean;
  installedAt: string;
  counts: { sources: number; concepts: number; facts: number; series: number };
  /** The pack's counting-rule and publisher words (FactPack.facets); not indexed. */
  facets?: Facet[];
}

type Row<T> = T & { packId: string };
export type SourceRow = Row<Source>;
/** `termKeys`: lower-cased, diacritic-free surface forms, for lookup by term. */
export type ConceptRow = Row<Concept> & { termKeys: string[] };
export type FactRow = Row<Fact>;
export type SeriesRow = Row<Series>;
export interface NoteRow extends Note {
  key?: number;
  /** `concept:<id>` or `fact:<id>` (see notes.ts `noteKey`); one note per target. */
  targetKey: string;
  /**
   * Set when the note came in with a pack (import or bundled install) and was not edited
   * since: replacing or deleting that pack replaces or removes it. A note the user wrote or
   * edited has no packId and is never touched by pack operations. Not indexed.
   */
  packId?: string;
}
export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'migration-lens';

/** Keys of the `settings` table used by the fact base. */
export const SETTING_DISABLED_CONCEPTS = 'disabledConcepts';

export class LensDatabase extends Dexie {
  packs!: Table<PackRecord, string>;
  sources!: Table<SourceRow, [string, string]>;
  concepts!: Table<ConceptRow, [string, string]>;
  facts!: Table<FactRow, [string, string]>;
  series!: Table<SeriesRow, [string, string]>;
  notes!: Table<NoteRow, number>;
  settings!: Table<SettingRow, string>;

  /** `options` lets tests hand in another IndexedDB (or a broken one). */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      packs: 'id, origin',
      sources: '[packId+id], packId',
      concepts: '[packId+id], packId, id, *termKeys',
      facts: '[packId+id], packId, id, concept, series',
      series: '[packId+id], packId',
      notes: '++key, targetKey',
      settings: 'key',
    });
  }
}

/** Key under which lookups by surface term are stored and queried. */
export function termKey(term: string): string {
  return term
    .replace(/\*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
