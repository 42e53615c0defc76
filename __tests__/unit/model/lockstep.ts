/**
 * Runs one program against the real library and the reference model in lockstep, and after every
 * step (at every nesting depth) asserts that both agree on every setting, on `Object.keys` and `in`,
 * and on every receiver call (which receiver, of which signal, from which sender, with what
 * payload — `settingChanged` events included) and on what each send returned.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from '@jest/globals';
import { configureSettings, Signal, settingChanged, settings, suspendingReceiver } from 'signalbox';
import {
  type LayerHandle,
  modifySettings,
  overrideSettings,
  resumeSignals,
  suspendSignals,
} from 'signalbox/testing';
import type {
  ConnectionRef,
  LayerRef,
  NameRef,
  Program,
  SenderRef,
  SendMethod,
  Step,
  TargetRef,
  TargetsRef,
  Uid,
} from './program';
import { ALL_KEYS } from './program';
import {
  type Call,
  type LayerSpec,
  MISSING,
  ReferenceModel,
  SETTING_CHANGED,
  type Selection,
  type Target,
} from './reference';

type ModelReceiver = (sender: unknown, payload: unknown, signal: unknown) => number;
type ModelSignal = Signal<unknown, unknown>;
type Call0 = (callback?: () => unknown) => unknown;

interface PendingBlock {
  release: () => void;
  settled: Promise<{ value: unknown } | { error: unknown }>;
  layer: number;
  token: symbol;
  rejects: boolean;
}

/** What a block's callback throws when the program says so; any other throw is a failure. */
const BLOCK_ERROR = new Error('thrown by the block on purpose');
const settingsView = settings as unknown as Readonly<Record<string, unknown>>;
const settingChangedSignal = settingChanged as unknown as ModelSignal;

const settingsArgument = (values: Record<string, unknown>) =>
  values as unknown as Parameters<typeof overrideSettings>[0];
const modifyArgument = (operations: Record<string, Record<string, unknown>>) =>
  operations as unknown as Parameters<typeof modifySettings>[0];

/** Asserts deep equality; Jest's `expect` (for its diff) runs only on a mismatch, to keep runs fast. */
function agree(context: object, actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) {
    expect({ ...context, value: actual }).toEqual({ ...context, value: expected });
  }
}

function errorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return String(error);
  }
  return 'nothing was thrown';
}

function expectTypeError(fn: () => unknown, context: object): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  agree(
    { ...context, expected: 'a TypeError' },
    thrown instanceof TypeError ? 'TypeError' : String(thrown),
    'TypeError',
  );
}

const signalName = (name: 'x' | 'y' | 'unused') => `model:${name}`;

/**
 * The signals every run starts with (and probes with at its end), made once: the realm keeps every
 * signal ever created, so making them per run would slow each later run down. Runs stay apart
 * because each one ends with everything restored and disconnected, which `finish` asserts.
 */
const SHARED_SIGNALS = {
  x: new Signal<unknown, unknown>(signalName('x')),
  y: new Signal<unknown, unknown>(signalName('y')),
  probeX: new Signal<unknown, unknown>(signalName('x')),
  probeY: new Signal<unknown, unknown>(signalName('y')),
};

export class Lockstep {
  private readonly model = new ReferenceModel(settingChanged.name);
  private readonly signals: ModelSignal[] = [settingChangedSignal];
  private readonly receivers: ModelReceiver[];
  private readonly senders: Record<SenderRef, object> = {
    a: { sender: 'a' },
    b: { sender: 'b' },
    settings,
  };
  private readonly calls: Call[] = [];
  private readonly handles: Array<{ handle: LayerHandle; layer: number }> = [];
  private readonly pending: PendingBlock[] = [];
  private readonly asyncSends: Promise<void>[] = [];
  /** Every real connect, so that a failed run can still disconnect everything. */
  private readonly connected: Array<() => boolean> = [];
  /** Failures inside async callbacks, rethrown at the next top-level step. */
  private readonly failures: unknown[] = [];
  private checkedCalls = 0;
  private sends = 0;

