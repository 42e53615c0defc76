import type { MatcherContext, MatcherResult, MatcherUtils } from '../testing/matcher-context';
import { matchers } from '../testing/matchers';

/** What differs in Vitest's matcher context (`this` in a matcher of `expect.extend`). */
interface VitestMatcherContext extends Omit<MatcherContext, 'utils'> {
  readonly utils: Omit<MatcherUtils, 'matcherErrorMessage' | 'printDiffOrStringify'> & {
    /** Received first, labels in the options (Vitest 3 and 4). */
    printDiffOrStringify(
      received: unknown,
      expected: unknown,
      options: { aAnnotation: string; bAnnotation: string; expand: boolean },
    ): string | undefined;
  };
}

type Matcher = (this: MatcherContext, received: unknown, ...expected: unknown[]) => MatcherResult;

/**
 * The signal matchers for Vitest's `expect.extend`: the same matchers, given Jest's matcher
 * context — Vitest's utils lack `matcherErrorMessage` and order `printDiffOrStringify` differently.
 */
export const vitestMatchers = Object.fromEntries(
  Object.entries(matchers as Record<string, Matcher>).map(([name, matcher]) => [
    name,
    function (this: VitestMatcherContext, received: unknown, ...expected: unknown[]) {
      return matcher.call(asJestContext(this), received, ...expected);
    },
  ]),
);

function asJestContext(context: VitestMatcherContext): MatcherContext {
  const { utils } = context;
  return {
    ...context,
    utils: {
      ...utils,
      matcherErrorMessage: (hint, generic, specific) =>
        `${hint}\n\nMatcher error: ${generic}${specific === undefined ? '' : `\n\n${specific}`}`,
      printDiffOrStringify: (expected, received, expectedLabel, receivedLabel, expand) =>
        utils.printDiffOrStringify(received, expected, {
          aAnnotation: expectedLabel,
          bAnnotation: receivedLabel,
          expand,
        }) ?? '',
    },
  };
}
