/**
 * The official-figures material (../shared/official-figures/official-figures.json, see its
 * README): what one entry holds, where the material lives, and which entries a pack carries.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface MaterialEntry {
  id: string;
  measure: string;
  measure_nl: string;
  value?: number;
  range?: { min?: number; max?: number };
  unit: string;
  period: string;
  geo: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  secondhand: boolean;
  via: string | null;
  evidence: string;
  confidence: 'high' | 'medium' | 'low';
}

export const MATERIAL_PATH = path.resolve(process.cwd(), '../shared/official-figures/official-figures.json');

export function readMaterial(file = MATERIAL_PATH): MaterialEntry[] {
  if (!existsSync(file)) throw new Error(`official-figures material not found at ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as MaterialEntry[];
}

/** Low-confidence entries must never back a verdict, so they never enter the pack. */
export function isCarried(e: MaterialEntry): boolean {
  return e.confidence === 'high' || e.confidence === 'medium';
}

/** The pack's fact id for an entry: the material id, lowercased. */
export function factIdOf(e: MaterialEntry): string {
  return e.id.toLowerCase();
}
