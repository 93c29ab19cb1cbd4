import { beforeEach, describe, expect, it, vi } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase } from './db';
import { setNote } from './notes';
import { FactBaseQuery } from './query';
import { installBundledPack, packPrecedence } from './store';
import { clone, countRows, dumpDatabase, userFactId, userPack } from '../../test/helpers/factbase';
import { deletePack, exportPack, importPack, listConcepts, listPacks, setConceptEnabled, setPackEnabled } from './user-packs';
import { excessiveNesting, MAX_PROBLEMS, utf8Length } from './pack-json';
import { MAX_PACK_BYTES } from './limits';
import { parsePack, validatePack } from './validate';
import { compileLexicon, recognise } from '../recognise/recognise';

let db: LensDatabase;
let n = 0;
beforeEach(async () => {
  db = new LensDatabase(`test-user-packs-${n++}`);
  await db.open();
  await installBundledPack(db, parsePack(mini));
});

const json = (x: unknown) => JSON.stringify(x);
const ok = async (text: string, opts = {}) => {
  const r = await importPack(db, text, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('importPack: a good pack', () => {
  it('writes the pack in one transaction and summarises it', async () => {
    const spy = vi.spyOn(db, 'transaction');
    const r = await ok(json(userPack()));
    expect(spy.mock.calls.filter((c) => c[0] === 'rw')).toHaveLength(1);
    spy.mockRestore();
    expect(r).toMatchObject({
      outcome: 'installed',
      pack: { id: 'my-pack', version: '1.0.0', origin: 'user', enabled: true, deletable: true, precedence: 1, counts: { sources: 1, concepts: 2, facts: 1, series: 0 } },
    });
    expect(await db.facts.where('packId').equals('my-pack').count()).toBe(1);
    expect((await listPacks(db)).map((p) => [p.id, p.origin, p.precedence])).toEqual([
      ['test-mini', 'bundled', 2],
      ['my-pack', 'user', 1],
    ]);
  });

  it('accepts a UTF-8 byte order mark and non-ASCII text', async () => {
    const pack = userPack();
    pack.concepts[1].definition.nl = 'Hervestiging — “overkomst” van vluchtelingen (UNHCR) ✓ 😀';
    await ok('\uFEFF' + json(pack));
    expect((await db.concepts.get(['my-pack', 'resettlement']))?.definition.nl).toContain('😀');
  });

  it('replaces an installed user pack with a newer version, refuses an equal or older one unless replace', async () => {
    await ok(json(userPack('my-pack', '1.0.0')));
    const newer = userPack('my-pack', '1.1.0');
    newer.facts[0].value = 531;
    newer.facts.push({ ...clone(newer.facts[0]), id: 'second', value: 7 });
    const r = await ok(json(newer));
    expect(r).toMatchObject({ outcome: 'updated', previousVersion: '1.0.0', pack: { version: '1.1.0', counts: { facts: 2 } } });
    expect((await db.facts.get(['my-pack', userFactId()]))?.value).toBe(531);

    const before = await dumpDatabase(db);
    for (const v of ['1.1.0', '1.0.9']) {
      const res = await importPack(db, json(userPack('my-pack', v)));
      expect(res).toEqual({
        ok: false,
        problems: [{ path: 'version', message: expect.stringMatching(/already installed in version 1\.1\.0; this file has version .*choose "replace"/) }],
      });
    }
    expect(await dumpDatabase(db)).toEqual(before);

    const replaced = await ok(json(userPack('my-pack', '1.0.0')), { replace: true });
    expect(replaced).toMatchObject({ outcome: 'updated', previousVersion: '1.1.0', pack: { version: '1.0.0' } });
    expect(await db.facts.where('packId').equals('my-pack').count()).toBe(1);
  });

  it('handles a very large pack (20,000 facts) in one transaction, in reasonable time', async () => {
    const big = userPack('big-pack');
    const base = big.facts[0];
    big.facts = Array.from({ length: 20_000 }, (_, i) => ({ ...base, id: `fact-${i}`, value: i, period: String(2000 + (i % 25)) }));
    const text = json(big);
    const t0 = performance.now();
    const r = await ok(text);
    const ms = performance.now() - t0;
    console.info(`20,000-fact pack (${(text.length / 1e6).toFixed(1)} MB) imported in ${Math.round(ms)} ms (fake-indexeddb)`);
    expect(r.pack.counts.facts).toBe(20_000);
    expect(await db.facts.where('packId').equals('big-pack').count()).toBe(20_000);

    // One transaction: a failure on the last row leaves nothing of the new version behind.
    const before = await dumpDatabase(db);
    const newer = { ...big, version: '2.0.0' };
    const hook = (_key: unknown, row: { id: string }) => {
      if (row.id === 'fact-19999') throw new Error('disk full');
    };
    db.facts.hook('creating', hook);
    const failed = await importPack(db, json(newer));
    db.facts.hook('creating').unsubscribe(hook);
    expect(failed).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringMatching(/could not be saved: .*disk full/) }] });
    expect(await dumpDatabase(db)).toEqual(before);
  }, 60_000);
});

