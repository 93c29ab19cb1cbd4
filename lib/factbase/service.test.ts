import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { handleMessage, type Handlers } from '../messages';
import { LensDatabase } from './db';
import { FactBaseService, type SnapshotReply } from './service';
import { parsePack } from './validate';

const packs = () => [parsePack(mini)];
const unused = () => {
  throw new Error('not part of the fact-base service');
};
const withRest = (h: ReturnType<FactBaseService['handlers']>): Handlers<unknown> => ({
  ...h,
  getSettings: unused,
  setSettings: unused,
  listSites: unused,
  enableSite: unused,
  disableSite: unused,
});

describe('FactBaseService', () => {
  it('installs the bundled packs and answers queries through messages', async () => {
    const service = new FactBaseService(packs, () => new LensDatabase('service-test-1'));
    const handlers = withRest(service.handlers());
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
    const res = await handleMessage({ type: 'getSnapshot', knownVersion: a.snapshot.version }, withRest(service.handlers()));
    expect(res).toEqual({ ok: true, data: { unchanged: true, version: a.snapshot.version } });
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
      const fact = await handleMessage({ type: 'getFact', id: 'resettled-2018-national' }, withRest(service.handlers()));
      expect(fact).toMatchObject({ ok: true, data: { value: 530 } });
    }
  });
});
