/**
 * Requests to the background (from the popup, options page, side panel, sheet and content
 * scripts): their schemas, and what each is answered with. lib/messaging/to-page.ts has the
 * other direction.
 *
 * Every request is a zod-validated object with a `type`; every answer is `{ ok: true, data }`
 * or `{ ok: false, error }` (reply.ts). An unknown or malformed message gets a clear error
 * instead of silence, so a bug in one part shows up where it happens.
 */
import { z } from 'zod';
import { Id as FactId, type Concept, type Fact, type Note } from '../factbase/schema';
import type { StatusReport } from '../factbase/status';
import type { ConceptSwitch, ImportResult, PackSummary } from '../factbase/user-packs';
import type { Settings } from '../ext/settings';
import type { ExportFile } from '../export/file';
import type { CardModel } from '../view/card';
import type { PageCards } from '../view/class-view';
import { PIECE_CHARS, type WirePiece } from './annotation-wire';
import { dispatch, type HandlersFor } from './dispatch';
import type { Response } from './reply';
import { refusal, type ExtensionIdentity } from './sender-policy';

const Id = z.string().min(1).max(200);
/** Pack, concept and fact ids are slugs (lib/factbase/schema.ts `Id`). */
const PackId = FactId;
const NoteTarget = z.strictObject({ type: z.enum(['concept', 'fact']), id: FactId });
/** 50 MB of UTF-8 is at most this many UTF-16 units; importPack itself checks the bytes. */
const MAX_IMPORT_CHARS = 50 * 1024 * 1024 + 1024;
const Origin = z.string().regex(/^https?:\/\/[^/\s*]+$/, 'must be an http(s) origin such as https://nos.nl');

// What a content script sends about its page (lib/messaging/annotation-wire.ts).
const UiLang = z.enum(['nl', 'en']);
/** How the page is read: its declared or detected language, and its publication date. */
const Reading = { lang: z.enum(['nl', 'en', 'auto']), published: z.string().max(64).nullable() };
const PieceText = z.string().max(PIECE_CHARS);
/** A tab sends at most this many pieces at once (it sends about 64 KB of text per message). */
const MAX_PIECES = 2000;
/** An annotation by reference: its piece's key and its index there. */
const Ref = z.tuple([z.string().min(1).max(40), z.number().int().min(0)]);
const MAX_REFS = 50_000;
const Views = { ...Reading, uiLang: UiLang, refs: z.array(Ref).max(MAX_REFS), pieces: z.array(PieceText).max(MAX_PIECES).optional() };

