/**
 * The shape of every answer between the extension's parts, and unwrapping it. Kept apart
 * from the schemas so code that only asks (lib/messaging/client.ts) bundles no validator.
 */
export type Response<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

/** Unwrap an answer, turning `{ ok: false }` into an exception with the background's words. */
export function unwrap<T>(res: Response<T> | undefined): T {
  if (!res) throw new Error('No answer from the extension background.');
  if (!res.ok) throw new Error(res.error);
  return res.data;
}
