import { describe, expect, it } from 'vitest';
import { originFromScriptId, siteOrigin, sitePattern, siteScriptId } from './sites';

describe('sites', () => {
  it('derives the origin of an http(s) page without port, path or query', () => {
    expect(siteOrigin('https://nos.nl/artikel/123?x=1#y')).toBe('https://nos.nl');
    expect(siteOrigin('http://127.0.0.1:4173/demo.html')).toBe('http://127.0.0.1');
  });
  it('refuses pages that cannot be enabled', () => {
    expect(siteOrigin('chrome://extensions')).toBeNull();
    expect(siteOrigin('file:///tmp/a.html')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
    expect(siteOrigin(undefined)).toBeNull();
  });
  it('round-trips the script id and builds the match pattern', () => {
    expect(sitePattern('https://nos.nl')).toBe('https://nos.nl/*');
    expect(originFromScriptId(siteScriptId('https://nos.nl'))).toBe('https://nos.nl');
    expect(originFromScriptId('other')).toBeNull();
  });
});
