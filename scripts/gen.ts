/** Write the files generated from rule metadata (see scripts/generated.ts). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { rules } from '../rules/index.js';
import { generatedFiles } from './generated.js';

for (const [path, content] of generatedFiles(rules, readFileSync('README.md', 'utf8'))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
process.stdout.write(`generated docs for ${rules.length} rules, README table, schema/lintrc.schema.json\n`);
