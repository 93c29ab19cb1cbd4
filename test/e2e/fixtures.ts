/**
 * Playwright fixtures: a real Chromium with the test build of the extension loaded, and a
 * local server for the fixture pages on 127.0.0.1 (where the test build annotates without
 * a permission prompt).
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, requireChromium, TEST_BUILD_DIR } from '../../tools/browser';
import { startStaticServer, type StaticServer } from '../../tools/serve';

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer(resolve('test/fixtures/pages'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    if (!existsSync(join(TEST_BUILD_DIR, 'manifest.json'))) {
      throw new Error(`No test build in ${TEST_BUILD_DIR}: run "npm run build:test" first.`);
    }
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ml-e2e-')), {
      executablePath: requireChromium(),
      headless: true,
      args: chromiumArgs(TEST_BUILD_DIR),
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
