/**
 * One metric concept per counting rule (build/concepts.json): which concept carries an entry,
 * and the concepts as the pack states them — sources from their facts, `confusedWith` in both
 * directions, and the counting-rule fields the recogniser reads (`refines`, `profile`).
 */
import type { ConceptSpec } from './build-data';
import type { MaterialEntry } from './material';

/** Entry → concept id: by the entry's own id where a concept lists it, else by its measure. */
export function conceptResolver(specs: ConceptSpec[]): (e: MaterialEntry) => string {
  const byMeasure = new Map<string, string>();
  const byEntry = new Map<string, string>();
  for (const c of specs) {
    for (const m of c.measures) {
      if (byMeasure.has(m)) throw new Error(`measure "${m}" mapped twice (${byMeasure.get(m)}, ${c.id})`);
      byMeasure.set(m, c.id);
    }
    for (const id of c.entries ?? []) {
      if (byEntry.has(id)) throw new Error(`entry "${id}" mapped twice`);
      byEntry.set(id, c.id);
    }
  }
  return (e) => {
    const concept = byEntry.get(e.id) ?? byMeasure.get(e.measure);
    if (!concept) throw new Error(`no concept for measure "${e.measure}" (${e.id}): add it to a concept in build/concepts.json`);
    return concept;
  };
}

/** Pairs of measures often confused, stored in both directions. */
function confusedMap(specs: ConceptSpec[], pairs: Array<[string, string]>): Map<string, Set<string>> {
  const ids = new Set(specs.map((c) => c.id));
  const out = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (!ids.has(x)) throw new Error(`unknown concept ${x} in build/confused-with.json`);
      if (!out.has(x)) out.set(x, new Set());
      out.get(x)!.add(y);
    }
  }
  return out;
}

export function buildConcepts(
  specs: ConceptSpec[],
  facts: ReadonlyArray<{ concept: string; sourceId: string }>,
  confusedPairs: Array<[string, string]>,
): Array<Record<string, unknown>> {
  const confused = confusedMap(specs, confusedPairs);
  // A population subset names the measure it narrows; that measure lists it back.
  const narrower = new Map<string, string[]>();
  for (const c of specs) for (const b of c.broader ?? []) narrower.set(b, [...(narrower.get(b) ?? []), c.id]);
  return specs.map((c) => {
    const sourceIds = [...new Set(facts.filter((f) => f.concept === c.id).map((f) => f.sourceId))];
    if (!sourceIds.length) throw new Error(`concept ${c.id} has no facts`);
    const cw = [...(confused.get(c.id) ?? [])];
    const nw = narrower.get(c.id) ?? [];
    return {
      id: c.id,
      kind: 'metric',
      label: c.label,
      definition: c.definition,
      terms: c.terms,
      sourceIds,
      countingRule: c.countingRule,
      ...(cw.length ? { confusedWith: cw } : {}),
      ...(c.broader?.length ? { broader: c.broader } : {}),
      ...(nw.length ? { narrower: nw } : {}),
      ...(c.refines ? { refines: c.refines } : {}),
      ...(c.profile ? { profile: c.profile } : {}),
      ...(c.republishes ? { republishes: c.republishes } : {}),
      ...(c.modality ? { modality: c.modality } : {}),
      ...(c.alsoAs ? { alsoAs: c.alsoAs } : {}),
      ...(c.shareOfWhen ? { shareOfWhen: c.shareOfWhen } : {}),
    };
  });
}

/** refines.json: stat- concept → the generic concept it refines (still read beside the pack). */
export function refinesTable(specs: ConceptSpec[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of specs) if (c.refines) out[c.id] = c.refines;
  return out;
}
