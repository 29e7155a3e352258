#!/usr/bin/env node
/**
 * `npm run bench`: throughput, latency, cold start, cache, scaling and memory of seedlint, side by
 * side with the parse-only floor (retext-english) and peer tools (alex, write-good, harper.js),
 * each with the same number of worker threads. Runs the built CLI (dist/), so build first.
 *
 *   npm run bench -- --source DIR [--repeat 3] [--jobs N] [--budget 90] [--no-100mb]
 *
 * DIR (or $SEEDLINT_BENCH_SOURCE) holds .txt files repeated into the corpus; without it, the
 * project's seeds/ and tests/fixtures/ texts. Writes bench/out/results.json and docs/benchmarks.md.
 * A tool too slow to run the whole corpus within --budget seconds runs on a sample (the first
 * files of the corpus), and its full-corpus time is extrapolated from its measured start-up and
 * steady rate; the report says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const SELF = fileURLToPath(import.meta.url);
const MB = 1e6;

// ---------------------------------------------------------------------------------------------
// Tools: each is `init()` → `(text) => Promise|void`, loaded inside a worker or a child process.
// ---------------------------------------------------------------------------------------------
async function loadTool(name) {
  switch (name) {
    case 'parse': {
      const { unified } = await import('unified');
      const { default: retextEnglish } = await import('retext-english');
      const p = unified().use(retextEnglish).freeze();
      return (t) => void p.parse(t);
    }
    case 'alex': {
      const { text } = await import('alex');
      return (t) => void text(t);
    }
    case 'write-good': {
      const { default: writeGood } = await import('write-good');
      return (t) => void writeGood(t);
    }
    case 'harper': {
      const harper = await import('harper.js');
      let binary;
      try {
        ({ binaryInlined: binary } = await import('harper.js/binaryInlined'));
      } catch {
        ({ binary } = await import('harper.js/binary'));
      }
      const linter = new harper.LocalLinter({ binary });
      await linter.setup();
      return (t) => linter.lint(t);
    }
    case 'seedlint': {
      const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
      const { lintDocument } = await import(dist('src/engine/lint.js'));
      const { rules } = await import(dist('rules/index.js'));
      const { resolveOptions } = await import(dist('src/config/options.js'));
      const config = { rules: rules.filter((r) => r.meta.recommended !== false).map((rule) => ({ rule, severity: 2, options: resolveOptions(rule, undefined) })) };
      let i = 0;
      return (t) => lintDocument({ path: `doc${i++}.txt`, value: t }, config);
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
}

// Worker thread of the harness: load the tool, then lint the files it is sent.
if (!isMainThread && workerData?.bench) {
  const t0 = performance.now();
  const run = await loadTool(workerData.tool);
  parentPort.postMessage({ ready: performance.now() - t0 });
  parentPort.on('message', async (file) => {
    const text = readFileSync(file, 'utf8');
    const s = performance.now();
    await run(text);
    parentPort.postMessage({ ms: performance.now() - s, bytes: Buffer.byteLength(text) });
  });
}

/** Child-process harness: `--harness TOOL LISTFILE JOBS` lints the listed files with JOBS workers. */
async function harness(tool, listFile, jobs) {
  const t0 = performance.now();
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(SELF, { workerData: { bench: true, tool } }));
  const ready = await Promise.all(workers.map((w) => new Promise((r, j) => { w.once('message', (m) => r(m.ready)); w.once('error', j); })));
  const tReady = performance.now();
  const lat = [];
  let next = 0;
  let bytes = 0;
  await Promise.all(workers.map((w) => new Promise((res, rej) => {
    const send = () => (next < files.length ? w.postMessage(files[next++]) : res());
    w.on('message', (m) => { lat.push(m.ms); bytes += m.bytes; send(); });
    w.on('error', rej);
    send();
  })));
  const tEnd = performance.now();
  await Promise.all(workers.map((w) => w.terminate()));
  process.stdout.write(JSON.stringify({ tool, files: files.length, bytes, initMs: tReady - t0, workerInitMs: Math.max(...ready), processMs: tEnd - tReady, lat: summary(lat) }) + '\n');
}

/** Child-process latency probe: warm per-document latency of one tool on one text. */
async function latency(tool, file, rounds, docsDir) {
  const run = await loadTool(tool);
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i < Math.max(5, rounds / 10); i++) await run(text);
  const lat = [];
  for (let i = 0; i < rounds; i++) {
    const s = performance.now();
    await run(text);
    lat.push(performance.now() - s);
  }
  let docs;
  if (docsDir) {
    const texts = readdirSync(docsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(docsDir, f), 'utf8'));
    for (const t of texts) await run(t); // warm
    const per = [];
    for (const t of texts) {
      const s = performance.now();
      await run(t);
      per.push(performance.now() - s);
    }
    docs = { n: texts.length, ...summary(per) };
  }
  process.stdout.write(JSON.stringify({ tool, article: summary(lat), docs }) + '\n');
}

