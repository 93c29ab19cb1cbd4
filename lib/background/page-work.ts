/**
 * What the background does for pages: recognise their text with the engine and the lexicon it
 * keeps warm, and answer what a card, the list, the class view or an export says about an
 * annotation. Pages send text and get positions back (lib/messaging/annotation-wire.ts); the
 * rest they ask for by reference when they need it.
 *
 * Everything here can be rebuilt: after the background was stopped (a Chrome service worker
 * sleeps after half a minute without events) the first request compiles the lexicon again,
 * and a reference to a piece this background no longer holds is answered as `missing`; the tab
 * sends that piece's text again, which gives it the same key (piece-cache.ts).
 */
import type { ReadingLexicon, SnapshotReply } from './factbase-service';
import type { Lang } from '../factbase/schema';
import { buildPageReport, exportFile, sentenceAround, type ExportFile, type ExportFormat } from '../export';
import { encodeAnnotations, type AnnotationRef, type WirePiece } from '../messaging/annotation-wire';
import { recognise } from '../recognise/recognise';
import type { Annotation } from '../recognise/types';
import { indexSnapshot, type SnapshotIndex } from '../factbase/snapshot-index';
import { buildCardModel, type CardModel } from '../view/card';
import type { PageCards } from '../view/class-view';
import { translator } from '../view/i18n';
import { listLine } from '../view/list-line';
import { pillarHeadings } from '../view/page-cards';
import { PieceCache, type RecognisedPiece } from './piece-cache';
import { lazyPromise } from '../util/memo';

/** The fact base as the background's fact-base service gives it. */
export interface FactBaseSource {
  /** What pages are read with (a woken background has it before the rest of the fact base). */
  lexicon(): Promise<ReadingLexicon>;
  snapshot(): Promise<SnapshotReply>;
  onChange(listener: () => void): unknown;
}

/** How the page is read: its language (or auto) and publication date. */
export interface PageReading {
  lang: Lang | 'auto';
  published: string | null;
}

/** A request about annotations by reference; `pieces` are texts re-sent for keys reported missing. */
export interface ViewRequest extends PageReading {
  refs: AnnotationRef[];
  uiLang: Lang;
  pieces?: string[];
}

export interface ReportRequest extends PageReading {
  uiLang: Lang;
  url: string;
  title: string;
  format: ExportFormat;
  clipboard?: boolean;
  /** The annotated pieces' texts, and where each starts in its block. */
  pieces: string[];
  offsets: number[];
  /** Every annotation in reading order: its piece, and where it is in it. */
  items: { piece: number; start: number; end: number }[];
}

interface Prepared extends ReadingLexicon {
  /** What cards, the list and exports say; read when one is first asked for. */
  index: () => Promise<SnapshotIndex>;
}

export class PageWork {
  private prepare = this.preparation();
  private readonly pieces = new PieceCache();

  constructor(private readonly factBase: FactBaseSource) {
    // A pack, concept switch or note changed: the next request compiles and indexes afresh.
    factBase.onChange(() => {
      this.prepare = this.preparation();
    });
  }

  /** Whether a request was read in the current task (the next one then waits for a task of its own). */
  private readInThisTask = false;

  /** Whether a page can be read now (the lexicon is here): the engine's warm-up is skipped then. */
  canRead = false;

  /** The lexicon pages are read with, and the index of the fact base when first asked for (a failure is not kept). */
  private preparation(): () => Promise<Prepared> {
    return lazyPromise(async () => {
      const { version, lexicon } = await this.factBase.lexicon();
      this.canRead = true;
      return { version, lexicon, index: lazyPromise(async () => indexSnapshot((await this.factBase.snapshot()).snapshot)) };
    });
  }

