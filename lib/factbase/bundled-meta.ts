/**
 * What the extension's background needs to know about the bundled packs without loading them:
 * their ids and versions, the `refines` map the lexicon is compiled with, and how their raw
 * inputs are validated once loaded. The packs themselves (about 1 MB of JSON) are not in the
 * background's script: compiling and running a script that carried them took a woken Chrome
 * service worker some 50 ms on every start, and they are needed only when a pack must be
 * installed or the database is unavailable. The build writes them to BUNDLED_PACKS_FILE in
 * the extension's package (wxt.config.ts); lib/ext/packaged-packs.ts reads them from there.
 * The CLI and tests take them from data/ through bundled.ts.
 */
import meta from '../../data/nl-migration-agenda/pack.json';
import officialMeta from '../../data/official-statistics/pack.json';
import thesaurusMeta from '../../data/migration-thesaurus/pack.json';
import officialRefinesJson from '../../data/official-statistics/refines.json';
import type { FactPack } from './schema';
import { parsePack, type KnownIds } from './validate';

/** The file in the extension's package that holds the bundled packs' raw inputs, in install order. */
export const BUNDLED_PACKS_FILE = 'bundled-packs.json';

/** The id and version of every pack that ships with the extension, in install order, read without the packs. */
export function bundledPackVersions(): { id: string; version: string }[] {
  return [meta, officialMeta, thesaurusMeta].map(({ id, version }) => ({ id, version }));
}

/**
 * The concept and facet ids raw pack inputs declare, read before validation: a bundled pack
 * may name the other's ids (`refines` → nl-migration-agenda concepts, a profile → the
 * official pack's facets), so each is validated knowing the other's.
 */
export function declaredIds(inputs: unknown[]): KnownIds {
  const concepts = new Set<string>();
  const facets = new Set<string>();
  const ids = (list: unknown, into: Set<string>) => {
    if (!Array.isArray(list)) return;
    for (const item of list) if (typeof (item as { id?: unknown })?.id === 'string') into.add((item as { id: string }).id);
  };
  for (const input of inputs) {
    ids((input as { concepts?: unknown })?.concepts, concepts);
    ids((input as { facets?: unknown })?.facets, facets);
  }
  return { concepts, facets };
}

/**
 * For each metric of the official-statistics pack, the generic concept of the
 * nl-migration-agenda pack it refines (e.g. `stat-first-asylum-cbs` → `first-asylum-applications`).
 * The concepts also carry it inline (`refines`); this generated copy stays until the
 * recogniser reads the inline field.
 */
export const officialRefines: Readonly<Record<string, string>> = officialRefinesJson;

/**
 * What the lexicon is compiled from: the merged snapshot of the enabled packs plus the
 * bundled `refines` map, so figures link to every official definition of a measure
 * (lib/recognise/definitions.ts). The extension's background and the CLI both use this, so
 * they agree; refinements whose concepts are not in the snapshot (pack switched off) are ignored.
 */
export function withBundledRefines<T extends object>(snapshot: T): T & { refines: Readonly<Record<string, string>> } {
  return { ...snapshot, refines: officialRefines };
}

/** The bundled packs from their raw inputs (in install order), each validated knowing the others' ids (throws PackValidationError naming the field paths). */
export function parseBundledPacks(inputs: unknown[]): FactPack[] {
  return inputs.map((input, i) => parsePack(input, declaredIds(inputs.filter((_, k) => k !== i))));
}
