/**
 * Series: one quantity of one concept and area per granularity (year, quarter, reference
 * date), from build/series.json. A period with several facts takes, in order: a fact no later
 * release revises (the newest release), a value before a bound, the latest published, `high`
 * before `medium`, then material order. The other facts stay outside the series.
 */
import type { SeriesSpec } from './build-data';
import type { FactOut } from './facts';

const GRAIN_RE = { year: /^\d{4}$/, quarter: /^\d{4}-Q[1-4]$/, date: /^\d{4}-\d{2}(-\d{2})?$/ };
const GRAIN_LABEL = {
  year: { nl: 'per jaar', en: 'per year' },
  quarter: { nl: 'per kwartaal', en: 'per quarter' },
  date: { nl: 'op peildata', en: 'at reference dates' },
};

type Rank = [revised: number, bound: number, published: string, confidence: number];

function rank(f: FactOut, revised: ReadonlySet<string>): Rank {
  return [
    revised.has(f.id) ? 1 : 0,
    f.qualifier === 'more-than' || f.qualifier === 'less-than' ? 1 : 0,
    f.published ?? '',
    f.confidence === 'high' ? 0 : 1,
  ];
}

/** Whether `a` is a better series point than `b`. */
function better(a: Rank, b: Rank): boolean {
  if (a[0] !== b[0]) return a[0] < b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  if (a[2] !== b[2]) return a[2] > b[2];
  return a[3] < b[3];
}

export function buildSeries(
  facts: FactOut[],
  specs: SeriesSpec[],
  conceptLabel: Map<string, { nl: string; en: string }>,
): Array<Record<string, unknown>> {
  const revised = new Set(facts.map((f) => f.revises).filter((id): id is string => !!id));
  const series: Array<Record<string, unknown>> = [];
  for (const spec of specs) {
    const candidates = facts.filter(
      (f) => f.concept === spec.concept && f.geo === spec.geo && !f.change && typeof f.period === 'string' && GRAIN_RE[spec.grain].test(f.period),
    );
    const best = new Map<string, FactOut>();
    for (const f of candidates) {
      const cur = best.get(f.period!);
      if (!cur || better(rank(f, revised), rank(cur, revised))) best.set(f.period!, f);
    }
    if (best.size < 2) throw new Error(`series ${spec.id} has fewer than two periods`);
    const units = new Set([...best.values()].map((f) => f.unit));
    if (units.size !== 1) throw new Error(`series ${spec.id} mixes units`);
    for (const f of best.values()) f.series = spec.id;
    const label = conceptLabel.get(spec.concept);
    if (!label) throw new Error(`series ${spec.id}: unknown concept ${spec.concept}`);
    const geoSuffix = spec.geo === 'NL' ? '' : `, ${spec.geo}`;
    series.push({
      id: spec.id,
      concept: spec.concept,
      label: {
        nl: `${label.nl} (${GRAIN_LABEL[spec.grain].nl}${geoSuffix})`,
        en: `${label.en} (${GRAIN_LABEL[spec.grain].en}${geoSuffix})`,
      },
      unit: [...units][0],
      geo: spec.geo,
    });
  }
  return series;
}
