/**
 * The background's fact-base service: opens the database, installs the bundled packs,
 * answers queries, and gives the background's page work (lib/background/page-work.ts) the
 * snapshot with the lexicon compiled once per fact-base version. Falls back to the bundled
 * packs in memory when IndexedDB fails.
 *
 * Over 300 lines because it is the one owner of the database connection: every read and write
 * the extension asks for is one short method here (the work lives in query.ts, user-packs.ts,
 * notes.ts and store.ts), beside the compiled snapshot it keeps and the session copy of it.
 */
import { newestPerMeasure } from '../factbase/freshness';
import type { StatusReport } from '../factbase/status';
import { compileLexicon, type CompiledLexicon } from '../recognise/recognise';
import { LensDatabase, termKey } from '../factbase/db';
import { snapshotFromPacks } from '../factbase/memory';
import { withBundledRefines } from '../factbase/bundled-meta';
import { FactBaseQuery, type FactBaseSnapshot } from '../factbase/query';
import type { Concept, Fact, FactPack, Note } from '../factbase/schema';
import { installBundledPack } from '../factbase/store';
import { compareVersions, PackValidationError } from '../factbase/validate';
import { lazyPromise } from '../util/memo';
import { allNotes, notesFor, orphanedNotes, setNote, type NoteTarget } from '../factbase/notes';
import {
  deletePack,
  exportPack,
  importPack,
  listConcepts,
  listPacks,
  setConceptEnabled,
  setPackEnabled,
  type ConceptSwitch,
  type ImportResult,
  type PackSummary,
} from '../factbase/user-packs';

/** What changed, for listeners that push the new snapshot to open tabs. */
export interface FactBaseChange {
  kind: 'packs' | 'concepts' | 'notes';
}

export interface SnapshotReply {
  snapshot: FactBaseSnapshot;
  lexicon: CompiledLexicon;
}

/**
 * The most the background may hold ready for pages (the snapshot and compiled lexicon, as JSON
 * characters): ten times what the bundled packs make (about 0.8 MB). The background compiles it
 * on every start (a Chrome service worker starts often) and searches it for every page; an
 * import that would pass it is refused (a 20,000-fact pack makes ~12 MB).
 */
export const WORKING_SET_BUDGET_CHARS = 8 * 1024 * 1024;
const BUNDLED_REPLY_CHARS = 800_000;
const mb = (chars: number) => (chars / (1024 * 1024)).toFixed(1);

/**
 * What pages are read with: the snapshot without the concepts' surface forms (pages are
 * matched with the compiled lexicon, which holds them).
 */
function forPages(full: SnapshotReply): SnapshotReply {
  const concepts = full.snapshot.concepts.map((c) => ({ ...c, terms: { nl: [], en: [] } }));
  return { snapshot: { ...full.snapshot, concepts }, lexicon: full.lexicon };
}

/**
 * Where the compiled fact base outlives the background between wake-ups: Chrome stops an idle
 * service worker, and compiling the packs again took most of a woken worker's first paint.
 * (`browser.storage.session`: kept for the browser session, never written to disk, emptied when
 * the extension is updated or reloaded — so it never outlives the packs it was compiled from.)
 */
export interface SessionCache {
  /**
   * The kept lexicon, with the version of the snapshot it was compiled from. Kept apart from the
   * snapshot: it is all a woken background needs to read the page that woke it, and alone (and
   * packed, 0.4 MB) it reaches a woken worker in ~20 ms, where lexicon and snapshot together
   * (2.4 MB) took ~0.1 s.
   */
  loadLexicon(): Promise<ReadingLexicon | undefined>;
  loadSnapshot(): Promise<FactBaseSnapshot | undefined>;
  /** Keep this reply, or forget the kept one (`undefined`). */
  save(reply: SnapshotReply | undefined): Promise<void>;
}

/** The lexicon pages are read with, and the version of the fact base it was compiled from. */
export interface ReadingLexicon {
  version: string;
  lexicon: CompiledLexicon;
}

export interface ServiceOptions {
  /** Keeps the compiled fact base across background restarts (see SessionCache). */
  session?: SessionCache;
  /** The lexicon of a snapshot (tests put an engine failure here). */
  compile?: (snapshot: FactBaseSnapshot) => CompiledLexicon;
  /** The most the background may hold ready for pages, in JSON characters (WORKING_SET_BUDGET_CHARS; tests use less). */
  workingSetBudgetChars?: number;
  /**
   * The bundled packs' ids and versions, read without validating the packs: a start whose
   * database already holds them (every start but the first after an install or update) skips
   * validating them.
   */
  bundledVersions?: () => { id: string; version: string }[];
}

export class FactBaseService {
  private db: LensDatabase | null = null;
  private dbError: string | undefined;
  private cache: SnapshotReply | null = null;
  private readonly listeners = new Set<(change: FactBaseChange) => void>();
  readonly ready: Promise<void>;