describe('importPack: bad and malicious packs leave the database unchanged', () => {
  const bundledIdPack = () => userPack('test-mini', '9.0.0');
  const withUrl = (url: string) => {
    const p = userPack();
    p.sources[0].url = url;
    return json(p);
  };
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  const cases: [string, () => string, (problems: { path: string; message: string }[]) => void][] = [
    ['malformed JSON', () => '{"format": "migration-lens/fact-pack", "id": ', (p) => expect(p[0].message).toMatch(/^The file is not valid JSON: /)],
    ['an empty file', () => '  \n', (p) => expect(p).toEqual([{ path: '', message: 'The file is empty.' }])],
    ['a JSON array', () => '[1, 2]', (p) => expect(p[0].message).toMatch(/is a JSON object/)],
    ['a JSON string', () => '"pack"', (p) => expect(p[0].message).toMatch(/is a JSON object/)],
    [
      'the wrong schema',
      () => {
        const p = userPack();
        p.facts[0].period = 'last year';
        p.facts[0].qoute = p.facts[0].quote;
        delete p.concepts[1].label.en;
        p.format = 'something-else';
        return json(p);
      },
      (p) =>
        expect(p.map((x) => x.path)).toEqual(expect.arrayContaining(['format', 'concepts[1].label.en', 'facts[0].period', 'facts[0]'])),
    ],
    [
      'duplicate ids',
      () => {
        const p = userPack();
        p.facts.push(clone(p.facts[0]));
        return json(p);
      },
      (p) => expect(p).toContainEqual({ path: 'facts[1].id', message: `duplicate id "${userFactId()}"` }),
    ],
    [
      'a dangling reference',
      () => {
        const p = userPack();
        p.facts[0].sourceId = 'nowhere';
        return json(p);
      },
      (p) => expect(p).toContainEqual({ path: 'facts[0].sourceId', message: 'unknown source "nowhere"' }),
    ],
    ['a javascript: URL', () => withUrl('javascript:alert(1)'), (p) => expect(p).toContainEqual({ path: 'sources[0].url', message: 'must be an https:// URL' })],
    ['a data: URL', () => withUrl('data:text/html,<script>alert(1)</script>'), (p) => expect(p).toContainEqual({ path: 'sources[0].url', message: 'must be an https:// URL' })],
    ['an http: URL', () => withUrl('http://example.org/'), (p) => expect(p).toContainEqual({ path: 'sources[0].url', message: 'must be an https:// URL' })],
    ['an https URL with credentials', () => withUrl('https://user:pw@example.org/'), (p) => expect(p[0].path).toBe('sources[0].url')],
    [
      'a note on an unknown fact and a bad note id',
      () => json(userPack('my-pack', '1.0.0', { notes: [{ target: { type: 'fact', id: 'nope' }, text: 'x' }, { target: { type: 'concept', id: 'Bad Id' }, text: 'y' }] })),
      (p) => expect(p.map((x) => x.path)).toEqual(expect.arrayContaining(['notes[1].target.id'])),
    ],
    [
      'the id of a bundled pack',
      () => json(bundledIdPack()),
      (p) => expect(p).toEqual([{ path: 'id', message: '"test-mini" is the id of a pack that ships with the extension; give your pack another id.' }]),
    ],
    ['nesting 65 levels deep', () => deep(65), (p) => expect(p[0].message).toMatch(/nested more than 64 levels deep \(line 1, column 65\)/)],
    ['nesting 100,000 levels deep', () => deep(100_000), (p) => expect(p[0].message).toMatch(/nested more than 64 levels/)],
    [
      'deep nesting inside a valid-looking pack',
      () => {
        const p = json(userPack());
        return p.replace('"sources":', `"extra": ${'{"a":'.repeat(70)}1${'}'.repeat(70)}, "sources":`);
      },
      (p) => expect(p[0].message).toMatch(/nested more than 64 levels/),
    ],
    [
      'a __proto__ key',
      () => json(userPack()).replace('"sources":', '"__proto__": {"polluted": true}, "sources":'),
      (p) => expect(p).toEqual([{ path: '__proto__', message: 'the key "__proto__" is not allowed (it could alter built-in objects)' }]),
    ],
    [
      'constructor and prototype keys deep inside',
      () =>
        json(userPack()).replace('"unit":"count"', '"unit":"count","constructor":{"prototype":{"polluted":true}}'),
      (p) => expect(p.map((x) => x.path)).toEqual(['facts[0].constructor']),
    ],
    [
      'a __proto__ key inside an array of objects',
      () => json(userPack()).replace('"language":"nl"', '"language":"nl","__proto__":{"isAdmin":true}'),
      (p) => expect(p[0].path).toBe('sources[0].__proto__'),
    ],
  ];

  it.each(cases)('%s', async (_name, make, check) => {
    // Some state of every kind, so "unchanged" means something.
    await ok(json(userPack('existing-pack')));
    await setNote(db, { type: 'concept', id: 'resettlement' }, 'A note');
    await setConceptEnabled(db, 'test-mini', 'pillar-3', false);
    const before = await dumpDatabase(db);
    const counts = await countRows(db);

    const result = await importPack(db, make());
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message.length).toBeGreaterThan(3);
    }
    check(problems);

    expect(await countRows(db)).toEqual(counts);
    expect(await dumpDatabase(db)).toEqual(before);
    // No prototype pollution, whatever the pack contained.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('refuses more than 50 MB before parsing, with a clear message', async () => {
    const before = await dumpDatabase(db);
    const parse = vi.spyOn(JSON, 'parse');
    const huge = '{"x":"' + 'a'.repeat(MAX_PACK_BYTES) + '"}';
    const r = await importPack(db, huge);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(r).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/too large \(at least 50\.0 MB\); a fact pack may be at most 50 MB/) }] });
    // Fewer UTF-16 units than the limit, but more UTF-8 bytes: still refused.
    const wide = '{"x":"' + '€'.repeat(Math.ceil(MAX_PACK_BYTES / 3) + 10) + '"}';
    expect(wide.length).toBeLessThan(MAX_PACK_BYTES);
    expect(await importPack(db, wide)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/too large/) }] });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('caps a long list of problems and says how many more there are', async () => {
    const p = userPack();
    p.facts = Array.from({ length: 500 }, (_, i) => ({ ...p.facts[0], id: `f-${i}`, period: 'soon' }));
    const r = await importPack(db, json(p));
    const problems = r.ok ? [] : r.problems;
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toEqual({ path: '', message: '… and 400 more problems' });
  });

  it('scans nesting and sizes correctly', () => {
    expect(excessiveNesting('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\" [["}', 8)).toBeNull();
    expect(excessiveNesting('[[[', 2)).toEqual({ line: 1, column: 3 });
    expect(excessiveNesting('[\n [\n  [', 2)).toEqual({ line: 3, column: 3 });
    expect(utf8Length('a€😀é')).toBe(1 + 3 + 4 + 2);
  });
});

