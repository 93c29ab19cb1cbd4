/**
 * A pack that validates but would break annotation on every page must be refused at import,
 * with a message, and nothing written: the lexicon of the merged packs is compiled before the
 * import commits.
 */
import { describe, expect, it } from 'vitest';
import { LensDatabase } from './db';
import { loadBundledPacks, withBundledRefines } from './bundled';
import { FactBaseService } from '../background/factbase-service';
import { dumpDatabase, userPack } from '../../test/helpers/factbase';
import { compileLexicon, recognise } from '../recognise/recognise';

let n = 0;
const freshDb = () => new LensDatabase(`import-safety-${n++}`);

/** The mini pack as a user pack whose "resettlement" concept got another id. */
function packWithConceptId(id: string): Record<string, any> {
  const pack = userPack('my-pack');
  pack.concepts[1].id = id;
  pack.facts[0].concept = id;
  for (const c of pack.concepts) c.related = c.related?.map((r: string) => (r === 'resettlement' ? id : r));
  return pack;
}

describe('imports that would break annotation everywhere', () => {
  it('refuses a concept id that is a built-in property name, and every page keeps its snapshot', async () => {
    const service = new FactBaseService(loadBundledPacks, freshDb);
    const before = await service.snapshot();
    const result = await service.importPack(JSON.stringify(packWithConceptId('constructor')));
    expect(result).toMatchObject({ ok: false, problems: expect.arrayContaining([{ path: 'concepts[1].id', message: expect.stringMatching(/built-in/) }]) });
    const after = await service.snapshot();
    expect(after.snapshot.version).toBe(before.snapshot.version);
    const annotations = recognise('In 2023 dienden ruim 38.000 mensen hun eerste asielaanvraag in.', after.lexicon, { lang: 'nl' }).annotations;
    expect(annotations.some((a) => a.kind === 'figure')).toBe(true);
  });

  it('refuses a pack whose merged lexicon cannot be compiled, says why, and writes nothing', async () => {
    const db = freshDb();
    const service = new FactBaseService(loadBundledPacks, () => db, {
      // An engine failure on this pack's content, whatever its cause.
      compile: (snapshot) => {
        if (snapshot.concepts.some((c) => c.id === 'trips-the-engine')) throw new TypeError('cannot read properties of undefined');
        return compileLexicon(withBundledRefines(snapshot));
      },
    });
    await service.snapshot();
    const rows = await dumpDatabase(db);
    const result = await service.importPack(JSON.stringify(packWithConceptId('trips-the-engine')));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringMatching(/could not be used.*cannot read properties of undefined/) }] });
    expect(await dumpDatabase(db)).toEqual(rows);
    // A good pack still imports, and its lexicon is the one pages get.
    const good = await service.importPack(JSON.stringify(packWithConceptId('my-resettlement')));
    expect(good).toMatchObject({ ok: true, outcome: 'installed' });
    expect((await service.snapshot()).snapshot.concepts.some((c) => c.id === 'my-resettlement')).toBe(true);
  });
});
