/**
 * Builds the second bundled fact pack, data/official-statistics/, from the official-figures
 * material (../shared/official-figures/official-figures.json, see its README) and the build
 * data in data/official-statistics/build/ (see data/README.md, "Official statistics pack").
 *
 *   npm run build:official            write the JSON files
 *   npm run build:official -- --check exit 1 if the committed files are stale
 *
 * The generated JSON is committed; the extension never reads ../shared or build/ at run time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOfficialPack, serialise, withAdditions } from './build';
import { readBuildData } from './build-data';
import { packProblems } from './check';
import { readMaterial } from './material';

const OUT_DIR = path.resolve(process.cwd(), 'data/official-statistics');

function main(): void {
  const material = readMaterial();
  const data = readBuildData();
  const files = buildOfficialPack(material, data);
  const problems = packProblems(files, withAdditions(material, data));
  if (problems.length) {
    console.error(`The generated pack is not valid (${problems.length} problems):\n  ${problems.slice(0, 30).join('\n  ')}`);
    process.exit(1);
  }
  const check = process.argv.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(OUT_DIR, name);
    const text = serialise(value);
    if (!check) writeFileSync(file, text);
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`stale: ${file}`);
      stale++;
    }
  }
  console.log(
    `${check ? 'checked' : 'wrote'} ${OUT_DIR}: ${files['sources.json'].length} sources, ${files['concepts.json'].length} concepts, ` +
      `${files['facts.json'].length} facts, ${files['series.json'].length} series, ${files['facets.json'].length} facets`,
  );
  if (stale) process.exit(1);
}

main();
