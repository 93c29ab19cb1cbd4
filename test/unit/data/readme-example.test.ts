/** The minimal pack in data/README.md must stay a valid pack: users copy it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactPack } from '../../../lib/factbase/schema';

describe('data/README.md', () => {
  it('its minimal complete pack validates against FactPack', () => {
    const md = readFileSync(path.resolve(process.cwd(), 'data/README.md'), 'utf8');
    const section = md.split('## A minimal complete pack')[1];
    expect(section, 'section "A minimal complete pack"').toBeDefined();
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, 'json block in that section').toBeDefined();
    const result = FactPack.safeParse(JSON.parse(block!));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});
