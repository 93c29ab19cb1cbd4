/**
 * Counting rules: which official definitions a figure on a page can be checked against.
 *
 * A page says "asielaanvragen", "asielinstroom", "voor het eerst asiel", "nareizigers",
 * "vertrokken" …; official sources count each of these in several ways (CBS vs IND first
 * applications, IND total inflow vs the ministry's weekly totals, nareizigers arrived vs nareis
 * applications, Eurostat EU27 vs EU28 …). The packs say so as data (lib/factbase/schema.ts):
 * - a counting-rule concept `refines` the generic measure it is one definition of
 *   (`stat-first-asylum-cbs` refines `first-asylum-applications`);
 * - generic measures that a page's words cannot tell apart share a `family`
 *   ("asielaanvragen" may mean first applications or all of them);
 * - a `profile` says which facets (pack-level words: "first", "total", "pub-cbs" …) name a
 *   definition (`tags`), which it needs (`requires`) and which rule it out (`excludes`).
 *
 * A family is a generic measure's key (its `family`, else its own id) with every concept that
 * refines one of its members. Families without any refining concept that has facts are left
 * out: a single definition needs no choosing.
 *
 * Choosing (chooseDefinitions): the candidates are the family's members with facts;
 *  1. a definition whose `requires` the page does not state, or whose `excludes` it states,
 *     is dropped;
 *  2. the facets stated, nearest to the figure first, each narrow the candidates to those
 *     tagged with it, unless none is (narrowing never empties the set); a publisher named
 *     keeps the definitions that name no publisher at all;
 *  3. a counting-rule concept the page named itself stays first;
 *  4. when the page's words ruled out the generic concept the figure was linked to and all
 *     remaining candidates refine one generic concept, the figure is linked to that one.
 * The words looked at are the figure's share of its sentence (recognise.ts `ownWords`), so
 * "38.000 eerste aanvragen en 50.000 in totaal" gives each number its own facets.
 */
import { own, setOwn } from '../util/hash';
import type { ConceptInfo } from './lexicon';

/** The definition table the lexicon carries: plain JSON. */
export interface CompiledDefinitions {
  /** Refining concept → the generic concept it refines (where both are in the lexicon). */
  refines: Record<string, string>;
  /** Families of measures: concept ids (generic first, then refinements) with at least one fact. */
  families: string[][];
  /** Concept id → index into `families`. */
  familyOf: Record<string, number>;
}

/** Build the families from the concepts' `refines` and `family`; undefined when nothing refines. */
export function compileDefinitions(concepts: Readonly<Record<string, ConceptInfo>>, factConcepts: ReadonlySet<string>): CompiledDefinitions | undefined {
  const ids = Object.keys(concepts);
  const refines: Record<string, string> = {};
  for (const id of ids) {
    const to = concepts[id].refines;
    if (to !== undefined && own(concepts, to)) setOwn(refines, id, to);
  }
  if (Object.keys(refines).length === 0) return undefined;
  // The family key of a concept: follow `refines` to a generic measure, then take its `family`.
  const keyOf = (id: string): string => {
    let at = id;
    for (let hops = 0; hops < 8 && own(refines, at) !== undefined; hops++) at = refines[at];
    return own(concepts, at)?.family ?? at;
  };
  const members = new Map<string, { generic: string[]; refining: string[] }>();
  for (const id of ids) {
    const key = keyOf(id);
    let m = members.get(key);
    if (!m) members.set(key, (m = { generic: [], refining: [] }));
    (own(refines, id) !== undefined ? m.refining : m.generic).push(id);
  }
  const families: string[][] = [];
  const familyOf: Record<string, number> = {};
  for (const { generic, refining } of members.values()) {
    if (!refining.some((id) => factConcepts.has(id))) continue;
    const k = families.length;
    families.push([...generic, ...refining].filter((id) => factConcepts.has(id)));
    // Every member — also a generic without facts of its own — leads to the family.
    for (const id of [...generic, ...refining]) setOwn(familyOf, id, k);
  }
  return families.length ? { refines, families, familyOf } : undefined;
}

