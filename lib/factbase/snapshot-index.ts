/**
 * The fact-base snapshot indexed for look-ups by id: concepts, facts, facts by concept,
 * sources and series (by pack and id), and notes by what they are attached to. Built once per
 * snapshot and shared by the card, the exports and the content script.
 */
import type { FactBaseSnapshot } from './query';
import type { Note } from './schema';

type SnapSource = FactBaseSnapshot['sources'][number];
type SnapSeries = FactBaseSnapshot['series'][number];

export interface SnapshotIndex {
  /** Notes by "concept:id" / "fact:id" (see noteKey). */
  notes: Map<string, string>;
  concepts: Map<string, FactBaseSnapshot['concepts'][number]>;
  facts: Map<string, FactBaseSnapshot['facts'][number]>;
  /** Keyed by pack and id (see sourceIn): source ids are unique within a pack only. */
  sources: Map<string, SnapSource>;
  factsByConcept: Map<string, FactBaseSnapshot['facts']>;
  /** Keyed by pack and id (see seriesIn), like sources. */
  series: Map<string, SnapSeries>;
}

/** Sources and series are keyed by pack and id: their ids are unique within a pack only. */
const packKey = (packId: string, id: string) => `${packId}\u0000${id}`;

/** The key of a note in `SnapshotIndex.notes`. */
export const noteKey = (target: Note['target']) => `${target.type}:${target.id}`;

/** Notes and series are optional: a part of the snapshot indexes too (the background's freshness list). */
export function indexSnapshot(
  snap: Pick<FactBaseSnapshot, 'concepts' | 'facts' | 'sources'> & Partial<Pick<FactBaseSnapshot, 'notes' | 'series'>>,
): SnapshotIndex {
  const factsByConcept = new Map<string, FactBaseSnapshot['facts']>();
  for (const f of snap.facts) {
    const list = factsByConcept.get(f.concept) ?? [];
    list.push(f);
    factsByConcept.set(f.concept, list);
  }
  return {
    notes: new Map((snap.notes ?? []).map((n) => [noteKey(n.target), n.text])),
    concepts: new Map(snap.concepts.map((c) => [c.id, c])),
    facts: new Map(snap.facts.map((f) => [f.id, f])),
    sources: new Map(snap.sources.map((s) => [packKey(s.packId, s.id), s])),
    factsByConcept,
    series: new Map((snap.series ?? []).map((s) => [packKey(s.packId, s.id), s])),
  };
}

/** The source `id` of pack `packId` (undefined for no id or an unknown one). */
export function sourceIn(index: SnapshotIndex, packId: string, id: string | undefined): SnapSource | undefined {
  return id === undefined ? undefined : index.sources.get(packKey(packId, id));
}

/** The series `id` of pack `packId`. */
export function seriesIn(index: SnapshotIndex, packId: string, id: string): SnapSeries | undefined {
  return index.series.get(packKey(packId, id));
}