describe('listing, switching and deleting packs', () => {
  it('switches a pack off and on', async () => {
    await ok(json(userPack()));
    expect(await setPackEnabled(db, 'my-pack', false)).toMatchObject({ id: 'my-pack', enabled: false, precedence: null });
    expect((await new FactBaseQuery(db).snapshot()).packs.map((p) => p.id)).toEqual(['test-mini']);
    await setPackEnabled(db, 'my-pack', true);
    expect((await new FactBaseQuery(db).snapshot()).packs.map((p) => p.id)).toEqual(['my-pack', 'test-mini']);
    await expect(setPackEnabled(db, 'nope', true)).rejects.toThrow('No pack "nope" is installed.');
  });

  it('deletes a user pack with its rows and the notes that came with it, never a bundled pack', async () => {
    const pack = userPack('my-pack', '1.0.0', { notes: [{ target: { type: 'fact', id: userFactId() }, text: 'From the pack' }] });
    pack.concepts[1].id = 'my-concept';
    pack.facts[0].concept = 'my-concept';
    await ok(json(pack));
    await setConceptEnabled(db, 'my-pack', 'my-concept', false);
    await setNote(db, { type: 'concept', id: 'my-concept' }, 'My own note');
    const before = await dumpDatabase(db);

    await expect(deletePack(db, 'test-mini')).rejects.toThrow(/ships with the extension and cannot be deleted; switch it off/);
    expect(await dumpDatabase(db)).toEqual(before);

    await deletePack(db, 'my-pack');
    expect(await db.packs.get('my-pack')).toBeUndefined();
    for (const t of ['sources', 'concepts', 'facts', 'series'] as const) expect(await db[t].where('packId').equals('my-pack').count()).toBe(0);
    // The pack's own note went with it; the note the user wrote stays (it returns with the pack).
    expect((await db.notes.toArray()).map((r) => r.text)).toEqual(['My own note']);
    expect((await db.settings.get('disabledConcepts'))?.value).toEqual([]);
    await expect(deletePack(db, 'my-pack')).rejects.toThrow('No pack "my-pack" is installed.');
  });
});

