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
import type { FactBaseSnapshot } from '../factbase/query';
import type { SnapshotReply, StatusReport } from '../factbase/service';
import type { ConceptSwitch, ImportResult, PackSummary } from '../factbase/user-packs';
import type { Settings } from '../ext/settings';
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

export const BackgroundRequest = z.discriminatedUnion('type', [
  /** Everything a content script needs to annotate a page: concepts, facts, sources. */
  z.strictObject({ type: z.literal('getSnapshot'), knownVersion: z.string().max(5000).optional() }),
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
  /** `unchanged` when the asker already holds this version. */
  getSnapshot: SnapshotReply | { unchanged: true; version: FactBaseSnapshot['version'] };
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