/** A facet the figure's words state, and how far from the figure (characters). */
export interface FacetHit {
  name: string;
  dist: number;
}

export interface DefinitionChoice {
  /** The concept the figure is linked to (a generic one narrowed by the page's words, or as linked). */
  concept: string;
  /** The candidate definitions, the page's own counting-rule concept first. */
  ids: string[];
  /**
   * Definitions only a publisher the page named ruled out ("zo meldt de Staat van Migratie"
   * leaves out CBS's series): where the publisher's own rule has no figure for the period,
   * the same measure from another publisher may still agree.
   */
  byPublisher: string[];
  /** The counting rule the page's own words named (a concept that refines a measure), if any. */
  named?: string;
}

/**
 * The definitions a figure linked to `concept` can be checked against, given the facets its
 * words state (nearest first, one hit per facet). Null when the concept belongs to no family
 * (then the figure is judged on its own concept).
 */
export function chooseDefinitions(
  concept: string,
  defs: CompiledDefinitions,
  concepts: Readonly<Record<string, ConceptInfo>>,
  facets: readonly FacetHit[],
  subset: { nationality?: string; group?: string } | null = null,
  /** Facet id → kind: a publisher named does not rule out a definition that names no publisher. */
  facetKinds: Readonly<Record<string, string>> = {},
): DefinitionChoice | null {
  const k = own(defs.familyOf, concept);
  if (k === undefined) return null;
  // A counting rule of one nationality is a candidate only for a figure about that nationality.
  const key = (s: { nationality?: string; group?: string } | null | undefined) => `${s?.nationality ?? ''}|${s?.group ?? ''}`;
  const family = defs.families[k].filter((id) => {
    const part = own(concepts, id)?.subset;
    return !part || key(part) === key(subset);
  });
  const said = new Set(facets.map((f) => f.name));
  const prof = (id: string) => own(concepts, id)?.profile ?? {};
  let cands = family.filter((id) => {
    const p = prof(id);
    return (p.requires ?? []).every((r) => said.has(r)) && !(p.excludes ?? []).some((x) => said.has(x));
  });
  const publisher = (name: string) => own(facetKinds, name) === 'publisher';
  let byPublisher: string[] = [];
  for (const f of facets) {
    const tagged = cands.filter((id) => prof(id).tags?.includes(f.name));
    if (!tagged.length) continue;
    // "according to Frontex": a definition of no particular publisher (a figure the seed
    // documents state) may still be the one meant.
    const kept = publisher(f.name) ? cands.filter((id) => tagged.includes(id) || !prof(id).tags?.some(publisher)) : tagged;
    if (publisher(f.name)) byPublisher.push(...cands.filter((id) => !kept.includes(id)));
    else byPublisher = byPublisher.filter((id) => prof(id).tags?.includes(f.name));
    cands = kept;
  }
  // The page's own definition ("eerste asielverzoeken volgens het CBS") always stays, first.
  const named = own(defs.refines, concept) !== undefined;
  if (named) cands = [concept, ...cands.filter((id) => id !== concept)];
  // The page's words ruled out the generic concept it was linked to ("asielaanvragen … voor
  // het eerst"): link to the generic concept all remaining definitions refine.
  let linked = concept;
  if (!named && cands.length && !cands.includes(concept)) {
    const generics = new Set(cands.map((id) => own(defs.refines, id) ?? id));
    if (generics.size === 1) {
      const [g] = generics;
      if (own(defs.familyOf, g) === k) linked = g;
    }
  }
  return { concept: linked, ids: cands, byPublisher: byPublisher.filter((id) => !cands.includes(id)), ...(named ? { named: concept } : {}) };
}

/** The family members (other counting rules of the same measure) a choice left out. */
export function otherDefinitions(concept: string, defs: CompiledDefinitions, chosen: readonly string[]): string[] {
  const k = own(defs.familyOf, concept);
  if (k === undefined) return [];
  return defs.families[k].filter((id) => !chosen.includes(id));
}
