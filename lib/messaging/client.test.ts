/**
 * The typed client: answers are unwrapped, refusals become errors with the other side's words,
 * and (checked by `tsc`, `npm run typecheck`) a wrong reply type does not compile — on the
 * asking side and on the answering side. Each `@ts-expect-error` below must meet a type error,
 * or the type check fails.
 */
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { StatusReport } from '../factbase/status';
import type { Settings } from '../ext/settings';
import type { PageSummary } from '../view/page-summary';
import { askBackground, askPage } from './client';
import type { BackgroundHandlers } from './to-background';
import type { PageHandlers } from './to-page';

afterEach(() => vi.restoreAllMocks());

/** The extension API's send, answering what a test says (the real one is typed as answering nothing). */
type Send = Mock<(...args: unknown[]) => Promise<unknown>>;

describe('asking the background or a page', () => {
  it('hands back the data of an answer, and turns a refusal into an error with its reason', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage') as unknown as Send;
    send.mockResolvedValueOnce({ ok: true, data: ['https://nos.nl'] });
    expect(await askBackground({ type: 'listSites' })).toEqual(['https://nos.nl']);
    expect(send).toHaveBeenLastCalledWith({ type: 'listSites' });
    send.mockResolvedValueOnce({ ok: false, error: '"listSites" is answered only to the extension\'s own pages' });
    await expect(askBackground({ type: 'listSites' })).rejects.toThrow(/only to the extension's own pages/);
    send.mockResolvedValueOnce(undefined);
    await expect(askBackground({ type: 'getSettings' })).rejects.toThrow(/No answer from the extension background/);
  });

  it('asks a tab by its id', async () => {
    const send = (vi.spyOn(browser.tabs, 'sendMessage') as unknown as Send).mockResolvedValueOnce({ ok: true, data: { terms: 2 } });
    expect(await askPage(7, { type: 'pageSummary' })).toEqual({ terms: 2 });
    expect(send).toHaveBeenLastCalledWith(7, { type: 'pageSummary' });
  });
});

/** Never called: compiled by tsc only. */
export async function replyTypesAreChecked(): Promise<void> {
  // The asker gets its request's reply type …
  const status: StatusReport = await askBackground({ type: 'getStatus' });
  const summary: PageSummary = await askPage(1, { type: 'pageSummary' });
  // … and cannot take it for another.
  // @ts-expect-error getStatus is answered with a StatusReport, not Settings
  const wrong: Settings = await askBackground({ type: 'getStatus' });
  // @ts-expect-error pageSummary is not answered with a list of strings
  const wrongPage: string[] = await askPage(1, { type: 'pageSummary' });
  // Naming the expected answer compiles only when it is the reply type.
  const settings = await askBackground<Settings>({ type: 'getSettings' });
  // @ts-expect-error getSettings is not answered with a StatusReport
  await askBackground<StatusReport>({ type: 'getSettings' });
  // An unknown request does not compile either.
  // @ts-expect-error no such request
  await askBackground({ type: 'deleteEverything' });

  // A handler must answer with its request's reply type.
  const background: Pick<BackgroundHandlers, 'listSites' | 'deletePack'> = {
    listSites: () => ['https://nos.nl'],
    // @ts-expect-error deletePack answers { deleted }, not a boolean
    deletePack: async () => true,
  };
  const page: Pick<PageHandlers, 'pageSummary' | 'openList'> = {
    // @ts-expect-error a summary needs its figures, top annotations and storm flag
    pageSummary: () => ({ terms: 1 }),
    openList: () => undefined,
  };
  void [status, summary, wrong, wrongPage, settings, background, page];
}