  constructor(private readonly program: Program) {
    const recorder = this.receiver(this.model.createReceiver(false));
    this.receivers = [
      recorder,
      ...program.suspending.map((flag) => this.receiver(this.model.createReceiver(flag))),
    ];
    configureSettings(settingsArgument(program.base));
    this.model.configure(program.base);
    this.link(SETTING_CHANGED, 0, null, null);
    this.addSignal(SHARED_SIGNALS.x);
    this.addSignal(SHARED_SIGNALS.y);
  }

  /** Runs the program, ends everything it left active, and checks the realm is back to base. */
  async run(): Promise<void> {
    try {
      this.check('start', true);
      for (const [index, step] of this.program.steps.entries()) {
        await this.topLevel(step, `step ${index}`);
      }
      await this.finish();
    } finally {
      await this.cleanUp();
    }
  }

  private async topLevel(step: Step, where: string): Promise<void> {
    if (step.do === 'settle') await this.settle(step.pick, where);
    else this.step(step, where);
    this.rethrowFailures();
    this.check(where);
  }

  private steps(steps: readonly Step[], where: string): void {
    for (const [index, step] of steps.entries()) {
      this.step(step, `${where}.${index}`);
      this.check(`${where}.${index}`);
    }
  }

  private step(step: Step, where: string): void {
    switch (step.do) {
      case 'start':
        this.start(step.layer);
        break;
      case 'restore':
        this.restore(step.pick, step.via);
        break;
      case 'block':
        this.block(step.layer, step.body, step.throws, where);
        break;
      case 'using':
        this.using(step.layer, step.body, step.throws, where);
        break;
      case 'async':
        this.startAsync(step, where);
        break;
      case 'send':
        this.send(step.signal, step.sender, step.method);
        break;
      case 'connect':
        this.connect(step);
        break;
      case 'disconnect':
        this.disconnect(step);
        break;
      case 'createSignal':
        this.createSignal(step.name);
        break;
      case 'configure':
        configureSettings(settingsArgument(step.values));
        this.model.configure(step.values);
        break;
      case 'settle':
        throw new Error('a settle step can only be at the top level');
    }
  }

  // --- layers -----------------------------------------------------------------------------

  /** A no-callback call: it belongs to the test, beneath any active block. */
  private start(layer: LayerRef): void {
    const { spec, call } = this.resolve(layer);
    if (this.model.refusal(spec, 'test') !== undefined) {
      expectTypeError(() => call(), { refused: spec });
      return;
    }
    const id = this.model.start(spec, 'test');
    this.handles.push({ handle: call() as LayerHandle, layer: id });
  }

  private restore(pick: number, via: 'restore' | 'dispose'): void {
    if (this.handles.length === 0) return;
    const { handle, layer } = this.handles[pick % this.handles.length]!;
    if (via === 'restore') {
      handle.restore();
    } else {
      // reading [Symbol.dispose] is what `using` does: the layer becomes a block's first
      this.model.rankAsBlock(layer);
      handle[Symbol.dispose]();
    }
    this.model.end(layer);
  }

  /**
   * `using` inside the program: the call starts a test-level layer, the declaration makes it a
   * block's, and the end of the block (thrown out of or not) ends it.
   */
  private using(layer: LayerRef, body: readonly Step[], throws: boolean, where: string): void {
    const { spec, call } = this.resolve(layer);
    if (this.model.refusal(spec, 'test') !== undefined) {
      expectTypeError(() => call(), { refused: spec });
      return;
    }
    const id = this.model.start(spec, 'test');
    try {
      using _layer = call() as LayerHandle;
      this.model.rankAsBlock(id);
      this.steps(body, where);
      if (throws) throw BLOCK_ERROR;
    } catch (error) {
      if (error !== BLOCK_ERROR) throw error;
    }
    this.model.end(id);
  }

  private block(layer: LayerRef, body: readonly Step[], throws: boolean, where: string): void {
    const { spec, call } = this.resolve(layer);
    if (this.refused(spec, call)) return;
    const id = this.model.start(spec, 'block');
    const token = Symbol('block result');
    let outcome: unknown;
    try {
      outcome = call(() => {
        this.steps(body, where);
        if (throws) throw BLOCK_ERROR;
        return token;
      });
    } catch (error) {
      if (error !== BLOCK_ERROR) throw error;
      outcome = error;
    }
    this.model.end(id);
    agree({ where, block: 'outcome' }, outcome, throws ? BLOCK_ERROR : token);
  }

