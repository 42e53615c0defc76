/**
 * signalbox's Vitest runner, minus the files' `@suspendSignals` pragmas: the demo runs the same
 * suite with every receiver on (mode a) and with the SUSPEND_SIGNALS pattern alone (mode c).
 */
import SignalboxRunner from 'signalbox/vitest-runner';

export default class IgnoreSuspendPragmasRunner extends SignalboxRunner {
  pragmasOf(source) {
    const { suspendSignals: _ignored, ...pragmas } = super.pragmasOf(source);
    return pragmas;
  }
}
