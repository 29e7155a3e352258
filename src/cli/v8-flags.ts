/**
 * V8 tuning for the CLI.
 *
 * JIT. A lint run sends every worker through the same few hundred functions,
 * and V8's optimising compiler (TurboFan) compiles each hot one in every worker, on background
 * threads that compete with the workers for the cores. On the 2-core bench machine those threads
 * took about a fifth of a 20 MB run's CPU (6 of 26 s), most of it for functions that run warm but
 * not hot. A larger interrupt budget makes V8 wait for more executed bytecode before it considers
 * optimising a function, so only the truly hot ones are compiled: in one process over 33 passes
 * of the MQM docs, 488 → 182 optimisations and 5.1 → 1.7 s of compile time, steady passes no
 * slower (min 258 → 250 ms).
 *
 * GC. V8 splits each young-generation collection (a scavenge: ~320 in a 20 MB run) among helper
 * threads, as many as its platform has (4 in Node), whatever the cores. The lint workers already
 * keep every core busy, so the helpers wait for a core while the collecting worker waits for them:
 * in the 20 MB bench run the scavenges' pauses summed 845–850 ms with helpers and 766–771 ms
 * without (two runs each, `--trace-gc`), and the helper threads' CPU goes too.
 *
 * Heap growth. After each full collection V8 lets an isolate's old generation grow to up to four
 * times what survived before it collects again. The main thread, which mostly waits for the
 * workers, keeps little (~22 MB at the middle of a 100 MB run, by a heap snapshot) but promotes
 * the workers' answers as they pass through, and its heap grew to ~90 MB before its next full
 * collection: that growth was the peak RSS of a 100 MB run (291–306 MB, where the target is 300).
 * A growing factor of 1.5 keeps it to 264–272 MB at the same speed (100 MB corpus: 18.7–26.4 s
 * against 18.0–20.5 s, runs that drifted with the machine; 20 MB corpus, 6 alternating pairs:
 * 5.78 against 5.77 s). The workers' heaps are capped anyway (src/cli/pool.ts).
 *
 * Regular expressions. V8 first runs a regex in its bytecode interpreter and compiles it to machine
 * code on its next run, for one-byte and for two-byte texts apart: up to four compiles of each
 * regex, each building its Unicode property classes (\p{L} …) from ICU again. A run that starts
 * lint workers runs every regex thousands of times, so it compiles each to machine code at once
 * (`--no-regexp-tier-up`): in one thread over the 5 MB quarter of the bench corpus (cachegrind,
 * the CLI with `--jobs 1`), 15.740 → 15.598 G instructions, the regexes' compiling 586 → 486 M.
 * A one-file run keeps the tiers: most of its regexes run a few times, where the interpreter is
 * cheaper than a compile (a cold run took 0.30 s instead of 0.28 s without them).
 *
 * The flags change when code is optimised and how garbage is collected, never what is computed.
 * The library entry point sets nothing: flags are process-wide, and a host owns its process.
 * @packageDocumentation
 */

/**
 * V8 flags the CLI sets before it starts any worker: 8× V8's default interrupt budget (67,584),
 * scavenges on the collecting thread alone, and old generations grown by half, not fourfold.
 */
export const V8_FLAGS: readonly string[] = ['--interrupt-budget=540672', '--no-parallel-scavenge', '--heap-growing-percent=50'];

/** V8 flags the CLI sets when a run is to start lint workers, before the first of them starts: regexes compiled to machine code at once. */
export const POOL_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/**
 * A V8 flag's name, as V8 reads it: `--interrupt_budget=1` and `--interrupt-budget` are one flag,
 * and so are `--parallel-scavenge` and `--no-parallel-scavenge`.
 */
const flagName = (arg: string) => arg.replace(/^--?/, '').split('=')[0]!.replace(/_/g, '-').replace(/^no-/, '');

/** The flags of `flags` to set: those the user did not already give node (`node --interrupt-budget=… seedlint`, `node --parallel-scavenge …`). */
export function v8FlagsToSet(execArgv: readonly string[], flags: readonly string[] = V8_FLAGS): string[] {
  const given = new Set(execArgv.filter((a) => a.startsWith('-')).map(flagName));
  return flags.filter((f) => !given.has(flagName(f)));
}
