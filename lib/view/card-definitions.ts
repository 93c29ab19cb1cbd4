/**
 * The part of a figure card that explains counting rules (issue 9): which measure and period
 * the figure was understood as, each official definition it was checked against with the
 * source's figure and its rule, other official counts of the same period that are often
 * confused with it, and how recent the newest figure of that measure is. Pure; lib/view/card.ts
 * puts it into the CardModel and components/DefinitionList renders it.
 */
import type { Fact, Lang } from '../factbase/schema';
import { sourceIn, type SnapshotIndex } from '../factbase/snapshot-index';
import type { Annotation, Verdict } from '../recognise/types';
import { comparableFacts } from '../recognise/verdicts';
import { periodBegin, periodEnd } from '../factbase/periods';
import { factLite, type FactLite } from '../recognise/fact-lite';
import { formatFigure } from './format';

type SnapFact = Fact & { packId: string };

/** What backs a fact: a verbatim quote from a document, or a paraphrase of a web page. */
export interface Backing {
  kind: 'quote' | 'evidence';
  /** The page's date (evidence), as precise as known. */
  published?: string;
  confidence?: 'high' | 'medium' | 'low';
  /** The outlet that reported the official figure, when read secondhand. */
  via?: string;
}

export interface OfficialCount {
  /** The definition (metric concept) and its label and counting rule in the reader's language. */
  concept: string;
  label: string;
  rule?: string;
  factId: string;
  period: string | null;
  geo: string;
  /** The source's figure as written for the reader ("> 38.000"). */
  figure: string;
  publisher?: string;
  backing: Backing;
  /** The figure has more than one release: the first and the newest, each with its date. */
  revised?: Revision;
}

/** "CBS first published 6,800 (2025-11); revised to 6,740 (2026-02)". */
export interface Revision {
  first: { figure: string; published?: string };
  latest: { figure: string; published?: string };
  /** The line's own fact is the newest release (else an earlier one the source later revised). */
  isLatest: boolean;
}

export interface DefinitionLine extends OfficialCount {
  /** How the page's figure compares with this definition. */
  verdict: Verdict;
}

export interface Freshness {
  /** The newest fact of the measure. */
  factId: string;
  period: string;
  publisher?: string;
  published?: string;
  /** The page speaks of a later period than the pack holds: no comparison was made. */
  beyond: boolean;
  /** The period the page speaks of. */
  pagePeriod?: string;
}

export interface DefinitionsDetail {
  /** The measure understood (the concept's label) and the period ("2023"). */
  measure?: string;
  period?: string;
  /** One line per definition that has a comparable figure, the verdict's first. */
  definitions: DefinitionLine[];
  /** Same-period figures of measures often confused with these ("IND total inflow that year"). */
  others: OfficialCount[];
  freshness?: Freshness;
  /** The concept whose series the card should draw (the measure the verdict used). */
  seriesConcept?: string;
}

export function backingOf(f: Fact): Backing {
  if (f.quote !== undefined) return { kind: 'quote' };
  return {
    kind: 'evidence',
    ...(f.published ? { published: f.published } : {}),
    ...(f.confidence ? { confidence: f.confidence } : {}),
    ...(f.via ? { via: f.via } : {}),
  };
}

function count(index: SnapshotIndex, f: SnapFact, lang: Lang): OfficialCount {
  const c = index.concepts.get(f.concept);
  const source = sourceIn(index, f.packId, f.sourceId);
  return {
    concept: f.concept,
    label: c?.label[lang] ?? f.concept,
    ...(c?.countingRule ? { rule: c.countingRule[lang] } : {}),
    factId: f.id,
    period: f.period,
    geo: f.geo,
    figure: formatFigure(f, lang),
    ...(source ? { publisher: source.publisher } : {}),
    backing: backingOf(f),
    ...revisionOf(index, f, lang),
  };
}

/**
 * The chain of releases a fact belongs to (a fact names the one it `revises`): its first and
 * newest release, when there is more than one.
 */
function revisionOf(index: SnapshotIndex, f: SnapFact, lang: Lang): { revised?: Revision } {
  const sameFigure = (index.factsByConcept.get(f.concept) ?? []).filter((x) => x.packId === f.packId);
  let first = f;
  for (let i = 0; i < 20 && first.revises; i++) {
    const earlier = sameFigure.find((x) => x.id === first.revises);
    if (!earlier) break;
    first = earlier;
  }
  let latest = f;
  for (let i = 0; i < 20; i++) {
    const later = sameFigure.find((x) => x.revises === latest.id);
    if (!later) break;
    latest = later;
  }
  if (first === latest) return {};
  const release = (x: SnapFact) => ({ figure: formatFigure(x, lang), ...(x.published ? { published: x.published } : {}) });
  return { revised: { first: release(first), latest: release(latest), isLatest: latest === f } };
}

