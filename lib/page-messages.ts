/**
 * Messages from the popup and background to a page's content script, and the validate-and-
 * dispatch step both ends use (lib/messages.ts has the background's requests).
 *
 * Apart from lib/messages.ts so that the content script, which loads on every page, builds
 * only these few schemas: with the background's ~25 requests and the fact pack schema they
 * pull in, building zod schemas was half of the content script's start-up (~40 of ~85 ms
 * in a CPU profile), one long task on every page.
 */
import { z } from 'zod';
import { formatPath } from './issue-path';
import type { Response } from './reply';

// A content script may not eval (the extension's CSP covers its isolated world); jitless
// mode keeps zod from probing with `new Function('')` when it builds or runs this schema.
z.config({ jitless: true });

/** Messages from the popup and background to a page's content script. */
const buildPageRequest = () =>
  z.discriminatedUnion('type', [
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
export type PageRequest = z.infer<ReturnType<typeof buildPageRequest>>;

let pageRequest: ReturnType<typeof buildPageRequest> | null = null;

/**
 * The schema, built on the first message: most pages never get one, and building zod schemas
 * (each binds its methods to itself) is work the content script's start-up task, on every
 * page, can do without.
 */
export function pageRequestSchema(): ReturnType<typeof buildPageRequest> {
  return (pageRequest ??= buildPageRequest());
}

/** A zod union of requests, each an object with a literal `type`. */
type Union = z.ZodDiscriminatedUnion<Array<z.ZodObject<{ type: z.ZodLiteral<string> }>>>;

/** Explain why a message was refused, in words a developer can act on. */
export function describeInvalid(raw: unknown, schema: Union): string {
  const type = raw && typeof raw === 'object' && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  const known: string[] = schema.options.map((o) => o.shape.type.value);
  if (typeof type !== 'string') return `Malformed message: expected an object with a string "type" (one of ${known.join(', ')}).`;
  if (!known.includes(type)) return `Unknown message type "${type}" (expected one of ${known.join(', ')}).`;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return '';
  const issues = parsed.error.issues.map((i) => `${formatPath(i.path) || '(message)'}: ${i.message}`);
  return `Malformed "${type}" message: ${issues.join('; ')}`;
}

export type HandlersFor<U extends { type: string }, R> = { [T in U['type']]: (req: Extract<U, { type: T }>, sender: unknown) => Promise<R> | R };

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

export type PageHandlers<R> = HandlersFor<PageRequest, R>;
