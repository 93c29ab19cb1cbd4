/**
 * The one place where messages between the extension's parts are defined and checked.
 *
 * Every request is a zod-validated object with a `type`; every answer is
 * `{ ok: true, data }` or `{ ok: false, error }`. An unknown or malformed message gets a
 * clear error instead of silence, so a bug in one part shows up where it happens.
 */
import { z } from 'zod';
import { formatPath } from './factbase/validate';

const Id = z.string().min(1).max(200);

export const Request = z.discriminatedUnion('type', [
  /** Everything a content script needs to annotate a page: concepts, facts, sources. */
  z.strictObject({ type: z.literal('getSnapshot'), knownVersion: z.string().max(5000).optional() }),
  z.strictObject({ type: z.literal('getConcept'), id: Id }),
  z.strictObject({ type: z.literal('findConceptsByTerm'), term: z.string().min(1).max(200) }),
  z.strictObject({ type: z.literal('getFact'), id: Id }),
  z.strictObject({ type: z.literal('getFactsOfConcept'), id: Id }),
  /** Pack list, counts and whether the database is usable (popup, options). */
  z.strictObject({ type: z.literal('getStatus') }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export type { Response } from './reply';
import type { Response } from './reply';

export type Handlers<R> = { [T in RequestType]: (req: RequestOf<T>, sender: unknown) => Promise<R> | R };

/** Explain why a message was refused, in words a developer can act on. */
export function describeInvalid(raw: unknown): string {
  const type = raw && typeof raw === 'object' && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  const known = Request.options.map((o) => o.shape.type.value);
  if (typeof type !== 'string') return `Malformed message: expected an object with a string "type" (one of ${known.join(', ')}).`;
  if (!known.includes(type as RequestType)) return `Unknown message type "${type}" (expected one of ${known.join(', ')}).`;
  const parsed = Request.safeParse(raw);
  if (parsed.success) return '';
  const issues = parsed.error.issues.map((i) => `${formatPath(i.path) || '(message)'}: ${i.message}`);
  return `Malformed "${type}" message: ${issues.join('; ')}`;
}

/** Validate and dispatch one message; never throws. */
export async function handleMessage(
  raw: unknown,
  handlers: Handlers<unknown>,
  sender?: unknown,
): Promise<Response> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeInvalid(raw) };
  const req = parsed.data;
  try {
    const handler = handlers[req.type] as (r: Request, s: unknown) => unknown;
    return { ok: true, data: await handler(req, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
