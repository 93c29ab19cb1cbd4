/**
 * Updating the extension replaces the bundled official-statistics pack (1.0.0, kept as a
 * fixture) by the version in data/ — and everything the user made survives: imported packs
 * and their on/off state, switched-off concepts, and notes. A note on a figure the new
 * version no longer has is kept and listed as orphaned, never dropped.
 */
import { describe, expect, it } from 'vitest';
import previousOfficial from '../../test/fixtures/packs/official-statistics-1.0.0.json';
import { loadBundledPack, loadBundledPacks, loadOfficialPack } from './bundled';
import { LensDatabase } from './db';
import { allNotes, orphanedNotes, setNote } from './notes';
import { FactBaseQuery } from './query';
import { FactBaseService } from '../background/factbase-service';
import { installBundledPack } from './store';
import { clone, userFactId, userPack } from '../../test/helpers/factbase';
import { importPack, listConcepts, listPacks, setConceptEnabled, setPackEnabled } from './user-packs';
import { parsePack } from './validate';

/**
 * The 1.0.0 pack as shipped, plus one figure that (as happens when a source withdraws a
 * number) the new version does not carry: every 1.0.0 fact id is still in the new pack.
 */
function previousPack() {
  const pack = clone(previousOfficial) as Record<string, any>;
  const kept = pack.facts[0];
  pack.facts.push({ ...kept, id: 'nl-withdrawn-figure-2024', series: undefined, value: 1234 });
  return parsePack(pack);
}


let n = 0;

/** A database as the previous extension version left it, with the user's own things in it. */
async function installedBefore(name: string) {
  const db = new LensDatabase(name);
  await db.open();
  await installBundledPack(db, loadBundledPack());
  expect(await installBundledPack(db, previousPack())).toBe('installed');
  const imported = await importPack(db, JSON.stringify(userPack('klas-4b', '2.0.0')));
  expect(imported.ok).toBe(true);
  await setPackEnabled(db, 'klas-4b', false);
  await setConceptEnabled(db, 'official-statistics', 'stat-first-asylum-cbs', false);
  await setConceptEnabled(db, 'klas-4b', 'pillar-3', false);
  await setNote(db, { type: 'fact', id: 'nl-first-cbs-2024q1' }, 'Let op: later herzien.');
  await setNote(db, { type: 'concept', id: 'stat-nareis-applications' }, 'Aanvragen zijn geen aankomsten.');
  await setNote(db, { type: 'fact', id: 'nl-withdrawn-figure-2024' }, 'Dit cijfer gebruikte ik in les 3.\nBron bewaren!');
  await setNote(db, { type: 'fact', id: userFactId('klas-4b') }, 'Uit het klassenpakket.');
  db.close();
}

describe('a new bundled official pack on extension update', () => {
  it('replaces 1.0.0 and keeps user packs, switched-off concepts and notes', async () => {
    const name = `pack-update-${n++}`;
    await installedBefore(name);
    const notesBefore = await (async () => {
      const db = new LensDatabase(name);
      await db.open();
      const all = await allNotes(db);
      db.close();
      return all;
    })();

    // What the background does when the extension starts after an update.
    const service = new FactBaseService(loadBundledPacks, () => new LensDatabase(name));
    await service.ready;
    const db = new LensDatabase(name);
    await db.open();

    const current = loadOfficialPack();
    const packs = await listPacks(db);
    expect(packs.map((p) => [p.id, p.version, p.origin, p.enabled])).toEqual(
      expect.arrayContaining([
        ['official-statistics', current.version, 'bundled', true],
        ['nl-migration-agenda', loadBundledPack().version, 'bundled', true],
        ['klas-4b', '2.0.0', 'user', false],
      ]),
    );
    expect(current.version).not.toBe(previousOfficial.version);
    // The old rows are gone, the new ones are in: 2025 figures, and the 1.0.0-only figure is not.
    expect(await db.facts.where('packId').equals('official-statistics').count()).toBe(current.facts.length);
    expect(await db.facts.get(['official-statistics', 'nl-first-cbs-2025-anp'])).toMatchObject({ value: 24000, period: '2025' });
    expect(await db.facts.get(['official-statistics', 'nl-withdrawn-figure-2024'])).toBeUndefined();
    expect(await db.facts.where('packId').equals('klas-4b').count()).toBe(1);

    // Switched-off concepts stay off, in the bundled pack and in the user pack.
    expect((await listConcepts(db, 'official-statistics')).find((c) => c.id === 'stat-first-asylum-cbs')?.enabled).toBe(false);
    expect((await listConcepts(db, 'klas-4b')).find((c) => c.id === 'pillar-3')?.enabled).toBe(false);
    const snap = await new FactBaseQuery(db).snapshot();
    expect(snap.concepts.find((c) => c.id === 'stat-first-asylum-cbs')?.terms).toEqual({ nl: [], en: [] });

    // Every note survives, word for word; the one whose figure is gone is listed as orphaned.
    expect(await allNotes(db)).toEqual(notesBefore);
    expect(snap.notes.map((x) => x.text)).toContain('Let op: later herzien.');
    expect((await orphanedNotes(db)).map((x) => [x.target.id, x.text])).toEqual([
      ['nl-withdrawn-figure-2024', 'Dit cijfer gebruikte ik in les 3.\nBron bewaren!'],
    ]);
    // The options page asks the background's service for them.
    expect(await service.orphanedNotes()).toMatchObject([{ target: { type: 'fact', id: 'nl-withdrawn-figure-2024' } }]);
    db.close();
  });

  it('keeps a bundled pack the user switched off switched off, and never goes back to an older version', async () => {
    const name = `pack-update-${n++}`;
    {
      const db = new LensDatabase(name);
      await db.open();
      await installBundledPack(db, previousPack());
      await setPackEnabled(db, 'official-statistics', false);
      db.close();
    }
    const service = new FactBaseService(loadBundledPacks, () => new LensDatabase(name));
    await service.ready;
    const db = new LensDatabase(name);
    await db.open();
    expect((await listPacks(db)).find((p) => p.id === 'official-statistics')).toMatchObject({ version: loadOfficialPack().version, enabled: false });
    // An older bundled version (a downgrade, or a stale second install) leaves the newer one alone.
    expect(await installBundledPack(db, previousPack())).toBe('unchanged');
    expect(await db.facts.where('packId').equals('official-statistics').count()).toBe(loadOfficialPack().facts.length);
    db.close();
  });

  it('a deleted note on an orphaned figure is gone; deleting needs no figure', async () => {
    const name = `pack-update-${n++}`;
    await installedBefore(name);
    const service = new FactBaseService(loadBundledPacks, () => new LensDatabase(name));
    const target = { type: 'fact', id: 'nl-withdrawn-figure-2024' } as const;
    expect(await service.setNote(target, '')).toBeNull();
    expect(await service.orphanedNotes()).toEqual([]);
    // A new note on a figure that no longer exists is refused: only existing notes are kept.
    await expect(service.setNote(target, 'Nieuw')).rejects.toThrow();
  });
});
