import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h } from 'preact';
import { startPage } from './start-page';
import { DEFAULT_SETTINGS } from './settings';

/** An extension page's document (its #app) and the browser's language. */
function page(browserLang: string) {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body><div id="app"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('navigator', { language: browserLang });
  return document;
}

const greeting = (lang: string) => h('p', null, lang === 'nl' ? 'Hallo' : 'Hello');

describe('starting an extension page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders in the language the reader chose, and says so in the document', async () => {
    const doc = page('en-GB');
    await startPage(greeting, { title: 'classTitle', readSettings: async () => ({ ...DEFAULT_SETTINGS, uiLang: 'nl' }) });
    expect(doc.getElementById('app')!.textContent).toBe('Hallo');
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
    expect(doc.title).toBe('Klasweergave');
  });

  it('follows the browser when the background does not answer', async () => {
    const doc = page('nl-BE');
    await startPage(greeting, { readSettings: () => Promise.reject(new Error('no background')) });
    expect(doc.getElementById('app')!.textContent).toBe('Hallo');
  });

  it('shows the error instead of a page that cannot work without the settings', async () => {
    const doc = page('en-US');
    await startPage(greeting, { requireSettings: true, readSettings: () => Promise.reject(new Error('no background')) });
    expect(doc.getElementById('app')!.textContent).toBe('Error: no background');
  });
});
