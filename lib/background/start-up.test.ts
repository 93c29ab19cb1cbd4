/**
 * What a (re)started background does before it can answer a page: every start but the first
 * after an install or update finds the bundled packs in its database and leaves them
 * unvalidated (validating them took a woken worker ~0.1 s); a newer bundled version is still
 * validated and installed.
 */
import { describe, expect, it } from 'vitest';
import { bundledPackVersions, loadBundledPacks } from '../factbase/bundled';
import { LensDatabase } from '../factbase/db';
import { FactBaseService } from './factbase-service';

let n = 0;

/** The bundled packs, counting how often they are asked for (each time validated, in the extension). */
function countingPacks() {
  const calls = { n: 0 };
  return { calls, packs: () => (calls.n++, loadBundledPacks()) };
}

describe('a background starting on a database it used before', () => {
  it('installs and validates the bundled packs on its first start only', async () => {
    const name = `start-up-${n++}`;
    const first = countingPacks();
    const installed = new FactBaseService(first.packs, () => new LensDatabase(name), { bundledVersions: bundledPackVersions });
    await installed.ready;
    expect(first.calls.n).toBe(1);
    expect((await installed.listPacks()).map((p) => p.id).sort()).toEqual(bundledPackVersions().map((v) => v.id).sort());

    const again = countingPacks();
    const restarted = new FactBaseService(again.packs, () => new LensDatabase(name), { bundledVersions: bundledPackVersions });
    await restarted.ready;
    expect(again.calls.n).toBe(0);
    // It still reads pages with everything the first start installed.
    const { snapshot } = await restarted.snapshot();
    expect(snapshot.packs.map((p) => p.id).sort()).toEqual(bundledPackVersions().map((v) => v.id).sort());
    expect(snapshot.facts.length).toBeGreaterThan(100);
  });

  it('validates and installs a bundled pack whose version is newer than the installed one', async () => {
    const name = `start-up-${n++}`;
    await new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { bundledVersions: bundledPackVersions }).ready;

    // The next extension version ships the official pack as 99.0.0.
    const newer = () => loadBundledPacks().map((p) => (p.id === 'official-statistics' ? { ...p, version: '99.0.0' } : p));
    const versions = () => bundledPackVersions().map((v) => (v.id === 'official-statistics' ? { ...v, version: '99.0.0' } : v));
    const update = { n: 0 };
    const updated = new FactBaseService(() => (update.n++, newer()), () => new LensDatabase(name), { bundledVersions: versions });
    await updated.ready;
    expect(update.n).toBe(1);
    expect((await updated.listPacks()).find((p) => p.id === 'official-statistics')?.version).toBe('99.0.0');
  });

  it('told no versions, it validates and checks every pack at every start', async () => {
    const name = `start-up-${n++}`;
    await new FactBaseService(loadBundledPacks, () => new LensDatabase(name)).ready;
    const again = countingPacks();
    await new FactBaseService(again.packs, () => new LensDatabase(name)).ready;
    expect(again.calls.n).toBe(1);
  });
});
