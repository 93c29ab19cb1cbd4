import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage, type BackgroundHandlers, type RequestOf, type RequestType } from './to-background';

/** Answers that show which handler ran (typed loosely: this tests dispatching, not answers). */
const handlers: { [T in RequestType]: (r: RequestOf<T>) => unknown } = {
  recognise: (r) => r.pieces.length,
  cards: (r) => r.refs.length,
  listLines: (r) => r.refs.length,
  pillarHeadings: (r) => r.uiLang,
  pageReport: (r) => r.format,
  loadCardUi: () => true,
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
const handleMessage = (raw: unknown) => handleBackgroundMessage(raw, handlers as unknown as BackgroundHandlers);

describe('handleBackgroundMessage', () => {
  it('dispatches a valid message to its handler', async () => {
    expect(await handleMessage({ type: 'getConcept', id: 'ind' })).toEqual({ ok: true, data: 'concept ind' });
  });

  it('answers an unknown type with the list of known ones', async () => {
    const res = await handleMessage({ type: 'deleteEverything' });
    expect(res).toMatchObject({ ok: false });
    expect(!res.ok && res.error).toMatch(/Unknown message type "deleteEverything".*recognise/);
  });

  it('answers a malformed message with the field at fault', async () => {
    const res = await handleMessage({ type: 'getConcept', id: 42 });
    expect(!res.ok && res.error).toMatch(/Malformed "getConcept" message: id:/);
    expect(await handleMessage('hello')).toMatchObject({ ok: false, error: expect.stringMatching(/Malformed message/) });
    expect(await handleMessage({ type: 'getStatus', extra: 1 })).toMatchObject({ ok: false });
  });

  it('refuses an origin that is not http(s)', async () => {
    expect(await handleMessage({ type: 'enableSite', origin: 'https://nos.nl' })).toEqual({ ok: true, data: 'https://nos.nl' });
    const res = await handleMessage({ type: 'enableSite', origin: 'javascript:alert(1)' });
    expect(!res.ok && res.error).toMatch(/origin: must be an http\(s\) origin/);
  });

  it('turns a handler error into an error answer', async () => {
    expect(await handleMessage({ type: 'getFact', id: 'x' })).toEqual({ ok: false, error: 'no such fact' });
  });
});