function withoutSubset(f: SnapFact): FactLite {
  const { subset: _subset, ...lite } = factLite(f);
  return lite;
}

/**
 * Facts of `concept` the figure could be compared with (unit, geo, level/change; not low).
 * Whatever part of the population a fact counts: the card shows what the sources say for the
 * measure (a nationality's own measure holds only that nationality's facts), so the subset is
 * left out of the comparison.
 */
function comparable(index: SnapshotIndex, a: Annotation, concept: string): SnapFact[] {
  const facts = index.factsByConcept.get(concept) ?? [];
  const ok = new Set(
    comparableFacts(
      { concept, unit: a.unit ?? 'count', qualifier: a.qualifier ?? 'exact', period: a.period ?? null, geo: a.geo ?? null, change: false, value: a.value, range: a.range },
      facts.map(withoutSubset),
    ).map((f) => f.id),
  );
  return facts.filter((f) => ok.has(f.id));
}

function newest(facts: SnapFact[]): SnapFact | undefined {
  let best: SnapFact | undefined;
  for (const f of facts) if (f.period && (!best || periodEnd(f.period) > periodEnd(best.period!))) best = f;
  return best;
}

/**
 * The counting-rule part of a figure card. Undefined for terms and for figures that are not
 * linked to a concept.
 */
export function definitionsDetail(a: Annotation, index: SnapshotIndex, lang: Lang): DefinitionsDetail | undefined {
  if (a.kind === 'term' || !a.concept) return undefined;
  const concept = index.concepts.get(a.concept);
  const detail: DefinitionsDetail = {
    ...(concept ? { measure: concept.label[lang] } : {}),
    ...(a.period ? { period: a.period } : a.year ? { period: String(a.year) } : {}),
    definitions: [],
    others: [],
  };

  // One line per comparison, the one the verdict rests on first.
  const comparisons = [...(a.comparisons ?? [])];
  const mainId = a.comparison?.factId;
  comparisons.sort((x, y) => Number(y.factId === mainId) - Number(x.factId === mainId));
  for (const c of comparisons) {
    const f = index.facts.get(c.factId);
    if (!f) continue;
    detail.definitions.push({ ...count(index, f, lang), concept: c.concept ?? f.concept, verdict: c.verdict });
  }

  // The measure the verdict used: the definition of the cited fact, else the first candidate
  // with comparable facts, else the concept itself.
  const candidates = a.definitions?.length ? a.definitions : [a.concept];
  const mainFact = mainId ? index.facts.get(mainId) : undefined;
  const measure = mainFact?.concept ?? candidates.find((id) => comparable(index, a, id).length > 0) ?? a.concept;
  detail.seriesConcept = measure;

  // Other official counts of the same period: measures the definitions are often confused
  // with, that the page's sentence did not name (one figure each, the most reliable).
  if (a.period && detail.definitions.some((d) => d.verdict !== 'context')) {
    const shown = new Set([...candidates, ...detail.definitions.map((d) => d.concept)]);
    const confused: string[] = [];
    for (const id of [...detail.definitions.map((d) => d.concept), ...candidates]) {
      for (const other of index.concepts.get(id)?.confusedWith ?? []) if (!shown.has(other) && !confused.includes(other)) confused.push(other);
    }
    const rank = { high: 0, medium: 1, low: 2 } as const;
    for (const id of confused) {
      const same = comparable(index, a, id).filter((f) => f.period === a.period);
      same.sort((x, y) => rank[x.confidence ?? 'high'] - rank[y.confidence ?? 'high']);
      if (same[0]) detail.others.push(count(index, same[0], lang));
      if (detail.others.length >= 4) break;
    }
  }

  // Freshness: the newest figure of the measure; when the page's period begins after it
  // ends (and so nothing was compared), the newest over all candidate definitions.
  const pool = a.verdict == null ? candidates.flatMap((id) => comparable(index, a, id)) : comparable(index, a, measure);
  const latest = newest(pool);
  if (latest?.period) {
    const src = sourceIn(index, latest.packId, latest.sourceId);
    const beyond = a.verdict == null && !!a.period && periodBegin(a.period) >= periodEnd(latest.period) - 1e-9;
    detail.freshness = {
      factId: latest.id,
      period: latest.period,
      ...(src ? { publisher: src.publisher } : {}),
      ...(latest.published ? { published: latest.published } : src?.date ? { published: src.date } : {}),
      beyond,
      ...(a.period ? { pagePeriod: a.period } : {}),
    };
    if (beyond) detail.seriesConcept = latest.concept;
  }
  return detail;
}
