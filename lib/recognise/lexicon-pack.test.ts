/**
 * The packed lexicon a background keeps between starts: a fraction of the JSON, and after
 * unpacking the same lexicon, reading a page the same way.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { compileLexicon, packLexicon, unpackLexicon } from './lexicon';
import { recognise } from './recognise';
import { compileForms, packTerms } from './term-trie';

const lexicon = compileLexicon(withBundledRefines(snapshotFromPacks(loadBundledPacks())));

describe('the packed lexicon', () => {
  it('unpacks to exactly the compiled lexicon, from under a third of its JSON', () => {
    const packed = packLexicon(lexicon)!;
    const json = JSON.stringify(packed);
    expect(json.length).toBeLessThan(JSON.stringify(lexicon).length / 3);
    expect(unpackLexicon(JSON.parse(json))).toEqual(lexicon);
  });

  it('reads a page as the compiled lexicon does', () => {
    const text =
      'In 2023 dienden ruim 38.000 mensen in Nederland hun eerste asielaanvraag in. De IND besliste op 20.400 aanvragen nog niet; ' +
      'het COA verwacht dat de opvang in Ter Apel vol blijft. Asylum applications in the EU rose to about 1.1 million (Eurostat).';
    const unpacked = unpackLexicon(JSON.parse(JSON.stringify(packLexicon(lexicon))));
    const read = (l: typeof lexicon) => recognise(text, l, { lang: 'auto', published: '2024-03-01' }).annotations;
    expect(read(unpacked)).toEqual(read(lexicon));
    expect(read(lexicon).filter((a) => a.kind === 'figure').length).toBeGreaterThanOrEqual(3);
  });

  it('numbers a trie breadth first, so that edge e leads to node e + 1 (what packing relies on)', () => {
    const trie = compileForms([{ id: 'a', forms: { nl: ['asiel', 'aanvraag', 'opvang'] } }]);
    expect(trie.edgeTo).toEqual(trie.edgeTo.map((_, e) => e + 1));
    expect(packTerms({ ...trie, edgeTo: [...trie.edgeTo].reverse() })).toBeNull();
  });
});
