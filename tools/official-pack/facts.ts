/**
 * One fact per carried entry, in material order: its figure, period, backing (evidence, url,
 * published, confidence, via) and, where the material gives a first release and a later one
 * of the same figure, `revises` on the later one (build/revisions.json).
 */
import type { Lang } from '../../lib/factbase/schema';
import { formatDate } from '../../lib/view/citation';
import type { Revision } from './build-data';
import { figureOf } from './figures';
import { factIdOf, type MaterialEntry } from './material';
import { mapPeriod, normalisePublished, type PeriodTable } from './periods';
import { httpsUrl, shortPublisher } from './sources';
import { statementOf, writeNumber } from './statements';

export type FactOut = Record<string, unknown> & {
  id: string;
  concept: string;
  sourceId: string;
  statement: { nl: string; en: string };
  value: number;
  unit: string;
  qualifier: string;
  period: string | null;
  geo: string;
  published?: string;
  confidence: string;
  change?: unknown;
  revises?: string;
  series?: string;
};

export function buildFacts(
  carried: MaterialEntry[],
  conceptOf: (e: MaterialEntry) => string,
  subsetOf: (concept: string) => { nationality: string } | undefined,
  periods: PeriodTable,
  sourceIdOf: Map<string, string>,
): FactOut[] {
  const facts: FactOut[] = [];
  const ids = new Set<string>();
  for (const e of carried) {
    const id = factIdOf(e);
    if (ids.has(id)) throw new Error(`duplicate fact id ${id}`);
    ids.add(id);
    const { period, note: periodNote } = mapPeriod(e.period, periods);
    const figure = figureOf(e, period);
    const { published, note: publishedNote } = normalisePublished(e.published);
    const url = httpsUrl(e.url);
    facts.push({
      id,
      concept: conceptOf(e),
      statement: statementOf({
        publisher: shortPublisher(e.publisher),
        via: e.via,
        measure: { nl: e.measure_nl, en: e.measure },
        period,
        geo: e.geo,
        figure,
      }),
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
      ...(figure.change ? { change: figure.change } : {}),
      // A nationality's count is compared only with page figures about that nationality.
      ...(subsetOf(conceptOf(e)) ? { subset: subsetOf(conceptOf(e)) } : {}),
      period,
      ...(periodNote ? { periodNote } : {}),
      geo: e.geo,
      sourceId: sourceIdOf.get(url)!,
      evidence: e.evidence,
      url,
      ...(published ? { published } : {}),
      ...(publishedNote ? { publishedNote } : {}),
      confidence: e.confidence,
      ...(e.via ? { via: e.via } : {}),
    });
  }
  return facts;
}

function releaseWords(f: FactOut, lang: Lang): string {
  const n = writeNumber(f.value, lang);
  const date = f.published ? formatDate(f.published, lang) : lang === 'nl' ? 'z.d.' : 'n.d.';
  return lang === 'nl' ? `${n} (gepubliceerd ${date})` : `${n} (published ${date})`;
}

/**
 * Link each later release to the earlier one it revises (same concept, period and area), and
 * say so in both statements, so the card can tell "first published 6,800; revised to 6,740".
 */
export function applyRevisions(facts: FactOut[], revisions: Revision[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const r of revisions) {
    const later = byId.get(r.fact);
    const earlier = byId.get(r.revises);
    if (!later || !earlier) throw new Error(`build/revisions.json: ${r.fact} or ${r.revises} is not a fact of the pack`);
    if (later.concept !== earlier.concept || later.period !== earlier.period || later.geo !== earlier.geo) {
      throw new Error(`build/revisions.json: ${r.fact} and ${r.revises} differ in concept, period or area`);
    }
    if (later.revises) throw new Error(`build/revisions.json: ${r.fact} revises two facts`);
    later.revises = earlier.id;
    later.statement = {
      nl: `${later.statement.nl} Herziening van het eerder gepubliceerde cijfer ${releaseWords(earlier, 'nl')}.`,
      en: `${later.statement.en} Revises the figure first published as ${releaseWords(earlier, 'en')}.`,
    };
    earlier.statement = {
      nl: `${earlier.statement.nl} Later herzien: ${releaseWords(later, 'nl')}.`,
      en: `${earlier.statement.en} Later revised to ${releaseWords(later, 'en')}.`,
    };
  }
}
