/**
 * Messages to a page's content script (from the popup, the side panel, the context sheet and
 * the background): their schemas, and what each is answered with.
 *
 * Apart from lib/messaging/to-background.ts so that the content script, which loads on every
 * page, builds only these few schemas: with the background's requests and the fact pack schema
 * they pull in, building zod schemas was half of the content script's start-up (~40 of ~85 ms
 * in a CPU profile). Written with `zod/mini` (see dispatch.ts) and built on the first message:
 * most pages never get one.
 */
import * as z from 'zod/mini';
import type { ExportFile } from '../export/file';
import type { PageCards } from '../view/class-view';
import type { PageSummary } from '../view/page-summary';
import type { HandlersFor } from './dispatch';

const buildPageRequest = () =>
  z.discriminatedUnion('type', [
    /** Counts and the top annotations for the popup. */
    z.strictObject({ type: z.literal('pageSummary') }),
    /** Scroll to an annotation and open its card (index in reading order). */
    z.strictObject({ type: z.literal('openAnnotation'), index: z.int().check(z.minimum(0)) }),
    /** Open the keyboard-accessible list of annotations (the command shortcut). */
    z.strictObject({ type: z.literal('openList') }),
    /** The site was switched off: remove every highlight and stop observing. */
    z.strictObject({ type: z.literal('siteDisabled') }),
    /** Every annotation with its card, grouped later by pillar (class view, context sheet). */
    z.strictObject({ type: z.literal('pageCards') }),
    /** Class view's "highlight all": strong highlights a class can see on a projector. */
    z.strictObject({ type: z.literal('setEmphasis'), on: z.boolean() }),
    /** Every annotation with its sentence, verdict and citation, as a file's text. */
    z.strictObject({ type: z.literal('exportPage'), format: z.enum(['csv', 'markdown', 'json', 'claimreview']), clipboard: z.optional(z.boolean()) }),
    /** Packs, switched-off concepts or notes changed: fetch the fact base again and re-read. */
    z.strictObject({ type: z.literal('factBaseChanged'), kind: z.optional(z.enum(['packs', 'concepts', 'notes'])) }),
  ]);
export type PageRequest = z.infer<ReturnType<typeof buildPageRequest>>;
export type PageRequestType = PageRequest['type'];

/** What a page answers to each request (a handler that answers anything else does not compile). */
export interface PageReplies {
  pageSummary: PageSummary;
  openAnnotation: void;
  openList: void;
  siteDisabled: void;
  pageCards: PageCards;
  setEmphasis: void;
  exportPage: ExportFile;
  factBaseChanged: void;
}

export type PageHandlers = HandlersFor<PageRequest, PageReplies>;

let pageRequest: ReturnType<typeof buildPageRequest> | null = null;

/**
 * The schema, built on the first message: most pages never get one, and building it is work
 * the content script's start-up task, on every page, can do without.
 */
export function pageRequestSchema(): ReturnType<typeof buildPageRequest> {
  return (pageRequest ??= buildPageRequest());
}
