import type { FileProfile } from './profile-data';

/**
 * The channel between the Jest environment and the registry.
 *
 * The environment runs in the outer Node realm; the registry lives in the test file's vm realm and
 * may be created late (the first copy of the runtime that the file loads creates it). So the
 * environment keeps *where the file is* as plain data on this object, which the registry reads when
 * a helper is called, and forwards scope starts and ends to `listener` once the registry attached it.
 * Nothing here is an `instanceof` check or a class: only plain objects and functions cross realms.
 */

/** `globalThis[BRIDGE]` in the test realm: set by the environment before the file loads. */
export const BRIDGE: unique symbol = Symbol.for('signalbox.bridge') as never;

export type ScopeKind = 'file' | 'describe' | 'test';

/** One scope of the file; `key` is the environment's identity for it (a circus block or test). */
export interface ScopeRef {
  readonly key: object;
  readonly kind: ScopeKind;
  /** For messages: `"file"`, a describe block's name path, or a test's full name. */
  readonly label: string;
  /** `test.concurrent` test: its layers, log and connections belong to its own async context. */
  readonly concurrent: boolean;
  /**
   * The keys of the scopes around it, outermost first: the file, then its describe blocks. A
   * concurrent test sees only their layers (Jest 29 runs concurrent bodies while other blocks run).
   */
  readonly lineage: readonly object[];
  /** A test's describe block, by its label; absent for a test at the file's top level. */
  readonly block?: string;
}

export type LeakMode = 'off' | 'warn' | 'error' | 'disconnect';

/**
 * File-level configuration, applied in order at the file scope: project options, then pragmas.
 * `origin` says who checks the names and keys it uses: the file for a pragma; the whole run for a
 * project option, which applies to files that may not load the part of the app it names.
 */
export type FileLayer =
  | {
      readonly kind: 'override';
      readonly values: Readonly<Record<string, unknown>>;
      /** For messages: `"testEnvironmentOptions.signalbox.settings"` or `"@overrideSettings"`. */
      readonly source: string;
      readonly origin: 'option' | 'pragma';
    }
  | {
      readonly kind: 'suspend';
      /** `true`: every signal (as a bare `suspendSignals()`); else the signal names. */
      readonly targets: true | readonly string[];
      readonly source: string;
      readonly origin: 'option' | 'pragma';
    };

/** An emitter the project options adopt in every file: `emitters: { users: './src/events#users' }`. */
export interface EmitterOption {
  /** The adoption's name. */
  readonly name: string;
  /** What to `require`: a path the driver resolved against the project's root, or a package. */
  readonly module: string;
  /** The export that is the emitter; `undefined`: the module itself (or its default export). */
  readonly exportName: string | undefined;
  /** For messages: `testEnvironmentOptions.signalbox.emitters.users`. */
  readonly source: string;
}

export interface Bridge {
  readonly version: 3;
  readonly fileLayers: readonly FileLayer[];
  /** Adopted by the setup file before the test file loads (the file's module registry). */
  readonly emitters?: readonly EmitterOption[];
  readonly leaks: LeakMode;
  /**
   * A mistake found once the file's code runs (an unknown setting key or signal name) fails the
   * file or the test that made it (`true`, the default), or is a warning (`strict: false`).
   */
  readonly strict: boolean;
  /**
   * Fails `owner` (a test, even one already done) or, without one, the file: Jest reports the
   * file as failed after its tests ran. Never throws.
   */
  fail(error: Error, owner?: ScopeRef): void;
  /** Prints a warning on the file's console. */
  warn(message: string): void;
  /** Most sends recorded per test; the log says so when it is reached. */
  readonly sendLogLimit: number;
  /** Where the user writes the project options, as messages name it (`testEnvironmentOptions.signalbox`). */
  readonly options: string;
  /** Time every receiver call for the receiver profile (`listener.profile()` at the end). */
  readonly profile?: boolean;
  /** `'load'` while the file is being defined; `'run'` from the first run event on. */
  phase: 'load' | 'run';
  /** The scopes running now, outermost first: the file, running describe blocks, a serial test. */
  readonly running: ScopeRef[];
  /** The describe block whose body is executing at definition time; `null` at the top level. */
  defining: ScopeRef | null;
  /**
   * The scope whose test body or hook started the async work running now (AsyncLocalStorage):
   * `beforeEach`/`afterEach` and a test body give the test, `beforeAll`/`afterAll` their block. For
   * a concurrent test, whose layers and log apply; otherwise, whether this is late code of a scope
   * that already ended (a timed-out test's or hook's pending promise) rather than what runs now.
   */
  context(): ScopeRef | undefined;
  /** Set at `add_test` once the file defines a `test.concurrent` test. */
  concurrent: boolean;
  /** Set by the registry when it is created; the environment calls it on scope starts and ends. */
  listener: BridgeListener | undefined;
}

export interface ExitReport {
  /** Errors that fail the test owning the scope: `settingChanged` exit errors, `'error'` leaks. */
  readonly errors: readonly Error[];
}

export interface BridgeListener {
  /** `run_start`: definitions are done (`phase` is now `'run'`). */
  run(): void;
  /** A describe block or a test starts (a retry starts it again): its annotations become active. */
  enter(scope: ScopeRef): void;
  /** The scope ends: everything it owns is undone, last in first out. Never throws. */
  exit(scope: ScopeRef): ExitReport;
  /**
   * The file is done: names the file used that no signal of it had are reported (through `fail`
   * or `warn`), and what the project options' run-wide check needs is returned.
   */
  finish(): FileFacts;
  /** The file is done: its receiver profile, when the bridge asked for one. */
  profile(): FileProfile | undefined;
}

/** What one file tells the run-wide check of the project options' keys and names. */
export interface FileFacts {
  /** The settings configured by the file's first test (at its end, when no test ran). */
  readonly configured: readonly string[];
  /** The names of the signals the file created. */
  readonly signals: readonly string[];
}
