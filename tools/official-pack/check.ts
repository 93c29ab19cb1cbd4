/**
 * What the generator refuses to write: a pack that does not validate (schema and references,
 * with the ids of the other bundled packs known, since `refines` points to their generic measures),
 * a carried entry missing or doubled, a low-confidence entry inside, or a profile naming a
 * facet that does not exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validatePack } from '../../lib/factbase/validate';
import { factIdOf, isCarried, type MaterialEntry } from './material';
import type { OfficialPackFiles } from './build';

/** Where the generic measures `refines` may name live: the other bundled packs. */
const GENERIC_PACK_CONCEPTS = ['nl-migration-agenda', 'migration-thesaurus'].map((p) => path.resolve(process.cwd(), 'data', p, 'concepts.json'));

/** The concept ids of the other bundled packs, which `refines` may name. */
export function firstPackConceptIds(files = GENERIC_PACK_CONCEPTS): Set<string> {
  return new Set(files.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string }>).map((c) => c.id)));
}

export function officialPackObject(files: OfficialPackFiles): Record<string, unknown> {
  return {
    ...(files['pack.json'] as object),
    sources: files['sources.json'],
    concepts: files['concepts.json'],
    facts: files['facts.json'],
    series: files['series.json'],
    facets: files['facets.json'],
  };
}

export function packProblems(files: OfficialPackFiles, material: MaterialEntry[], knownConcepts = firstPackConceptIds()): string[] {
  const problems: string[] = [];
  const result = validatePack(officialPackObject(files), { concepts: knownConcepts });
  if (!result.ok) problems.push(...result.problems.map((p) => `${p.path || '(pack)'}: ${p.message}`));
  const count = new Map<string, number>();
  for (const f of files['facts.json'] as Array<{ id: string }>) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  for (const e of material) {
    const n = count.get(factIdOf(e)) ?? 0;
    if (isCarried(e) && n !== 1) problems.push(`${e.id}: carried ${n} times`);
    if (!isCarried(e) && n !== 0) problems.push(`${e.id}: a low-confidence entry is in the pack`);
  }
  return problems;
}
