/**
 * The built manifests, as a browser will read them: permissions, host access, content
 * scripts and the extension pages' CSP, compared with the expected values written out here
 * (not imported from wxt.config.ts, so a change there must be made here too, on purpose).
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STORE = '.output/chrome-mv3/manifest.json';
const TEST_BUILD = '.output/chrome-mv3-test/manifest.json';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** storage: settings; activeTab + scripting: annotate the current tab on request; sidePanel: the class view. */
const PERMISSIONS = ['activeTab', 'scripting', 'sidePanel', 'storage'];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
const TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

test.describe('built manifests', () => {
  test.beforeAll(() => {
    // The store build, made now from the current tree (the test build is made by `npm run test:e2e`).
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', timeout: 120_000 });
  });

  test('the store build asks for no host at install, runs no content script by itself, and has a strict CSP', () => {
    const m = read(STORE);
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    expect([...m.optional_host_permissions].sort()).toEqual(OPTIONAL_HOSTS);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
  });

  test('the test build adds exactly the local test origins and their content script (top frame only)', () => {
    const m = read(TEST_BUILD);
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
    expect([...m.host_permissions].sort()).toEqual(TEST_ORIGINS);
    expect([...m.optional_host_permissions].sort()).toEqual(OPTIONAL_HOSTS);
    // The highlight stylesheet comes with the script, before the page is styled.
    // An empty script at document_start first: the isolated world exists before the page can
    // shadow the extension API's names with frames (public/early-world.js).
    expect(m.content_scripts).toEqual([
      { matches: TEST_ORIGINS, js: ['early-world.js'], run_at: 'document_start' },
      { matches: TEST_ORIGINS, js: ['content-scripts/content.js'], css: ['highlights.css'], run_at: 'document_idle' },
    ]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
  });
});
