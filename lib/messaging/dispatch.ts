/**
 * The one dispatcher: validate a message against a union of requests, call the handler of its
 * type, and wrap what it answers (or throws) in the answer envelope. Never throws.
 *
 * Written with `zod/mini`, zod's functional API over the same core, because the content script
 * dispatches too and is compiled anew in every new renderer process (classic zod was ~70 KB
 * of it, mini ~20 KB). It takes schemas of either API: the background's requests are written
 * with classic zod.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { en } from 'zod/v4/locales';
import { formatPath } from '../util/issue-path';
import type { Response } from './reply';

// A content script may not eval (the extension's CSP covers its isolated world); jitless
// mode keeps zod from probing with `new Function('')` when it builds or runs a schema.
// zod/mini loads no error messages by default: the English ones, for developers.
z.config({ jitless: true, ...en() });

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

/**
 * One handler per request type of the union `U`, each answering with the type its request
 * has in the reply map `Replies` (a wrong answer type does not compile).
 */
export type HandlersFor<U extends { type: string }, Replies extends { [T in U['type']]: unknown }> = {
  [T in U['type']]: (req: Extract<U, { type: T }>, sender: unknown) => Promise<Replies[T]> | Replies[T];
};

/** Validate one message against a union of requests and dispatch it; never throws. */
export async function dispatch<U extends { type: string }>(
  schema: core.$ZodType<U> & Union,
  raw: unknown,
  handlers: { [T in U['type']]: (req: Extract<U, { type: T }>, sender: unknown) => unknown },
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
