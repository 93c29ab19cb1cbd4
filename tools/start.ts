/**
 * `npm start`: open a browser with the extension loaded on the bundled demo page.
 *
 * Uses the test build (annotation enabled on 127.0.0.1 without a prompt) and a system
 * Chromium. Without a display it says so and writes a screenshot of the annotated demo
 * page (with a card open) instead of failing silently.
 */
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, requireChromium, TEST_BUILD_DIR } from './browser';
import { startStaticServer } from './serve';

const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

async function main(): Promise<void> {
  const executablePath = requireChromium();
  const server = await startStaticServer(resolve('test/fixtures/pages'));
  const url = `${server.origin}/demo.html`;
  const profile = mkdtempSync(join(tmpdir(), 'migration-lens-'));
  if (!hasDisplay) {
    console.log('No display found (DISPLAY is not set): running Chromium headless and writing a screenshot instead.');
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !hasDisplay,
    args: chromiumArgs(TEST_BUILD_DIR),
    viewport: hasDisplay ? null : { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Migration Lens is loaded; demo page: ${url}`);

  if (hasDisplay) {
    console.log('Hover a highlighted word or figure to see its card. Close the browser (or press Ctrl+C) to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
  } else {
    await page.waitForFunction(() => (CSS as any).highlights?.has('migration-lens-term'), undefined, { timeout: 20_000 });
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('asielinstroom');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 5);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    if (box) await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(500);
    mkdirSync('artifacts', { recursive: true });
    const file = resolve('artifacts/demo.png');
    await page.screenshot({ path: file });
    console.log(`Screenshot of the annotated demo page with a card open: ${file}`);
    await context.close();
  }
  await server.close();
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
