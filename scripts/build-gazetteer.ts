/**
 * Write `rules/data/gazetteer.json`, the place table of `src/text/places.ts`, from the installed
 * time-zone packages. Run by hand after updating city-timezones or @vvo/tzdb:
 *
 *   npx tsx scripts/build-gazetteer.ts [out-file]
 */
import { writeFileSync } from 'node:fs';
import { packageGazetteer } from './gazetteer.js';

const out = process.argv[2] ?? 'rules/data/gazetteer.json';
const data = packageGazetteer();
writeFileSync(out, JSON.stringify(data) + '\n');
process.stdout.write(`${out}: ${Object.keys(data.places).length} places, ${data.zones.length} zones\n`);
