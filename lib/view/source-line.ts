/**
 * A source as the card, the citations and the exports show it: title, publisher, date,
 * reference, an https link, and the publication it cites for the figure.
 */
import { sourceIn, type SnapshotIndex } from '../factbase/snapshot-index';
import { httpsHref } from '../util/https-url';

export interface SourceLine {
  title: string;
  publisher: string;
  date?: string;
  reference?: string;
  /** Only https URLs reach this field (checked at import and again here). */
  url?: string;
  /** The publication the source cites for the figure ("Kamerstuk X, citing Y"). */
  citing?: string;
}

/** Source `id` of pack `packId`, citing source `originId` when given. */
export function sourceLine(index: SnapshotIndex, packId: string, id: string, originId?: string): SourceLine | undefined {
  const s = sourceIn(index, packId, id);
  if (!s) return undefined;
  const origin = sourceIn(index, packId, originId);
  return {
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    reference: s.reference,
    url: httpsHref(s.url),
    citing: origin ? origin.title : undefined,
  };
}
