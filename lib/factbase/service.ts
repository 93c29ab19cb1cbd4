/**
 * The background's fact-base service: opens the database, installs the bundled packs,
 * answers queries, and hands content scripts a snapshot with the lexicon compiled once per
 * fact-base version. Falls back to the bundled packs in memory when IndexedDB fails.
 */
import type { Handlers, RequestType } from '../messages';

export type FactBaseRequest = Extract<RequestType, 'getSnapshot' | 'getConcept' | 'findConceptsByTerm' | 'getFact' | 'getFactsOfConcept' | 'getStatus'>;
import { compileLexicon, type CompiledLexicon } from '../recognise/recognise';
import { LensDatabase } from './db';
import { snapshotFromPacks } from './memory';
import { FactBaseQuery, type FactBaseSnapshot } from './query';
import type { FactPack } from './schema';
import { installBundledPack } from './store';

export interface StatusReport {
  database: 'ok' | 'unavailable';
  databaseError?: string;
  packs: { id: string; version: string; origin: 'bundled' | 'user'; title: { nl: string; en: string }; enabled: boolean; counts: Record<string, number> }[];
}

export interface SnapshotReply {
  snapshot: FactBaseSnapshot;
  lexicon: CompiledLexicon;
}

export class FactBaseService {
  private db: LensDatabase | null = null;
  private dbError: string | undefined;
  private cache: SnapshotReply | null = null;
  readonly ready: Promise<void>;

  constructor(
    private readonly bundled: () => FactPack[],
    openDatabase: () => LensDatabase = () => new LensDatabase(),
  ) {
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

  async snapshot(): Promise<SnapshotReply> {
    await this.ready;
    const snapshot = this.db ? await new FactBaseQuery(this.db).snapshot() : snapshotFromPacks(this.bundled());
    if (this.cache?.snapshot.version === snapshot.version) return this.cache;
    this.cache = { snapshot, lexicon: compileLexicon(snapshot) };
    return this.cache;
  }

  async status(): Promise<StatusReport> {
    await this.ready;
    if (!this.db) {
      return {
        database: 'unavailable',
        databaseError: this.dbError,
        packs: this.bundled().map((p) => ({
          id: p.id, version: p.version, origin: 'bundled', title: p.title, enabled: true,
          counts: { sources: p.sources.length, concepts: p.concepts.length, facts: p.facts.length, series: p.series.length },
        })),
      };
    }
    const packs = await this.db.packs.toArray();
    return { database: 'ok', packs: packs.map(({ id, version, origin, title, enabled, counts }) => ({ id, version, origin, title, enabled, counts })) };
  }

  private async query<T>(fn: (q: FactBaseQuery, snap: FactBaseSnapshot) => Promise<T> | T): Promise<T> {
    await this.ready;
    if (this.db) return fn(new FactBaseQuery(this.db), null as never);
    return fn(null as never, (await this.snapshot()).snapshot);
  }

  /** Answers for the fact-base messages; the background adds settings and sites. */
  handlers(): Pick<Handlers<unknown>, FactBaseRequest> {
    return {
      getSnapshot: async (req) => {
        const reply = await this.snapshot();
        // A content script that already holds this version needs nothing new.
        return req.knownVersion === reply.snapshot.version ? { unchanged: true, version: reply.snapshot.version } : reply;
      },
      getConcept: (req) => this.query((q, s) => (q ? q.conceptById(req.id) : s.concepts.find((c) => c.id === req.id))),
      findConceptsByTerm: (req) =>
        this.query((q, s) => (q ? q.conceptsByTerm(req.term) : s.concepts.filter((c) => [...c.terms.nl, ...c.terms.en].some((t) => t.replace(/\*$/, '').toLowerCase() === req.term.toLowerCase())))),
      getFact: (req) => this.query((q, s) => (q ? q.factById(req.id) : s.facts.find((f) => f.id === req.id))),
      getFactsOfConcept: (req) => this.query((q, s) => (q ? q.factsOfConcept(req.id) : s.facts.filter((f) => f.concept === req.id))),
      getStatus: () => this.status(),
    };
  }
}