  private readonly compile: (snapshot: FactBaseSnapshot) => CompiledLexicon;
  private readonly session: SessionCache | undefined;
  /** The session's reply, read once per start (as the service starts); trusted until this service changes something. */
  private fromSession: { lexicon: Promise<ReadingLexicon | undefined>; snapshot: () => Promise<FactBaseSnapshot | undefined> } | null = null;
  private readonly workingSetBudget: number;
  private readonly bundledVersions: ServiceOptions['bundledVersions'];
  /** The bundled packs, validated, loaded once when first needed (a failure is tried again next time). */
  private readonly packs = lazyPromise(async () => this.bundled());

  constructor(
    private readonly bundled: () => FactPack[] | Promise<FactPack[]>,
    openDatabase: () => LensDatabase = () => new LensDatabase(),
    options: ServiceOptions = {},
  ) {
    this.compile = options.compile ?? ((snapshot) => compileLexicon(withBundledRefines(snapshot)));
    this.workingSetBudget = options.workingSetBudgetChars ?? WORKING_SET_BUDGET_CHARS;
    this.session = options.session;
    this.bundledVersions = options.bundledVersions;
    // The lexicon at once: a background woken by a page's request reads that page with it alone.
    // The snapshot when first asked for (a card, the list): parsing it would delay the first page.
    const session = this.session;
    if (session) {
      const lexicon = session.loadLexicon().catch(() => undefined);
      this.fromSession = { lexicon, snapshot: lazyPromise(() => session.loadSnapshot().catch(() => undefined)) };
    }
    this.ready = this.init(openDatabase);
  }

  private async init(openDatabase: () => LensDatabase): Promise<void> {
    try {
      const db = openDatabase();
      await db.open();
      // Validating the bundled packs takes a woken worker ~0.1 s: only when one must be written.
      if (!(await this.bundledInstalled(db))) for (const pack of await this.packs()) await installBundledPack(db, pack);
      this.db = db;
    } catch (err) {
      // A bundled pack that does not validate is a broken build, not a missing database.
      if (err instanceof PackValidationError) throw err;
      this.db = null;
      this.dbError = err instanceof Error ? err.message : String(err);
    }
  }

  /** Whether the database holds every bundled pack in its version or a newer one (false when the versions are not known). */
  private async bundledInstalled(db: LensDatabase): Promise<boolean> {
    const versions = this.bundledVersions?.();
    if (!versions) return false;
    const installed = await db.packs.bulkGet(versions.map((v) => v.id));
    return versions.every((v, i) => {
      const record = installed[i];
      return record?.origin === 'bundled' && compareVersions(record.version, v.version) >= 0;
    });
  }

  /** Forget the compiled snapshot (after a pack was added, removed or switched). */
  invalidate(): void {
    this.cache = null;
    this.forgetSession();
  }

