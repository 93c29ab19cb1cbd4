/**
 * The compiled lexicon: everything the engine knows about the domain, built once per fact-base
 * version from the merged packs and used as is after JSON.parse (it travels in runtime
 * messages and caches), so it is plain JSON with no rehydration step.
 *
 * What the engine knows comes from data only (no concept id appears in lib/recognise):
 * - `terms`: the surface forms a reader can hover (`terms`, and `contextTerms` flagged as
 *   needing a migration context);
 * - `cues`: words that name what a figure counts without being terms ("vroegen … asiel aan");
 * - `durations`: words that say what takes the time a duration figure gives ("aanvraag");
 * - `facets`: words that name a counting rule or a publisher ("voor het eerst", "volgens het
 *   CBS"), which pick among the official definitions of a measure (definitions.ts);
 * - `concepts`: per id its kind and counting-rule data (refines, family, profile, shareOf);
 * - `facts`: what verdicts compare with.
 */
import { compileForms, compileTerms, packTerms, unpackTerms, type CompiledTerms, type PackedTerms, type TermSource } from './term-trie';
import { compileDefinitions, type CompiledDefinitions } from './definitions';
import type { Qualifier, Unit } from './types';
import { factLite, type FactLite, type FactSource } from './fact-lite';
import { fnv1a, own, setOwn } from '../util/hash';

export { own };

export const LEXICON_FORMAT = 'migration-lens/lexicon@9';

/** The suffix of the entry a concept's `oppositeCues` are compiled under (ConceptInfo `beside`). */
const BESIDE_OPPOSITE = '#beside-opposite';

export interface CountingProfileLite {
  tags?: string[];
  requires?: string[];
  excludes?: string[];
}

export interface ConceptInfo {
  kind: string;
  pillar?: number;
  refines?: string;
  family?: string;
  profile?: CountingProfileLite;
  shareOf?: string[];
  /** Group concepts narrower than another group: a part of a population ("unaccompanied minors"). */
  subgroup?: boolean;
  /** Broader measures (thesaurus relation): a narrower measure named beside a broad one wins. */
  broader?: string[];
  /** Something figures count: a metric, or a generic concept official counting rules refine. */
  measure?: boolean;
  /** Every fact of this counting rule counts this part of the population (e.g. one nationality). */
  subset?: { nationality?: string; group?: string };
  /** The rate a percentage of this measure is (the reverse of a rate concept's `shareOf`). */
  rate?: string;
  /** The rate a share of this measure is where one of `facets` is named with it (the reverse of a rate's `shareOfWhen`). */
  rateWhen?: { rate: string; facets: string[] };
  /**
   * Only on the entry `<id>#beside-opposite` the lexicon adds for a concept's `oppositeCues`: a
   * cue of it names `concept` where `opposite` is named beside it, and nothing elsewhere
   * (resolved per sentence in figures/link.ts; the entry's id never reaches a figure).
   */
  beside?: { concept: string; opposite: string };
  /** The flow this measure is the reverse of (emigration of immigration), when it has cues beside it. */
  opposite?: string;
  /** A group's bare count read as this measure (pack field `countedAs`; a measure only). */
  countedAs?: string;
  /** The measures (and the counting rules under them) a count of this group may be a part of (pack field `partOf`). */
  partOf?: string[];
  /** Nationality → the group of its people among this group's (from the packs' `nationalityOf`). */
  byNationality?: Record<string, string>;
  /** The counting rule whose series this one releases again (pack field `republishes`). */
  republishes?: string;
  /** What every figure of this measure is when not a realised count (pack field `modality`). */
  modality?: 'target';
  /** Another measure its count may be where the text names one of `beside` near it (pack field `alsoAs`). */
  alsoAs?: { measure: string; beside: string[] };
}

export interface CompiledLexicon {
  format: typeof LEXICON_FORMAT;
  /** Pack id@version when known, else a content hash; caches key on it. */
  version: string;
  terms: CompiledTerms;
  cues: CompiledTerms;
  durations: CompiledTerms;
  facets: CompiledTerms;
  /** Facet id → its kind ('counting-rule' | 'publisher' | 'look-alike'). */
  facetKinds: Record<string, string>;
  concepts: Record<string, ConceptInfo>;
  facts: FactLite[];
  /** Counting rules: families of official definitions. */
  definitions?: CompiledDefinitions;
}

