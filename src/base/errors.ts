const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

/** Errors that signalbox throws, besides the `TypeError`s of bad arguments. */

/** Reading a setting that was never configured nor overridden. */
export class SettingNotConfiguredError extends Error {
  /** `'SettingNotConfiguredError'`. */
  override readonly name = 'SettingNotConfiguredError';

  constructor(
    /** The name that was read. */
    readonly setting: string,
    /** The configured name closest to it, when one is close enough to be a likely typo. */
    readonly suggestion: string | undefined,
  ) {
    super(
      `settings.${setting} is not configured: call configureSettings({ ${setting}: … }) at startup` +
        ` or overrideSettings({ ${setting}: … }) in a test${suggestion === undefined ? '' : `. Did you mean settings.${suggestion}?`}`,
    );
  }
}

/**
 * What `sendRobust`/`sendAsyncRobust` return for a receiver that threw (or rejected with) something
 * other than an `Error`; `cause` is that value.
 */
export class ThrownValueError extends Error {
  /** `'ThrownValueError'`. */
  override readonly name = 'ThrownValueError';

  constructor(signalName: string, thrown: unknown) {
    super(`A receiver of signal "${signalName}" threw a non-Error value: ${describe(thrown)}`, {
      cause: thrown,
    });
  }
}

/** A short description of a value for error messages: its type and, for primitives, the value. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'function':
      return value.name ? `function ${value.name}` : 'a function';
    case 'object':
      return 'an object';
    case 'symbol':
      return value.toString();
    default:
      return String(value);
  }
}

/** `TypeError: <fn>: <argument> must be <expected>, got <value>`. */
export function argumentError(fn: string, argument: string, expected: string, got: unknown) {
  return new TypeError(`${fn}: ${argument} must be ${expected}, got ${describe(got)}`);
}

/**
 * True for an `Error` of any realm: a receiver may throw one made in another vm context, or a
 * `DOMException` (an aborted fetch), whose prototype chain reaches another realm's `Error`.
 */
export function isError(value: unknown): value is Error {
  if (value instanceof Error) return true;
  if (typeof value !== 'object' || value === null) return false;
  for (let proto = getPrototypeOf(value); proto !== null; proto = getPrototypeOf(proto)) {
    const maker = getOwnPropertyDescriptor(proto, 'constructor')?.value as unknown;
    if (typeof maker === 'function' && maker.name === 'Error' && maker.prototype === proto) {
      return true;
    }
  }
  return false;
}