  private startAsync(step: Step & { do: 'async' }, where: string): void {
    const { spec, call } = this.resolve(step.layer);
    if (this.refused(spec, call)) return;
    const id = this.model.start(spec, 'block');
    const token = Symbol('async block result');
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const result = call(async () => {
      try {
        this.steps(step.before, `${where}.before`);
        await gate;
        this.steps(step.after, `${where}.after`);
      } catch (error) {
        this.failures.push(error);
        throw error;
      }
      if (step.rejects) throw BLOCK_ERROR;
      return token;
    });
    agree({ where, async: 'returns a promise' }, result instanceof Promise, true);
    const settled = (result as Promise<unknown>).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    this.pending.push({ release, settled, layer: id, token, rejects: step.rejects });
  }

  /** Releases a pending async callback and waits until its promise settled (its layer ended). */
  private async settle(pick: number, where: string): Promise<void> {
    if (this.pending.length === 0) return;
    const [block] = this.pending.splice(pick % this.pending.length, 1);
    block!.release();
    const outcome = await block!.settled;
    this.rethrowFailures();
    this.model.end(block!.layer);
    agree(
      { where, settled: 'outcome' },
      outcome,
      block!.rejects ? { error: BLOCK_ERROR } : { value: block!.token },
    );
  }

  /** A refused layer throws a TypeError at once, before calling the callback. */
  private refused(spec: LayerSpec, call: Call0): boolean {
    if (this.model.refusal(spec, 'block') === undefined) return false;
    let called = false;
    expectTypeError(
      () =>
        call(() => {
          called = true;
        }),
      { refused: spec },
    );
    agree({ refused: spec, callback: 'called' }, called, false);
    return true;
  }

  /** The model's layer and the matching helper call (with or without a callback). */
  private resolve(layer: LayerRef): { spec: LayerSpec; call: Call0 } {
    switch (layer.kind) {
      case 'override': {
        const values = settingsArgument(layer.values);
        return {
          spec: layer,
          call: (callback) =>
            callback ? overrideSettings(values, callback) : overrideSettings(values),
        };
      }
      case 'modify': {
        const operations = modifyArgument(layer.operations);
        return {
          spec: layer,
          call: (callback) =>
            callback ? modifySettings(operations, callback) : modifySettings(operations),
        };
      }
      case 'suspend':
      case 'resume': {
        const helper = (layer.kind === 'suspend' ? suspendSignals : resumeSignals) as (
          ...args: unknown[]
        ) => unknown;
        const { selection, args } = this.selection(layer.selection);
        const spec = { kind: layer.kind, selection } as LayerSpec;
        return { spec, call: (callback) => helper(...args, ...(callback ? [callback] : [])) };
      }
    }
  }

  private selection(selection: { all: true } | TargetsRef | { except: TargetRef[] }): {
    selection: Selection;
    args: unknown[];
  } {
    if ('all' in selection) return { selection, args: [] };
    if ('except' in selection) {
      const resolved = selection.except.map((target) => this.target(target));
      const except = resolved.map(([model]) => model);
      return {
        selection: { except },
        args: [{ except: resolved.map(([, real]) => real) }],
      };
    }
    const resolved = selection.targets.map((target) => this.target(target));
    const targets = resolved.map(([model]) => model);
    const reals = resolved.map(([, real]) => real);
    const spread = selection.spread && selection.targets.every((target) => !('receiver' in target));
    return { selection: { targets }, args: spread ? reals : [reals] };
  }

  private target(target: TargetRef): [Target, unknown] {
    if ('signal' in target) {
      const index = target.signal % this.signals.length;
      return [{ signal: index }, this.signals[index]];
    }
    if ('name' in target) {
      const name = this.name(target.name);
      return [{ name }, name];
    }
    const index = this.receiverIndex(target.receiver);
    return [{ receiver: index }, this.receivers[index]];
  }