describe('exportPack', () => {
  it('exports a valid pack with its notes, which imports again into another database', async () => {
    await ok(json(userPack('my-pack', '1.0.0', { notes: [{ target: { type: 'concept', id: 'pillar-3' }, text: 'Came with the pack' }] })));
    await setNote(db, { type: 'fact', id: userFactId() }, 'Check the 2019 letter too.');
    const text = await exportPack(db, 'my-pack');
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['format', 'formatVersion', 'id', 'version', 'title', 'sources', 'concepts', 'facts', 'series', 'notes']);
    expect(parsed.notes).toEqual([
      { target: { type: 'concept', id: 'pillar-3' }, text: 'Came with the pack', updatedAt: expect.any(String) },
      { target: { type: 'fact', id: userFactId() }, text: 'Check the 2019 letter too.', updatedAt: expect.any(String) },
    ]);
    expect(text).not.toMatch(/packId|termKeys|targetKey/);
    expect(validatePack(parsed).ok).toBe(true);

    const other = new LensDatabase(`test-user-packs-other-${n++}`);
    await other.open();
    const r = await importPack(other, text);
    expect(r).toMatchObject({ ok: true, notes: 2 });
    const a = await new FactBaseQuery(db).snapshot();
    const b = await new FactBaseQuery(other).snapshot();
    expect(b.concepts).toEqual(a.concepts.filter((c) => c.packId === 'my-pack'));
    expect(b.notes.map((x) => x.text).sort()).toEqual(a.notes.map((x) => x.text).sort());
  });

  it('exports a bundled pack too', async () => {
    expect(parsePack(JSON.parse(await exportPack(db, 'test-mini'))).id).toBe('test-mini');
    await expect(exportPack(db, 'nope')).rejects.toThrow('No pack "nope" is installed.');
  });
});

