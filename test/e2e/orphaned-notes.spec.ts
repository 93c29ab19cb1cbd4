/**
 * A note whose term or figure disappears (here: the user's own note on a term of a pack that
 * is then deleted) is kept and shown in the options page as orphaned, in Dutch and English,
 * until the user deletes it.
 */
import { expect, test } from './fixtures';

test('a note whose term is gone is kept and listed as orphaned in options, in both languages', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/Een feitenpakket importeren/).setInputFiles('test/fixtures/packs/user-pack.json');
  await expect(options.locator('.import-result')).toContainText('Begrippen klas 3B geïmporteerd');
  await expect(options.getByRole('heading', { name: /Notities waarvan/ })).toHaveCount(0);

  // The teacher's own note on the pack's term (as the card's note editor saves it).
  const saved = await options.evaluate(() =>
    (globalThis as any).chrome.runtime.sendMessage({
      type: 'setNote',
      target: { type: 'concept', id: 'staatssecretaris' },
      text: 'Eigen aantekening: <b>niet</b> vergeten.\nTweede regel.',
    }),
  );
  expect(saved).toMatchObject({ ok: true });

  options.once('dialog', (d) => d.accept());
  await options.getByRole('button', { name: 'Begrippen klas 3B verwijderen' }).click();
  await expect(options.locator('.packs-list > li')).toHaveCount(3);

  const section = options.locator('.orphaned-notes');
  await expect(options.getByRole('heading', { name: 'Notities waarvan het begrip of cijfer is verdwenen' })).toBeVisible();
  await expect(section).toContainText('Bij begrip staatssecretaris (niet meer in de feitenbank)');
  // The note is text, never markup.
  await expect(section.locator('.note-text')).toHaveText('Eigen aantekening: <b>niet</b> vergeten.\nTweede regel.');
  await expect(section.locator('b')).toHaveCount(0);

  await options.getByLabel(/Taal/).selectOption('en');
  await expect(options.getByRole('heading', { name: 'Notes whose term or figure is gone' })).toBeVisible();
  await expect(section).toContainText('On term staatssecretaris (no longer in the fact base)');

  await options.getByRole('button', { name: 'Delete the note on staatssecretaris' }).click();
  await expect(options.getByRole('heading', { name: 'Notes whose term or figure is gone' })).toHaveCount(0);
});
