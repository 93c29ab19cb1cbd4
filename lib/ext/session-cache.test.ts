/**
 * The compiled fact base kept in storage.session (WXT's fake browser keeps it in memory, as the
 * browser does): one JSON text, because the browser hands a woken worker one string of ~2 MB
 * in a quarter of the time it takes to rebuild the same data as stored objects.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sessionCache } from './session-cache';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { compileLexicon, recognise } from '../recognise/recognise';

describe('the session cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives back what was kept, as one JSON text in the session area, and forgets it when told', async () => {
    const snapshot = snapshotFromPacks(loadBundledPacks());
    const reply = { snapshot, lexicon: compileLexicon(withBundledRefines(snapshot)) };
    const cache = sessionCache()!;
    expect(await cache.load()).toBeUndefined();

    await cache.save(reply);
    const stored = Object.values(await fakeBrowser.storage.session.get(null));
    expect(stored).toHaveLength(1);
    expect(typeof stored[0]).toBe('string');

    const kept = await cache.load();
    expect(kept?.snapshot.version).toBe(snapshot.version);
    const figure = recognise('In 2023 vroegen ruim 38.000 mensen voor het eerst asiel aan.', kept!.lexicon, { lang: 'nl', published: '2024-03-01' })
      .annotations.find((a) => a.kind === 'figure');
    expect(figure?.verdict).toBe('consistent');

    await cache.save(undefined);
    expect(await cache.load()).toBeUndefined();
  });

  it('ignores what an older version kept as stored objects (the next start compiles afresh)', async () => {
    await fakeBrowser.storage.session.set({ compiledFactBase: { snapshot: {}, lexicon: {} } });
    expect(await sessionCache()!.load()).toBeUndefined();
  });
});
