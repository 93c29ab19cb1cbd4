/**
 * Untrusted JSON text → a validated fact pack, or the list of problems (path + message), in the
 * order user-packs.ts's header gives (steps 1–5: size, nesting, JSON.parse, forbidden keys,
 * schema). Pure: touches no database.
 */
import type { FactPack } from './schema';
import { validatePack, type PackProblem } from './validate';
import { formatPath } from '../util/issue-path';
import { MAX_PACK_BYTES } from './limits';

export const MAX_PACK_DEPTH = 64;
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** A bad pack can have thousands of problems; the list stops here (and says how many more). */
export const MAX_PROBLEMS = 100;

const MB = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** UTF-8 length of a string, stopping early once it passes `limit`. */
export function utf8Length(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Where the nesting first goes deeper than `max`, or null. Strings (and escapes in them) are skipped. */
export function excessiveNesting(text: string, max = MAX_PACK_DEPTH): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        return { line, column: i - before.lastIndexOf('\n') };
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/** Paths of every forbidden key, walking iteratively (no recursion, whatever the shape). */
function forbiddenKeys(value: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.includes(key)) {
        problems.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed (it could alter built-in objects)` });
        continue;
      }
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ v: child, path: [...path, key] });
    }
  }
  return problems;
}

/** The list of problems cut at MAX_PROBLEMS, saying how many more there were. */
export function capProblems(problems: PackProblem[]): PackProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', message: `… and ${problems.length - MAX_PROBLEMS} more problems` },
  ];
}

/**
 * Untrusted JSON text → a validated FactPack, or the list of problems (path + message).
 * Pure: touches no database.
 */
export function parsePackJson(jsonText: string): { ok: true; pack: FactPack } | { ok: false; problems: PackProblem[] } {
  if (typeof jsonText !== 'string') return { ok: false, problems: [{ path: '', message: 'the pack must be JSON text' }] };
  const bytes = utf8Length(jsonText, MAX_PACK_BYTES);
  if (bytes > MAX_PACK_BYTES) {
    const atLeast = MB(Math.max(jsonText.length, bytes));
    return {
      ok: false,
      problems: [{ path: '', message: `The file is too large (at least ${atLeast} MB); a fact pack may be at most 50 MB. Split it into several packs.` }],
    };
  }
  if (!jsonText.trim()) return { ok: false, problems: [{ path: '', message: 'The file is empty.' }] };
  const deep = excessiveNesting(jsonText);
  if (deep) {
    return {
      ok: false,
      problems: [{ path: '', message: `The JSON is nested more than ${MAX_PACK_DEPTH} levels deep (line ${deep.line}, column ${deep.column}); a fact pack needs far fewer.` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText);
  } catch (err) {
    return { ok: false, problems: [{ path: '', message: `The file is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', message: 'A fact pack is a JSON object ({ "format": "migration-lens/fact-pack", … }).' }] };
  }
  const keys = forbiddenKeys(value);
  if (keys.length) return { ok: false, problems: capProblems(keys) };
  const result = validatePack(value);
  return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
}
