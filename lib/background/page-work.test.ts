/**
 * Requests that wait together (a woken background, the batches of one page queued behind the
 * first) are each answered in a task of their own: the answer for the blocks near the view
 * is given before the later batches are read, not after them.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import * as engine from '../recognise/recognise';
import { PageWork } from './page-work';

vi.mock('../recognise/recognise', async (original) => {
  const real = await original<typeof import('../recognise/recognise')>();
  return { ...real, recognise: vi.fn(real.recognise) };
});

describe('page work for several waiting requests', () => {
  it('answers the first request before it reads the next', async () => {
    const snapshot = snapshotFromPacks(loadBundledPacks());
    const lexicon = engine.compileLexicon(withBundledRefines(snapshot));
    let ready!: () => void;
    const fetched = new Promise<void>((ok) => (ready = ok));
    // The fact base arrives after both requests came in, as on a woken service worker.
    const work = new PageWork({
      lexicon: async () => (await fetched, { version: snapshot.version, lexicon }),
      snapshot: async () => (await fetched, { snapshot, lexicon }),
      onChange: () => undefined,
    });

    const events: string[] = [];
    const real = (await vi.importActual<typeof import('../recognise/recognise')>('../recognise/recognise')).recognise;
    vi.mocked(engine.recognise).mockImplementation((text, lex, opts) => (events.push(`read ${text.slice(0, 9)}`), real(text, lex, opts)));

    const reading = { lang: 'nl' as const, published: '2024-03-01' };
    const near = work.recognise({ ...reading, pieces: ['Bovenaan: ruim 38.000 eerste asielaanvragen in 2023.'] }).then((r) => (events.push('answer near'), r));
    const later = work.recognise({ ...reading, pieces: ['Verderop: bijna 44.000 asielaanvragen in 2024.'] }).then((r) => (events.push('answer later'), r));
    ready();
    const [a, b] = await Promise.all([near, later]);

    expect(events).toEqual(['read Bovenaan:', 'answer near', 'read Verderop:', 'answer later']);
    expect(a[0]?.a.length).toBeGreaterThan(0);
    expect(b[0]?.a.length).toBeGreaterThan(0);
  });
});
