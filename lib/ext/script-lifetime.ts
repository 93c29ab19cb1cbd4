/**
 * How long the content script lives: until the extension's context is really gone (the
 * extension was updated, reloaded or removed), and not a moment earlier because a page said so.
 *
 * WXT invalidates its context (`ctx`) when it sees a newer copy of the same script announce
 * itself with a DOM event on the document. The page can dispatch that event too (its name is
 * the extension id, which is public, plus fixed words), and an invalidated context takes every
 * listener bound to it down with it. So the script binds its listeners to its own signal, and
 * takes an invalidation for real only when `browser.runtime.id` is gone, which no page can
 * cause.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ScriptLifetime {
  /** Aborted when the script must stop; bind listeners and observers to it. */
  readonly signal: AbortSignal;
  /** Stop now if the extension's context is gone (call where the script notices trouble). */
  check(): void;
  /** Stop now (the site was switched off). */
  end(): void;
  /** Run `cb` once when the script stops. */
  onEnd(cb: () => void): void;
}

export interface LifetimeOptions {
  /** Whether the extension's context still exists; `browser.runtime.id` by default. */
  alive?: () => boolean;
  /** The document that carries WXT's start announcements. */
  doc?: Document;
}

export function scriptLifetime(ctx: Pick<ContentScriptContext, 'onInvalidated'>, options: LifetimeOptions = {}): ScriptLifetime {
  const alive = options.alive ?? (() => !!browser.runtime?.id);
  const controller = new AbortController();
  const check = () => {
    if (!controller.signal.aborted && !alive()) controller.abort();
  };
  ctx.onInvalidated(check);
  // After a forged announcement WXT no longer listens; a genuine one (an updated script
  // starting beside this orphaned one) is still noticed here.
  const announcement = (ctx.constructor as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const doc = options.doc ?? (typeof document === 'undefined' ? undefined : document);
  if (announcement && doc) doc.addEventListener(announcement, check, { signal: controller.signal });
  return {
    signal: controller.signal,
    check,
    end: () => controller.abort(),
    onEnd(cb) {
      if (controller.signal.aborted) cb();
      else controller.signal.addEventListener('abort', () => cb(), { once: true });
    },
  };
}
