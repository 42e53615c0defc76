/**
 * A fake environment for matcher tests that need a running test and its send log. Import it before
 * anything of `src/`.
 */
import { stripVTControlCharacters } from 'node:util';
import { installFakeEnvironment } from '../jest/fake-environment';

/** Small, so that a test can fill the log. */
export const SEND_LOG_LIMIT = 20;

export const { inFakeTest } = installFakeEnvironment({ sendLogLimit: SEND_LOG_LIMIT });

/** The message of the assertion error `assertion` throws, without colours. */
export function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('the assertion passed');
}
