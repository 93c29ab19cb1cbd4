import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase } from '../factbase/db';
import { FactBaseService, type SnapshotReply } from '../background/factbase-service';
import { parsePack } from '../factbase/validate';
import { userPack } from '../../test/helpers/factbase';
import { factBaseHandlers } from './factbase-handlers';
import { handleBackgroundMessage as handleMessage, type BackgroundHandlers } from './to-background';

const packs = () => [parsePack(mini)];
const unused = () => {
  throw new Error('not part of the fact-base service');
};
const withRest = (service: FactBaseService): BackgroundHandlers => ({
  ...factBaseHandlers(service),
  getSettings: unused,
  setSettings: unused,
  listSites: unused,
  enableSite: unused,
  disableSite: unused,
  recognise: unused,
  cards: unused,
  listLines: unused,
  pillarHeadings: unused,
  pageReport: unused,
  loadCardUi: unused,
});

describe('the fact-base service, answering messages', () => {
  it('installs the bundled packs and answers queries through messages', async () => {
    const service = new FactBaseService(packs, () => new LensDatabase('service-test-1'));
    const handlers = withRest(service);
    const concept = await handleMessage({ type: 'getConcept', id: 'resettlement' }, handlers);
    expect(concept).toMatchObject({ ok: true, data: { id: 'resettlement', pillar: 5 } });
    const byTerm = await handleMessage({ type: 'findConceptsByTerm', term: 'hervestigd' }, handlers);
    expect(byTerm).toMatchObject({ ok: true, data: [{ id: 'resettlement' }] });
    const status = await handleMessage({ type: 'getStatus' }, handlers);
    expect(status).toMatchObject({ ok: true, data: { database: 'ok', packs: [{ id: 'test-mini', counts: { facts: 1 } }] } });
  });

  it('compiles the lexicon once per fact-base version', async () => {
    const service = new FactBaseService(packs, () => new LensDatabase('service-test-2'));
    const a = await service.snapshot();
    const b = await service.snapshot();
    expect(b.lexicon).toBe(a.lexicon);
  });

  it('keeps working from the bundled packs in memory when IndexedDB fails', async () => {
    // Like Firefox private browsing: opening any database fails.
    const broken = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    {
      const service = new FactBaseService(packs, () => new LensDatabase('service-test-3', { indexedDB: broken as never, IDBKeyRange }));
      const status = await service.status();
      expect(status.database).toBe('unavailable');
      expect(status.packs.map((p) => p.id)).toEqual(['test-mini']);
      const reply: SnapshotReply = await service.snapshot();
      expect(reply.snapshot.concepts.map((c) => c.id).sort()).toEqual(['pillar-3', 'resettlement']);
      const fact = await handleMessage({ type: 'getFact', id: 'resettled-2018-national' }, withRest(service));
      expect(fact).toMatchObject({ ok: true, data: { value: 530 } });
    }
  });

  it('imports, lists, switches, annotates and deletes packs through messages, telling listeners each time', async () => {
    const service = new FactBaseService(packs, () => new LensDatabase('service-test-4'));
    const handlers = withRest(service);
    const changes: string[] = [];
    const off = service.onChange((c) => changes.push(c.kind));
    service.onChange(() => {
      throw new Error('a broken listener');
    });
    const v0 = (await service.snapshot()).snapshot.version;

    const pack = userPack();
    pack.concepts[1].label.en = 'Resettlement (mine)';
    const imported = await handleMessage({ type: 'importPack', json: JSON.stringify(pack) }, handlers);
    expect(imported).toMatchObject({ ok: true, data: { ok: true, outcome: 'installed', pack: { id: 'my-pack' } } });
    // What pages are recognised and carded with next is the new fact base.
    const next = await service.snapshot();
    expect(next.snapshot.version).not.toBe(v0);
    expect(next.snapshot.concepts.find((c) => c.id === 'resettlement')?.label.en).toBe('Resettlement (mine)');

    const refused = await handleMessage({ type: 'importPack', json: JSON.stringify(userPack('test-mini')) }, handlers);
    expect(refused).toMatchObject({ ok: true, data: { ok: false, problems: [{ path: 'id' }] } });
    const bad = await handleMessage({ type: 'importPack', json: '{' }, handlers);
    expect(bad).toMatchObject({ ok: true, data: { ok: false, problems: [{ path: '', message: expect.stringMatching(/not valid JSON/) }] } });

    expect(await handleMessage({ type: 'listPacks' }, handlers)).toMatchObject({ ok: true, data: [{ id: 'test-mini' }, { id: 'my-pack' }] });
    expect(await handleMessage({ type: 'setConceptEnabled', packId: 'test-mini', conceptId: 'pillar-3', enabled: false }, handlers)).toMatchObject({ ok: true });
    expect(await handleMessage({ type: 'listConcepts', packId: 'test-mini' }, handlers)).toMatchObject({ ok: true, data: [{ id: 'pillar-3', enabled: false }, { id: 'resettlement', enabled: true }] });
    expect(await handleMessage({ type: 'setNote', target: { type: 'concept', id: 'resettlement' }, text: 'Hello' }, handlers)).toMatchObject({ ok: true, data: { text: 'Hello' } });
    expect(await handleMessage({ type: 'getNotes', target: { type: 'concept', id: 'resettlement' } }, handlers)).toMatchObject({ ok: true, data: [{ text: 'Hello' }] });
    expect((await service.snapshot()).snapshot.notes).toHaveLength(1);
    const exported = await handleMessage({ type: 'exportPack', id: 'my-pack' }, handlers);
    expect(exported.ok && JSON.parse(exported.data as string).notes).toHaveLength(1);
    expect(await handleMessage({ type: 'setPackEnabled', id: 'my-pack', enabled: false }, handlers)).toMatchObject({ ok: true, data: { enabled: false } });
    expect(await handleMessage({ type: 'deletePack', id: 'test-mini' }, handlers)).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be deleted/) });
    expect(await handleMessage({ type: 'deletePack', id: 'my-pack' }, handlers)).toEqual({ ok: true, data: { deleted: 'my-pack' } });
    expect(changes).toEqual(['packs', 'concepts', 'notes', 'packs', 'packs']);
    off();
    await handleMessage({ type: 'setNote', target: { type: 'concept', id: 'resettlement' }, text: '' }, handlers);
    expect(changes).toHaveLength(5);
  });

  it('refuses malformed pack messages before they reach the database', async () => {
    const service = new FactBaseService(packs, () => new LensDatabase('service-test-5'));
    const handlers = withRest(service);
    expect(await handleMessage({ type: 'importPack', json: 42 }, handlers)).toMatchObject({ ok: false, error: expect.stringMatching(/Malformed "importPack" message: json:/) });
    expect(await handleMessage({ type: 'deletePack', id: '../x' }, handlers)).toMatchObject({ ok: false, error: expect.stringMatching(/id: must be a lowercase slug/) });
    expect(await handleMessage({ type: 'setNote', target: { type: 'pack', id: 'x' }, text: 'x' }, handlers)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'setConceptEnabled', packId: 'test-mini', conceptId: 'pillar-3', enabled: 'no' }, handlers)).toMatchObject({ ok: false });
  });

  it('refuses imports and other changes with a clear message when IndexedDB is unavailable', async () => {
    const broken = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    const service = new FactBaseService(packs, () => new LensDatabase('service-test-6', { indexedDB: broken as never, IDBKeyRange }));
    const handlers = withRest(service);
    const res = await handleMessage({ type: 'importPack', json: JSON.stringify(userPack()) }, handlers);
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/^Cannot import a fact pack: the extension's database is not available .*private window.*used from memory, and nothing can be saved/) });
    for (const msg of [
      { type: 'setNote', target: { type: 'concept', id: 'resettlement' }, text: 'x' },
      { type: 'setConceptEnabled', packId: 'test-mini', conceptId: 'pillar-3', enabled: false },
      { type: 'setPackEnabled', id: 'test-mini', enabled: false },
      { type: 'deletePack', id: 'test-mini' },
    ]) {
      expect(await handleMessage(msg, handlers)).toMatchObject({ ok: false, error: expect.stringMatching(/^Cannot .*database is not available/) });
    }
    // Reading still works from memory.
    expect(await handleMessage({ type: 'listPacks' }, handlers)).toMatchObject({ ok: true, data: [{ id: 'test-mini', origin: 'bundled', deletable: false }] });
    expect(await handleMessage({ type: 'listConcepts', packId: 'test-mini' }, handlers)).toMatchObject({ ok: true, data: [{ id: 'pillar-3', enabled: true }, { id: 'resettlement' }] });
    expect(await handleMessage({ type: 'getNotes' }, handlers)).toEqual({ ok: true, data: [] });
    const exported = await handleMessage({ type: 'exportPack', id: 'test-mini' }, handlers);
    expect(exported.ok && parsePack(JSON.parse(exported.data as string)).id).toBe('test-mini');
  });
});