/** Passes the per-rule section times (medians), after the first pass and PER_RULE_WARM_UP more. */
const PER_RULE_PASSES = 5;
const PER_RULE_WARM_UP = 2;

/** Child process: per-rule time (median of warm passes) and compromise usage of the default rules. */
async function perRule(docsDir) {
  const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
  const { lintDocument } = await import(dist('src/engine/lint.js'));
  const { rules } = await import(dist('rules/index.js'));
  const { resolveOptions } = await import(dist('src/config/options.js'));
  const texts = readdirSync(docsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(docsDir, f), 'utf8'));
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const time = {};
  const tagged = {};
  let sentences = 0;
  let docsTagged = 0;
  let docTagged = false;
  const wrap = (rule) => ({
    rule: {
      meta: rule.meta,
      corpus: rule.corpus,
      create(ctx) {
        // A copy with the same fields, not Object.create(ctx.doc): an object whose prototype is each
        // document made every rule's look-ups on `doc` megamorphic, and the pass 2-3x slower.
        const doc = {
          ...ctx.doc,
          memo: (key, fn) =>
            ctx.doc.memo(key, () => {
              if (key.startsWith('nlp:')) {
                tagged[rule.meta.id] = (tagged[rule.meta.id] ?? 0) + 1;
                docTagged = true;
              }
              return fn();
            }),
        };
        const s = performance.now();
        try {
          return rule.create({ ...ctx, doc });
        } finally {
          time[rule.meta.id] = (time[rule.meta.id] ?? 0) + performance.now() - s;
        }
      },
    },
    severity: 2,
    options: resolveOptions(rule, undefined),
  });
  const config = { rules: rules.filter((r) => r.meta.recommended !== false).map(wrap) };
  const { unified } = await import('unified');
  const { default: retextEnglish } = await import('retext-english');
  const parser = unified().use(retextEnglish).freeze();
  for (const t of texts) for (const p of parser.parse(t).children) if (p.children) for (const x of p.children) if (x.type === 'SentenceNode') sentences++;
  // seedlint's own parser (src/engine/parser.ts: parse-english's trees, built faster).
  const { parse: ownParse } = await import(dist('src/engine/doc.js'));
  // Each figure is the median of PER_RULE_PASSES passes: one pass carries whatever collection or
  // optimisation happens to fall in it (a rule's share moved by half from one run to the next).
  const passes = { parse: [], own: [], total: [], rules: [] };
  const timed = (fn) => {
    const s = performance.now();
    fn();
    return performance.now() - s;
  };
  // The parsers before any rule runs: once the rules have run, V8 allocates the parser's nodes in
  // its old generation (they outlive young collections while the rules read them), which made a
  // bare parse pass here 3-6x slower and says nothing about the parser.
  for (let i = 0; i < PER_RULE_PASSES; i++) passes.parse.push(timed(() => texts.forEach((t) => parser.parse(t))));
  for (let i = 0; i < PER_RULE_PASSES; i++) passes.own.push(timed(() => texts.forEach((t) => ownParse(t))));
  const tFirst = performance.now();
  for (const t of texts) await lintDocument({ path: 'x.txt', value: t }, config);
  const firstPass = { ms: performance.now() - tFirst, perRule: { ...time }, taggedBy: { ...tagged } };
  for (let i = 0; i < PER_RULE_WARM_UP; i++) for (const t of texts) await lintDocument({ path: 'x.txt', value: t }, config);
  for (let i = 0; i < PER_RULE_PASSES; i++) {
    for (const k of Object.keys(time)) time[k] = 0;
    for (const k of Object.keys(tagged)) tagged[k] = 0;
    docsTagged = 0;
    const s = performance.now();
    for (const t of texts) {
      docTagged = false;
      await lintDocument({ path: 'x.txt', value: t }, config);
      if (docTagged) docsTagged++;
    }
    passes.total.push(performance.now() - s);
    passes.rules.push({ ...time });
  }
  const perRuleMs = Object.fromEntries(Object.keys(time).map((k) => [k, median(passes.rules.map((r) => r[k]))]));
  process.stdout.write(
    JSON.stringify({ docs: texts.length, bytes, sentences, passes: PER_RULE_PASSES, parseMs: median(passes.parse), ownParseMs: median(passes.own), totalMs: median(passes.total), perRule: perRuleMs, taggedBy: tagged, docsTagged, firstPass }) + '\n',
  );
}

