/**
 * The background reads the bundled packs from the file the build writes into the extension's
 * package (fetch of its own chrome-extension:// URL, stubbed here with the same bytes).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_PACKS_FILE, bundledPackInputs, bundledPackVersions } from '../factbase/bundled';
import { PackValidationError } from '../factbase/validate';
import { loadPackagedPacks } from './packaged-packs';

function serve(body: string, status = 200) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => (asked.push(url), new Response(body, { status })));
  return asked;
}

describe('the bundled packs from the extension package', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are read from the packaged file and validated, in install order', async () => {
    const asked = serve(JSON.stringify(bundledPackInputs()));
    const packs = await loadPackagedPacks();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(new RegExp(`^chrome-extension://[^/]+/${BUNDLED_PACKS_FILE}$`));
    expect(packs.map((p) => ({ id: p.id, version: p.version }))).toEqual(bundledPackVersions());
    expect(packs.every((p) => p.concepts.length > 0)).toBe(true);
  });

  it('say plainly when the file is missing or not a list of packs', async () => {
    serve('not found', 404);
    await expect(loadPackagedPacks()).rejects.toThrow(/bundled fact packs \(bundled-packs\.json\) could not be read: 404/);
    serve('{"id":"x"}');
    await expect(loadPackagedPacks()).rejects.toThrow(/not a list of packs/);
  });

  it('refuse a pack that does not validate, naming the field', async () => {
    const inputs = bundledPackInputs().map((p) => structuredClone(p)) as Record<string, any>[];
    inputs[1].facts[0].value = 'many';
    serve(JSON.stringify(inputs));
    const err = await loadPackagedPacks().catch((e) => e);
    expect(err).toBeInstanceOf(PackValidationError);
    expect(String(err.message)).toContain("facts[0].value");
  });
});
