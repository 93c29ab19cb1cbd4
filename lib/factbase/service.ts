/**
 * The background's fact-base service: opens the database, installs the bundled packs,
 * answers queries, and hands content scripts a snapshot with the lexicon compiled once per
 * fact-base version. Falls back to the bundled packs in memory when IndexedDB fails.
 *
 * Over 300 lines because it answers every fact-base message (one short handler each, in
 * `handlers`) beside the snapshot it serves; the work itself lives in query.ts, user-packs.ts,
 * notes.ts and store.ts.
 */
import { newestPerMeasure, type NewestFigure } from './freshness';
import type { Handlers, RequestType } from '../messaging/messages';

export type FactBaseRequest = Extract<
  RequestType,
  | 'getSnapshot'
  | 'getConcept'
  | 'findConceptsByTerm'
  | 'getFact'
  | 'getFactsOfConcept'
  | 'getStatus'
  | 'importPack'
  | 'listPacks'
  | 'setPackEnabled'
  | 'deletePack'
  | 'exportPack'
  | 'listConcepts'
  | 'setConceptEnabled'
  | 'setNote'
  | 'getNotes'
  | 'getOrphanedNotes'
>;
import { compileLexicon, type CompiledLexicon } from '../recognise/recognise';
import { LensDatabase, termKey } from './db';
import { snapshotFromPacks } from './memory';
import { withBundledRefines } from './bundled';
import { FactBaseQuery, type FactBaseSnapshot } from './query';
import type { FactPack } from './schema';
import { installBundledPack } from './store';
import { allNotes, notesFor, orphanedNotes, setNote } from './notes';
import {
  deletePack,
  exportPack,
  importPack,
  listConcepts,
  listPacks,
  setConceptEnabled,
  setPackEnabled,
  type PackSummary,
} from './user-packs';

/** What changed, for listeners that push the new snapshot to open tabs. */
export interface FactBaseChange {
  kind: 'packs' | 'concepts' | 'notes';
}

export interface StatusReport {
  database: 'ok' | 'unavailable';
  databaseError?: string;
  packs: { id: string; version: string; origin: 'bundled' | 'user'; title: { nl: string; en: string }; enabled: boolean; counts: Record<string, number> }[];
  /** The newest period the enabled packs hold a figure for, per main measure. */
  newest: NewestFigure[];
}

export interface SnapshotReply {
  snapshot: FactBaseSnapshot;
  lexicon: CompiledLexicon;
}

/**
 * The most a tab may be sent (the snapshot and compiled lexicon, as JSON characters): ten times
 * what the bundled packs make (about 0.8 MB). Every annotated tab holds it in its memory and
 * searches it; an import that would pass it is refused (a 20,000-fact pack makes ~12 MB).
 */
export const TAB_BUDGET_CHARS = 8 * 1024 * 1024;
const BUNDLED_REPLY_CHARS = 800_000;
const mb = (chars: number) => (chars / (1024 * 1024)).toFixed(1);

/**
 * What a page gets: the snapshot without the concepts' surface forms (a page matches with the
 * compiled lexicon and never shows the raw forms).
 */
function forPages(full: SnapshotReply): SnapshotReply {
  const concepts = full.snapshot.concepts.map((c) => ({ ...c, terms: { nl: [], en: [] } }));
  return { snapshot: { ...full.snapshot, concepts }, lexicon: full.lexicon };
}

export interface ServiceOptions {
  /** The lexicon of a snapshot (tests put an engine failure here). */
  compile?: (snapshot: FactBaseSnapshot) => CompiledLexicon;
  /** The most a tab may be sent, in JSON characters (TAB_BUDGET_CHARS; tests use less). */
  tabBudgetChars?: number;
}

export class FactBaseService {
  private db: LensDatabase | null = null;
  private dbError: string | undefined;
  private cache: SnapshotReply | null = null;
  private pageCache: SnapshotReply | null = null;
  private readonly listeners = new Set<(change: FactBaseChange) => void>();
  readonly ready: Promise<void>;

  private readonly compile: (snapshot: FactBaseSnapshot) => CompiledLexicon;
  private readonly tabBudget: number;

  constructor(
    private readonly bundled: () => FactPack[],
    openDatabase: () => LensDatabase = () => new LensDatabase(),
    options: ServiceOptions = {},
  ) {
    this.compile = options.compile ?? ((snapshot) => compileLexicon(withBundledRefines(snapshot)));
    this.tabBudget = options.tabBudgetChars ?? TAB_BUDGET_CHARS;
    this.ready = this.init(openDatabase);
  }

