/**
 * The one place where messages between the extension's parts are defined and checked.
 *
 * Every request is a zod-validated object with a `type`; every answer is
 * `{ ok: true, data }` or `{ ok: false, error }`. An unknown or malformed message gets a
 * clear error instead of silence, so a bug in one part shows up where it happens.
 */
import { z } from 'zod';
import { formatPath } from './factbase/validate';
import { Id as FactId } from './factbase/schema';

const Id = z.string().min(1).max(200);
/** Pack, concept and fact ids are slugs (lib/factbase/schema.ts `Id`). */
const PackId = FactId;
const NoteTarget = z.strictObject({ type: z.enum(['concept', 'fact']), id: FactId });
/** 50 MB of UTF-8 is at most this many UTF-16 units; importPack itself checks the bytes. */
const MAX_IMPORT_CHARS = 50 * 1024 * 1024 + 1024;
const Origin = z.string().regex(/^https?:\/\/[^/\s*]+$/, 'must be an http(s) origin such as https://nos.nl');

export const Request = z.discriminatedUnion('type', [
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
  // Fact packs and notes (options page, card). Answers: see lib/factbase/service.ts.
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
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export type { Response } from './reply';
import type { Response } from './reply';

export type Handlers<R> = { [T in RequestType]: (req: RequestOf<T>, sender: unknown) => Promise<R> | R };

/** Messages from the popup and background to a page's content script. */
export const PageRequest = z.discriminatedUnion('type', [
  /** Counts and the top annotations for the popup. */
  z.strictObject({ type: z.literal('pageSummary') }),
  /** Scroll to an annotation and open its card (index in reading order). */
  z.strictObject({ type: z.literal('openAnnotation'), index: z.number().int().min(0) }),
  /** Open the keyboard-accessible list of annotations (the command shortcut). */
  z.strictObject({ type: z.literal('openList') }),
  /** The site was switched off: remove every highlight and stop observing. */
  z.strictObject({ type: z.literal('siteDisabled') }),
  /** Every annotation with its card, grouped later by pillar (class view, context sheet). */
  z.strictObject({ type: z.literal('pageCards') }),
  /** Class view's "highlight all": strong highlights a class can see on a projector. */
  z.strictObject({ type: z.literal('setEmphasis'), on: z.boolean() }),
  /** Every annotation with its sentence, verdict and citation, as a file's text. */
  z.strictObject({ type: z.literal('exportPage'), format: z.enum(['csv', 'markdown', 'json', 'claimreview']), clipboard: z.boolean().optional() }),
  /** Packs, switched-off concepts or notes changed: fetch the fact base again and re-read. */
  z.strictObject({ type: z.literal('factBaseChanged'), kind: z.enum(['packs', 'concepts', 'notes']).optional() }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

type Union = typeof Request | typeof PageRequest;

/** Explain why a message was refused, in words a developer can act on. */
export function describeInvalid(raw: unknown, schema: Union = Request): string {
  const type = raw && typeof raw === 'object' && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  const known: string[] = schema.options.map((o) => o.shape.type.value);
  if (typeof type !== 'string') return `Malformed message: expected an object with a string "type" (one of ${known.join(', ')}).`;
  if (!known.includes(type)) return `Unknown message type "${type}" (expected one of ${known.join(', ')}).`;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return '';
  const issues = parsed.error.issues.map((i) => `${formatPath(i.path) || '(message)'}: ${i.message}`);
  return `Malformed "${type}" message: ${issues.join('; ')}`;
}

type HandlersFor<U extends { type: string }, R> = { [T in U['type']]: (req: Extract<U, { type: T }>, sender: unknown) => Promise<R> | R };

/** Validate one message against a union of requests and dispatch it; never throws. */
export async function dispatch<U extends { type: string }>(
  schema: z.ZodType<U> & Union,
  raw: unknown,
  handlers: HandlersFor<U, unknown>,
  sender?: unknown,
): Promise<Response> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeInvalid(raw, schema) };
  const req = parsed.data;
  try {
    const handler = handlers[req.type as U['type']] as (r: U, s: unknown) => unknown;
    return { ok: true, data: await handler(req, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Validate and dispatch one message to the background's handlers; never throws. */
export function handleMessage(raw: unknown, handlers: Handlers<unknown>, sender?: unknown): Promise<Response> {
  return dispatch(Request, raw, handlers, sender);
}

export type PageHandlers<R> = HandlersFor<PageRequest, R>;
