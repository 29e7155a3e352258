import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type AjvModule from 'ajv';

type Ajv = InstanceType<typeof AjvModule.default>;
import type { Rule } from '../types.js';

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** ajv, loaded and set up on first use: runs whose config sets no options never pay for it. */
function validator(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    if (!ajv) {
      const AjvCtor = (createRequire(import.meta.url)('ajv') as typeof AjvModule).default;
      ajv = new AjvCtor({ allErrors: true, strict: false, useDefaults: false });
    }
    compiled.set(schema, (validate = ajv.compile(schema)));
  }
  return validate!;
}

/** A configuration problem, with the file and the key it is about. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The config file (or `--rule` flag) the problem is in. */
    readonly file?: string,
    /** The key path, e.g. `rules.date-format.prefer`. */
    readonly key?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') + ' ' : ''}${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}${e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`)
    .join('; ');
}

/** The JSON Schema of a rule's options object (an empty object when it has none). */
export function optionsSchema(rule: Rule<any, any>): Record<string, unknown> {
  return rule.meta.schema ?? { type: 'object', properties: {}, additionalProperties: false };
}

/**
 * Merge user options over the rule's defaults and validate them against its schema.
 * Throws a {@link ConfigError} naming the rule and the bad key.
 */
export function resolveOptions(rule: Rule<any, any>, user: unknown, file?: string): Record<string, unknown> {
  if (user !== undefined && (typeof user !== 'object' || user === null || Array.isArray(user))) {
    throw new ConfigError(`options of rule "${rule.meta.id}" must be an object`, file, `rules.${rule.meta.id}`);
  }
  const options: Record<string, unknown> = { ...(rule.meta.defaultOptions ?? {}), ...((user as object) ?? {}) };
  // The defaults alone are valid (tests/rules.test.ts checks each rule's defaults against its schema).
  if (user === undefined || Object.keys(user as object).length === 0) return options;
  const validate = validator(optionsSchema(rule));
  const ok = validate(options);
  if (!ok) {
    const first = validate.errors?.[0];
    const sub = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : (first?.params as { additionalProperty?: string })?.additionalProperty;
    throw new ConfigError(
      `invalid options for rule "${rule.meta.id}": ${describe(validate.errors)}`,
      file,
      `rules.${rule.meta.id}${sub ? '.' + sub : ''}`,
    );
  }
  return options;
}
