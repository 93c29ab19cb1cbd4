import { describe, expect, it, vi } from 'vitest';
import { scriptLifetime } from './script-lifetime';
import { claimPage, releasePage } from './running-flag';

/** A stand-in for WXT's context: invalidated by whoever dispatches its announcement. */
class FakeContext {
  static SCRIPT_STARTED_MESSAGE_TYPE = 'ext-id:content:wxt:content-script-started';
  private readonly controller = new AbortController();
  onInvalidated(cb: () => void) {
    this.controller.signal.addEventListener('abort', cb);
    return () => undefined;
  }
  invalidate() {
    this.controller.abort();
  }
}

describe('the content script lifetime', () => {
  it('outlives an invalidation while the extension context still exists (a page forged it)', () => {
    const ctx = new FakeContext();
    const life = scriptLifetime(ctx, { alive: () => true, doc: new EventTarget() as Document });
    const ended = vi.fn();
    life.onEnd(ended);
    ctx.invalidate();
    expect(life.signal.aborted).toBe(false);
    expect(ended).not.toHaveBeenCalled();
  });

  it('ends when invalidated after the extension context is gone (update, reload, removal)', () => {
    const ctx = new FakeContext();
    let alive = true;
    const life = scriptLifetime(ctx, { alive: () => alive, doc: new EventTarget() as Document });
    const ended = vi.fn();
    life.onEnd(ended);
    alive = false;
    ctx.invalidate();
    expect(life.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('still notices a genuine newer script after a forged invalidation', () => {
    const ctx = new FakeContext();
    const doc = new EventTarget() as Document;
    let alive = true;
    const life = scriptLifetime(ctx, { alive: () => alive, doc });
    ctx.invalidate(); // forged: ignored
    alive = false;
    doc.dispatchEvent(new Event(FakeContext.SCRIPT_STARTED_MESSAGE_TYPE));
    expect(life.signal.aborted).toBe(true);
  });

  it('ends on request and runs late listeners at once', () => {
    const life = scriptLifetime(new FakeContext(), { alive: () => true, doc: new EventTarget() as Document });
    life.end();
    const late = vi.fn();
    life.onEnd(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('the running mark', () => {
  it('keeps a second injection out while the first script lives, and lets one in after it died or left', () => {
    let firstAlive = true;
    expect(claimPage(() => firstAlive)).toBe(true);
    expect(claimPage(() => true)).toBe(false);
    firstAlive = false;
    expect(claimPage(() => true)).toBe(true);
    releasePage();
    expect(claimPage(() => true)).toBe(true);
    releasePage();
  });

  it('is not a string-named global a page element could shadow', () => {
    expect(claimPage(() => true)).toBe(true);
    const g = globalThis as Record<string, unknown>;
    expect(Object.keys(g).filter((k) => /migration/i.test(k))).toEqual([]);
    releasePage();
  });
});
