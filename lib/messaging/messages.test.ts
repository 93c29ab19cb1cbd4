import { describe, expect, it } from 'vitest';
import { handleMessage, type Handlers } from './messages';

const handlers: Handlers<unknown> = {
  getSnapshot: () => 'snapshot',
  getConcept: (r) => `concept ${r.id}`,
  findConceptsByTerm: (r) => [r.term],
  getFact: () => {
    throw new Error('no such fact');
  },
  getFactsOfConcept: () => [],
  getStatus: () => ({ ok: 1 }),
  getSettings: () => ({}),
  setSettings: () => ({}),
  listSites: () => [],
  enableSite: (r) => r.origin,
  disableSite: (r) => r.origin,
  importPack: (r) => r.json.length,
  listPacks: () => [],
  setPackEnabled: (r) => r.enabled,
  deletePack: (r) => r.id,
  exportPack: (r) => r.id,
  listConcepts: (r) => r.packId,
  setConceptEnabled: (r) => `${r.packId}/${r.conceptId}`,
  setNote: (r) => r.text,
  getNotes: () => [],
  getOrphanedNotes: () => [],
};

describe('handleMessage', () => {
  it('dispatches a valid message to its handler', async () => {
    expect(await handleMessage({ type: 'getConcept', id: 'ind' }, handlers)).toEqual({ ok: true, data: 'concept ind' });
  });

  it('answers an unknown type with the list of known ones', async () => {
    const res = await handleMessage({ type: 'deleteEverything' }, handlers);
    expect(res).toMatchObject({ ok: false });
    expect(!res.ok && res.error).toMatch(/Unknown message type "deleteEverything".*getSnapshot/);
  });

  it('answers a malformed message with the field at fault', async () => {
    const res = await handleMessage({ type: 'getConcept', id: 42 }, handlers);
    expect(!res.ok && res.error).toMatch(/Malformed "getConcept" message: id:/);
    expect(await handleMessage('hello', handlers)).toMatchObject({ ok: false, error: expect.stringMatching(/Malformed message/) });
    expect(await handleMessage({ type: 'getStatus', extra: 1 }, handlers)).toMatchObject({ ok: false });
  });

  it('refuses an origin that is not http(s)', async () => {
    expect(await handleMessage({ type: 'enableSite', origin: 'https://nos.nl' }, handlers)).toEqual({ ok: true, data: 'https://nos.nl' });
    const res = await handleMessage({ type: 'enableSite', origin: 'javascript:alert(1)' }, handlers);
    expect(!res.ok && res.error).toMatch(/origin: must be an http\(s\) origin/);
  });

  it('turns a handler error into an error answer', async () => {
    expect(await handleMessage({ type: 'getFact', id: 'x' }, handlers)).toEqual({ ok: false, error: 'no such fact' });
  });
});