  private async init(openDatabase: () => LensDatabase): Promise<void> {
    const packs = this.bundled();
    try {
      const db = openDatabase();
      await db.open();
      for (const pack of packs) await installBundledPack(db, pack);
      this.db = db;
    } catch (err) {
      this.db = null;
      this.dbError = err instanceof Error ? err.message : String(err);
    }
  }

  /** Forget the compiled snapshot (after a pack was added, removed or switched). */
  invalidate(): void {
    this.cache = null;
  }

  /**
   * Call `listener` after every change to packs, switched-off concepts or notes (after the
   * write committed and the cache was dropped), e.g. to send open tabs the new snapshot.
   * Returns a function that removes the listener. A listener that throws does not stop others.
   */
  onChange(listener: (change: FactBaseChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After a write: drop the compiled snapshot (or take `fresh`, compiled from the new state), then tell listeners. */
  private changed(kind: FactBaseChange['kind'], fresh: SnapshotReply | null = null): void {
    this.cache = fresh;
    for (const l of [...this.listeners]) {
      try {
        l({ kind });
      } catch {
        // A broken listener must not turn a successful write into an error.
      }
    }
  }

  /** The database for a write, or a clear refusal when only the in-memory fallback runs. */
  private async writable(what: string): Promise<LensDatabase> {
    await this.ready;
    if (this.db) return this.db;
    const reason = this.dbError?.split('\n')[0].trim().replace(/\.+$/, '');
    throw new Error(
      `Cannot ${what}: the extension's database is not available in this browser profile ` +
        `(for example in a private window). The bundled fact packs are used from memory, and nothing can be saved.` +
        (reason ? ` (Database error: ${reason}.)` : ''),
    );
  }

  private memoryPacks(): PackSummary[] {
    return this.bundled().map((p, i) => ({
      id: p.id, version: p.version, origin: 'bundled', title: p.title,
      ...(p.description ? { description: p.description } : {}),
      ...(p.updated ? { updated: p.updated } : {}),
      enabled: true, installedAt: '', deletable: false, precedence: i + 1,
      counts: { sources: p.sources.length, concepts: p.concepts.length, facts: p.facts.length, series: p.series.length },
    }));
  }

  async snapshot(): Promise<SnapshotReply> {
    await this.ready;
    const snapshot = this.db ? await new FactBaseQuery(this.db).snapshot() : snapshotFromPacks(this.bundled());
    if (this.cache?.snapshot.version === snapshot.version) return this.cache;
    this.cache = { snapshot, lexicon: this.compile(snapshot) };
    return this.cache;
  }

  /**
   * What a page gets: the snapshot without the concepts' surface forms (a page matches with
   * the compiled lexicon and never shows the raw forms), so every annotated page holds a
   * little less. Built once per snapshot version.
   */
  async pageSnapshot(): Promise<SnapshotReply> {
    const full = await this.snapshot();
    if (this.pageCache?.snapshot.version !== full.snapshot.version) this.pageCache = forPages(full);
    return this.pageCache;
  }

  async status(): Promise<StatusReport> {
    await this.ready;
    const newest = newestPerMeasure((await this.snapshot()).snapshot);
    if (!this.db) {
      return {
        database: 'unavailable',
        databaseError: this.dbError,
        newest,
        packs: this.bundled().map((p) => ({
          id: p.id, version: p.version, origin: 'bundled', title: p.title, enabled: true,
          counts: { sources: p.sources.length, concepts: p.concepts.length, facts: p.facts.length, series: p.series.length },
        })),
      };
    }
    const packs = await this.db.packs.toArray();
    return { database: 'ok', newest, packs: packs.map(({ id, version, origin, title, enabled, counts }) => ({ id, version, origin, title, enabled, counts })) };
  }

  private async query<T>(fn: (q: FactBaseQuery, snap: FactBaseSnapshot) => Promise<T> | T): Promise<T> {
    await this.ready;
    if (this.db) return fn(new FactBaseQuery(this.db), null as never);
    return fn(null as never, (await this.snapshot()).snapshot);
  }

  /** Answers for the fact-base messages; the background adds settings and sites. One entry per message, so as long as the message list. */
  handlers(): Pick<Handlers<unknown>, FactBaseRequest> {
    return {
      getSnapshot: async (req) => {
        const reply = await this.pageSnapshot();
        // A content script that already holds this version needs nothing new.
        return req.knownVersion === reply.snapshot.version ? { unchanged: true, version: reply.snapshot.version } : reply;
      },
      getConcept: (req) => this.query((q, s) => (q ? q.conceptById(req.id) : s.concepts.find((c) => c.id === req.id))),
      findConceptsByTerm: (req) =>
        this.query((q, s) => {
          if (q) return q.conceptsByTerm(req.term);
          // The same keys the database indexes: surface forms and labels, case and accents folded.
          const key = termKey(req.term);
          return s.concepts.filter((c) => [...c.terms.nl, ...c.terms.en, c.label.nl, c.label.en].some((t) => termKey(t) === key));
        }),
      getFact: (req) => this.query((q, s) => (q ? q.factById(req.id) : s.facts.find((f) => f.id === req.id))),
      getFactsOfConcept: (req) => this.query((q, s) => (q ? q.factsOfConcept(req.id) : s.facts.filter((f) => f.concept === req.id))),
      getStatus: () => this.status(),

      // Packs. importPack answers { ok: true, outcome, pack } or { ok: false, problems }
      // (a refused pack is an answer, not an error); the others throw on a refusal.
      importPack: async (req) => {
        const db = await this.writable('import a fact pack');
        // Every page's lexicon is compiled from the merged packs: compile it before the import
        // commits, so a pack the engine cannot use is refused instead of breaking every page.
        // The result is what pages get next.
        let compiled: SnapshotReply | null = null;
        const check = async () => {
          const snapshot = await new FactBaseQuery(db).snapshot();
          compiled = { snapshot, lexicon: this.compile(snapshot) };
          // And every annotated tab receives that: keep it within a budget.
          const size = JSON.stringify(forPages(compiled)).length;
          if (size > this.tabBudget) {
            throw new Error(
              `with it, every annotated tab would receive ${mb(size)} MB of fact base, and at most ${mb(this.tabBudget)} MB is allowed ` +
                `(the bundled packs are about ${mb(BUNDLED_REPLY_CHARS)} MB). Leave out facts, or split the pack and switch on the parts you need.`,
            );
          }
        };
        const result = await importPack(db, req.json, { replace: req.replace, bundledIds: this.bundled().map((p) => p.id), check });
        if (result.ok) this.changed('packs', compiled);
        return result;
      },
      listPacks: async () => {
        await this.ready;
        return this.db ? listPacks(this.db) : this.memoryPacks();
      },
      setPackEnabled: async (req) => {
        const result = await setPackEnabled(await this.writable('switch a pack on or off'), req.id, req.enabled);
        this.changed('packs');
        return result;
      },
      deletePack: async (req) => {
        await deletePack(await this.writable('delete a pack'), req.id);
        this.changed('packs');
        return { deleted: req.id };
      },
      exportPack: async (req) => {
        await this.ready;
        if (this.db) return exportPack(this.db, req.id);
        const pack = this.bundled().find((p) => p.id === req.id);
        if (!pack) throw new Error(`No pack "${req.id}" is installed.`);
        return JSON.stringify(pack, null, 2) + '\n';
      },
      listConcepts: async (req) => {
        await this.ready;
        if (this.db) return listConcepts(this.db, req.packId);
        const pack = this.bundled().find((p) => p.id === req.packId);
        if (!pack) throw new Error(`No pack "${req.packId}" is installed.`);
        return pack.concepts
          .map((c) => ({ id: c.id, kind: c.kind, label: c.label, ...(c.pillar ? { pillar: c.pillar } : {}), enabled: true }))
          .sort((a, b) => a.label.en.localeCompare(b.label.en));
      },
      setConceptEnabled: async (req) => {
        const result = await setConceptEnabled(await this.writable('switch a concept on or off'), req.packId, req.conceptId, req.enabled);
        this.changed('concepts');
        return result;
      },

      // Notes: setNote answers the stored note, or null when empty text deleted it.
      setNote: async (req) => {
        const note = await setNote(await this.writable('save a note'), req.target, req.text);
        this.changed('notes');
        return note;
      },
      getNotes: async (req) => {
        await this.ready;
        if (!this.db) {
          const notes = (await this.snapshot()).snapshot.notes;
          return req.target ? notes.filter((n) => n.target.type === req.target!.type && n.target.id === req.target!.id) : notes;
        }
        return req.target ? notesFor(this.db, req.target) : allNotes(this.db);
      },
      // In memory only notes that ship inside packs exist, and they are on their own pack's ids.
      getOrphanedNotes: async () => {
        await this.ready;
        return this.db ? orphanedNotes(this.db) : [];
      },
    };
  }
}
