/**
 * A pack file over the size limit is refused from its size, before it is read: reading a
 * huge file whole into the options page (and sending it to the background) is what the limit
 * exists to prevent.
 */
import { openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a pack file over 50 MB is refused without being read', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('.packs-list > li')).toHaveCount(3);
  // Count every way the page could read the file.
  await options.evaluate(() => {
    const w = window as any;
    w.__reads = 0;
    for (const m of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
      const original = (Blob.prototype as any)[m];
      if (typeof original !== 'function') continue;
      (Blob.prototype as any)[m] = function (...args: unknown[]) {
        w.__reads++;
        return original.apply(this, args);
      };
    }
    for (const m of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString'] as const) {
      const original = (FileReader.prototype as any)[m];
      (FileReader.prototype as any)[m] = function (...args: unknown[]) {
        w.__reads++;
        return original.apply(this, args);
      };
    }
  });
  const path = join(tmpdir(), `ml-huge-pack-${Date.now()}.json`);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 51 * 1024 * 1024); // 51 MB (sparse on disk)
  closeSync(fd);
  try {
    await options.getByLabel(/Een feitenpakket importeren/).setInputFiles(path);
    await expect(options.getByRole('alert')).toContainText(/te groot \(51\.0 MB\).*hoogstens 50 MB.*niet gelezen/);
    expect(await options.evaluate(() => (window as any).__reads)).toBe(0);
    await expect(options.locator('.packs-list > li')).toHaveCount(3);
  } finally {
    rmSync(path, { force: true });
  }
});
