import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { pageRequestSchema, type PageRequest, type PageRequestType } from './to-page';

/** Answers that show which handler ran. */
const handlers: { [T in PageRequestType]: (req: Extract<PageRequest, { type: T }>) => unknown } = {
  pageSummary: () => ({ terms: 3 }),
  openAnnotation: (req) => `opened ${req.index}`,
  openList: () => 'list',
  siteDisabled: () => 'off',
  pageCards: () => [],
  setEmphasis: (req) => req.on,
  exportPage: (req) => req.format,
  factBaseChanged: () => 'reloaded',
};

describe('messages to a page', () => {
  it('dispatches a valid message to its handler (the schema is built once, on first use)', async () => {
    expect(pageRequestSchema()).toBe(pageRequestSchema());
    expect(await dispatch(pageRequestSchema(), { type: 'openAnnotation', index: 4 }, handlers)).toEqual({ ok: true, data: 'opened 4' });
    expect(await dispatch(pageRequestSchema(), { type: 'exportPage', format: 'csv' }, handlers)).toEqual({ ok: true, data: 'csv' });
  });

  it('refuses malformed and unknown messages with a reason, without calling a handler', async () => {
    const bad = await dispatch(pageRequestSchema(), { type: 'openAnnotation', index: -1 }, handlers);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/Malformed "openAnnotation" message: index/);
    const unknown = await dispatch(pageRequestSchema(), { type: 'deleteEverything' }, handlers);
    expect(!unknown.ok && unknown.error).toMatch(/Unknown message type "deleteEverything"/);
    const extra = await dispatch(pageRequestSchema(), { type: 'openList', html: '<b>' }, handlers);
    expect(extra.ok).toBe(false);
  });
});
