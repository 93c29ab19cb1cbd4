/**
 * Fact ids across packs: a verdict and its card always cite the same fact. Imports may not
 * reuse a fact id another installed pack holds; when a later bundled update brings in an id a
 * user pack already has, the pack precedence rule (data/README.md, "Conflicts") picks one fact
 * for everything: the lexicon the verdict comes from and the card's index.
 */
import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { buildCardModel } from '../view/card';
import { indexSnapshot } from './snapshot-index';
import { recognise } from '../recognise/recognise';
import { LensDatabase } from './db';
import { snapshotFromPacks } from './memory';
import { FactBaseService } from '../background/factbase-service';
import { installBundledPack } from './store';
import { clone, userPack } from '../../test/helpers/factbase';
import { parsePack } from './validate';

let n = 0;
const freshDb = () => new LensDatabase(`fact-ids-${n++}`);

/** The mini pack with its resettlement concept as a measured quantity, so figures are checked. */
function measured(): any {
  const pack = clone(mini) as any;
  pack.concepts[1].kind = 'metric';
  return pack;
}

/** A user pack with its own source and one fact about resettlement in 2018: 900, not 530. */
function ownFigures(factId: string): Record<string, any> {
  const pack = userPack('my-figures');
  pack.sources = [{ id: 'my-source', title: 'Mijn eigen telling', publisher: 'Redactie', date: '2024', language: 'nl' }];
  pack.concepts = [{ ...pack.concepts[1], kind: 'metric', sourceIds: ['my-source'] }];
  pack.facts = [{ ...pack.facts[0], id: factId, value: 900, sourceId: 'my-source', quote: 'Wij telden 900.', locator: 'Tabel 1' }];
  return pack;
}

const SENTENCE = 'In 2018 zijn ongeveer 530 vluchtelingen hervestigd.';

describe('fact ids across packs', () => {
  it('refuses an import that reuses a fact id of an installed pack, naming the pack', async () => {
    const service = new FactBaseService(() => [parsePack(mini)], freshDb);
    const result = await service.importPack(JSON.stringify(ownFigures('resettled-2018-national')));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: 'facts[0].id', message: expect.stringMatching(/"resettled-2018-national".*"test-mini"/) }],
    });
  });

  it('after a bundled update brings in an id a user pack has, the verdict and the card cite the same fact', async () => {
    // Version 1 of the bundled pack names its fact differently; the user's pack is imported.
    const v1 = measured();
    v1.facts[0].id = 'resettled-2018-national-v1';
    const db = freshDb();
    let bundled = [parsePack(v1)];
    const service = new FactBaseService(() => bundled, () => db);
    await service.ready;
    const imported = await service.importPack(JSON.stringify(ownFigures('resettled-2018-national')));
    expect(imported).toMatchObject({ ok: true });
    // Version 2 of the bundled pack introduces the user's fact id.
    const v2 = measured();
    v2.version = '1.1.0';
    await installBundledPack(db, parsePack(v2));
    service.invalidate();

    const { snapshot, lexicon } = await service.snapshot();
    expect(snapshot.facts.filter((f) => f.id === 'resettled-2018-national')).toHaveLength(1);
    const figure = recognise(SENTENCE, lexicon, { lang: 'nl' }).annotations.find((a) => a.kind === 'figure')!;
    const model = buildCardModel(figure, indexSnapshot(snapshot), 'nl')!;
    const cited = snapshot.facts.find((f) => f.id === figure.comparison!.factId)!;
    // What the verdict compared with is what the card shows, with that fact's own source.
    expect(cited.value).toBe(figure.comparison!.sourceValue);
    expect(model.facts[0].source?.title).toBe(snapshot.sources.find((s) => s.packId === cited.packId && s.id === cited.sourceId)!.title);
    expect(model.facts[0].figure).toMatch(String(cited.value));
  });

  it('the in-memory fallback keeps one fact per id as well', () => {
    const a = parsePack(mini);
    const b = parsePack({ ...clone(mini), id: 'second', facts: [{ ...clone(mini.facts[0]), value: 900 }] });
    const snap = snapshotFromPacks([a, b]);
    expect(snap.facts.filter((f) => f.id === 'resettled-2018-national').map((f) => f.packId)).toEqual(['test-mini']);
  });
});
