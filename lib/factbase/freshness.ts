/**
 * How recent the fact base is, per main measure: the newest period it holds a figure for
 * ("Eerste asielaanvragen: 2025-Q4, CBS, gepubliceerd 2026-02"). A main measure is a generic
 * measure official counting rules refine; its newest figure is the newest of it and its
 * refinements, never a low-confidence one.
 */
import type { FactBaseSnapshot } from './query';
import { indexSnapshot, sourceIn } from './snapshot-index';
import { periodEnd } from './periods';

export interface NewestFigure {
  concept: string;
  label: { nl: string; en: string };
  period: string;
  factId: string;
  publisher?: string;
  published?: string;
}

export function newestPerMeasure(snap: Pick<FactBaseSnapshot, 'concepts' | 'facts' | 'sources'>): NewestFigure[] {
  const conceptById = new Map(snap.concepts.map((c) => [c.id, c]));
  const generic = new Map<string, string>(); // concept → the main measure it counts for
  for (const c of snap.concepts) if (c.refines && conceptById.has(c.refines)) generic.set(c.id, c.refines);
  for (const to of new Set(generic.values())) generic.set(to, to);
  const index = indexSnapshot(snap);
  const best = new Map<string, FactBaseSnapshot['facts'][number]>();
  for (const f of snap.facts) {
    const measure = generic.get(f.concept);
    if (!measure || !f.period || f.confidence === 'low') continue;
    const prev = best.get(measure);
    if (!prev || periodEnd(f.period) > periodEnd(prev.period!) || (periodEnd(f.period) === periodEnd(prev.period!) && (f.published ?? '') > (prev.published ?? ''))) best.set(measure, f);
  }
  return [...best]
    .map(([concept, f]) => {
      const publisher = sourceIn(index, f.packId, f.sourceId)?.publisher;
      return {
        concept,
        label: conceptById.get(concept)!.label,
        period: f.period!,
        factId: f.id,
        ...(publisher ? { publisher } : {}),
        ...(f.published ? { published: f.published } : {}),
      };
    })
    .sort((a, b) => a.label.en.localeCompare(b.label.en));
}
