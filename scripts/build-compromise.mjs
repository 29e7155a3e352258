/**
 * Build compromise's tagger for fast starts (run by `npm run build`, after `tsc`), into
 * `rules/data/compromise/` (generated, not committed; `copy-data.mjs` then copies it to `dist/`):
 *
 * - `two.cjs`: compromise's tagger build (`compromise/two`) bundled from its sources with the one
 *   module that builds its lexicon and conjugation model left empty;
 * - `model.json`: that model as compromise builds it, with the post-tagger's compiled match
 *   patterns, as a snapshot (src/nlp/snapshot.ts).
 *
 * Loading compromise the usual way rebuilds the model in every process: unpacking the lexicon,
 * conjugating every verb, merging ~100,000 words into its world, then compiling ~600 match
 * patterns on the first sentence: ~0.35 s per CLI run and per worker thread. From the snapshot it
 * takes ~0.1 s. src/nlp/compromise.ts falls back to compromise as installed when these files are
 * missing; tests/nlp/compromise-snapshot.test.ts checks both give the same tags.
 *
 *   node scripts/build-compromise.mjs
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { encodeSnapshot } = await import(new URL('../dist/src/nlp/snapshot.js', import.meta.url).href);
const outdir = `${root}rules/data/compromise`;
const source = `${root}node_modules/compromise/src`;
const MODEL_MODULE = /[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

let stubbed = 0;
await build({
  entryPoints: [`${source}/two.js`],
  outfile: `${outdir}/two.cjs`,
  bundle: true,
  minify: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Keep compromise's regex literals with Unicode property escapes (\p{…}) as literals, as its own
  // build does: esbuild would rewrite each as `new RegExp(…)`, built again on every call (its
  // title-case test runs on every term it tags). Node 20 supports them all.
  supported: { 'regexp-unicode-property-escapes': true },
  legalComments: 'inline',
  // `require` returns compromise's `nlp` function, as the package's own CommonJS build does.
  footer: { js: 'module.exports = module.exports.default;' },
  logLevel: 'warning',
  plugins: [
    {
      name: 'empty-tagger-model',
      setup(b) {
        b.onLoad({ filter: MODEL_MODULE }, () => (stubbed++, { contents: 'export default { one: {}, two: {} }', loader: 'js' }));
      },
    },
  ],
});
if (stubbed !== 1) throw new Error(`build-compromise: expected to replace compromise's model module once, replaced it ${stubbed} times (has compromise's layout changed?)`);

// The model from compromise's own sources (the same code the bundle holds), with the
// post-tagger's net built as its first sentence would build it.
const { default: nlp } = await import(`${source}/two.js`);
const world = nlp.world();
const net = world.methods.one.buildNet(world.model.two.matches, world);
const { version } = JSON.parse(readFileSync(`${root}node_modules/compromise/package.json`, 'utf8'));
writeFileSync(`${outdir}/model.json`, encodeSnapshot({ compromise: version, model: world.model, net }));
