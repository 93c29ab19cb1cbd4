/**
 * What a card says about one annotation, worked out from the fact base snapshot. Pure, so the
 * card's content is tested without a browser; components/FactCard only renders this model.
 */
import type { Concept, Fact, Lang } from '../factbase/schema';
import { noteKey, seriesIn, sourceIn, type SnapshotIndex } from '../factbase/snapshot-index';
import type { Annotation, Verdict } from '../recognise/types';
import { formatDifference, formatFigure } from './format';
import { formatCitation } from './citation';
import { sourceLine, type SourceLine } from './source-line';
import { backingOf, definitionsDetail, type Backing, type DefinitionsDetail } from './card-definitions';
import { differsNote, periodText, readAs, whyNoVerdict } from './claim-text';

export interface FactLine {
  id: string;
  statement: string;
  /** The source's figure as written for the reader ("≈ 40%"). */
  figure: string;
  quote?: string;
  evidence?: string;
  locator?: string;
  source?: SourceLine;
  period: string | null;
  /** Verbatim quote from a document, or a paraphrase of a web page (with date, confidence, via). */
  backing: Backing;
}

export interface SeriesPoint {
  period: string;
  value: number;
  /** What the point stands on, for its tooltip. */
  label: string;
  /** The period the page speaks about. */
  current: boolean;
}

export interface FigureDetail {
  /** What the engine read, slot by slot: "first asylum applications · NL · 2023 · realised · more than 38,000". */
  understood: string;
  /** Why no verdict was given ("a forecast … is not a count of what happened"), when there is none. */
  why?: string;
  /** The source's figure the verdict rests on, and the difference for `differs`. */
  sourceFigure?: string;
  difference?: string;
  /** For `differs`: the fact of another period the figure equals, when there is one. */
  otherPeriod?: string;
  /** Other periods for `context`, nearest first. */
  contextLines?: string[];
  /**
   * Counting rules: the measure and period understood, each official definition checked with
   * its figure and rule, other official counts of that period, and the newest figure.
   */
  counts?: DefinitionsDetail;
}

export interface NoteTarget {
  type: 'concept' | 'fact';
  id: string;
}

