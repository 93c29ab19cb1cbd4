/**
 * The model behind every export of a page: one row per annotation, with the sentence it
 * stands in, the figure as written and as understood, the verdict, and the full citation of
 * the source it was checked against. Pure: the content script gives the annotations and the
 * text; the formats (csv.ts, markdown.ts, json.ts, claimreview.ts) only serialise this.
 */
import { formatCitation } from '../view/citation';
import { httpsHref } from '../util/https-url';
import { describeFact } from '../view/card';
import { sourceLine, type SourceLine } from '../view/source-line';
import { sourceIn, type SnapshotIndex } from '../factbase/snapshot-index';
import type { Fact, Lang, Qualifier, Unit } from '../factbase/schema';
import { formatDifference, formatFigure } from '../view/format';
import type { Annotation, Verdict } from '../recognise/types';
import type { Claim } from '../recognise/figures/frame';
import { differsNote, readAs, whyNoVerdict } from '../view/claim-text';
import { sentenceAround } from './sentence';

export const REPORT_FORMAT = 'migration-lens/page-report';
export const REPORT_FORMAT_VERSION = 1;

export interface ReportSource {
  /** The fact the row was checked against; null for a term (the concept's defining document). */
  factId: string | null;
  title: string;
  publisher: string;
  date: string | null;
  reference: string | null;
  /** https only (the fact-pack schema refuses other URLs). */
  url: string | null;
  /** The publication the source cites for the figure. */
  citing: string | null;
  /** When the source published the figure ("as of"). */
  asOf: string | null;
  /** Verbatim from the source, or `evidence` (a paraphrase) for figures from web pages. */
  quote: string | null;
  evidence: string | null;
  locator: string | null;
}

export interface ReportCitations {
  plain: { nl: string; en: string };
  apa: { nl: string; en: string };
}

export interface ReportRow {
  /** 1-based, in reading order. */
  index: number;
  kind: Annotation['kind'];
  /** UTF-16 offsets of the annotation in the text it was recognised in. */
  start: number;
  end: number;
  /** The text as written on the page ("ruim 38.000", "hervestiging"). */
  asWritten: string;
  /** The sentence of the page that contains it (see `sentenceAround`). */
  sentence: string;
  /** Figures and numbers: the figure as understood ("> 38.000"). */
  understood: string | null;
  /** Figures: the claim the engine read, in words ("eerste asielaanvragen · NL · 2023 · gerealiseerd · ruim 38.000"). */
  readAs: string | null;
  /** Figures without consistent/differs: why no verdict was given. */
  why: string | null;
  /** A `differs`: the fact of another period the figure equals, when its sentence states one period. */
  otherPeriod: string | null;
  /** Figures: the claim frame itself (slots and the offsets of the words that set them). */
  claim: Claim | null;
  value: number | null;
  range: [number, number] | null;
  unit: Unit | null;
  qualifier: Qualifier | null;
  conceptId: string | null;
  conceptLabel: string | null;
  pillar: number | null;
  period: string | null;
  geo: string | null;
  verdict: Verdict | null;
  /** The source's figure the verdict rests on, with its period and area ("≈ 530 (2018, NL)"). */
  sourceFigure: string | null;
  sourceValue: number | null;
  sourceRange: [number, number] | null;
  /** For `differs`: page − source, written ("+1.325 (+3,5%)") and as numbers. */
  difference: string | null;
  differenceAbs: number | null;
  differenceRel: number | null;
  source: ReportSource | null;
  citations: ReportCitations | null;
}

export interface PageReport {
  format: typeof REPORT_FORMAT;
  formatVersion: typeof REPORT_FORMAT_VERSION;
  page: {
    url: string;
    title: string;
    /** The page's publication date when it states one (YYYY-MM-DD or shorter). */
    published: string | null;
  };
  /** ISO timestamp of the check. */
  checkedAt: string;
  /** Language of labels, understood figures and the report's own words. */
  lang: Lang;
  rows: ReportRow[];
}

export interface PageReportInput {
  url: string;
  title: string;
  lang: Lang;
  published?: string | null;
  /** Defaults to now. */
  checkedAt?: Date | string;
  /** In reading order. */
  annotations: Annotation[];
  /**
   * The sentence of each annotation, same order — e.g. the content script cuts each from its
   * text block with `sentenceAround(block, start - blockStart, end - blockStart)`.
   */
  sentences?: ReadonlyArray<string | null | undefined>;
  /** Or the text the annotations' offsets point into: each sentence is cut from it. */
  text?: string;
}

function citations(line: SourceLine, fact?: Fact): ReportCitations {
  return {
    plain: { nl: formatCitation(line, 'nl', 'plain', fact), en: formatCitation(line, 'en', 'plain', fact) },
    apa: { nl: formatCitation(line, 'nl', 'apa', fact), en: formatCitation(line, 'en', 'apa', fact) },
  };
}

