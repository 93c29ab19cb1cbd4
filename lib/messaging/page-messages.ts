/**
 * Messages from the popup and background to a page's content script, and the validate-and-
 * dispatch step both ends use (lib/messaging/messages.ts has the background's requests).
 *
 * Apart from lib/messaging/messages.ts so that the content script, which loads on every page, builds
 * only these few schemas: with the background's ~25 requests and the fact pack schema they
 * pull in, building zod schemas was half of the content script's start-up (~40 of ~85 ms
 * in a CPU profile), one long task on every page.
 *
 * Written with `zod/mini`, zod's functional API over the same core (the background keeps the
 * chainable API): the content script is compiled anew in every new renderer process — most
 * news sites a reader opens — and classic zod was ~70 KB of its ~240 KB, mini ~20 KB.
 * `dispatch` and `describeInvalid` take schemas of either API.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { en } from 'zod/v4/locales';
import { formatPath } from '../util/issue-path';
import type { Response } from './reply';

// A content script may not eval (the extension's CSP covers its isolated world); jitless
// mode keeps zod from probing with `new Function('')` when it builds or runs this schema.
// zod/mini loads no error messages by default: the English ones, for developers.
z.config({ jitless: true, ...en() });

/** Messages from the popup and background to a page's content script. */
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

let pageRequest: ReturnType<typeof buildPageRequest> | null = null;

/**
 * The schema, built on the first message: most pages never get one, and building it is work
 * the content script's start-up task, on every page, can do without.
 */
export function pageRequestSchema(): ReturnType<typeof buildPageRequest> {
  return (pageRequest ??= buildPageRequest());
}

/** A zod union of requests (either API), each an object with a literal `type`. */
type Union = core.$ZodDiscriminatedUnion;

/** The `type` each request of the union has. */
function knownTypes(schema: Union): string[] {
  return schema._zod.def.options.map((o) => {
    const type = (o as core.$ZodObject)._zod.def.shape.type as core.$ZodLiteral;
    return String(type._zod.def.values[0]);
  });
}

/** Explain why a message was refused, in words a developer can act on. */
export function describeInvalid(raw: unknown, schema: Union): string {
  const type = raw && typeof raw === 'object' && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  const known = knownTypes(schema);
  if (typeof type !== 'string') return `Malformed message: expected an object with a string "type" (one of ${known.join(', ')}).`;
  if (!known.includes(type)) return `Unknown message type "${type}" (expected one of ${known.join(', ')}).`;
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return '';
  const issues = parsed.error.issues.map((i) => `${formatPath(i.path) || '(message)'}: ${i.message}`);
  return `Malformed "${type}" message: ${issues.join('; ')}`;
}

export type HandlersFor<U extends { type: string }, R> = { [T in U['type']]: (req: Extract<U, { type: T }>, sender: unknown) => Promise<R> | R };

/** Validate one message against a union of requests and dispatch it; never throws. */
export async function dispatch<U extends { type: string }>(
  schema: core.$ZodType<U> & Union,
  raw: unknown,
  handlers: HandlersFor<U, unknown>,
  sender?: unknown,
): Promise<Response> {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) return { ok: false, error: describeInvalid(raw, schema) };
  const req = parsed.data as U;
  try {
    const handler = handlers[req.type as U['type']] as (r: U, s: unknown) => unknown;
    return { ok: true, data: await handler(req, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export type PageHandlers<R> = HandlersFor<PageRequest, R>;