  // --- signals ----------------------------------------------------------------------------

  private name(name: NameRef): string {
    return name === 'settingChanged' ? settingChanged.name : signalName(name);
  }

  private receiverIndex(pick: number): number {
    return 1 + (pick % (this.receivers.length - 1));
  }

  private receiver(id: number): ModelReceiver {
    return (sender, payload, signal) => {
      this.calls.push({
        receiver: id,
        signal: this.signals.indexOf(signal as ModelSignal),
        sender: this.senderName(sender),
        payload,
      });
      return this.calls.length - 1;
    };
  }

  private senderName(sender: unknown): string {
    const entry = Object.entries(this.senders).find(([, candidate]) => candidate === sender);
    return entry === undefined ? 'an unknown sender' : entry[0];
  }

  /** A signal created now: named targets of active layers must reach it too. */
  private createSignal(name: 'x' | 'y'): void {
    this.addSignal(new Signal<unknown, unknown>(signalName(name)));
  }

  private addSignal(signal: ModelSignal): void {
    this.signals.push(signal);
    this.model.createSignal(signal.name);
  }

  private connect(ref: ConnectionRef): void {
    this.link(
      ref.signal % this.signals.length,
      this.receiverIndex(ref.receiver),
      ref.sender,
      ref.uid,
    );
  }

  private disconnect(ref: ConnectionRef): void {
    this.unlink(
      ref.signal % this.signals.length,
      this.receiverIndex(ref.receiver),
      ref.sender,
      ref.uid,
    );
  }

  /** Connects receiver `receiver` (a `suspendingReceiver` if its flag says so) to signal `signal`. */
  private link(signal: number, receiver: number, sender: SenderRef | null, uid: Uid | null): void {
    const real = this.signals[signal]!;
    const fn = this.receivers[receiver]!;
    const options = this.options(sender, uid);
    if (this.model.isSuspendingReceiver(receiver)) suspendingReceiver(real, options)(fn);
    else real.connect(fn, options);
    this.connected.push(() => real.disconnect(fn, options));
    this.model.connect(signal, receiver, sender ?? undefined, uid ?? undefined);
    this.checkListeners(signal);
  }

  private unlink(
    signal: number,
    receiver: number,
    sender: SenderRef | null,
    uid: Uid | null,
  ): void {
    const disconnected = this.signals[signal]!.disconnect(
      this.receivers[receiver],
      this.options(sender, uid),
    );
    const expected = this.model.disconnect(signal, receiver, sender ?? undefined, uid ?? undefined);
    agree({ disconnect: { signal, receiver, sender, uid } }, disconnected, expected);
    this.checkListeners(signal);
  }

  private options(
    sender: SenderRef | null,
    uid: Uid | null,
  ): { sender?: object; dispatchUid?: string } {
    return {
      ...(sender === null ? {} : { sender: this.senders[sender] }),
      ...(uid === null ? {} : { dispatchUid: uid }),
    };
  }

  private checkListeners(signal: number): void {
    const real = this.signals[signal]!;
    for (const sender of [undefined, 'a', 'b', 'settings'] as const) {
      const actual = real.hasListeners(sender === undefined ? undefined : this.senders[sender]);
      agree({ hasListeners: { signal, sender } }, actual, this.model.hasListeners(signal, sender));
    }
  }

  private send(pick: number, senderRef: SenderRef, method: SendMethod): void {
    const signal = pick % this.signals.length;
    const payload = `send ${this.sends++}`;
    const expected = this.model.send(signal, senderRef, payload);
    const result = this.signals[signal]![method](this.senders[senderRef], payload);
    const compare = (pairs: Array<[unknown, unknown]>) =>
      agree(
        { [method]: { signal, payload } },
        pairs.map(([fn, value]) => [this.receivers.indexOf(fn as ModelReceiver), value]),
        expected,
      );
    if (result instanceof Promise) this.asyncSends.push(result.then(compare));
    else compare(result);
  }

  // --- checks -----------------------------------------------------------------------------