export interface CardModel {
  kind: 'term' | 'figure';
  /** What an educator's note on this card attaches to, and the note if there is one. */
  noteTarget?: NoteTarget;
  note?: string;
  figure?: FigureDetail;
  series?: { label: string; points: SeriesPoint[] };
  /** Plain-text citation of the main source, for "copy citation". */
  citation?: string;
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

function factLine(index: SnapshotIndex, f: Fact & { packId: string }, lang: Lang): FactLine {
  return {
    id: f.id,
    statement: f.statement[lang],
    figure: formatFigure(f, lang),
    quote: f.quote,
    evidence: f.evidence,
    locator: f.locator,
    source: sourceLine(index, f.packId, f.sourceId, f.originId),
    period: f.period,
    backing: backingOf(f),
  };
}

/** A fact in a few words, for a reason: "Totale asielinstroom (IND) 2019: 29.435". */
export function describeFact(index: SnapshotIndex, id: string, lang: Lang): string | null {
  const f = index.facts.get(id);
  if (!f) return null;
  const label = index.concepts.get(f.concept)?.label[lang] ?? f.concept;
  return `${label}${f.period ? ` ${periodText(f.period, lang)}` : ''}: ${formatFigure(f, lang)}`;
}

/** Newest period first, so the card opens on the most recent figures. */
function byPeriodDesc(a: Fact, b: Fact): number {
  return (b.period ?? '').localeCompare(a.period ?? '');
}

function cardModelWithoutNote(a: Annotation, index: SnapshotIndex, lang: Lang): CardModel | null {
  const concept = a.concept ? index.concepts.get(a.concept) : undefined;
  if (a.kind === 'term') {
    if (!concept) return null;
    const pillarConcept = concept.pillar ? index.concepts.get(`pillar-${concept.pillar}`) : undefined;
    const related = (index.factsByConcept.get(concept.id) ?? []).slice().sort(byPeriodDesc).slice(0, 3);
    const source = concept.sourceIds[0] ? sourceLine(index, concept.packId, concept.sourceIds[0]) : undefined;
    return {
      kind: 'term',
      pageText: a.text,
      title: concept.label[lang],
      conceptKind: concept.kind,
      pillar: concept.pillar
        ? { number: concept.pillar, label: pillarConcept?.label[lang] ?? '' }
        : undefined,
      definition: concept.definition[lang],
      source,
      citation: source ? formatCitation(source, lang, 'plain') : undefined,
      facts: related.map((f) => factLine(index, f, lang)),
    };
  }
  const cited = (a.factIds ?? []).map((id) => index.facts.get(id)).filter((f): f is NonNullable<typeof f> => !!f);
  const lines = cited.map((f) => factLine(index, f, lang));
  const main = cited[0];
  const mainLine = lines[0];
  const figure: FigureDetail = {
    understood:
      readAs(a, concept ? concept.label[lang] : null, lang) ??
      [`${a.text} → ${formatFigure(a, lang)}`, concept ? concept.label[lang].toLowerCase() : null, a.geo ?? null, a.period ?? null].filter(Boolean).join(' · '),
  };
  const why = whyNoVerdict(a, lang, (id) => describeFact(index, id, lang));
  if (why) figure.why = why;
  const counts = definitionsDetail(a, index, lang);
  if (counts) figure.counts = counts;
  const c = a.comparison;
  if (main && (a.verdict === 'consistent' || a.verdict === 'differs')) {
    figure.sourceFigure = `${formatFigure(main, lang)} (${main.period ?? '—'}, ${main.geo})`;
    if (a.verdict === 'differs' && c?.diffAbs !== undefined) figure.difference = formatDifference(c.diffAbs, c.diffRel, main.unit, lang);
    const note = differsNote(a, lang, (id) => describeFact(index, id, lang));
    if (note) figure.otherPeriod = note;
  } else if (a.verdict === 'context') {
    figure.contextLines = cited.map((f) => `${f.period ?? '—'}: ${formatFigure(f, lang)} (${f.geo})`);
  }
  return {
    kind: 'figure',
    pageText: a.text,
    title: concept ? concept.label[lang] : a.text,
    conceptKind: concept?.kind,
    pillar: concept?.pillar ? { number: concept.pillar, label: index.concepts.get(`pillar-${concept.pillar}`)?.label[lang] ?? '' } : undefined,
    definition: concept?.definition[lang],
    verdict: a.verdict ?? null,
    figure,
    series: seriesFor(index, main, figure.counts?.seriesConcept, a.period ?? null, lang),
    citation: mainLine?.source ? formatCitation(mainLine.source, lang, 'plain', main) : undefined,
    facts: lines,
  };
}

/**
 * The series to draw: that of the cited fact when it belongs to the measure the verdict used;
 * else, of that measure's series, the one holding the page's period, else the longest.
 */
function seriesFor(
  index: SnapshotIndex,
  main: (Fact & { packId: string }) | undefined,
  measure: string | undefined,
  pagePeriod: string | null,
  lang: Lang,
): CardModel['series'] {
  if (main?.series && (!measure || main.concept === measure)) return seriesOf(index, main, pagePeriod, lang);
  const concept = measure ?? main?.concept;
  if (!concept) return undefined;
  const bySeries = new Map<string, Array<Fact & { packId: string }>>();
  for (const f of index.factsByConcept.get(concept) ?? []) {
    if (!f.series || !f.period || f.value === undefined) continue;
    const list = bySeries.get(f.series) ?? [];
    list.push(f);
    bySeries.set(f.series, list);
  }
  const ranked = [...bySeries.values()].sort(
    (x, y) =>
      Number(y.some((f) => f.period === pagePeriod)) - Number(x.some((f) => f.period === pagePeriod)) || y.length - x.length,
  );
  return ranked[0] ? seriesOf(index, ranked[0][0], pagePeriod, lang) : undefined;
}

/** The facts of the cited fact's series (same series id), oldest first, for the chart. */
function seriesOf(index: SnapshotIndex, fact: Fact & { packId: string }, pagePeriod: string | null, lang: Lang): CardModel['series'] {
  if (!fact.series) return undefined;
  const members = (index.factsByConcept.get(fact.concept) ?? []).filter(
    (f) => f.series === fact.series && f.packId === fact.packId && f.period && f.value !== undefined,
  );
  if (members.length < 2) return undefined;
  members.sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  const concept = index.concepts.get(fact.concept);
  const seriesLabel = seriesIn(index, fact.packId, fact.series)?.label[lang];
  // The page's period: the point of exactly that period, else the points in its year.
  const exact = !!pagePeriod && members.some((f) => f.period === pagePeriod);
  return {
    label: seriesLabel ?? concept?.label[lang] ?? fact.series,
    points: members.map((f) => {
      const src = sourceIn(index, f.packId, f.sourceId);
      const by = [src?.publisher, src?.title ?? f.sourceId].filter(Boolean).join(', ');
      return {
        period: f.period!,
        value: f.value!,
        label: `${f.period}: ${formatFigure(f, lang)} — ${by}${f.via ? ` (via ${f.via})` : ''}`,
        current: !!pagePeriod && (exact ? f.period === pagePeriod : f.period!.startsWith(pagePeriod.slice(0, 4))),
      };
    }),
  };
}

/**
 * The card for one annotation, with the educator's note: on a term, the concept's note; on a
 * figure, the note of the fact the verdict cites (or else its concept's).
 */
export function buildCardModel(a: Annotation, index: SnapshotIndex, lang: Lang): CardModel | null {
  const model = cardModelWithoutNote(a, index, lang);
  if (!model) return null;
  const factId = a.kind === 'term' ? undefined : a.factIds?.[0];
  const targets: NoteTarget[] = [
    ...(factId ? [{ type: 'fact' as const, id: factId }] : []),
    ...(a.concept ? [{ type: 'concept' as const, id: a.concept }] : []),
  ];
  const withNote = targets.find((t) => index.notes.has(noteKey(t)));
  const target = withNote ?? targets[0];
  if (!target) return model;
  return { ...model, noteTarget: target, note: index.notes.get(noteKey(target)) };
}
