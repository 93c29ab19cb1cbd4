/**
 * What a card says about one annotation, worked out from the fact base snapshot. Pure, so the
 * card's content is tested without a browser; components/FactCard only renders this model.
 */
import type { Concept, Fact, Lang, Source } from './factbase/schema';
import type { FactBaseSnapshot } from './factbase/query';
import type { Annotation, Verdict } from './recognise/types';

export interface SourceLine {
  title: string;
  publisher: string;
  date?: string;
  reference?: string;
  /** Only https URLs reach this field (the schema refuses others). */
  url?: string;
  /** The publication the source cites for the figure ("Kamerstuk X, citing Y"). */
  citing?: string;
}

export interface FactLine {
  id: string;
  statement: string;
  quote?: string;
  evidence?: string;
  locator?: string;
  source?: SourceLine;
  period: string | null;
}

export interface CardModel {
  kind: 'term' | 'figure';
  /** The text on the page the card is about. */
  pageText: string;
  title: string;
  conceptKind?: Concept['kind'];
  pillar?: { number: number; label: string };
  definition?: string;
  source?: SourceLine;
  verdict?: Verdict | null;
  facts: FactLine[];
}

export interface SnapshotIndex {
  concepts: Map<string, FactBaseSnapshot['concepts'][number]>;
  facts: Map<string, FactBaseSnapshot['facts'][number]>;
  sources: Map<string, FactBaseSnapshot['sources'][number]>;
  factsByConcept: Map<string, FactBaseSnapshot['facts']>;
}

const sourceKey = (packId: string, id: string) => `${packId}\u0000${id}`;

export function indexSnapshot(snap: FactBaseSnapshot): SnapshotIndex {
  const factsByConcept = new Map<string, FactBaseSnapshot['facts']>();
  for (const f of snap.facts) {
    const list = factsByConcept.get(f.concept) ?? [];
    list.push(f);
    factsByConcept.set(f.concept, list);
  }
  return {
    concepts: new Map(snap.concepts.map((c) => [c.id, c])),
    facts: new Map(snap.facts.map((f) => [f.id, f])),
    sources: new Map(snap.sources.map((s) => [sourceKey(s.packId, s.id), s])),
    factsByConcept,
  };
}

function sourceLine(index: SnapshotIndex, packId: string, id: string, originId?: string): SourceLine | undefined {
  const s: Source | undefined = index.sources.get(sourceKey(packId, id));
  if (!s) return undefined;
  const origin = originId ? index.sources.get(sourceKey(packId, originId)) : undefined;
  return {
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    reference: s.reference,
    url: s.url,
    citing: origin ? origin.title : undefined,
  };
}

function factLine(index: SnapshotIndex, f: Fact & { packId: string }, lang: Lang): FactLine {
  return {
    id: f.id,
    statement: f.statement[lang],
    quote: f.quote,
    evidence: f.evidence,
    locator: f.locator,
    source: sourceLine(index, f.packId, f.sourceId, f.originId),
    period: f.period,
  };
}

/** Newest period first, so the card opens on the most recent figures. */
function byPeriodDesc(a: Fact, b: Fact): number {
  return (b.period ?? '').localeCompare(a.period ?? '');
}

export function buildCardModel(a: Annotation, index: SnapshotIndex, lang: Lang): CardModel | null {
  const concept = a.concept ? index.concepts.get(a.concept) : undefined;
  if (a.kind === 'term') {
    if (!concept) return null;
    const pillarConcept = concept.pillar ? index.concepts.get(`pillar-${concept.pillar}`) : undefined;
    const related = (index.factsByConcept.get(concept.id) ?? []).slice().sort(byPeriodDesc).slice(0, 3);
    return {
      kind: 'term',
      pageText: a.text,
      title: concept.label[lang],
      conceptKind: concept.kind,
      pillar: concept.pillar
        ? { number: concept.pillar, label: pillarConcept?.label[lang] ?? '' }
        : undefined,
      definition: concept.definition[lang],
      source: concept.sourceIds[0] ? sourceLine(index, concept.packId, concept.sourceIds[0]) : undefined,
      facts: related.map((f) => factLine(index, f, lang)),
    };
  }
  const cited = (a.factIds ?? []).map((id) => index.facts.get(id)).filter((f): f is NonNullable<typeof f> => !!f);
  return {
    kind: 'figure',
    pageText: a.text,
    title: concept ? concept.label[lang] : a.text,
    conceptKind: concept?.kind,
    pillar: concept?.pillar ? { number: concept.pillar, label: index.concepts.get(`pillar-${concept.pillar}`)?.label[lang] ?? '' } : undefined,
    definition: concept?.definition[lang],
    verdict: a.verdict ?? null,
    facts: cited.map((f) => factLine(index, f, lang)),
  };
}
