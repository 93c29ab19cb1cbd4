import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildCardModel, indexSnapshot } from '../../lib/card';
import { resolveUiLang, translator } from '../../lib/i18n';
import type { Request } from '../../lib/messages';
import { unwrap, type Response } from '../../lib/reply';
import { PageAnnotator, type PlacedAnnotation } from '../../lib/page/annotator';
import { placeCard } from '../../lib/page/placement';
import { recognise } from '../../lib/recognise/recognise';
import type { SnapshotReply } from '../../lib/factbase/service';
import { CardLayer } from '../../components/CardLayer';
import { CARD_CSS } from '../../components/card-styles';

async function ask<T>(req: Request): Promise<T> {
  return unwrap(await (browser.runtime.sendMessage(req) as Promise<Response<T>>));
}

/** The extension's only node in the page: a host with a closed shadow root. */
function createUiHost(doc: Document): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement('migration-lens-ui');
  host.setAttribute('data-migration-lens', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  mount.className = 'layer';
  shadow.append(style, mount);
  doc.documentElement.append(host);
  return { host, mount };
}

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const reply = await ask<SnapshotReply>({ type: 'getSnapshot' });
  const index = indexSnapshot(reply.snapshot);
  const pageLang = (document.documentElement.lang || '').toLowerCase().startsWith('en') ? 'en' : document.documentElement.lang ? 'nl' : 'auto';
  const uiLang = resolveUiLang('auto', navigator.language);
  const t = translator(uiLang);
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;

  const { host, mount } = createUiHost(document);
  const annotator = new PageAnnotator(document, host, (text) =>
    recognise(text, reply.lexicon, { lang: pageLang, published }).annotations,
  );
  annotator.scan();

  let open: PlacedAnnotation | null = null;
  let overCard = false;
  let closeTimer: number | undefined;

  const show = (a: PlacedAnnotation | null) => {
    open = a;
    const model = a ? buildCardModel(a, index, uiLang) : null;
    if (!a || !model) {
      render(null, mount);
      return;
    }
    const rect = a.dom.getBoundingClientRect();
    const place = (size: { width: number; height: number }) =>
      placeCard(
        { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
        size,
        { width: window.innerWidth, height: window.innerHeight },
      );
    render(
      <CardLayer
        key={`${a.start}-${a.end}`}
        model={model}
        t={t}
        place={place}
        onClose={() => show(null)}
        onHover={(inside) => {
          overCard = inside;
          if (inside) window.clearTimeout(closeTimer);
        }}
      />,
      mount,
    );
  };

  let frame = 0;
  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (e.composedPath().includes(host)) return;
      const hit = annotator.annotationAtPoint(e.clientX, e.clientY);
      if (hit && hit !== open) {
        window.clearTimeout(closeTimer);
        show(hit);
      } else if (!hit && open && !overCard) {
        window.clearTimeout(closeTimer);
        closeTimer = window.setTimeout(() => !overCard && show(null), 300);
      } else if (hit) window.clearTimeout(closeTimer);
    });
  });
  ctx.addEventListener(document, 'click', (e: MouseEvent) => {
    if (e.composedPath().includes(host)) return;
    const hit = annotator.annotationAtPoint(e.clientX, e.clientY);
    if (hit) show(hit);
  });
  ctx.addEventListener(document, 'focusin', (e: FocusEvent) => {
    const target = e.target as Element | null;
    if (!target || target === host) return;
    const hit = annotator.firstAnnotationWithin(target);
    if (hit) show(hit);
    else if (open) show(null);
  });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) show(null);
  });
  ctx.addEventListener(window, 'scroll', () => open && show(open), { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', () => open && show(open));
}
