/**
 * The compiled fact base kept in storage.session (WXT's fake browser keeps it in memory, as the
 * browser does): the lexicon and the snapshot each as one JSON text, because the browser hands
 * a woken worker one string of ~2 MB in a quarter of the time it takes to rebuild the same data
 * as stored objects, and the lexicon alone (what reads a page) sooner still.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sessionCache } from './session-cache';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { compileLexicon, recognise } from '../recognise/recognise';

describe('the session cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives back what was kept, as two JSON texts in the session area, and forgets both when told', async () => {
    const snapshot = snapshotFromPacks(loadBundledPacks());
    const reply = { snapshot, lexicon: compileLexicon(withBundledRefines(snapshot)) };
    const cache = sessionCache()!;
    expect(await cache.loadLexicon()).toBeUndefined();
    expect(await cache.loadSnapshot()).toBeUndefined();

    await cache.save(reply);
    const stored = Object.values(await fakeBrowser.storage.session.get(null));
    expect(stored.map((v) => typeof v)).toEqual(['string', 'string']);

    const kept = await cache.loadLexicon();
    expect(kept?.version).toBe(snapshot.version);
    expect((await cache.loadSnapshot())?.facts.length).toBe(snapshot.facts.length);
    const figure = recognise('In 2023 dienden ruim 38.000 mensen hun eerste asielaanvraag in.', kept!.lexicon, { lang: 'nl', published: '2024-03-01' })
      .annotations.find((a) => a.kind === 'figure');
    expect(figure?.verdict).toBe('consistent');

    await cache.save(undefined);
    expect(await cache.loadLexicon()).toBeUndefined();
    expect(await cache.loadSnapshot()).toBeUndefined();
  });

  it('ignores what an older version kept as stored objects (the next start compiles afresh)', async () => {
    await fakeBrowser.storage.session.set({ compiledLexicon: { version: 'x', lexicon: {} } });
    expect(await sessionCache()!.loadLexicon()).toBeUndefined();
  });
});