  /** After a change the kept reply is stale: only the database says what holds now. */
  private forgetSession(fresh?: SnapshotReply): void {
    this.fromSession = null;
    this.session?.save(fresh).catch(() => undefined);
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
    this.forgetSession(fresh ?? undefined);
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

  private async memoryPacks(): Promise<PackSummary[]> {
    return (await this.packs()).map((p, i) => ({
      id: p.id, version: p.version, origin: 'bundled', title: p.title,
      ...(p.description ? { description: p.description } : {}),
      ...(p.updated ? { updated: p.updated } : {}),
      enabled: true, installedAt: '', deletable: false, precedence: i + 1,
      counts: { sources: p.sources.length, concepts: p.concepts.length, facts: p.facts.length, series: p.series.length },
    }));
  }

  /** What pages are read with: from the session's reply as soon as that arrives, else compiled. */
  async lexicon(): Promise<ReadingLexicon> {
    const kept = this.fromSession && (await this.fromSession.lexicon);
    if (kept) return kept;
    const { snapshot, lexicon } = await this.snapshot();
    return { version: snapshot.version, lexicon };
  }

  async snapshot(): Promise<SnapshotReply> {
    // A woken background answers from the session's reply, before its database is even open:
    // every write goes through this service, which forgets that reply when it writes.
    if (this.fromSession) {
      const [kept, snapshot] = await Promise.all([this.fromSession.lexicon, this.fromSession.snapshot()]);
      if (kept && snapshot?.version === kept.version) return { snapshot, lexicon: kept.lexicon };
    }
    await this.ready;
    const snapshot = this.db ? await new FactBaseQuery(this.db).snapshot() : snapshotFromPacks(await this.packs());
    if (this.cache?.snapshot.version === snapshot.version) return this.cache;
    this.cache = { snapshot, lexicon: this.compile(snapshot) };
    this.session?.save(this.cache).catch(() => undefined);
    return this.cache;
  }

  async status(): Promise<StatusReport> {
    await this.ready;
    const newest = newestPerMeasure((await this.snapshot()).snapshot);
    if (!this.db) {
      return {
        database: 'unavailable',
        databaseError: this.dbError,
        newest,
        packs: (await this.packs()).map((p) => ({
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

  /** The concept with this id, from the highest-precedence enabled pack. */
  conceptById(id: string): Promise<(Concept & { packId: string }) | undefined> {
    return this.query((q, s) => (q ? q.conceptById(id) : s.concepts.find((c) => c.id === id)));
  }

  /** Concepts one of whose surface forms or labels is this term (case and accents folded). */
  conceptsByTerm(term: string): Promise<(Concept & { packId: string })[]> {
    return this.query((q, s) => {
      if (q) return q.conceptsByTerm(term);
      // The same keys the database indexes: surface forms and labels, case and accents folded.
      const key = termKey(term);
      return s.concepts.filter((c) => [...c.terms.nl, ...c.terms.en, c.label.nl, c.label.en].some((t) => termKey(t) === key));
    });
  }

  factById(id: string): Promise<(Fact & { packId: string }) | undefined> {
    return this.query((q, s) => (q ? q.factById(id) : s.facts.find((f) => f.id === id)));
  }

  factsOfConcept(id: string): Promise<(Fact & { packId: string })[]> {
    return this.query((q, s) => (q ? q.factsOfConcept(id) : s.facts.filter((f) => f.concept === id)));
  }

  /**
   * Import a user pack from the JSON text of a file; `replace` installs an equal or older
   * version. Answers { ok: true, outcome, pack } or { ok: false, problems }: a refused pack is
   * an answer, not an error.
   */
  async importPack(json: string, replace?: boolean): Promise<ImportResult> {
    const db = await this.writable('import a fact pack');
    // Every page's lexicon is compiled from the merged packs: compile it before the import
    // commits, so a pack the engine cannot use is refused instead of breaking every page.
    // The result is what pages get next.
    let compiled: SnapshotReply | null = null;
    const check = async () => {
      const snapshot = await new FactBaseQuery(db).snapshot();
      compiled = { snapshot, lexicon: this.compile(snapshot) };
      // And the background holds that ready for every page: keep it within a budget.
      const size = JSON.stringify(forPages(compiled)).length;
      if (size > this.workingSetBudget) {
        throw new Error(
          `with it, the fact base kept ready for every page would be ${mb(size)} MB, and at most ${mb(this.workingSetBudget)} MB is allowed ` +
            `(the bundled packs are about ${mb(BUNDLED_REPLY_CHARS)} MB). Leave out facts, or split the pack and switch on the parts you need.`,
        );
      }
    };
    const result = await importPack(db, json, { replace, bundledIds: this.bundledVersions?.().map((v) => v.id) ?? (await this.packs()).map((p) => p.id), check });
    if (result.ok) this.changed('packs', compiled);
    return result;
  }

  async listPacks(): Promise<PackSummary[]> {
    await this.ready;
    return this.db ? listPacks(this.db) : this.memoryPacks();
  }

  async setPackEnabled(id: string, enabled: boolean): Promise<PackSummary> {
    const result = await setPackEnabled(await this.writable('switch a pack on or off'), id, enabled);
    this.changed('packs');
    return result;
  }

  async deletePack(id: string): Promise<void> {
    await deletePack(await this.writable('delete a pack'), id);
    this.changed('packs');
  }

  /** The pack (with its notes) as FactPack JSON text, for download. */
  async exportPack(id: string): Promise<string> {
    await this.ready;
    if (this.db) return exportPack(this.db, id);
    const pack = (await this.packs()).find((p) => p.id === id);
    if (!pack) throw new Error(`No pack "${id}" is installed.`);
    return JSON.stringify(pack, null, 2) + '\n';
  }

  async listConcepts(packId: string): Promise<ConceptSwitch[]> {
    await this.ready;
    if (this.db) return listConcepts(this.db, packId);
    const pack = (await this.packs()).find((p) => p.id === packId);
    if (!pack) throw new Error(`No pack "${packId}" is installed.`);
    return pack.concepts
      .map((c) => ({ id: c.id, kind: c.kind, label: c.label, ...(c.pillar ? { pillar: c.pillar } : {}), enabled: true }))
      .sort((a, b) => a.label.en.localeCompare(b.label.en));
  }

  async setConceptEnabled(packId: string, conceptId: string, enabled: boolean): Promise<ConceptSwitch> {
    const result = await setConceptEnabled(await this.writable('switch a concept on or off'), packId, conceptId, enabled);
    this.changed('concepts');
    return result;
  }

  /** The stored note, or null when empty text deleted it. */
  async setNote(target: NoteTarget, text: string): Promise<Note | null> {
    const note = await setNote(await this.writable('save a note'), target, text);
    this.changed('notes');
    return note;
  }

  /** The notes on one concept or fact, or all of them. */
  async notes(target?: NoteTarget): Promise<Note[]> {
    await this.ready;
    if (!this.db) {
      const notes = (await this.snapshot()).snapshot.notes;
      return target ? notes.filter((n) => n.target.type === target.type && n.target.id === target.id) : notes;
    }
    return target ? notesFor(this.db, target) : allNotes(this.db);
  }

  /** Notes whose concept or fact is in no installed pack. In memory only notes that ship inside packs exist, on their own pack's ids. */
  async orphanedNotes(): Promise<Note[]> {
    await this.ready;
    return this.db ? orphanedNotes(this.db) : [];
  }
}
