/**
 * What the background says about this page's annotations — their cards, their lines in the
 * list, the class view's cards, an export file — asked for by reference (a piece's key and the
 * annotation's index in it). Cards are kept once fetched, and fetched ahead for the part of the
 * page in view as soon as the reader starts pointing, so a hover shows its card at once.
 *
 * A background that was stopped and started again no longer holds the pieces: it says which
 * keys are missing, and their text, read again from the page, is sent once more.
 */
import type { CardModel } from '../../lib/view/card';
import type { PageCards } from '../../lib/view/class-view';
import type { ListItem } from '../../lib/view/list-item';
import type { ExportFile, ExportFormat } from '../../lib/export/file';
import type { AnnotationRef } from '../../lib/messaging/annotation-wire';
import type { PageAnnotator, PlacedAnnotation } from '../../lib/page/annotator';
import { batchPieces } from '../../lib/page/pieces';
import { askPatiently } from './background-link';
import type { ContentState } from './state';

const refOf = (a: PlacedAnnotation): AnnotationRef => [a.key, a.i];
const idOf = (a: PlacedAnnotation) => `${a.key}:${a.i}`;

/** Most cards asked for at once when fetching ahead. */
const AHEAD = 80;

export class AnnotationViews {
  private readonly cards = new Map<string, CardModel | null>();
  private readonly fetching = new Map<string, Promise<void>>();

  constructor(
    private readonly annotator: PageAnnotator,
    private readonly state: ContentState,
  ) {}

  /** Forget every card (the fact base, a note or the UI language changed). */
  forget(): void {
    this.cards.clear();
    this.fetching.clear();
  }

  /** The card if it is here already: a model, null (nothing to show), or undefined (not fetched). */
  cachedCard(a: PlacedAnnotation): CardModel | null | undefined {
    return this.cards.get(idOf(a));
  }

  async card(a: PlacedAnnotation): Promise<CardModel | null> {
    await this.fetchCards([a]);
    return this.cards.get(idOf(a)) ?? null;
  }

  /** Fetch (and keep) the cards of these annotations that are not here yet. */
  async fetchCards(list: readonly PlacedAnnotation[]): Promise<void> {
    const wanted = new Map<string, PlacedAnnotation>();
    const waiting: Promise<void>[] = [];
    for (const a of list) {
      const id = idOf(a);
      if (this.cards.has(id) || wanted.has(id)) continue;
      const pending = this.fetching.get(id);
      if (pending) waiting.push(pending);
      else wanted.set(id, a);
    }
    if (wanted.size) {
      const ids = [...wanted.keys()];
      const request = this.ask('cards', [...wanted.values()].map(refOf)).then((reply) => {
        ids.forEach((id, k) => this.cards.set(id, reply.cards[k] ?? null));
      });
      const done = request.finally(() => ids.forEach((id) => this.fetching.delete(id)));
      ids.forEach((id) => this.fetching.set(id, done));
      waiting.push(done);
    }
    await Promise.all(waiting);
  }

  /** Fetch ahead the cards of the annotations near the view (the reader started pointing or scrolled). */
  fetchNear(): Promise<void> {
    const near = this.annotator.annotationsNear(innerHeight).filter((a) => !this.cards.has(idOf(a)));
    return this.fetchCards(near.slice(0, AHEAD)).catch(() => undefined);
  }

  /** The list's lines for these annotations. */
  async lines(list: readonly PlacedAnnotation[]): Promise<ListItem[]> {
    if (!list.length) return [];
    const reply = await this.ask('listLines', list.map(refOf));
    return list.map((a, k) => ({ text: a.text, kind: a.paint, detail: reply.lines[k] ?? '' }));
  }

  /** Every annotation with its card, and the pillars' names (class view, context sheet). Not kept: it can be the whole page. */
  async pageCards(): Promise<PageCards> {
    const all = this.annotator.annotations;
    const [reply, pillars] = await Promise.all([this.ask('cards', all.map(refOf)), askPatiently({ type: 'pillarHeadings', uiLang: this.state.uiLang })]);
    return {
      title: document.title,
      url: location.href,
      lang: this.state.uiLang,
      pillars,
      cards: all.flatMap((a, index) => {
        const model = reply.cards[index];
        return model ? [{ index, text: a.text, kind: a.kind, model }] : [];
      }),
    };
  }

  /** Every annotation with its sentence, verdict and citation, as an export file (the page's text read again). */
  exportFile(format: ExportFormat, clipboard: boolean): Promise<ExportFile> {
    const { pieces, offsets, items } = this.annotator.exportPieces();
    return askPatiently({
      type: 'pageReport',
      ...this.state.reading,
      uiLang: this.state.uiLang,
      url: location.href,
      title: document.title.slice(0, 2000),
      format,
      clipboard,
      pieces,
      offsets,
      items,
    });
  }

  /** Ask about annotations by reference; pieces the background no longer holds are sent again. */
  private async ask<T extends 'cards' | 'listLines'>(type: T, refs: AnnotationRef[]) {
    const base = { ...this.state.reading, uiLang: this.state.uiLang, refs };
    type Reply = T extends 'cards' ? { cards: (CardModel | null)[]; missing: string[] } : { lines: (string | null)[]; missing: string[] };
    const send = (req: typeof base & { pieces?: string[] }) => askPatiently({ type, ...req } as Parameters<typeof askPatiently>[0]) as Promise<Reply>;
    const reply = await send(base);
    if (!reply.missing.length) return reply;
    const texts = this.annotator.piecesFor(new Set(reply.missing));
    const batches = batchPieces(texts.map((text) => ({ text })), texts.map((_, i) => i), 0);
    // All but the last batch only bring the pieces back; the last one asks again.
    for (const batch of batches.slice(0, -1)) await send({ ...base, refs: [], pieces: batch.texts });
    return send({ ...base, pieces: batches[batches.length - 1]?.texts ?? [] });
  }
}
