/**
 * The read side of the fact base, across all enabled packs: by concept, by surface term,
 * by id, facts of a concept, and a snapshot of everything a content script needs.
 */
import type { Concept, Facet, Fact, Note, Series, Source } from './schema';
import { termKey, type LensDatabase } from './db';
import { allNotes } from './notes';
import { conceptKey, disabledConceptKeys, enabledPacks } from './store';
import { onePerId } from './one-per-id';
import { fnv1a } from '../util/hash';

/** Everything the engine and the card need, without database rows' bookkeeping. */
export interface FactBaseSnapshot {
  /** Changes whenever the content changes; content scripts cache compiled lexicons by it. */
  version: string;
  packs: { id: string; version: string; origin: 'bundled' | 'user'; title: { nl: string; en: string } }[];
  sources: (Source & { packId: string })[];
  concepts: (Concept & { packId: string })[];
  facts: (Fact & { packId: string })[];
  series: (Series & { packId: string })[];
  /** The user's notes (and notes that came with packs), for the card. */
  notes: Note[];
  /** Counting-rule and publisher words of the enabled packs, the first pack's version of an id winning. */
  facets: Facet[];
  /**
   * Concepts the user switched off, as `packId/conceptId`. Such a concept stays in
   * `concepts` (when its pack wins the id) with empty `terms`, so nothing on a page is
   * recognised for it, while its facts stay citable and references to it still resolve.
   */
  disabledConcepts: string[];
}

function strip<T extends { termKeys?: unknown }>(row: T): Omit<T, 'termKeys'> {
  const { termKeys: _drop, ...rest } = row;
  return rest;
}

/** A switched-off concept: nothing on a page is recognised for it any more (terms, context terms, cues, duration cues). */
export function switchedOff<C extends Concept>(c: C): C {
  const off: C = { ...c, terms: { nl: [], en: [] } };
  delete off.contextTerms;
  delete off.cues;
  delete off.contextCues;
  delete off.durationCues;
  delete off.oppositeCues;
  delete off.countedAs;
  delete off.partOf;
  delete off.nationalityOf;
  return off;
}

/** Facets of several packs in precedence order: the first pack's version of an id wins. */
export function mergeFacets(perPack: Facet[][]): Facet[] {
  const seen = new Set<string>();
  return perPack.flat().filter((f) => !seen.has(f.id) && seen.add(f.id));
}

export class FactBaseQuery {
  constructor(private readonly db: LensDatabase) {}

  private async enabledIds(): Promise<string[]> {
    return (await enabledPacks(this.db)).map((p) => p.id);
  }

  /** The concept with this id from the highest-precedence enabled pack. */
  async conceptById(id: string): Promise<(Concept & { packId: string }) | undefined> {
    const order = await this.enabledIds();
    const rows = await this.db.concepts.where('id').equals(id).toArray();
    rows.sort((a, b) => order.indexOf(a.packId) - order.indexOf(b.packId));
    const row = rows.find((r) => order.includes(r.packId));
    return row && strip(row);
  }

  /**
   * Concepts one of whose surface forms (or labels) is this term, ignoring case and accents.
   * Switched-off concepts are not found by term (as on pages).
   */
  async conceptsByTerm(term: string): Promise<(Concept & { packId: string })[]> {
    const order = await this.enabledIds();
    const disabled = await disabledConceptKeys(this.db);
    const rows = await this.db.concepts.where('termKeys').equals(termKey(term)).toArray();
    return rows.filter((r) => order.includes(r.packId) && !disabled.has(conceptKey(r.packId, r.id))).map(strip);
  }

  /** The fact with this id from the highest-precedence enabled pack (the one pages cite). */
  async factById(id: string): Promise<(Fact & { packId: string }) | undefined> {
    const order = await this.enabledIds();
    const rows = (await this.db.facts.where('id').equals(id).toArray()).filter((r) => order.includes(r.packId));
    rows.sort((a, b) => order.indexOf(a.packId) - order.indexOf(b.packId));
    return rows[0];
  }

  async factsOfConcept(conceptId: string): Promise<(Fact & { packId: string })[]> {
    const order = await this.enabledIds();
    const rows = await this.db.facts.where('concept').equals(conceptId).toArray();
    return rows.filter((r) => order.includes(r.packId));
  }

  async sourceById(packId: string, id: string): Promise<(Source & { packId: string }) | undefined> {
    return this.db.sources.get([packId, id]);
  }

  /**
   * All enabled content, concepts de-duplicated by the pack precedence rule, in one read
   * transaction so an import running at the same time is seen entirely or not at all.
   * A switched-off concept keeps its place (it still wins its id over lower packs) but
   * loses its terms: switching off what you see on the page makes it disappear.
   */
  async snapshot(): Promise<FactBaseSnapshot> {
    const db = this.db;
    return db.transaction('r', [db.packs, db.sources, db.concepts, db.facts, db.series, db.notes, db.settings], async () => {
      const packs = await enabledPacks(db);
      const ids = packs.map((p) => p.id);
      const [sources, conceptRows, factRows, series, notes, disabled] = await Promise.all([
        db.sources.where('packId').anyOf(ids).toArray(),
        db.concepts.where('packId').anyOf(ids).toArray(),
        db.facts.where('packId').anyOf(ids).toArray(),
        db.series.where('packId').anyOf(ids).toArray(),
        allNotes(db),
        disabledConceptKeys(db),
      ]);
      conceptRows.sort((a, b) => ids.indexOf(a.packId) - ids.indexOf(b.packId));
      const seen = new Set<string>();
      const concepts = conceptRows
        .filter((c) => !seen.has(c.id) && seen.add(c.id))
        .map((row) => {
          const c = strip(row);
          return disabled.has(conceptKey(c.packId, c.id)) ? switchedOff(c) : c;
        });
      // One fact per id, by the same precedence: the lexicon a verdict comes from and the
      // card that cites it are built from this one list, so both mean the same fact.
      const facts = onePerId(factRows, ids);
      const disabledConcepts = [...disabled].sort();
      const extra = disabledConcepts.length || notes.length ? `|${fnv1a(JSON.stringify([disabledConcepts, notes]))}` : '';
      return {
        version: packs.map((p) => `${p.id}@${p.version}:${p.installedAt}`).join('|') + extra,
        packs: packs.map(({ id, version, origin, title }) => ({ id, version, origin, title })),
        sources,
        concepts,
        facts,
        series,
        notes,
        facets: mergeFacets(packs.map((p) => p.facets ?? [])),
        disabledConcepts,
      };
    });
  }
}
