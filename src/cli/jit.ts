/**
 * V8 tuning for the CLI. A lint run sends every worker through the same few hundred functions,
 * and V8's optimising compiler (TurboFan) compiles each hot one in every worker, on background
 * threads that compete with the workers for the cores. On the 2-core bench machine those threads
 * took about a fifth of a 20 MB run's CPU (6 of 26 s), most of it for functions that run warm but
 * not hot. A larger interrupt budget makes V8 wait for more executed bytecode before it considers
 * optimising a function, so only the truly hot ones are compiled: in one process over 33 passes
 * of the MQM docs, 488 → 182 optimisations and 5.1 → 1.7 s of compile time, steady passes no
 * slower (min 258 → 250 ms). The flag changes when code is optimised, never what it computes.
 * The library entry point sets nothing: flags are process-wide, and a host owns its process.
 * @packageDocumentation
 */

/** V8 flags the CLI sets before it starts any worker: 8× V8's default interrupt budget (67,584). */
export const JIT_FLAGS: readonly string[] = ['--interrupt-budget=540672'];

/** A V8 flag's name, as V8 reads it: `--interrupt_budget=1` and `--interrupt-budget` are one flag. */
const flagName = (arg: string) => arg.replace(/^--?/, '').split('=')[0]!.replace(/_/g, '-');

/** The flags of `flags` to set: those the user did not already give node (`node --interrupt-budget=… seedlint`). */
export function jitFlagsToSet(execArgv: readonly string[], flags: readonly string[] = JIT_FLAGS): string[] {
  const given = new Set(execArgv.filter((a) => a.startsWith('-')).map(flagName));
  return flags.filter((f) => !given.has(flagName(f)));
}
