import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage as handleMessage, type BackgroundHandlers, type RequestType } from './to-background';

/** Every handler answers its own type, so an answer shows the request got through. */
const handlers = new Proxy({}, { get: (_t, type) => () => `answered ${String(type)}` }) as BackgroundHandlers;

const extension = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const contentScript = { id: extension.id, url: 'https://news.example/artikel/1', tab: { id: 7 }, frameId: 0 };
const optionsPage = { id: extension.id, url: `${extension.origin}/options.html`, origin: extension.origin };
const optionsInATab = { ...optionsPage, tab: { id: 8 } };

const reading = { lang: 'nl', published: null };
const requests: Record<RequestType, object> = {
  recognise: { ...reading, pieces: ['De IND.'] },
  cards: { ...reading, uiLang: 'nl', refs: [['ab.0', 0]] },
  listLines: { ...reading, uiLang: 'nl', refs: [['ab.0', 0]] },
  pillarHeadings: { uiLang: 'nl' },
  pageReport: { ...reading, uiLang: 'nl', url: 'https://news.example/a', title: 'A', format: 'csv', pieces: [], offsets: [], items: [] },
  loadCardUi: {},
  getConcept: { id: 'ind' },
  findConceptsByTerm: { term: 'IND' },
  getFact: { id: 'x' },
  getFactsOfConcept: { id: 'ind' },
  getStatus: {},
  getSettings: {},
  setSettings: { settings: { showTerms: false } },
  listSites: {},
  enableSite: { origin: 'https://news.example' },
  disableSite: { origin: 'https://news.example' },
  importPack: { json: '{}' },
  listPacks: {},
  setPackEnabled: { id: 'my-pack', enabled: false },
  deletePack: { id: 'my-pack' },
  exportPack: { id: 'my-pack' },
  listConcepts: { packId: 'my-pack' },
  setConceptEnabled: { packId: 'my-pack', conceptId: 'ind', enabled: false },
  setNote: { target: { type: 'concept', id: 'ind' }, text: 'x' },
  getNotes: {},
  getOrphanedNotes: {},
};
const ask = (type: RequestType, sender: unknown) => handleMessage({ type, ...requests[type] }, handlers, sender, extension);

describe('who may ask the background what', () => {
  it('answers a content script only what a page needs: its text recognised, its cards, lines and export, the card code, the settings, a note on a card', async () => {
    const answered: string[] = [];
    for (const type of Object.keys(requests) as RequestType[]) {
      const res = await ask(type, contentScript);
      if (res.ok) answered.push(type);
      else expect(res.error).toMatch(/only to the extension's own pages/);
    }
    expect(answered.sort()).toEqual(['cards', 'getSettings', 'listLines', 'loadCardUi', 'pageReport', 'pillarHeadings', 'recognise', 'setNote']);
  });

  it("answers the extension's own pages everything, in a popup or in a tab", async () => {
    for (const sender of [optionsPage, optionsInATab]) {
      for (const type of Object.keys(requests) as RequestType[]) {
        expect(await ask(type, sender), `${type}`).toEqual({ ok: true, data: `answered ${type}` });
      }
    }
  });

  it('refuses privileged requests from anything it cannot place on the extension origin', async () => {
    const strangers = [
      undefined,
      {},
      { id: extension.id },
      { id: 'another-extension', url: 'chrome-extension://another-extension/options.html' },
      { id: extension.id, url: 'https://abcdefghijklmnop.evil.example/options.html' },
      { id: extension.id, url: 'not a url' },
      { id: extension.id, url: `${extension.origin}/options.html`, origin: 'https://news.example' },
    ];
    for (const sender of strangers) {
      expect(await ask('importPack', sender), JSON.stringify(sender)).toMatchObject({ ok: false });
      expect(await ask('recognise', sender), JSON.stringify(sender)).toMatchObject({ ok: true });
    }
  });
});

describe('Firefox senders', () => {
  it('recognises its pages by the per-profile moz-extension:// origin, not by the add-on id', async () => {
    const firefox = { id: 'migration-lens@example.org', origin: 'moz-extension://5b1c3e1a-7d2f-4c55-9a8e-1f0d6c2b9e47' };
    const page = { id: firefox.id, url: `${firefox.origin}/options.html?x=1` };
    const content = { id: firefox.id, url: 'https://news.example/a', tab: { id: 3 } };
    const msg = { type: 'listPacks' };
    expect(await handleMessage(msg, handlers, page, firefox)).toEqual({ ok: true, data: 'answered listPacks' });
    expect(await handleMessage(msg, handlers, content, firefox)).toMatchObject({ ok: false });
  });
});

