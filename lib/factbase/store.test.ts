import { beforeEach, describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase } from './db';
import { FactBaseQuery } from './query';
import { installBundledPack } from './store';
import { parsePack, PackValidationError, validatePack } from './validate';

let db: LensDatabase;
let n = 0;
beforeEach(async () => {
  db = new LensDatabase(`test-store-${n++}`);
  await db.open();
});

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('installBundledPack', () => {
  it('writes every source, concept and fact, readable through the query API', async () => {
    expect(await installBundledPack(db, parsePack(mini))).toBe('installed');
    const q = new FactBaseQuery(db);
    expect((await q.conceptById('resettlement'))?.label.en).toBe('Resettlement');
    expect((await q.conceptsByTerm('Hervestiging')).map((c) => c.id)).toEqual(['resettlement']);
    expect((await q.factsOfConcept('resettlement')).map((f) => f.value)).toEqual([530]);
    expect((await q.factById('resettled-2018-national'))?.quote).toContain('ongeveer 530 vluchtelingen');
    expect((await q.sourceById('test-mini', 'kst-19637-2535'))?.reference).toBe('Kamerstuk 19 637, nr. 2535');
  });

  it('leaves the same version alone and replaces it with a newer one', async () => {
    await installBundledPack(db, parsePack(mini));
    expect(await installBundledPack(db, parsePack(mini))).toBe('unchanged');

    const newer = clone(mini);
    newer.version = '1.1.0';
    newer.concepts[1].label.en = 'Resettlement of refugees';
    newer.facts = [];
    expect(await installBundledPack(db, parsePack(newer))).toBe('updated');
    const q = new FactBaseQuery(db);
    expect((await q.conceptById('resettlement'))?.label.en).toBe('Resettlement of refugees');
    expect(await db.facts.count()).toBe(0);
    expect((await db.packs.get('test-mini'))?.version).toBe('1.1.0');
  });

  it('does not touch packs a user added', async () => {
    await db.packs.put({
      id: 'my-pack',
      version: '0.1.0',
      origin: 'user',
      title: { nl: 'Mijn pakket', en: 'My pack' },
      enabled: true,
      installedAt: '2026-01-01T00:00:00Z',
      counts: { sources: 0, concepts: 0, facts: 1, series: 0 },
    });
    await db.facts.add({ ...clone(mini.facts[0]), id: 'mine', packId: 'my-pack' } as never);
    await installBundledPack(db, parsePack(mini));
    const newer = { ...clone(mini), version: '2.0.0', facts: [] };
    await installBundledPack(db, parsePack(newer));
    expect(await db.facts.where('packId').equals('my-pack').count()).toBe(1);
    expect(await db.packs.get('my-pack')).toBeDefined();
  });

  it('keeps a disabled bundled pack disabled across an update', async () => {
    await installBundledPack(db, parsePack(mini));
    await db.packs.update('test-mini', { enabled: false });
    await installBundledPack(db, parsePack({ ...clone(mini), version: '1.0.1' }));
    expect((await db.packs.get('test-mini'))?.enabled).toBe(false);
    expect((await new FactBaseQuery(db).snapshot()).concepts).toEqual([]);
  });
});

describe('validation', () => {
  it('names the field path of every problem and writes nothing', async () => {
    const bad = clone(mini) as Record<string, any>;
    bad.facts[0].quote = undefined;
    bad.facts[0].period = 'last year';
    bad.concepts[1].label = { nl: 'Hervestiging' };
    bad.sources[0].url = 'javascript:alert(1)';
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['facts[0].period', 'concepts[1].label.en', 'sources[0].url', 'facts[0].quote']),
    );
    expect(() => parsePack(bad)).toThrow(PackValidationError);
    expect(() => parsePack(bad)).toThrow(/facts\[0\]\.period/);
    expect(await db.packs.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
  });

  it('reports duplicate ids and dangling references', () => {
    const bad = clone(mini);
    bad.concepts.push(clone(bad.concepts[0]));
    bad.facts[0].concept = 'no-such-concept';
    const result = validatePack(bad);
    expect(result.ok ? [] : result.problems).toEqual(
      expect.arrayContaining([
        { path: 'concepts[2].id', message: 'duplicate id "pillar-3"' },
        { path: 'facts[0].concept', message: 'unknown concept "no-such-concept"' },
      ]),
    );
  });

  it('rolls back a pack whose rows fail half-way through the write', async () => {
    await installBundledPack(db, parsePack(mini));
    const newer = parsePack({ ...clone(mini), version: '1.2.0' });
    // A duplicate primary key makes bulkAdd fail after the old rows were deleted.
    newer.facts.push({ ...newer.facts[0] });
    await expect(installBundledPack(db, newer)).rejects.toThrow();
    expect((await db.packs.get('test-mini'))?.version).toBe('1.0.0');
    expect(await db.facts.count()).toBe(1);
  });
});