// ---------------------------------------------------------------------------------------------
// Main process helpers
// ---------------------------------------------------------------------------------------------
function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  return { p50: q(0.5), p95: q(0.95), mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Run a command under /usr/bin/time; wall ms (our clock), peak RSS (KB), stdout. */
function measure(cmd, args, opts = {}) {
  return new Promise((res, rej) => {
    const useTime = existsSync('/usr/bin/time');
    const argv = useTime ? ['-f', '@@RSS %M %U %S', cmd, ...args] : args;
    const s = performance.now();
    const child = spawn(useTime ? '/usr/bin/time' : cmd, argv, { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', rej);
    child.on('close', (code) => {
      const ms = performance.now() - s;
      const m = /@@RSS (\d+) ([\d.]+) ([\d.]+)/.exec(err);
      if (code !== 0 && code !== 1 && !opts.anyExit) return rej(new Error(`${cmd} ${args.slice(0, 3).join(' ')} … exited ${code}: ${err.slice(-800)}`));
      // CPU: user and system time of every thread of the process (workers, V8's compile and GC threads).
      res({ ms, rssKB: m ? Number(m[1]) : undefined, cpuS: m ? Number(m[2]) + Number(m[3]) : undefined, out, err });
    });
  });
}

const log = (...a) => process.stderr.write(a.join(' ') + '\n');
/** A measured run's CPU time, for the log. */
const cpu = (run) => (run.cpuS !== undefined ? `, CPU ${run.cpuS.toFixed(2)} s` : '');

function listTxt(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}
const sizeOf = (files) => files.reduce((a, f) => a + statSync(f).size, 0);

/** Repeat the source texts into `dir` until it holds ≥ minBytes and ≥ minFiles. */
function buildCorpus(dir, sources, minBytes, minFiles) {
  const stamp = join(dir, '.done');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify({ sources: sources.length, minBytes, minFiles })) return listTxt(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = sources.map((f) => readFileSync(f));
  let bytes = 0;
  let n = 0;
  for (let rep = 0; bytes < minBytes || n < minFiles; rep++) {
    for (let i = 0; i < texts.length && (bytes < minBytes || n < minFiles); i++) {
      writeFileSync(join(dir, `r${String(rep).padStart(3, '0')}-${basename(sources[i])}`), texts[i]);
      bytes += texts[i].length;
      n++;
    }
  }
  writeFileSync(stamp, JSON.stringify({ sources: sources.length, minBytes, minFiles }));
  return listTxt(dir);
}

/** The first files of `files` adding up to ≥ bytes, hard-linked into their own directory. */
function sampleDir(name, files, bytes) {
  const dir = join(OUT, 'samples', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let total = 0;
  const picked = [];
  for (const f of files) {
    if (total >= bytes) break;
    linkSync(f, join(dir, basename(f)));
    picked.push(join(dir, basename(f)));
    total += statSync(f).size;
  }
  return { dir, files: picked, bytes: total };
}

/** A ~5 KB article: paragraphs of one source text (or several) up to 5,000 bytes. */
function buildArticle(sources) {
  const paras = sources.flatMap((f) => readFileSync(f, 'utf8').split(/\n+/)).filter((p) => p.trim());
  let text = '';
  for (const p of paras) {
    if (Buffer.byteLength(text + p + '\n') > 5200) break;
    text += p + '\n';
  }
  const path = join(OUT, 'article-5k.txt');
  writeFileSync(path, text);
  return path;
}

const seedlintBin = join(ROOT, 'bin', 'seedlint.js');
const seedlintArgs = (target, jobs, extra = []) => [seedlintBin, target, '-f', 'json', '-o', join(OUT, 'report.json'), '--no-progress', '--jobs', String(jobs), ...extra];

/** Run one tool over a directory: seedlint through its CLI, the others through the harness. */
async function runTool(tool, dir, files, jobs, extra = []) {
  if (tool === 'seedlint') {
    const r = await measure(process.execPath, seedlintArgs(dir, jobs, extra));
    return { ms: r.ms, rssKB: r.rssKB, cpuS: r.cpuS };
  }
  const list = join(OUT, `list-${tool}.txt`);
  writeFileSync(list, files.join('\n'));
  const r = await measure(process.execPath, [SELF, '--harness', tool, list, String(jobs)]);
  const j = JSON.parse(r.out.trim().split('\n').pop());
  return { ms: r.ms, rssKB: r.rssKB, cpuS: r.cpuS, initMs: j.initMs, processMs: j.processMs, lat: j.lat };
}

// ---------------------------------------------------------------------------------------------
async function main(argv) {
  const arg = (name, def) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : def;
  };
  const source = arg('source', process.env.SEEDLINT_BENCH_SOURCE);
  const repeat = Number(arg('repeat', 3));
  const jobs = Number(arg('jobs', availableParallelism()));
  const budget = Number(arg('budget', 90)) * 1000;
  const with100 = !argv.includes('--no-100mb');
  const tools = (arg('tools', 'parse,seedlint,write-good,alex,harper')).split(',');
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(OUT, { recursive: true });

  const sources = source
    ? listTxt(resolve(source))
    : [...listTxt(join(ROOT, 'seeds')), ...listTxt(join(ROOT, 'tests', 'fixtures'))];
  if (!sources.length) throw new Error(`no .txt files in ${source ?? 'seeds/ and tests/fixtures/'}`);
  log(`source: ${source ?? 'seeds/ + tests/fixtures/'} (${sources.length} files, ${(sizeOf(sources) / MB).toFixed(2)} MB)`);
  const corpus = buildCorpus(join(OUT, 'corpus-20'), sources, 20 * MB, 2000);
  const corpusBytes = sizeOf(corpus);
  const double = buildCorpus(join(OUT, 'corpus-40'), sources, 2 * corpusBytes, 2 * corpus.length);
  const article = buildArticle(sources);
  log(`corpus: ${corpus.length} files, ${(corpusBytes / MB).toFixed(1)} MB; article ${statSync(article).size} bytes; ${jobs} workers; ${repeat} repeats`);

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' '),
  };
  const results = { date: new Date().toISOString(), machine, jobs, repeat, corpus: { files: corpus.length, bytes: corpusBytes }, tools: {} };

  // 1. Throughput (whole corpus, or a sample when a probe says the corpus would exceed the budget).
  for (const tool of tools) {
    log(`\n[${tool}] probe`);
    const probe = sampleDir(`${tool}-probe`, corpus, 0.25 * MB);
    const p = await runTool(tool, probe.dir, probe.files, jobs);
    let rate = probe.bytes / Math.max(1, p.processMs ?? p.ms); // bytes per ms
    let fixed = 0;
    if (p.processMs === undefined && p.ms < budget / 4) {
      // A CLI's wall time includes its start-up, which a small probe cannot tell from its rate: a
      // second, larger probe gives the marginal rate.
      const probe2 = sampleDir(`${tool}-probe2`, corpus, 1 * MB);
      const p2 = await runTool(tool, probe2.dir, probe2.files, jobs);
      if (p2.ms > p.ms) {
        rate = (probe2.bytes - probe.bytes) / (p2.ms - p.ms);
        fixed = Math.max(0, p.ms - probe.bytes / rate);
      }
    }
    const estimate = fixed + corpusBytes / rate;
    let target = { dir: join(OUT, 'corpus-20'), files: corpus, bytes: corpusBytes, sampled: false };
    const sampleBytes = Math.max(0.25 * MB, rate * budget / Math.max(1, repeat / 2));
    if (estimate > budget && sampleBytes < corpusBytes) target = { ...sampleDir(tool, corpus, sampleBytes), sampled: true };
    const runs = [];
    // Far too slow for even a sample within the budget (harper.js here): the probe is the measurement.
    if (estimate > 20 * budget) {
      target = { ...probe, sampled: true };
      runs.push(p);
      log(`  probe only: ${(probe.bytes / MB).toFixed(2)} MB in ${(p.ms / 1000).toFixed(2)} s, peak RSS ${((p.rssKB ?? 0) / 1024).toFixed(0)} MB`);
    }
    // seedlint on the whole corpus alternates with parse-only runs, so that each ratio compares two
    // runs made under the same load (a shared machine's load drifts over the minutes between tools).
    const paired = tool === 'seedlint' && !target.sampled && results.tools.parse && !results.tools.parse.sampled;
    // Likewise alex, the peer the issue's target names, after a seedlint run on the whole corpus
    // (alex's own rate swung from 0.16 to 0.26 MB/s between benches on this machine).
    const pairedAlex = tool === 'alex' && results.tools.seedlint && !results.tools.seedlint.sampled;
    const pairs = [];
    const alexPairs = [];
    for (let i = runs.length ? repeat : 0; i < repeat; i++) {
      const parse = paired ? await runTool('parse', target.dir, target.files, jobs) : undefined;
      const seed = pairedAlex ? await runTool('seedlint', join(OUT, 'corpus-20'), corpus, jobs) : undefined;
      const r = await runTool(tool, target.dir, target.files, jobs);
      runs.push(r);
      if (parse) pairs.push({ parseMs: Math.round(parse.ms), seedlintMs: Math.round(r.ms), ratio: parse.ms / r.ms, parseCpuS: parse.cpuS, seedlintCpuS: r.cpuS });
      if (seed) alexPairs.push({ seedlintMs: Math.round(seed.ms), alexMs: Math.round(r.ms) });
      const before = parse ? ` (parse-only just before: ${(parse.ms / 1000).toFixed(2)} s${cpu(parse)}, ratio ${(parse.ms / r.ms).toFixed(3)})` : seed ? ` (seedlint on the whole corpus just before: ${(seed.ms / 1000).toFixed(2)} s${cpu(seed)})` : '';
      log(`  run ${i + 1}: ${(target.bytes / MB).toFixed(2)} MB in ${(r.ms / 1000).toFixed(2)} s${cpu(r)}, peak RSS ${((r.rssKB ?? 0) / 1024).toFixed(0)} MB${before}`);
    }
    if (pairs.length) results.paired = { pairs, ratio: median(pairs.map((x) => x.ratio)) };
    if (alexPairs.length) results.pairedAlex = { pairs: alexPairs };
    const wall = median(runs.map((r) => r.ms));
    // Start-up: measured cold start on one small file (below) for the CLI; the harness reports its own.
    const entry = {
      sampled: target.sampled,
      measuredBytes: target.bytes,
      measuredFiles: target.files.length,
      wallMs: wall,
      wallRunsMs: runs.map((r) => Math.round(r.ms)),
      initMs: runs[0].initMs !== undefined ? median(runs.map((r) => r.initMs)) : undefined,
      processMs: runs[0].processMs !== undefined ? median(runs.map((r) => r.processMs)) : undefined,
      peakRssMB: median(runs.map((r) => (r.rssKB ?? 0) / 1024)),
      cpuS: runs.every((r) => r.cpuS !== undefined) ? median(runs.map((r) => r.cpuS)) : undefined,
    };
    results.tools[tool] = entry;
    writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  }

  // 2. Cold start on the 5 KB article, and warm latency.
  log('\n[cold start / latency]');
  const cold = {};
  const coldCmd = {
    seedlint: [seedlintBin, article, '--no-progress'],
    alex: [join(ROOT, 'node_modules', 'alex', 'cli.js'), article],
    'write-good': [join(ROOT, 'node_modules', 'write-good', 'bin', 'write-good.js'), article],
  };
  for (const tool of tools) {
    const times = [];
    for (let i = 0; i < Math.max(3, repeat + 2); i++) {
      if (coldCmd[tool] && existsSync(coldCmd[tool][0])) times.push((await measure(process.execPath, coldCmd[tool], { anyExit: true })).ms); // write-good exits with its count
      else {
        const list = join(OUT, 'list-cold.txt');
        writeFileSync(list, article);
        times.push((await measure(process.execPath, [SELF, '--harness', tool, list, '1'])).ms);
      }
    }
    cold[tool] = median(times);
    log(`  ${tool}: cold ${cold[tool].toFixed(0)} ms`);
    const rounds = tool === 'harper' || tool === 'alex' ? 30 : 100;
    const lat = JSON.parse((await measure(process.execPath, [SELF, '--latency', tool, article, String(rounds), tool === 'harper' ? '' : source ? resolve(source) : join(ROOT, 'seeds')])).out.trim().split('\n').pop());
    results.tools[tool] ??= {};
    results.tools[tool].coldMs = cold[tool];
    results.tools[tool].latency = lat.article;
    results.tools[tool].latencyDocs = lat.docs;
    log(`  ${tool}: article p50 ${lat.article.p50.toFixed(2)} ms p95 ${lat.article.p95.toFixed(2)} ms`);
  }

  // Full-corpus estimate for sampled tools: start-up + corpus at the measured steady rate.
  const corpusMsOf = (tool, e, wallMs, processMs) => {
    if (!e.sampled) return wallMs;
    const startup = e.initMs ?? cold[tool] ?? 0;
    const steady = processMs ?? Math.max(1, wallMs - startup);
    return (wallMs - steady) + steady * (corpusBytes / e.measuredBytes);
  };
  for (const [tool, e] of Object.entries(results.tools)) {
    if (e.wallMs === undefined) continue;
    e.corpusMs = corpusMsOf(tool, e, e.wallMs, e.processMs);
    e.mbPerS = corpusBytes / MB / (e.corpusMs / 1000);
    e.filesPerS = corpus.length / (e.corpusMs / 1000);
  }
  // Each alex run against the seedlint run just before it: alex's corpus time (from its sample, as
  // above) over seedlint's.
  if (results.pairedAlex) {
    for (const x of results.pairedAlex.pairs) x.ratio = corpusMsOf('alex', results.tools.alex, x.alexMs) / x.seedlintMs;
    results.pairedAlex.ratio = median(results.pairedAlex.pairs.map((x) => x.ratio));
  }

  const s = results.tools.seedlint;
  if (s && tools.includes('seedlint')) {
    const target = s.sampled ? { dir: join(OUT, 'samples', 'seedlint') } : { dir: join(OUT, 'corpus-20') };
    // 3. Cache: first run with an empty cache, then warm re-runs.
    log('\n[cache]');
    const cacheFile = join(OUT, 'bench.seedlintcache');
    const firsts = [];
    const warms = [];
    for (let i = 0; i < Math.max(1, Math.min(repeat, 2)); i++) {
      rmSync(cacheFile, { force: true });
      firsts.push((await measure(process.execPath, seedlintArgs(target.dir, jobs, ['--cache', '--cache-location', cacheFile]))).ms);
      for (let k = 0; k < repeat; k++) warms.push((await measure(process.execPath, seedlintArgs(target.dir, jobs, ['--cache', '--cache-location', cacheFile]))).ms);
    }
    results.cache = { target: s.sampled ? 'sample' : 'corpus-20', bytes: s.measuredBytes, firstMs: median(firsts), warmMs: median(warms), speedup: median(firsts) / median(warms) };
    log(`  first ${(results.cache.firstMs / 1000).toFixed(2)} s, warm ${(results.cache.warmMs / 1000).toFixed(2)} s: ${results.cache.speedup.toFixed(1)}×`);

    // 4. Scaling: the same input doubled.
    log('\n[scaling]');
    let one;
    let two;
    if (s.sampled) {
      const base = sampleDir('seedlint-x1', corpus, s.measuredBytes);
      const dbl = sampleDir('seedlint-x2', double, 2 * s.measuredBytes);
      one = base;
      two = dbl;
    } else {
      one = { dir: join(OUT, 'corpus-20'), bytes: corpusBytes };
      two = { dir: join(OUT, 'corpus-40'), bytes: sizeOf(double) };
    }
    const t1 = [];
    const t2 = [];
    for (let i = 0; i < Math.max(1, Math.min(repeat, 2)); i++) {
      t1.push((await measure(process.execPath, seedlintArgs(one.dir, jobs))).ms);
      t2.push((await measure(process.execPath, seedlintArgs(two.dir, jobs))).ms);
    }
    results.scaling = { bytes1: one.bytes, bytes2: two.bytes, ms1: median(t1), ms2: median(t2), ratio: median(t2) / median(t1) };
    log(`  ${(one.bytes / MB).toFixed(1)} MB ${(results.scaling.ms1 / 1000).toFixed(2)} s → ${(two.bytes / MB).toFixed(1)} MB ${(results.scaling.ms2 / 1000).toFixed(2)} s: ×${results.scaling.ratio.toFixed(2)}`);

    // 5. Memory on 100 MB: default rules when affordable, else the pipeline with every rule off (parse, read, results).
    if (with100) {
      log('\n[memory, 100 MB]');
      const big = buildCorpus(join(OUT, 'corpus-100'), sources, 100 * MB, 10000);
      const bigBytes = sizeOf(big);
      const estimate = (s.corpusMs * bigBytes) / corpusBytes;
      const allOff = estimate > 4 * budget;
      const extra = [];
      if (allOff) {
        const cfg = join(OUT, 'rules-off.lintrc.json');
        writeFileSync(cfg, JSON.stringify({ extends: [], rules: {} }));
        extra.push('--config', cfg);
      }
      const r = await measure(process.execPath, seedlintArgs(join(OUT, 'corpus-100'), jobs, extra));
      results.memory = { bytes: bigBytes, files: big.length, rules: allOff ? 'none (parse + pipeline)' : 'default', ms: r.ms, peakRssMB: (r.rssKB ?? 0) / 1024 };
      const m20 = s.peakRssMB;
      results.memory.defaultRulesPeakRssMB = m20;
      log(`  ${(bigBytes / MB).toFixed(0)} MB, rules ${results.memory.rules}: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${results.memory.peakRssMB.toFixed(0)} MB`);
    }
  }

  // 6. Per-rule time and compromise usage (in process, one thread, on the distinct source texts).
  if (tools.includes('seedlint')) {
    log('\n[per rule]');
    const r = await measure(process.execPath, [SELF, '--per-rule', source ? resolve(source) : join(ROOT, 'seeds')]);
    results.perRule = JSON.parse(r.out.trim().split('\n').pop());
  }

  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  const md = markdown(results);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), md);
  process.stdout.write(md);
}

