/**
 * Text from packs is shown in the options page, cards and exports: characters that change how
 * it looks without changing what it says (bidi overrides, zero-width and control characters)
 * are removed on import, as control characters are from the notes a user types. (A note a
 * user types keeps a bidi control: it is their own text, and leaves the computer only in a
 * pack, where the import cleans it.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase } from './db';
import { installBundledPack } from './store';
import { userPack } from '../../test/helpers/factbase';
import { importPack, listPacks } from './user-packs';
import { parsePack } from './validate';

let db: LensDatabase;
let n = 0;
beforeEach(async () => {
  db = new LensDatabase(`pack-text-${n++}`);
  await db.open();
  await installBundledPack(db, parsePack(mini));
});

const RLO = '\u202E';
const ZWSP = '\u200B';

describe('pack text as shown', () => {
  it('loses bidi overrides, zero-width and control characters in titles, labels, definitions and notes', async () => {
    const pack = userPack('spoof', '1.0.0', {
      title: { nl: `Officieel${ZWSP} CBS ${RLO}fdp.exe`, en: `Official\u0007 CBS\u2066 pack\u2069` },
      notes: [{ target: { type: 'concept', id: 'resettlement' }, text: `Let op${RLO} dit is echt` }],
    });
    pack.concepts[1].label.nl = `Her${ZWSP}vestiging${RLO}`;
    pack.concepts[1].definition.en = 'Regulated\u0000 transfer\u202A of refugees.';
    pack.sources[0].publisher = `Staats\u00ADsecretaris${RLO}`;
    const r = await importPack(db, JSON.stringify(pack));
    expect(r).toMatchObject({ ok: true });
    const listed = (await listPacks(db)).find((p) => p.id === 'spoof')!;
    expect(listed.title).toEqual({ nl: 'Officieel CBS fdp.exe', en: 'Official CBS pack' });
    const concept = (await db.concepts.get(['spoof', 'resettlement']))!;
    expect(concept.label.nl).toBe('Hervestiging');
    expect(concept.definition.en).toBe('Regulated transfer of refugees.');
    expect((await db.sources.get(['spoof', pack.sources[0].id]))!.publisher).toBe('Staatssecretaris');
    expect((await db.notes.toArray()).map((x) => x.text)).toEqual(['Let op dit is echt']);
  });

  it('a title made only of such characters is empty, and refused', async () => {
    const r = await importPack(db, JSON.stringify(userPack('spoof', '1.0.0', { title: { nl: `${RLO}${ZWSP}`, en: 'Pack' } })));
    expect(r).toMatchObject({ ok: false, problems: [{ path: 'title.nl' }] });
  });
});