  /** The piece recognised with the current fact base: kept from before, or recognised now. */
  private piece(fb: Prepared, reading: PageReading, text: string): RecognisedPiece {
    const key = this.pieces.keyOf(reading, text);
    const known = this.pieces.get(key);
    // The same key for the text with other white space at its ends: recognised again, as
    // positions (an export's) are counted in the text given.
    if (known && known.version === fb.version && known.text === text) return known;
    const annotations = recognise(text, fb.lexicon, { lang: reading.lang, published: reading.published }).annotations;
    return this.pieces.put({ key, text, annotations, version: fb.version });
  }

  /** Each piece's annotations as positions and paint codes, or null for a piece without any. */
  async recognise(req: PageReading & { pieces: string[] }): Promise<(WirePiece | null)[]> {
    const fb = await this.prepare();
    // Each request in a task of its own: a Chrome service worker sends a reply once the task
    // that made it ends, so the reply for the blocks in view (the first request) waited until
    // the requests queued behind it were read as well (0.2 s on a woken worker). The first one
    // is read at once.
    if (this.readInThisTask) await new Promise((r) => setTimeout(r, 0));
    this.readInThisTask = true;
    setTimeout(() => (this.readInThisTask = false), 0);
    return req.pieces.map((text) => {
      const piece = this.piece(fb, req, text);
      return piece.annotations.length ? { key: piece.key, a: encodeAnnotations(piece.annotations) } : null;
    });
  }

  /** The annotations referred to (null where unknown), and the keys this background no longer holds. */
  private async resolve(req: ViewRequest): Promise<{ fb: Prepared; found: (Annotation | null)[]; missing: string[] }> {
    const fb = await this.prepare();
    for (const text of req.pieces ?? []) this.piece(fb, req, text);
    const missing = new Set<string>();
    const found = req.refs.map(([key, i]) => {
      const piece = this.pieces.get(key);
      if (!piece) missing.add(key);
      return piece?.annotations[i] ?? null;
    });
    return { fb, found, missing: [...missing] };
  }

  async cards(req: ViewRequest): Promise<{ cards: (CardModel | null)[]; missing: string[] }> {
    const { fb, found, missing } = await this.resolve(req);
    const index = await fb.index();
    return { cards: found.map((a) => (a ? buildCardModel(a, index, req.uiLang) : null)), missing };
  }

  /** What each annotation is, for its line in the list ("Term · Asielinstroom"). */
  async lines(req: ViewRequest): Promise<{ lines: (string | null)[]; missing: string[] }> {
    const { fb, found, missing } = await this.resolve(req);
    const t = translator(req.uiLang);
    const index = await fb.index();
    const label = (id: string) => index.concepts.get(id)?.label[req.uiLang];
    return { lines: found.map((a) => (a ? listLine(a, '', label, req.uiLang, t).detail : null)), missing };
  }

  async pillars(uiLang: Lang): Promise<PageCards['pillars']> {
    return pillarHeadings(await (await this.prepare()).index(), uiLang);
  }

  /** Every annotation with its sentence, verdict and citation, as the file of an export. */
  async report(req: ReportRequest): Promise<ExportFile> {
    const fb = await this.prepare();
    const pieces = req.pieces.map((text) => this.piece(fb, req, text));
    const annotations: Annotation[] = [];
    const sentences: string[] = [];
    for (const item of req.items) {
      const piece = pieces[item.piece];
      const a = piece?.annotations.find((x) => x.start === item.start && x.end === item.end);
      // Not there: the page changed under the annotation since it was read; it is read again anyway.
      if (!a) continue;
      const shift = req.offsets[item.piece] ?? 0;
      annotations.push(shift ? { ...a, start: a.start + shift, end: a.end + shift } : a);
      sentences.push(sentenceAround(piece.text, a.start, a.end));
    }
    const report = buildPageReport(
      { url: req.url, title: req.title, lang: req.uiLang, published: req.published, annotations, sentences },
      await fb.index(),
    );
    return exportFile(report, req.format, { clipboard: req.clipboard });
  }
}
