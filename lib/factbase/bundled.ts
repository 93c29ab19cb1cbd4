/**
 * The fact pack that ships with the extension, assembled from the JSON files in data/.
 * Validation happens at load time (in the background on install/update, in the CLI at
 * start) so a broken data/ file is reported with its field path, never half-installed.
 */
import meta from '../../data/nl-migration-agenda/pack.json';
import sources from '../../data/nl-migration-agenda/sources.json';
import concepts from '../../data/nl-migration-agenda/concepts.json';
import facts from '../../data/nl-migration-agenda/facts.json';
import series from '../../data/nl-migration-agenda/series.json';
import type { FactPack } from './schema';
import { parsePack } from './validate';

/** The raw, unvalidated object formed by the files in data/nl-migration-agenda/. */
export const bundledPackInput: unknown = { ...meta, sources, concepts, facts, series };

let cached: FactPack | undefined;

/** The bundled pack, validated (throws PackValidationError naming the field paths). */
export function loadBundledPack(): FactPack {
  cached ??= parsePack(bundledPackInput);
  return cached;
}

/** Every pack that ships with the extension, in install order. */
export function loadBundledPacks(): FactPack[] {
  return [loadBundledPack()];
}
