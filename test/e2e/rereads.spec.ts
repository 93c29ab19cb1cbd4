/**
 * A block the page changes is read again, but what did not change must not flicker: words that
 * are still there, painted the same, keep their highlight through the re-read (the same range,
 * never taken down), so the page is not repainted for them either.
 */
import { expect, test } from './fixtures';
import { openAnnotated } from './ui-text';

test('a paragraph whose clock ticks keeps its painted terms in every frame, and a sentence it gains is read', async ({ context, server }) => {
  const page = await openAnnotated(context, `${server.origin}/live-paragraph.html`);
  const termTexts = () => page.evaluate(() => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString()).sort());
  await expect.poll(termTexts).toEqual(expect.arrayContaining(['COA', 'IND', 'asielinstroom', 'nareizigers', 'statushouders']));

  // Watch the live paragraph's ranges in every frame while the page rewrites its clock ten
  // times a second (each change is a re-read of the paragraph).
  await page.evaluate(() => {
    const live = document.getElementById('live')!;
    const w = window as any;
    const ours = () => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].filter((r) => live.contains(r.startContainer));
    w.__first = ours();
    w.__frames = 0;
    w.__missing = 0;
    w.__watching = true;
    const frame = () => {
      if (!w.__watching) return;
      w.__frames++;
      const now = new Set(ours());
      if (w.__first.some((r: Range) => !now.has(r))) w.__missing++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    w.startClock();
  });
  await page.waitForTimeout(2000);
  const watched = await page.evaluate(() => {
    const w = window as any;
    w.stopClock();
    w.__watching = false;
    return { first: w.__first.length as number, frames: w.__frames as number, missing: w.__missing as number, clock: document.getElementById('clock')!.textContent };
  });
  expect(watched.clock).toMatch(/^[1-9]\d+ seconden$/); // the page did tick, ten times or more
  expect(watched.first).toBe(4); // IND, COA, asielinstroom, nareizigers
  expect(watched.frames).toBeGreaterThan(30);
  expect(watched.missing).toBe(0);

  // A change that brings a new term is still read: the paragraph gains a sentence.
  await page.evaluate(() => (window as any).addSentence('Ook de Raad van State sprak over de asielprocedure.'));
  await expect.poll(termTexts).toContain('asielprocedure');
  // And nothing painted twice, nothing left over from before.
  const texts = await termTexts();
  expect(texts.filter((t) => t === 'IND')).toHaveLength(1);
  expect(texts).not.toContain('');
});
