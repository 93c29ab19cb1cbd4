import { defineConfig } from 'wxt';

/**
 * Two builds from one tree:
 * - the store build asks for no host permission at install; the user opts sites in;
 * - the test build (`npm run build:test`, mode "test") additionally annotates
 *   http://127.0.0.1/* and http://localhost/* from the start, so e2e tests and outside
 *   checkers can exercise the real content script without a permission prompt.
 */
const TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(mode === 'test' ? { host_permissions: TEST_ORIGINS } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'migration-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      // The content script is registered at runtime in the store build (per-site opt-in);
      // the test build declares it statically for the local test origins.
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({ matches: TEST_ORIGINS, js: ['content-scripts/content.js'], run_at: 'document_idle' });
    },
  },
});
