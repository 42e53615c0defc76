/**
 * The part of Jest's matcher context (`this` inside a matcher given to `expect.extend`) that the
 * signal matchers use. Declared here rather than imported from `expect`, so that the package's
 * types do not require Jest's; Jest 29.7 and 30 both provide all of it.
 */

/** A custom equality tester, as `expect.addEqualityTesters` takes them. */
export type EqualityTester = (
  this: { equals: Equals },
  a: unknown,
  b: unknown,
  customTesters: EqualityTester[],
) => boolean | undefined;

export type Equals = (
  a: unknown,
  b: unknown,
  customTesters?: EqualityTester[],
  strictCheck?: boolean,
) => boolean;

type Colour = (text: string) => string;

export interface MatcherHintOptions {
  isNot?: boolean;
  promise?: string;
}

/** `this.utils`: jest-matcher-utils, and the testers `toEqual` uses. */
export interface MatcherUtils {
  matcherHint(
    matcherName: string,
    received?: string,
    expected?: string,
    options?: MatcherHintOptions,
  ): string;
  matcherErrorMessage(hint: string, generic: string, specific?: string): string;
  printWithType<T>(name: string, value: T, print: (value: T) => string): string;
  printExpected(value: unknown): string;
  printReceived(value: unknown): string;
  printDiffOrStringify(
    expected: unknown,
    received: unknown,
    expectedLabel: string,
    receivedLabel: string,
    expand: boolean,
  ): string;
  stringify(value: unknown, maxDepth?: number, maxWidth?: number): string;
  EXPECTED_COLOR: Colour;
  RECEIVED_COLOR: Colour;
  DIM_COLOR: Colour;
  iterableEquality: EqualityTester;
}

/** What the signal matchers use of Jest's matcher context (`this` in a matcher). */
export interface MatcherContext {
  /** Called through `.not`. */
  readonly isNot?: boolean;
  /** `'resolves'`/`'rejects'` when called through them. */
  readonly promise?: string;
  /** `false` under `--expand=false`; diffs then show only changed lines and some context. */
  readonly expand?: boolean;
  /** Testers added with `expect.addEqualityTesters` (Jest 29.4+). */
  readonly customTesters?: EqualityTester[];
  /** Jest's recursive equality, with asymmetric matchers. */
  readonly equals: Equals;
  /** Jest's printing and diff helpers. */
  readonly utils: MatcherUtils;
}

/** What a matcher returns to Jest. */
export interface MatcherResult {
  /** Whether the assertion held (before `.not`). */
  pass: boolean;
  /** The failure message, built only when needed. */
  message(): string;
}