export const BackgroundRequest = z.discriminatedUnion('type', [
  // A page's content script: its text recognised here, and what cards, the list, the class
  // view and exports say about its annotations (lib/background/page-work.ts).
  /** Where the annotations of each piece of text are (positions and paint only). */
  z.strictObject({ type: z.literal('recognise'), ...Reading, pieces: z.array(PieceText).max(MAX_PIECES) }),
  /** The cards of annotations, by reference; `pieces` re-sends the texts of keys reported missing. */
  z.strictObject({ type: z.literal('cards'), ...Views }),
  /** What each annotation is, for its line in the annotation list. */
  z.strictObject({ type: z.literal('listLines'), ...Views }),
  /** The six pillars' names, for the class view. */
  z.strictObject({ type: z.literal('pillarHeadings'), uiLang: UiLang }),
  /** Every annotation of the page with its sentence and citation, as an export file. */
  z.strictObject({
    type: z.literal('pageReport'),
    ...Reading,
    uiLang: UiLang,
    url: z.string().max(65_536),
    title: z.string().max(2000),
    format: z.enum(['csv', 'markdown', 'json', 'claimreview']),
    clipboard: z.boolean().optional(),
    pieces: z.array(PieceText).max(MAX_REFS),
    offsets: z.array(z.number().int().min(0)).max(MAX_REFS),
    items: z.array(z.strictObject({ piece: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0) })).max(MAX_REFS),
  }),
  /** The card's code, put into the asking page's frame on first use (lazily: most pages never show a card). */
  z.strictObject({ type: z.literal('loadCardUi') }),
  z.strictObject({ type: z.literal('getConcept'), id: Id }),
  z.strictObject({ type: z.literal('findConceptsByTerm'), term: z.string().min(1).max(200) }),
  z.strictObject({ type: z.literal('getFact'), id: Id }),
  z.strictObject({ type: z.literal('getFactsOfConcept'), id: Id }),
  /** Pack list, counts and whether the database is usable (popup, options). */
  z.strictObject({ type: z.literal('getStatus') }),
  z.strictObject({ type: z.literal('getSettings') }),
  z.strictObject({ type: z.literal('setSettings'), settings: z.record(z.string(), z.unknown()) }),
  /** Sites the user enabled with "Always on this site". */
  z.strictObject({ type: z.literal('listSites') }),
  z.strictObject({ type: z.literal('enableSite'), origin: Origin, tabId: z.number().int().optional() }),
  z.strictObject({ type: z.literal('disableSite'), origin: Origin }),
  // Fact packs and notes (options page, card).
  /** Import a user pack from the JSON text of a file; `replace` installs an equal or older version. */
  z.strictObject({ type: z.literal('importPack'), json: z.string().max(MAX_IMPORT_CHARS, 'the pack file is larger than 50 MB'), replace: z.boolean().optional() }),
  z.strictObject({ type: z.literal('listPacks') }),
  z.strictObject({ type: z.literal('setPackEnabled'), id: PackId, enabled: z.boolean() }),
  z.strictObject({ type: z.literal('deletePack'), id: PackId }),
  /** The pack (with its notes) as FactPack JSON text, for download. */
  z.strictObject({ type: z.literal('exportPack'), id: PackId }),
  z.strictObject({ type: z.literal('listConcepts'), packId: PackId }),
  z.strictObject({ type: z.literal('setConceptEnabled'), packId: PackId, conceptId: PackId, enabled: z.boolean() }),
  /** Empty text deletes the note. */
  z.strictObject({ type: z.literal('setNote'), target: NoteTarget, text: z.string().max(10_000) }),
  z.strictObject({ type: z.literal('getNotes'), target: NoteTarget.optional() }),
  /** Notes whose concept or fact is no longer in any installed pack (kept, listed in options). */
  z.strictObject({ type: z.literal('getOrphanedNotes') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type RequestType = BackgroundRequest['type'];
export type RequestOf<T extends RequestType> = Extract<BackgroundRequest, { type: T }>;

type InPack<T> = T & { packId: string };

/** What the background answers to each request (a handler that answers anything else does not compile). */
export interface BackgroundReplies {
  /** Per piece, in the order sent: its key and annotations, or null when it has none. */
  recognise: { pieces: (WirePiece | null)[] };
  cards: { cards: (CardModel | null)[]; missing: string[] };
  listLines: { lines: (string | null)[]; missing: string[] };
  pillarHeadings: PageCards['pillars'];
  pageReport: ExportFile;
  loadCardUi: true;
  getConcept: InPack<Concept> | undefined;
  findConceptsByTerm: InPack<Concept>[];
  getFact: InPack<Fact> | undefined;
  getFactsOfConcept: InPack<Fact>[];
  getStatus: StatusReport;
  getSettings: Settings;
  setSettings: Settings;
  /** The enabled sites' origins, sorted. */
  listSites: string[];
  enableSite: string[];
  disableSite: string[];
  /** A refused pack is an answer ({ ok: false, problems }), not an error. */
  importPack: ImportResult;
  listPacks: PackSummary[];
  setPackEnabled: PackSummary;
  deletePack: { deleted: string };
  exportPack: string;
  listConcepts: ConceptSwitch[];
  setConceptEnabled: ConceptSwitch;
  /** The stored note, or null when empty text deleted it. */
  setNote: Note | null;
  getNotes: Note[];
  getOrphanedNotes: Note[];
}

export type BackgroundHandlers = HandlersFor<BackgroundRequest, BackgroundReplies>;

/**
 * Validate and dispatch one message to the background's handlers; never throws. With
 * `extension`, a request the sender may not make (sender-policy.ts) is refused before it is
 * even parsed.
 */
export function handleBackgroundMessage(raw: unknown, handlers: BackgroundHandlers, sender?: unknown, extension?: ExtensionIdentity): Promise<Response> {
  if (extension) {
    const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : '';
    const refused = refusal(type, sender, extension);
    if (refused) return Promise.resolve({ ok: false, error: refused });
  }
  return dispatch(BackgroundRequest, raw, handlers, sender);
}
