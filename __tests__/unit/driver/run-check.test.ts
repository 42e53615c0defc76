import { optionNames, optionProblems } from '../../../src/driver/run-check';
import type { FileLayer } from '../../../src/scope/bridge';

const LAYERS: FileLayer[] = [
  {
    kind: 'override',
    values: { EMAIL_BACKEN: 'memory', DEBUG: true },
    source: 'testEnvironmentOptions.signalbox.settings',
    origin: 'option',
  },
  {
    kind: 'suspend',
    targets: ['post_sav', 'pre_save'],
    source: 'testEnvironmentOptions.signalbox.suspendSignals',
    origin: 'option',
  },
  { kind: 'suspend', targets: ['from_pragma'], source: '@suspendSignals', origin: 'pragma' },
];

describe('the run-wide check of the project options', () => {
  test("optionNames: the options' setting keys and signal names, not the pragmas'", () => {
    expect(optionNames(LAYERS)).toEqual({
      settings: ['EMAIL_BACKEN', 'DEBUG'],
      signals: ['post_sav', 'pre_save'],
    });
  });

  test('a key or a name is unknown only when no file of the run had it', () => {
    const withApp = { configured: ['DEBUG', 'EMAIL_BACKEND'], signals: ['post_save'] };
    const withoutApp = { configured: [], signals: ['pre_save'] };
    expect(
      optionProblems(
        optionNames(LAYERS),
        [withApp, withoutApp],
        'testEnvironmentOptions.signalbox',
      ),
    ).toEqual([
      {
        message:
          'signalbox: testEnvironmentOptions.signalbox.settings sets "EMAIL_BACKEN", which no test file of this run (2 ran) configured (configureSettings) by its first test. Did you mean "EMAIL_BACKEND"?',
        suggestion: 'EMAIL_BACKEND',
      },
      {
        message:
          'signalbox: testEnvironmentOptions.signalbox.suspendSignals names "post_sav", but no test file of this run (2 ran) created a signal of that name. Did you mean "post_save"? Signals that exist: "post_save", "pre_save".',
        suggestion: 'post_save',
      },
    ]);
  });

  test('no file ran: nothing to say', () => {
    expect(optionProblems(optionNames(LAYERS), [], 'testEnvironmentOptions.signalbox')).toEqual([]);
  });
});