  /**
   * Every setting, `in`, `Object.keys` and `JSON.stringify`, and the receiver calls since the last check. Reading a
   * setting that is not in force must throw; that (costly) read is checked on `reads` only.
   */
  private check(where: string, reads = false): void {
    for (const key of ALL_KEYS) {
      const expected = this.model.read(key);
      agree({ where, in: key }, key in settingsView, expected !== MISSING);
      if (expected !== MISSING) agree({ where, setting: key }, settingsView[key], expected);
      else if (reads)
        agree({ where, reading: key }, errorMessage(() => settingsView[key]).includes(key), true);
    }
    agree(
      { where, keys: 'Object.keys(settings)' },
      Object.keys(settingsView).sort(),
      this.model.keys(),
    );
    agree(
      { where, json: 'JSON.stringify(settings)' },
      JSON.parse(JSON.stringify(settingsView)),
      Object.fromEntries(this.model.keys().map((key) => [key, this.model.read(key)])),
    );
    agree(
      { where, calls: `since call ${this.checkedCalls}` },
      this.calls.slice(this.checkedCalls),
      this.model.calls.slice(this.checkedCalls),
    );
    this.checkedCalls = this.calls.length;
  }

  private rethrowFailures(): void {
    if (this.failures.length > 0) throw this.failures[0];
  }

  /**
   * Settles what is still pending and restores what is still active (in the program's order),
   * restores every handle once more (a no-op), then proves the realm is back to base: fresh signals
   * of the run's names reach every receiver, and an override still notifies.
   */
  private async finish(): Promise<void> {
    let turn = 0;
    const nextPick = () =>
      this.program.cleanupPicks[turn++ % Math.max(1, this.program.cleanupPicks.length)] ?? 0;
    while (this.pending.length > 0) {
      await this.settle(nextPick(), 'cleanup');
      this.check('cleanup: settle');
    }
    const active = () => this.handles.filter(({ layer }) => this.model.isActive(layer));
    for (let left = active(); left.length > 0; left = active()) {
      const { handle, layer } = left[nextPick() % left.length]!;
      handle.restore();
      this.model.end(layer);
      this.check('cleanup: restore');
    }
    for (const { handle } of this.handles) handle.restore();
    this.check('cleanup: restore again');
    agree({ cleanup: 'active layers in the model' }, this.model.activeLayers, 0);
    await Promise.all(this.asyncSends);

    // The base may have been configured with SUSPEND_SIGNALS on; the probes need every receiver.
    this.step({ do: 'configure', values: { SUSPEND_SIGNALS: false } }, 'probe');
    this.addSignal(SHARED_SIGNALS.probeX);
    this.addSignal(SHARED_SIGNALS.probeY);
    const probes = [this.signals.length - 2, this.signals.length - 1];
    for (const signal of probes) {
      for (let receiver = 1; receiver < this.receivers.length; receiver++) {
        this.link(signal, receiver, null, null);
      }
      this.send(signal, 'a', 'send');
    }
    this.step({ do: 'start', layer: { kind: 'override', values: { MODEL_US: 'probe' } } }, 'probe');
    this.restore(this.handles.length - 1, 'restore');
    this.check('probe', true);
    const everyReceiverRan = this.model.calls.filter(({ signal }) =>
      probes.includes(signal),
    ).length;
    agree({ probe: 'receiver calls' }, everyReceiverRan, 2 * (this.receivers.length - 1));

    for (let signal = 0; signal < this.signals.length; signal++) {
      for (const { receiver, sender, dispatchUid } of [...this.model.connections(signal)]) {
        this.unlink(
          signal,
          receiver,
          (sender ?? null) as SenderRef | null,
          (dispatchUid ?? null) as Uid | null,
        );
      }
    }
    for (const [index, signal] of this.signals.entries()) {
      if (index !== SETTING_CHANGED)
        agree({ cleanup: 'hasListeners', index }, signal.hasListeners(), false);
    }
  }

  /** After a failure: release, restore and disconnect everything, so later runs start clean. */
  private async cleanUp(): Promise<void> {
    for (const block of this.pending.splice(0)) {
      block.release();
      await block.settled;
    }
    for (const { handle } of this.handles) handle.restore();
    for (const disconnect of this.connected) disconnect();
  }
}
