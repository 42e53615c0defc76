import { callSite, locationOf } from '../base/call-site';
import type { ReceiverEntry, SignalState } from '../base/signal-state';
import { Verdict, verdict } from '../signals/suspension';
import { addDuration, type DurationHistogram } from './duration-histogram';
import type { Profiler } from './profile';
import type { ReceiverProfile } from './profile-data';
import type { Scope } from './scope';
import { currentScope } from './scopes';
import type { ScopeRealm } from './state';

interface Totals {
  calls: number;
  time: number;
}

interface ReceiverStats extends Totals {
  readonly signal: SignalState;
  readonly entry: ReceiverEntry;
  readonly histogram: DurationHistogram;
  readonly blocks: Map<string, Totals>;
  tests: number;
  neededTests: number;
  neededCalls: number;
  neededTime: number;
  readonly neededIn: Set<string>;
}

/** A receiver's calls in one test, and whether a layer in force there let it run by name. */
interface InTest extends Totals {
  readonly stats: ReceiverStats;
  readonly namedByLayer: boolean;
}

interface TestRecord {
  readonly receivers: Map<ReceiverEntry, InTest>;
  readonly asserted: Set<SignalState>;
}

const TOP_LEVEL = '(top level)';

/**
 * Creates the realm's profiler. Only a realm whose driver asks for a profile has one: without it,
 * sends never reach this code.
 */
export function createProfiler(realm: ScopeRealm): Profiler {
  const clock = globalThis.performance;
  const now = clock.now.bind(clock);
  const started = now();
  const sites = new WeakMap<ReceiverEntry, string>();
  const stats = new Map<ReceiverEntry, ReceiverStats>();
  const tests = new WeakMap<Scope, TestRecord>();
  /** Time spent in receivers called from the receiver running now. */
  let nested = 0;

  function statsOf(signal: SignalState, entry: ReceiverEntry): ReceiverStats {
    let found = stats.get(entry);
    if (found === undefined) {
      found = {
        signal,
        entry,
        calls: 0,
        time: 0,
        histogram: new Map(),
        blocks: new Map(),
        tests: 0,
        neededTests: 0,
        neededCalls: 0,
        neededTime: 0,
        neededIn: new Set(),
      };
      stats.set(entry, found);
    }
    return found;
  }

  function testRecord(scope: Scope): TestRecord {
    let record = tests.get(scope);
    if (record === undefined) {
      record = { receivers: new Map(), asserted: new Set() };
      tests.set(scope, record);
    }
    return record;
  }

  /** The describe path a scope's calls count for (a test's own block, even before it starts). */
  function blockOf(scope: Scope | null | undefined): string {
    if (scope == null || scope.ref.kind === 'file') return TOP_LEVEL;
    if (scope.ref.kind === 'describe') return scope.ref.label;
    return scope.ref.block ?? TOP_LEVEL;
  }

  function record(signal: SignalState, entry: ReceiverEntry, ms: number): void {
    const receiver = statsOf(signal, entry);
    receiver.calls++;
    receiver.time += ms;
    addDuration(receiver.histogram, ms);
    const scope = currentScope(realm);
    const block = blockOf(scope);
    const totals = receiver.blocks.get(block);
    if (totals === undefined) receiver.blocks.set(block, { calls: 1, time: ms });
    else {
      totals.calls++;
      totals.time += ms;
    }
    if (scope?.ref.kind !== 'test') return;
    const inTests = testRecord(scope).receivers;
    const inTest = inTests.get(entry);
    if (inTest === undefined) {
      const layers = scope.ref.concurrent ? scope.view.layers : realm.registry.global.layers;
      const decided = verdict(layers, signal, entry, realm.registry.settingChanged);
      inTests.set(entry, {
        stats: receiver,
        calls: 1,
        time: ms,
        namedByLayer: decided === Verdict.Run,
      });
    } else {
      inTest.calls++;
      inTest.time += ms;
    }
  }

  return {
    connected(entry) {
      const site = locationOf(callSite());
      if (/:\d+:\d+$/.test(site)) sites.set(entry, site);
    },

    timeCall(call, fn, sender, payload, signal, entry) {
      const outer = nested;
      nested = 0;
      const start = now();
      try {
        return call(fn, sender, payload, signal);
      } finally {
        const elapsed = now() - start;
        record(signal, entry, elapsed - nested);
        nested = outer + elapsed;
      }
    },

    asserted(signal) {
      const scope = currentScope(realm);
      if (scope?.ref.kind === 'test') testRecord(scope).asserted.add(signal);
    },

    testEnded(scope) {
      const record = tests.get(scope);
      if (record === undefined) return;
      tests.delete(scope);
      for (const inTest of record.receivers.values()) {
        const receiver = inTest.stats;
        receiver.tests++;
        if (inTest.namedByLayer || record.asserted.has(receiver.signal)) {
          receiver.neededTests++;
          receiver.neededCalls += inTest.calls;
          receiver.neededTime += inTest.time;
          receiver.neededIn.add(blockOf(scope));
        }
      }
    },

    report() {
      const receivers: ReceiverProfile[] = [...stats.values()].map((receiver) => ({
        signal: receiver.signal.name,
        name: receiver.entry.fn.name,
        site: sites.get(receiver.entry),
        calls: receiver.calls,
        time: receiver.time,
        histogram: [...receiver.histogram],
        blocks: Object.fromEntries(receiver.blocks),
        tests: receiver.tests,
        neededTests: receiver.neededTests,
        neededCalls: receiver.neededCalls,
        neededTime: receiver.neededTime,
        neededIn: [...receiver.neededIn],
      }));
      return { version: 1, file: '', duration: now() - started, receivers };
    },
  };
}
