/**
 * The content script's line to the background, where its page's text is recognised: how the
 * page is read (its language and publication date, read afresh for every scan), and asking
 * again once when the background does not answer (a Chrome service worker that was stopped is
 * started by the message, and an answer can be lost while it starts).
 */
import { askBackground } from '../../lib/messaging/client';
import type { BackgroundReplies, BackgroundRequest } from '../../lib/messaging/to-background';
import type { RecognisePieces } from '../../lib/page/annotator';
import { pageLanguage } from '../../lib/page/language';
import { publishedDate } from '../../lib/page/published';

export interface PageReading {
  lang: 'nl' | 'en' | 'auto';
  published: string | null;
}

export function readPage(doc: Document): PageReading {
  return { lang: pageLanguage(doc), published: publishedDate(doc) };
}

const RETRY_MS = 150;

/** Ask the background; on a failure to get an answer, once more after a moment. */
export async function askPatiently<R extends BackgroundRequest>(req: R): Promise<BackgroundReplies[R['type']]> {
  try {
    return await askBackground(req);
  } catch (err) {
    // A refusal or a handler's error is an answer: asking again would get the same.
    if (err instanceof Error && !/No answer|establish connection|Receiving end|message port closed/i.test(err.message)) throw err;
    await new Promise((r) => setTimeout(r, RETRY_MS));
    return askBackground(req);
  }
}

/** Recognition of this page's pieces by the background. */
export function recogniserFor(reading: PageReading): RecognisePieces {
  return async (pieces) => (await askPatiently({ type: 'recognise', ...reading, pieces })).pieces;
}