type Forms = { nl?: string[]; en?: string[] };

export interface LexiconInput {
  id?: string;
  version?: string;
  concepts: Array<
    TermSource & {
      kind: string;
      pillar?: number;
      cues?: Forms;
      contextCues?: Forms;
      durationCues?: Forms;
      refines?: string;
      family?: string;
      profile?: CountingProfileLite;
      shareOf?: string[];
      shareOfWhen?: { of: string[]; facets: string[] };
      broader?: string[];
      opposite?: string;
      oppositeCues?: Forms;
      countedAs?: string;
      partOf?: string[];
      nationalityOf?: { nationality: string; among: string[] };
      republishes?: string;
      modality?: 'target';
      alsoAs?: { measure: string; beside: string[] };
    }
  >;
  facts?: Array<FactSource & { series?: string; packId?: string }>;
  facets?: Array<{ id: string; kind: string; terms: Forms }>;
  /**
   * Refining concept → the generic concept it refines, for packs that state it beside the
   * pack rather than on the concept (`refines` on a concept wins).
   */
  refines?: Readonly<Record<string, string>>;
}

export function compileLexicon(pack: LexiconInput): CompiledLexicon {
  const concepts: Record<string, ConceptInfo> = {};
  const refined = new Set(pack.concepts.map((c) => c.refines ?? (pack.refines ? own(pack.refines, c.id) : undefined)).filter((x): x is string => !!x));
  const kinds = new Map(pack.concepts.map((c) => [c.id, c.kind]));
  const isMeasure = (id: string) => kinds.get(id) === 'metric' || refined.has(id);
  for (const c of pack.concepts) {
    const refines = c.refines ?? (pack.refines ? own(pack.refines, c.id) : undefined);
    const subgroup = c.kind === 'group' && (c.broader ?? []).some((b) => kinds.get(b) === 'group');
    setOwn<ConceptInfo>(concepts, c.id, {
      kind: c.kind,
      ...(c.pillar ? { pillar: c.pillar } : {}),
      ...(refines ? { refines } : {}),
      ...(c.family ? { family: c.family } : {}),
      ...(c.profile ? { profile: c.profile } : {}),
      ...(c.shareOf?.length ? { shareOf: c.shareOf } : {}),
      ...(subgroup ? { subgroup: true } : {}),
      ...(isMeasure(c.id) ? { measure: true } : {}),
      ...(isMeasure(c.id) && c.broader?.some(isMeasure) ? { broader: c.broader.filter(isMeasure) } : {}),
      ...(c.countedAs && !isMeasure(c.id) && isMeasure(c.countedAs) ? { countedAs: c.countedAs } : {}),
      ...(c.republishes && isMeasure(c.id) && isMeasure(c.republishes) ? { republishes: c.republishes } : {}),
      ...(c.modality && isMeasure(c.id) ? { modality: c.modality } : {}),
      ...(c.alsoAs && isMeasure(c.id) && isMeasure(c.alsoAs.measure) ? { alsoAs: c.alsoAs } : {}),
    });
  }
  // "191.000 migranten kwamen naar Nederland": the measures a group's count may be a part of, with
  // the counting rules that refine them (not narrower measures: every asylum applicant is a migrant).
  for (const c of pack.concepts) {
    const info = own(concepts, c.id);
    if (!info || c.kind !== 'group' || !c.partOf) continue;
    const measures = Object.keys(concepts).filter((m) => own(concepts, m)?.measure && (c.partOf!.includes(m) || c.partOf!.includes(own(concepts, m)?.refines ?? '')));
    if (measures.length) info.partOf = measures;
  }
  // "vluchtelingen met de Oekraïense nationaliteit": the broader groups know their national ones.
  for (const c of pack.concepts) {
    if (!c.nationalityOf || !own(concepts, c.id)?.countedAs) continue;
    for (const g of c.nationalityOf.among) {
      const info = own(concepts, g);
      if (!info) continue;
      info.byNationality ??= {};
      setOwn(info.byNationality, c.nationalityOf.nationality, c.id);
    }
  }
  // The rates a share of a measure is: always (`shareOf`), or where a facet is named (`shareOfWhen`).
  for (const c of pack.concepts) {
    for (const of of c.shareOf ?? []) {
      const info = own(concepts, of);
      if (info && !info.rate) info.rate = c.id;
    }
    for (const of of c.shareOfWhen?.of ?? []) {
      const info = own(concepts, of);
      if (info && !info.rateWhen) info.rateWhen = { rate: c.id, facets: c.shareOfWhen!.facets };
    }
  }
  // Cues that name a concept only beside its opposite flow: an entry of their own, so a cue hit
  // says which of its forms matched.
  const besideId = (id: string) => `${id}${BESIDE_OPPOSITE}`;
  for (const c of pack.concepts) {
    if (!c.opposite || !c.oppositeCues) continue;
    setOwn<ConceptInfo>(concepts, besideId(c.id), { kind: 'cue', beside: { concept: c.id, opposite: c.opposite } });
    const info = own(concepts, c.id);
    if (info) info.opposite = c.opposite;
  }
  const facts = (pack.facts ?? []).map(factLite);
  // A counting rule whose facts all count one part of the population (a nationality).
  const subsets = new Map<string, string | null>();
  for (const f of facts) {
    const key = f.subset ? JSON.stringify(f.subset) : null;
    const seen = subsets.get(f.concept);
    subsets.set(f.concept, seen === undefined || seen === key ? key : null);
  }
  for (const [id, key] of subsets) {
    const info = own(concepts, id);
    if (info && key) info.subset = JSON.parse(key);
  }
  const facetKinds: Record<string, string> = {};
  for (const f of pack.facets ?? []) setOwn(facetKinds, f.id, f.kind);
  const terms = compileTerms(pack.concepts);
  const cues = compileForms(
    pack.concepts.flatMap((c) => [
      ...(c.cues ? [{ id: c.id, forms: c.cues }] : []),
      ...(c.contextCues ? [{ id: c.id, forms: c.contextCues, context: true }] : []),
      ...(c.opposite && c.oppositeCues ? [{ id: besideId(c.id), forms: c.oppositeCues, context: true }] : []),
    ]),
  );
  const durations = compileForms(pack.concepts.flatMap((c) => (c.durationCues ? [{ id: c.id, forms: c.durationCues }] : [])));
  const facets = compileForms((pack.facets ?? []).map((f) => ({ id: f.id, forms: f.terms })));
  const definitions = compileDefinitions(concepts, new Set(facts.map((f) => f.concept)));
  const version =
    pack.id && pack.version
      ? `${pack.id}@${pack.version}`
      : fnv1a(
          JSON.stringify([
            pack.concepts.map((c) => [c.id, c.terms, c.contextTerms ?? null, c.cues ?? null, c.contextCues ?? null, c.durationCues ?? null, c.refines ?? null, c.profile ?? null, c.opposite ?? null, c.oppositeCues ?? null, c.countedAs ?? null, c.partOf ?? null, c.nationalityOf ?? null, c.republishes ?? null, c.modality ?? null, c.alsoAs ?? null, c.shareOfWhen ?? null]),
            facts.map((f) => f.id),
            pack.facets ?? null,
            pack.refines ?? null,
          ]),
        );
  return { format: LEXICON_FORMAT, version, terms, cues, durations, facets, facetKinds, concepts, facts, ...(definitions ? { definitions } : {}) };
}

const TRIES = ['terms', 'cues', 'durations', 'facets'] as const;
type TrieKey = (typeof TRIES)[number];

/** A compiled lexicon with its tries packed (term-trie.ts packTerms): what a background keeps between starts. */
export type PackedLexicon = Omit<CompiledLexicon, TrieKey> & { packed: Record<TrieKey, PackedTerms> };

/** The packed form, or null when a trie cannot be packed. */
export function packLexicon(lexicon: CompiledLexicon): PackedLexicon | null {
  const { terms, cues, durations, facets, ...rest } = lexicon;
  const tries = { terms, cues, durations, facets };
  const packed = {} as Record<TrieKey, PackedTerms>;
  for (const key of TRIES) {
    const p = packTerms(tries[key]);
    if (!p) return null;
    packed[key] = p;
  }
  return { ...rest, packed };
}

/** The lexicon again, as packLexicon was given it. */
export function unpackLexicon(lexicon: PackedLexicon): CompiledLexicon {
  const { packed, ...rest } = lexicon;
  const tries = {} as Record<TrieKey, CompiledTerms>;
  for (const key of TRIES) tries[key] = unpackTerms(packed[key]);
  return { ...rest, ...tries };
}
