/**
 * A snapshot built straight from packs in memory, for when IndexedDB cannot be used
 * (Firefox private windows, a corrupted profile): the extension keeps working from the
 * bundled pack and says so. Switching concepts off and notes need the database: in memory
 * every concept is on, and only notes that ship inside packs are shown.
 */
import type { FactPack } from './schema';
import { mergeFacets, type FactBaseSnapshot } from './query';
import { onePerId } from './one-per-id';

export function snapshotFromPacks(packs: FactPack[]): FactBaseSnapshot {
  const tag = <T>(packId: string, items: T[]) => items.map((x) => ({ ...x, packId }));
  const seen = new Set<string>();
  const seenNote = new Set<string>();
  return {
    version: 'memory:' + packs.map((p) => `${p.id}@${p.version}`).join('|'),
    packs: packs.map((p) => ({ id: p.id, version: p.version, origin: 'bundled' as const, title: p.title })),
    sources: packs.flatMap((p) => tag(p.id, p.sources)),
    concepts: packs.flatMap((p) => tag(p.id, p.concepts)).filter((c) => !seen.has(c.id) && seen.add(c.id)),
    // One fact per id, as in the database's snapshot (here: the first pack's).
    facts: onePerId(packs.flatMap((p) => tag(p.id, p.facts)), packs.map((p) => p.id)),
    series: packs.flatMap((p) => tag(p.id, p.series)),
    // Without a database the user cannot write notes; only notes that ship inside the packs
    // show (the first per target, as on install).
    notes: packs.flatMap((p) => p.notes).filter((n) => !seenNote.has(`${n.target.type}:${n.target.id}`) && seenNote.add(`${n.target.type}:${n.target.id}`)),
    facets: mergeFacets(packs.map((p) => p.facets)),
    disabledConcepts: [],
  };
}