describe('switching concepts off', () => {
  it('keeps the concept and its facts but drops its terms, so nothing is recognised for it', async () => {
    const text = 'In 2018 zijn ongeveer 530 vluchtelingen hervestigd.';
    const lex = async () => compileLexicon((await new FactBaseQuery(db).snapshot()));
    expect(recognise(text, await lex(), { lang: 'nl' }).annotations.some((a) => a.concept === 'resettlement')).toBe(true);

    expect(await setConceptEnabled(db, 'test-mini', 'resettlement', false)).toMatchObject({ id: 'resettlement', enabled: false });
    const snap = await new FactBaseQuery(db).snapshot();
    expect(snap.disabledConcepts).toEqual(['test-mini/resettlement']);
    expect(snap.concepts.find((c) => c.id === 'resettlement')).toMatchObject({ terms: { nl: [], en: [] }, label: { en: 'Resettlement' } });
    expect(snap.facts.map((f) => f.id)).toEqual(['resettled-2018-national']);
    expect(await new FactBaseQuery(db).conceptsByTerm('hervestigd')).toEqual([]);
    expect((await new FactBaseQuery(db).conceptById('resettlement'))?.id).toBe('resettlement');
    expect(recognise(text, await lex(), { lang: 'nl' }).annotations.some((a) => a.concept === 'resettlement')).toBe(false);
    expect((await listConcepts(db, 'test-mini')).map((c) => [c.id, c.enabled])).toEqual([
      ['pillar-3', true],
      ['resettlement', false],
    ]);

    await setConceptEnabled(db, 'test-mini', 'resettlement', true);
    const again = await new FactBaseQuery(db).snapshot();
    expect(again.disabledConcepts).toEqual([]);
    expect(again.version).not.toBe(snap.version);
    expect(again.concepts.find((c) => c.id === 'resettlement')?.terms.nl).toContain('hervestigd');
  });

  it('refuses unknown packs and concepts, and survives a bundled update', async () => {
    await expect(setConceptEnabled(db, 'test-mini', 'nope', false)).rejects.toThrow('The pack "test-mini" has no concept "nope".');
    await expect(setConceptEnabled(db, 'nope', 'x', false)).rejects.toThrow('No pack "nope" is installed.');
    await setConceptEnabled(db, 'test-mini', 'resettlement', false);
    await installBundledPack(db, parsePack({ ...clone(mini), version: '1.0.1' }));
    expect((await new FactBaseQuery(db).snapshot()).disabledConcepts).toEqual(['test-mini/resettlement']);
  });
});

describe('conflicts: the same concept id in two packs', () => {
  const labelled = (id: string, label: string, version = '1.0.0') => {
    const p = userPack(id, version);
    p.concepts[1].label.en = label;
    return json(p);
  };
  const winner = async () => (await new FactBaseQuery(db).snapshot()).concepts.find((c) => c.id === 'resettlement');

  it('a user pack wins over a bundled pack; among user packs the most recently installed wins', async () => {
    expect((await winner())?.packId).toBe('test-mini');
    await ok(labelled('pack-a', 'A'));
    expect(await winner()).toMatchObject({ packId: 'pack-a', label: { en: 'A' } });
    await ok(labelled('pack-b', 'B'));
    expect(await winner()).toMatchObject({ packId: 'pack-b', label: { en: 'B' } });
    expect(await new FactBaseQuery(db).conceptById('resettlement')).toMatchObject({ packId: 'pack-b' });
    // Updating pack A makes it the most recent.
    await ok(labelled('pack-a', 'A2', '1.0.1'));
    expect(await winner()).toMatchObject({ packId: 'pack-a', label: { en: 'A2' } });
    // Switching the winner off hands the id to the next pack.
    await setPackEnabled(db, 'pack-a', false);
    expect((await winner())?.packId).toBe('pack-b');
    await deletePack(db, 'pack-b');
    expect((await winner())?.packId).toBe('test-mini');
    // Facts never conflict: each pack's facts stay, each with its own source.
    await setPackEnabled(db, 'pack-a', true);
    expect((await new FactBaseQuery(db).snapshot()).facts.map((f) => f.packId).sort()).toEqual(['pack-a', 'test-mini']);
  });

  it('a switched-off winning concept silences the id rather than handing it to a lower pack', async () => {
    await ok(labelled('pack-a', 'A'));
    await setConceptEnabled(db, 'pack-a', 'resettlement', false);
    expect(await winner()).toMatchObject({ packId: 'pack-a', terms: { nl: [], en: [] } });
  });

  it('orders by origin, then by installation time', () => {
    const rec = (id: string, origin: 'user' | 'bundled', installedAt: string) => ({ id, origin, installedAt }) as never;
    const sorted = [rec('b1', 'bundled', '2026-03-01'), rec('u1', 'user', '2026-01-01'), rec('u2', 'user', '2026-02-01')].sort(packPrecedence);
    expect(sorted.map((p: { id: string }) => p.id)).toEqual(['u2', 'u1', 'b1']);
  });
});
