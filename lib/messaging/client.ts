/**
 * The one client: ask the background, or a tab's content script, and get the answer with the
 * type the reply maps give it (to-background.ts, to-page.ts). An `{ ok: false }` answer
 * becomes an exception carrying the other side's words.
 *
 * A caller may also name the answer it expects (`askBackground<Settings>(…)`); that compiles
 * only when it is exactly the request's reply type, so stating it never loosens the check.
 */
import type { BackgroundReplies, BackgroundRequest } from './to-background';
import type { PageReplies, PageRequest } from './to-page';
import { unwrap, type Response } from './reply';

/** Mutual assignability: the stated answer type is the reply type itself. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The requests whose answer is exactly `T`. */
type AnsweredWith<Req extends { type: string }, Replies extends { [K in Req['type']]: unknown }, T> = {
  [K in Req['type']]: Same<Replies[K], T> extends true ? Extract<Req, { type: K }> : never;
}[Req['type']];

export function askBackground<R extends BackgroundRequest>(req: R): Promise<BackgroundReplies[R['type']]>;
export function askBackground<T>(req: AnsweredWith<BackgroundRequest, BackgroundReplies, T>): Promise<T>;
export async function askBackground(req: BackgroundRequest): Promise<unknown> {
  return unwrap(await (browser.runtime.sendMessage(req) as Promise<Response>));
}

export function askPage<R extends PageRequest>(tabId: number, req: R): Promise<PageReplies[R['type']]>;
export function askPage<T>(tabId: number, req: AnsweredWith<PageRequest, PageReplies, T>): Promise<T>;
export async function askPage(tabId: number, req: PageRequest): Promise<unknown> {
  return unwrap(await (browser.tabs.sendMessage(tabId, req) as Promise<Response>));
}
