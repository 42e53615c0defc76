import {
  modifySettings,
  overrideSettings,
  resumeSignals,
  sentSignals,
  suspendSignals,
} from '../testing/index';

/** The helpers a setup file makes global (non-enumerable, replaceable), each passed to `each`. */
export function defineHelperGlobals(each: (helper: object) => void = () => {}): void {
  const globals = { overrideSettings, modifySettings, suspendSignals, resumeSignals, sentSignals };
  for (const [name, helper] of Object.entries(globals)) {
    each(helper);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      writable: true,
      value: helper,
    });
  }
}