function markdown(r) {
  const f = (x, d = 2) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
  const parse = r.tools.parse;
  const seed = r.tools.seedlint;
  const names = Object.keys(r.tools);
  const lines = [];
  lines.push('# Benchmarks', '');
  lines.push(`Generated by \`npm run bench\` on ${r.date.slice(0, 10)}. Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.machine.platform} (load average at start: ${r.machine.load}; the machine was shared, so figures are medians of ${r.repeat} runs).`, '');
  lines.push(`Corpus: ${r.corpus.files} files, ${f(r.corpus.bytes / MB, 1)} MB (the source texts repeated); every tool runs with ${r.jobs} worker threads. Wall time is the whole process, start-up included. A tool marked *sampled* ran on the first files of the corpus (size given) and its full-corpus time is its start-up plus the corpus at its measured steady rate.`, '');
  lines.push('| tool | measured on | corpus time (s) | MB/s | files/s | × parse-only | × seedlint | peak RSS (MB) | cold start, one 5 KB file (ms) | warm latency 5 KB p50 / p95 (ms) | per source doc p50 / p95 (ms) |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of names) {
    const t = r.tools[n];
    const on = t.sampled ? `sample ${f(t.measuredBytes / MB, 2)} MB (*sampled*)` : 'whole corpus';
    lines.push(`| ${n} | ${on} | ${f(t.corpusMs / 1000, 1)} | ${f(t.mbPerS, 3)} | ${f(t.filesPerS, 1)} | ${parse ? f(t.mbPerS / parse.mbPerS, 3) : '–'} | ${seed ? f(t.mbPerS / seed.mbPerS, 3) : '–'} | ${f(t.peakRssMB, 0)} | ${f(t.coldMs, 0)} | ${f(t.latency?.p50)} / ${f(t.latency?.p95)} | ${f(t.latencyDocs?.p50)} / ${f(t.latencyDocs?.p95)} |`);
  }
  lines.push('');
  if (seed) {
    lines.push('## seedlint against each', '');
    for (const n of names) if (n !== 'seedlint') lines.push(`- seedlint throughput is **${f(seed.mbPerS / r.tools[n].mbPerS, 2)}×** ${n}'s.`);
    if (r.paired) lines.push(`- Paired with parse-only (a parse-only run just before each seedlint run, same corpus and workers; median of the ${r.paired.pairs.length} ratios): **${f(r.paired.ratio, 3)}×** (${r.paired.pairs.map((x) => f(x.ratio, 3)).join(', ')}).`);
    if (r.pairedAlex) lines.push(`- Paired with alex (a seedlint run on the whole corpus just before each alex run; alex's corpus time estimated from its run as in the table; median of the ${r.pairedAlex.pairs.length} ratios): **${f(r.pairedAlex.ratio, 2)}×** (${r.pairedAlex.pairs.map((x) => f(x.ratio, 2)).join(', ')}).`);
    const cpuPairs = r.paired?.pairs.filter((x) => x.parseCpuS !== undefined && x.seedlintCpuS !== undefined) ?? [];
    if (cpuPairs.length) {
      const parseCpu = median(cpuPairs.map((x) => x.parseCpuS));
      const seedCpu = median(cpuPairs.map((x) => x.seedlintCpuS));
      lines.push(`- CPU time of the same runs (user + system, every thread: workers, main thread, V8's compile and GC threads; medians): parse-only ${f(parseCpu, 2)} s, seedlint ${f(seedCpu, 2)} s, i.e. **${f(parseCpu / seedCpu, 3)}×** in CPU. It counts the threads wall time hides; on a shared machine it rises in slow spells too. [performance.md](performance.md) says where it goes.`);
    }
    lines.push('');
  }
  if (r.cache) lines.push(`**Cache** (${r.cache.target}, ${f(r.cache.bytes / MB, 2)} MB): first run ${f(r.cache.firstMs / 1000)} s, warm re-run ${f(r.cache.warmMs / 1000)} s — **${f(r.cache.speedup, 1)}×** faster.`, '');
  if (r.scaling && seed) {
    const marginal = (r.scaling.bytes2 - r.scaling.bytes1) / MB / ((r.scaling.ms2 - r.scaling.ms1) / 1000);
    const fixed = r.scaling.ms1 / 1000 - r.scaling.bytes1 / MB / marginal;
    lines.push(`**seedlint steady rate** (from the two scaling runs: extra time per extra MB): **${f(marginal, 3)} MB/s** with ${r.jobs} workers, after a fixed cost of about ${f(fixed, 1)} s (each thread loading rules, knowledge and compromise, and warming up its JIT on the first texts). On the whole corpus that is about ${f(fixed + r.corpus.bytes / MB / marginal, 0)} s, i.e. ${parse ? f(marginal / parse.mbPerS, 3) : '–'}× parse-only${r.tools.alex ? ` and ${f(marginal / r.tools.alex.mbPerS, 2)}× alex` : ''}.${seed.sampled ? " The table's seedlint row extrapolates from a small sample with only the one-file cold start as start-up, which overstates its corpus time." : ''}`, '');
  }
  if (r.scaling) lines.push(`**Scaling**: ${f(r.scaling.bytes1 / MB, 2)} MB in ${f(r.scaling.ms1 / 1000)} s, ${f(r.scaling.bytes2 / MB, 2)} MB in ${f(r.scaling.ms2 / 1000)} s — doubling the input multiplies the time by **${f(r.scaling.ratio)}**.`, '');
  if (r.memory) lines.push(`**Memory**: ${f(r.memory.bytes / MB, 0)} MB corpus (${r.memory.files} files), rules: ${r.memory.rules}, ${f(r.memory.ms / 1000, 1)} s, peak RSS **${f(r.memory.peakRssMB, 0)} MB** (main thread and workers: one process). Default rules on the throughput run: ${f(r.memory.defaultRulesPeakRssMB, 0)} MB.`, '');
  if (r.perRule) {
    const p = r.perRule;
    lines.push(`## Per rule (default rules, one thread, ${p.passes ? `median of ${p.passes} warm passes` : 'a warm pass'} over the distinct source texts)`, '');
    lines.push(`${p.docs} texts, ${f(p.bytes / MB, 2)} MB, ${p.sentences} sentences. Parse only: ${f(p.parseMs, 0)} ms with retext-english${p.ownParseMs !== undefined ? `, ${f(p.ownParseMs, 0)} ms with seedlint's parser (the same trees)` : ''}; all default rules (seedlint's parse included): ${f(p.totalMs, 0)} ms. Documents where some rule ran compromise: ${p.docsTagged} of ${p.docs}.`, '');
    lines.push('| rule | time (ms) | share of rule time | compromise calls (sentences/ranges tagged first by this rule) | first pass, loads included (ms) |');
    lines.push('|---|---:|---:|---:|---:|');
    const total = Object.values(p.perRule).reduce((a, b) => a + b, 0);
    for (const [id, ms] of Object.entries(p.perRule).sort((a, b) => b[1] - a[1])) {
      lines.push(`| ${id} | ${f(ms, 0)} | ${f((100 * ms) / total, 1)}% | ${p.taggedBy[id] ?? 0} | ${f(p.firstPass.perRule[id], 0)} |`);
    }
    lines.push('');
  }
  lines.push('## How to read and re-run', '');
  lines.push('- `npm run bench -- --source DIR` (or `SEEDLINT_BENCH_SOURCE=DIR`); `--repeat N`, `--jobs N`, `--budget SECONDS` (per tool, before sampling), `--tools parse,seedlint,…`, `--no-100mb`. Raw figures: `bench/out/results.json`; `node scripts/bench.mjs --markdown` rewrites this page from it.');
  lines.push('- The paired ratio runs parse-only just before each seedlint run: on a shared machine the load drifts over the minutes between one tool\'s runs and the next, and a pair sees the same load. The ratio to alex is paired the same way (a seedlint run on the whole corpus just before each alex run); the table\'s ratios compare medians taken minutes apart.');
  lines.push('- parse-only is retext-english parsing the same files in the same worker pool: the floor for any stock retext pipeline. seedlint parses with its own parser (src/engine/parser.ts): parse-english with a faster tokenizer and faster equivalents of its costliest transforms, building the same trees node for node (tests/engine/parser.test.ts); the per-rule section gives both parse times. seedlint runs through its CLI (`--jobs N -f json`), so its wall time includes reading, the corpus phase and writing the report.');
  lines.push('- Cold start is `node bin/seedlint.js article-5k.txt` (peers: their CLI, or the harness with one worker for harper.js and parse-only). Warm latency is in process after warm-up, on the 5 KB article and on each distinct source text.');
  lines.push('- Memory is the peak RSS of the whole process (`/usr/bin/time`); worker threads share it. When the default rules are too slow for the 100 MB corpus within the budget, that run uses no rules (reading, parsing, workers, results) and the default-rules peak is the one from the throughput run.');
  lines.push('- Per-rule time wraps each rule\'s `create`; compromise is loaded by the first rule that tags a sentence, so that rule\'s first-pass time carries its load (~0.1 s from the snapshot `npm run build` saves, src/nlp/compromise.ts).');
  lines.push('- Where a run\'s time goes (per thread, per rule, the compile threads) and what has been tried to cut it: [performance.md](performance.md).');
  lines.push('');
  return lines.join('\n') + '\n';
}

if (isMainThread) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--harness') await harness(argv[1], argv[2], Number(argv[3]));
  else if (argv[0] === '--latency') await latency(argv[1], argv[2], Number(argv[3]), argv[4]);
  else if (argv[0] === '--per-rule') await perRule(argv[1]);
  else if (argv[0] === '--markdown') writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), markdown(JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'))));
  else await main(argv);
}
