import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { HIGHLIGHTS_CSS_FILE, HIGHLIGHTS_STYLESHEET } from './lib/page/highlights';
import { BUNDLED_PACKS_FILE, bundledPackInputs } from './lib/factbase/bundled';

/**
 * Two builds from one tree:
 * - the store build asks for no host permission at install; the user opts sites in;
 * - the test build (`npm run build:test`, mode "test") additionally annotates
 *   http://127.0.0.1/* and http://localhost/* from the start, so e2e tests and outside
 *   checkers can exercise the real content script without a permission prompt.
 */
const TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Extension pages (popup, options, side panel, sheet) run only the extension's own scripts
 * and styles, load nothing from anywhere else and may connect nowhere: the extension makes
 * no network request. test/e2e/manifest.spec.ts compares the built manifests with this.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // The extension API namespace without trusting names the page can set (DOM clobbering):
  // see lib/ext/browser-namespace.ts. Bundling only; types still come from @wxt-dev/browser.
  vite: () => ({ resolve: { alias: { '@wxt-dev/browser': resolve('lib/ext/browser-namespace.ts') } } }),
  // Firefox: Manifest V3 as well (WXT would default Firefox to MV2). Only MV3 keeps
  // `optional_host_permissions` (WXT drops it from an MV2 manifest, which would break the
  // per-site opt-in), and it gives both browsers one permission model and the `action` API.
  // Firefox runs the MV3 background as an event page (`background.scripts`), which WXT emits.
  // Chrome is MV3 by default, so this line only changes the Firefox build.
  manifestVersion: 3,
  // Firefox sources archive (`wxt zip -b firefox`, for addons.mozilla.org review): WXT already
  // leaves out node_modules, dot-folders, .output and *.test/*.spec files; also leave out
  // local test and run output (all git-ignored).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'artifacts/**', 'stats.html', '**/*.log'],
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'open-annotation-list': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdOpenList__',
      },
    },
    ...(mode === 'test' ? { host_permissions: TEST_ORIGINS } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'migration-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142 on (desktop: 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The highlight styles, injected as a stylesheet before the page is styled (see
    // lib/page/highlights.ts): generated from the same source the content script uses.
    // And the bundled fact packs, read by the background only when it must install them
    // (lib/factbase/bundled-meta.ts says why they are not in its script).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHTS_CSS_FILE, contents: HIGHLIGHTS_STYLESHEET });
      files.push({ relativeDest: BUNDLED_PACKS_FILE, contents: JSON.stringify(bundledPackInputs()) });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(BUNDLED_PACKS_FILE);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      // The content script is registered at runtime in the store build (per-site opt-in);
      // the test build declares it statically for the local test origins.
      // First an empty script at document_start (public/early-world.js: the isolated world
      // is set up before the page can shadow the API's names), then the content script.
      manifest.content_scripts ??= [];
      manifest.content_scripts.push(
        { matches: TEST_ORIGINS, js: ['early-world.js'], run_at: 'document_start' },
        { matches: TEST_ORIGINS, js: ['content-scripts/content.js'], css: [HIGHLIGHTS_CSS_FILE], run_at: 'document_idle' },
      );
    },
  },
});