/** What a row says of the annotation itself; the source columns are filled in after. */
function rowOf(a: Annotation, i: number, sentence: string, index: SnapshotIndex, lang: Lang): ReportRow {
  const concept = a.concept ? index.concepts.get(a.concept) : undefined;
  return {
    index: i + 1,
    kind: a.kind,
    start: a.start,
    end: a.end,
    asWritten: a.text,
    sentence,
    understood: a.kind === 'term' ? null : formatFigure(a, lang),
    readAs: readAs(a, concept?.label[lang] ?? null, lang),
    why: whyNoVerdict(a, lang, (id) => describeFact(index, id, lang)),
    otherPeriod: differsNote(a, lang, (id) => describeFact(index, id, lang)),
    claim: a.claim ?? null,
    value: a.value ?? null,
    range: a.range ? [a.range[0], a.range[1]] : null,
    unit: a.unit ?? null,
    qualifier: a.qualifier ?? null,
    conceptId: a.concept ?? null,
    conceptLabel: concept?.label[lang] ?? null,
    pillar: concept?.pillar ?? null,
    period: a.period ?? (a.year ? String(a.year) : null),
    geo: a.geo ?? null,
    verdict: a.verdict ?? null,
    sourceFigure: null,
    sourceValue: null,
    sourceRange: null,
    difference: null,
    differenceAbs: null,
    differenceRel: null,
    source: null,
    citations: null,
  };
}

/** A term's source: the first source of its concept. */
function addTermSource(row: ReportRow, a: Annotation, index: SnapshotIndex): void {
  const concept = a.concept ? index.concepts.get(a.concept) : undefined;
  const line = concept?.sourceIds[0] ? sourceLine(index, concept.packId, concept.sourceIds[0]) : undefined;
  if (!line) return;
  row.source = {
    factId: null, title: line.title, publisher: line.publisher, date: line.date ?? null, reference: line.reference ?? null,
    url: line.url ?? null, citing: null, quote: null, evidence: null, locator: null, asOf: null,
  };
  row.citations = citations(line);
}

/** A figure's source: the fact it was compared with (else the first it was linked to), its figure, the difference and citation. */
function addFactSource(row: ReportRow, a: Annotation, index: SnapshotIndex, lang: Lang): void {
  const factId = a.comparison?.factId ?? a.factIds?.[0];
  const fact = factId ? index.facts.get(factId) : undefined;
  if (!fact) return;
  if (a.verdict === 'consistent' || a.verdict === 'differs' || a.verdict === 'context') {
    row.sourceFigure = `${formatFigure(fact, lang)} (${fact.period ?? '—'}, ${fact.geo})`;
    row.sourceValue = fact.value ?? null;
    row.sourceRange = fact.range ? [fact.range[0], fact.range[1]] : null;
  }
  const c = a.comparison;
  if (a.verdict === 'differs' && c?.diffAbs !== undefined) {
    row.difference = formatDifference(c.diffAbs, c.diffRel, fact.unit, lang);
    row.differenceAbs = c.diffAbs;
    row.differenceRel = c.diffRel ?? null;
  }
  const s = sourceIn(index, fact.packId, fact.sourceId);
  if (!s) return;
  const origin = sourceIn(index, fact.packId, fact.originId);
  // A fact from a web page carries its own URL; a document's URL is the source's.
  const url = httpsHref(fact.url) ?? httpsHref(s.url);
  const line: SourceLine = { title: s.title, publisher: s.publisher, date: s.date ?? fact.published, reference: s.reference, url, citing: origin?.title };
  row.source = {
    factId: fact.id,
    title: s.title,
    publisher: s.publisher,
    date: line.date ?? null,
    reference: s.reference ?? null,
    url: url ?? null,
    citing: origin?.title ?? null,
    quote: fact.quote ?? null,
    evidence: fact.evidence ?? null,
    locator: fact.locator ?? null,
    asOf: fact.published ?? s.date ?? null,
  };
  row.citations = citations(line, fact);
}

export function buildPageReport(input: PageReportInput, index: SnapshotIndex): PageReport {
  const lang = input.lang;
  const checkedAt = input.checkedAt instanceof Date ? input.checkedAt.toISOString() : (input.checkedAt ?? new Date().toISOString());
  const rows = input.annotations.map((a, i): ReportRow => {
    const sentence = input.sentences?.[i] ?? (input.text !== undefined ? sentenceAround(input.text, a.start, a.end) : a.text);
    const row = rowOf(a, i, sentence, index, lang);
    if (a.kind === 'term') addTermSource(row, a, index);
    else addFactSource(row, a, index, lang);
    return row;
  });
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    page: { url: input.url, title: input.title, published: input.published ?? null },
    checkedAt,
    lang,
    rows,
  };
}
