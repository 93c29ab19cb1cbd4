/**
 * Every database an installed extension may hold upgrades to the current schema with all user
 * data kept: user packs, their on/off state, switched-off concepts, notes and settings.
 *
 * HISTORY lists every schema version ever shipped, oldest first, each with a `fill` that
 * writes user data *as that version stored it* (plain rows, through a plain Dexie declared
 * with that version's stores only — not through today's code). When a version is added to
 * LensDatabase (db.ts), append it here with its stores and a `fill`; the "latest" test fails
 * until HISTORY's last entry matches what LensDatabase declares.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase, termKey } from './db';
import { allNotes } from './notes';
import { FactBaseQuery } from './query';
import { installBundledPack } from './store';
import { exportPack, listConcepts, listPacks } from './user-packs';
import { parsePack, validatePack } from './validate';

interface HistoricalSchema {
  version: number;
  stores: Record<string, string>;
  /** Write one user pack, a switched-off concept, a note and settings, as this version did. */
  fill(db: Dexie): Promise<void>;
}

const V1_STORES = {
  packs: 'id, origin',
  sources: '[packId+id], packId',
  concepts: '[packId+id], packId, id, *termKeys',
  facts: '[packId+id], packId, id, concept, series',
  series: '[packId+id], packId',
  notes: '++key, targetKey',
  settings: 'key',
};

/** The mini pack as a user pack, in version-1 rows (defaults applied, as zod wrote them). */
async function fillV1(db: Dexie): Promise<void> {
  const pack = parsePack({ ...mini, id: 'old-user-pack', version: '0.3.0', title: { nl: 'Oud', en: 'Old' } });
  const packId = pack.id;
  await db.table('packs').bulkPut([
    {
      id: packId,
      version: pack.version,
      origin: 'user',
      title: pack.title,
      enabled: false,
      installedAt: '2025-06-01T10:00:00.000Z',
      counts: { sources: 1, concepts: 2, facts: 1, series: 0 },
    },
  ]);
  await db.table('sources').bulkAdd(pack.sources.map((s) => ({ ...s, packId })));
  await db.table('concepts').bulkAdd(
    pack.concepts.map((c) => ({ ...c, packId, termKeys: [...c.terms.nl, ...c.terms.en, c.label.nl, c.label.en].map(termKey) })),
  );
  await db.table('facts').bulkAdd(pack.facts.map((f) => ({ ...f, packId })));
  await db.table('notes').bulkAdd([
    { target: { type: 'concept', id: 'resettlement' }, text: 'Teacher note', updatedAt: '2025-06-02T08:00:00.000Z', targetKey: 'concept:resettlement' },
    { target: { type: 'fact', id: 'resettled-2018-national' }, text: 'From a pack', targetKey: 'fact:resettled-2018-national', packId },
  ]);
  await db.table('settings').bulkPut([
    { key: 'disabledConcepts', value: ['old-user-pack/pillar-3'] },
    { key: 'someFutureSetting', value: { nested: [1, 2, 3] } },
  ]);
}

const HISTORY: HistoricalSchema[] = [{ version: 1, stores: V1_STORES, fill: fillV1 }];

let n = 0;

describe('database upgrades', () => {
  it.each(HISTORY.map((h) => [h.version, h] as const))('from version %i keeps every pack, note and setting', async (_v, h) => {
    const name = `test-upgrade-${h.version}-${n++}`;
    const old = new Dexie(name);
    old.version(h.version).stores(h.stores);
    await old.open();
    await h.fill(old);
    const before = {
      packs: await old.table('packs').toArray(),
      notes: await old.table('notes').toArray(),
      settings: await old.table('settings').toArray(),
      facts: await old.table('facts').count(),
    };
    old.close();

    const db = new LensDatabase(name);
    await db.open();
    expect(db.verno).toBe(HISTORY[HISTORY.length - 1].version);
    // The background installs the bundled packs right after opening; that must not disturb user data.
    await installBundledPack(db, parsePack(mini));

    expect(await db.packs.get('old-user-pack')).toEqual(before.packs[0]);
    expect(await db.facts.where('packId').equals('old-user-pack').count()).toBe(before.facts);
    expect((await db.settings.toArray()).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      before.settings.sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect((await db.notes.toArray()).map(({ key: _k, ...r }) => r)).toEqual(before.notes.map(({ key: _k, ...r }) => r));

    // And through today's API:
    expect((await listPacks(db)).map((p) => [p.id, p.origin, p.enabled])).toEqual([
      ['test-mini', 'bundled', true],
      ['old-user-pack', 'user', false],
    ]);
    expect((await listConcepts(db, 'old-user-pack')).find((c) => c.id === 'pillar-3')?.enabled).toBe(false);
    expect((await allNotes(db)).map((x) => x.text)).toEqual(['Teacher note', 'From a pack']);
    const exported = JSON.parse(await exportPack(db, 'old-user-pack'));
    expect(validatePack(exported).ok).toBe(true);
    expect(exported.notes).toHaveLength(2);
    await db.packs.update('old-user-pack', { enabled: true });
    const snap = await new FactBaseQuery(db).snapshot();
    expect(snap.concepts.find((c) => c.id === 'resettlement')?.packId).toBe('old-user-pack');
    expect(snap.disabledConcepts).toEqual(['old-user-pack/pillar-3']);
    db.close();
  });

  it("HISTORY's last entry is the schema LensDatabase declares", async () => {
    const latest = HISTORY[HISTORY.length - 1];
    const db = new LensDatabase(`test-upgrade-latest-${n++}`);
    await db.open();
    expect(db.verno).toBe(latest.version);
    const declared = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
    );
    const normalise = (s: string) => s.split(',').map((x) => x.trim()).join(', ');
    expect(declared).toEqual(Object.fromEntries(Object.entries(latest.stores).map(([k, v]) => [k, normalise(v)])));
    db.close();
  });
});
