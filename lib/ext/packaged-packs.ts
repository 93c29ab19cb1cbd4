/**
 * The bundled packs as the background loads them: read from the extension's own package (the
 * file the build writes, see lib/factbase/bundled-meta.ts) and validated. A local read of a
 * packaged file, never a network request.
 */
import { BUNDLED_PACKS_FILE, parseBundledPacks } from '../factbase/bundled-meta';
import type { FactPack } from '../factbase/schema';

export async function loadPackagedPacks(): Promise<FactPack[]> {
  const url = browser.runtime.getURL(`/${BUNDLED_PACKS_FILE}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The extension's bundled fact packs (${BUNDLED_PACKS_FILE}) could not be read: ${res.status} ${res.statusText}.`);
  const inputs: unknown = await res.json();
  if (!Array.isArray(inputs)) throw new Error(`The extension's bundled fact packs (${BUNDLED_PACKS_FILE}) are not a list of packs.`);
  return parseBundledPacks(inputs);
}
