import { beforeEach, describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase } from './db';
import { allNotes, NOTE_MAX_LENGTH, notesFor, setNote } from './notes';
import { FactBaseQuery } from './query';
import { installBundledPack } from './store';
import { dumpDatabase, userFactId, userPack } from '../../test/helpers/factbase';
import { deletePack, importPack } from './user-packs';
import { parsePack, validatePack } from './validate';

let db: LensDatabase;
let n = 0;
beforeEach(async () => {
  db = new LensDatabase(`test-notes-${n++}`);
  await db.open();
  await installBundledPack(db, parsePack(mini));
});

const concept = { type: 'concept' as const, id: 'resettlement' };
const fact = { type: 'fact' as const, id: 'resettled-2018-national' };

describe('notes', () => {
  it('sets, replaces, reads and deletes a note (one per target)', async () => {
    expect(await setNote(db, concept, '  Use with the 2019 letter.  ')).toMatchObject({ target: concept, text: 'Use with the 2019 letter.', updatedAt: expect.any(String) });
    await setNote(db, concept, 'Second thoughts.');
    await setNote(db, fact, 'About the national quota only.');
    expect((await notesFor(db, concept)).map((x) => x.text)).toEqual(['Second thoughts.']);
    expect((await allNotes(db)).map((x) => `${x.target.type}:${x.target.id}`)).toEqual(['concept:resettlement', 'fact:resettled-2018-national']);
    expect(await setNote(db, concept, ' \n\t ')).toBeNull();
    expect(await notesFor(db, concept)).toEqual([]);
    expect(await db.notes.count()).toBe(1);
  });

  it('stores text only: line breaks normalised, control characters removed, 2000 characters at most', async () => {
    const stored = await setNote(db, concept, 'a\r\nb\u0000c\u0007\u001b[31m<b>d</b>\u202Ee');
    expect(stored?.text).toBe('a\nbc[31m<b>d</b>\u202Ee');
    expect((await setNote(db, concept, 'x'.repeat(NOTE_MAX_LENGTH)))?.text).toHaveLength(NOTE_MAX_LENGTH);
    expect((await setNote(db, concept, ` ${'y'.repeat(NOTE_MAX_LENGTH)} `))?.text).toHaveLength(NOTE_MAX_LENGTH);
    const before = await dumpDatabase(db);
    await expect(setNote(db, concept, 'z'.repeat(NOTE_MAX_LENGTH + 1))).rejects.toThrow('A note may be at most 2000 characters; this one has 2001.');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses targets that do not exist or are malformed, leaving an existing note alone', async () => {
    await setNote(db, concept, 'Keep me');
    const before = await dumpDatabase(db);
    await expect(setNote(db, { type: 'concept', id: 'nope' }, 'x')).rejects.toThrow('There is no concept "nope" in the installed packs.');
    await expect(setNote(db, { type: 'fact', id: 'resettlement' }, 'x')).rejects.toThrow('There is no fact "resettlement"');
    await expect(setNote(db, { type: 'concept', id: '__proto__' }, 'x')).rejects.toThrow('"__proto__" is not a valid concept id.');
    await expect(setNote(db, { type: 'pack' as never, id: 'x' }, 'x')).rejects.toThrow(/concept or a fact/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('are in the snapshot, whose version changes with them', async () => {
    const q = new FactBaseQuery(db);
    const v0 = (await q.snapshot()).version;
    await setNote(db, fact, 'Note');
    const s1 = await q.snapshot();
    expect(s1.notes).toEqual([{ target: fact, text: 'Note', updatedAt: expect.any(String) }]);
    expect(s1.version).not.toBe(v0);
    await setNote(db, fact, 'Other note');
    expect((await q.snapshot()).version).not.toBe(s1.version);
    await setNote(db, fact, '');
    expect((await q.snapshot()).version).toBe(v0);
  });
});

describe('notes that come with packs', () => {
  const packFact = { type: 'fact' as const, id: userFactId('my-pack') };
  const withNotes = (version: string, text: string) =>
    JSON.stringify(
      userPack('my-pack', version, {
        notes: [
          { target: { type: 'concept', id: 'resettlement' }, text },
          { target: packFact, text: `${text} (fact)` },
        ],
      }),
    );

  it('are written on import without overwriting a note the user wrote', async () => {
    await setNote(db, concept, 'Mine');
    expect(await importPack(db, withNotes('1.0.0', 'From the pack'))).toMatchObject({ ok: true, notes: 2 });
    expect((await allNotes(db)).map((x) => x.text)).toEqual(['Mine', 'From the pack (fact)']);
  });

  it('are replaced by a newer version of the pack unless the user edited them, and leave with the pack', async () => {
    await importPack(db, withNotes('1.0.0', 'v1'));
    await setNote(db, packFact, 'Edited by me');
    await importPack(db, withNotes('1.1.0', 'v2'));
    expect((await allNotes(db)).map((x) => x.text)).toEqual(['v2', 'Edited by me']);
    await deletePack(db, 'my-pack');
    expect((await allNotes(db)).map((x) => x.text)).toEqual(['Edited by me']);
  });

  it('allow one note per target in a pack', () => {
    const pack = userPack('my-pack', '1.0.0', { notes: [{ target: concept, text: 'a' }, { target: concept, text: 'b' }] });
    const r = validatePack(pack);
    expect(r.ok ? [] : r.problems).toEqual([{ path: 'notes[1].target', message: 'a second note on concept "resettlement"' }]);
  });
});
