/**
 * Random programs for the model test: what a user does with the helpers, written symbolically so
 * that a program means the same thing in every run (indices into the run's pools are taken modulo
 * their size when the step runs, so shrinking never produces an invalid program).
 */
import fc from 'fast-check';

export const SCALAR_KEYS = ['MODEL_S0', 'MODEL_S1'] as const;
export const LIST_KEYS = ['MODEL_L0', 'MODEL_L1'] as const;
/** Never configured: a modification starts it from `[]`; it is only in force under a layer. */
export const UNCONFIGURED_LIST = 'MODEL_UL';
/** Never configured, overridden with non-arrays only: a modification works only while it is missing. */
export const UNCONFIGURED_SCALAR = 'MODEL_US';
export const CONFIGURED_KEYS = [...SCALAR_KEYS, ...LIST_KEYS, 'SUSPEND_SIGNALS'] as const;
export const ALL_KEYS = [...CONFIGURED_KEYS, UNCONFIGURED_LIST, UNCONFIGURED_SCALAR] as const;

export type SenderRef = 'a' | 'b' | 'settings';
/** `unused`: a name no signal has; `settingChanged`: that signal's own name. */
export type NameRef = 'x' | 'y' | 'unused' | 'settingChanged';
export type TargetRef = { signal: number } | { name: NameRef } | { receiver: number };
/** `spread`: pass Signals and names as separate arguments (only when no receiver is among them). */
export type TargetsRef = { targets: TargetRef[]; spread: boolean };
export type SendMethod = 'send' | 'sendRobust' | 'sendAsync' | 'sendAsyncRobust';

export type LayerRef =
  | { kind: 'override'; values: Record<string, unknown> }
  | { kind: 'modify'; operations: Record<string, Record<string, unknown>> }
  | { kind: 'suspend'; selection: { all: true } | TargetsRef | { except: TargetRef[] } }
  | { kind: 'resume'; selection: { all: true } | TargetsRef };

export type Uid = 'u1' | 'u2';

export interface ConnectionRef {
  signal: number;
  receiver: number;
  sender: SenderRef | null;
  uid: Uid | null;
}

export type Step =
  /** A no-callback call: the handle stays active until a `restore` step (or the end) picks it. */
  | { do: 'start'; layer: LayerRef }
  | { do: 'restore'; pick: number; via: 'restore' | 'dispose' }
  | { do: 'block'; layer: LayerRef; body: Step[]; throws: boolean }
  /** `{ using _ = helper(...); body }`: a no-callback call taken by `using`, a block's layer. */
  | { do: 'using'; layer: LayerRef; body: Step[]; throws: boolean }
  /** An async callback: `before` runs at once, `after` once a `settle` step releases it. */
  | { do: 'async'; layer: LayerRef; before: Step[]; after: Step[]; rejects: boolean }
  | { do: 'settle'; pick: number }
  | { do: 'send'; signal: number; sender: SenderRef; method: SendMethod }
  | ({ do: 'connect' } & ConnectionRef)
  | ({ do: 'disconnect' } & ConnectionRef)
  | { do: 'createSignal'; name: 'x' | 'y' }
  | { do: 'configure'; values: Record<string, unknown> };

export interface Program {
  /** One flag per receiver of the run: made with `suspendingReceiver` or connected plainly. */
  suspending: boolean[];
  base: Record<string, unknown>;
  steps: Step[];
  /** The order in which the end of the run settles and restores what is still active. */
  cleanupPicks: number[];
}

const item = fc.constantFrom<unknown>('a', 'b', 'c', 1, 2);
const list = fc.array(item, { maxLength: 4 });
/** Plain data that is never an array at the top (so only list keys can ever be modified). */
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('on', 'off'),
  fc.boolean(),
  fc.constant(null),
  fc.record({ depth: fc.integer({ min: 0, max: 2 }), tags: list }),
);

function valueFor(key: string): fc.Arbitrary<unknown> {
  if (key === 'SUSPEND_SIGNALS') return fc.boolean();
  return key.startsWith('MODEL_L') || key === UNCONFIGURED_LIST ? list : scalar;
}

/** An object of up to `maxLength` of `keys` in random order, each with a fitting value. */
function valuesOf(
  keys: readonly string[],
  maxLength: number,
): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.oneof(...keys.map((key) => fc.tuple(fc.constant(key), valueFor(key))));
  return fc
    .uniqueArray(entry, { selector: ([key]) => key, maxLength })
    .map((entries) => Object.fromEntries(entries));
}

const operationName = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('append', 'prepend', 'remove') },
  { weight: 1, arbitrary: fc.constant('insert') },
);
const operations = fc
  .uniqueArray(fc.tuple(operationName, fc.oneof(item, fc.array(item, { maxLength: 3 }))), {
    selector: ([name]) => name,
    maxLength: 3,
  })
  .map((entries) => Object.fromEntries(entries));
const modifiedKey = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...LIST_KEYS, UNCONFIGURED_LIST) },
  { weight: 1, arbitrary: fc.constantFrom(SCALAR_KEYS[0], UNCONFIGURED_SCALAR, 'SUSPEND_SIGNALS') },
);
const modifications = fc
  .uniqueArray(fc.tuple(modifiedKey, operations), { selector: ([key]) => key, maxLength: 2 })
  .map((entries) => Object.fromEntries(entries));

const target: fc.Arbitrary<TargetRef> = fc.oneof(
  fc.record({ signal: fc.nat(5) }),
  fc.record({ name: fc.constantFrom<NameRef>('x', 'y', 'unused', 'settingChanged') }),
  fc.record({ receiver: fc.nat(5) }),
);
const targetList = fc.array(target, { minLength: 1, maxLength: 3 });
const everything = fc.constant({ all: true as const });
const named = fc.record({ targets: targetList, spread: fc.boolean() });

const layer: fc.Arbitrary<LayerRef> = fc.oneof(
  fc.record({ kind: fc.constant('override' as const), values: valuesOf(ALL_KEYS, 3) }),
  fc.record({ kind: fc.constant('modify' as const), operations: modifications }),
  fc.record({
    kind: fc.constant('suspend' as const),
    selection: fc.oneof(everything, named, named, fc.record({ except: targetList })),
  }),
  fc.record({ kind: fc.constant('resume' as const), selection: fc.oneof(everything, named) }),
);

const senderRef = fc.constantFrom<SenderRef>('a', 'b', 'settings');
const connection = {
  signal: fc.nat(5),
  receiver: fc.nat(5),
  sender: fc.option(senderRef, { freq: 2 }),
  uid: fc.option(fc.constantFrom<Uid>('u1', 'u2'), { freq: 1 }),
};

const leafStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ do: fc.constant('start' as const), layer }) },
  {
    weight: 3,
    arbitrary: fc.record({
      do: fc.constant('restore' as const),
      pick: fc.nat(7),
      via: fc.constantFrom<'restore' | 'dispose'>('restore', 'dispose'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      do: fc.constant('send' as const),
      signal: fc.nat(5),
      sender: senderRef,
      method: fc.constantFrom<SendMethod>('send', 'sendRobust', 'sendAsync', 'sendAsyncRobust'),
    }),
  },
  { weight: 4, arbitrary: fc.record({ do: fc.constant('connect' as const), ...connection }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('disconnect' as const), ...connection }) },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('createSignal' as const),
      name: fc.constantFrom<'x' | 'y'>('x', 'y'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('configure' as const),
      values: valuesOf(CONFIGURED_KEYS, 2),
    }),
  },
);

const { step } = fc.letrec<{ step: Step }>((tie) => {
  const body = fc.array(tie('step'), { maxLength: 4 });
  return {
    step: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'step' },
      { weight: 6, arbitrary: leafStep },
      {
        weight: 1,
        arbitrary: fc.record({
          do: fc.constant('block' as const),
          layer,
          body,
          throws: fc.boolean(),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          do: fc.constant('using' as const),
          layer,
          body,
          throws: fc.boolean(),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          do: fc.constant('async' as const),
          layer,
          before: body,
          after: body,
          rejects: fc.boolean(),
        }),
      },
    ),
  };
});

const topLevelStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: step },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('settle' as const), pick: fc.nat(7) }) },
);

export const program: fc.Arbitrary<Program> = fc.record({
  suspending: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
  base: fc.record({
    MODEL_S0: scalar,
    MODEL_S1: scalar,
    MODEL_L0: list,
    MODEL_L1: list,
    SUSPEND_SIGNALS: fc.constant(false),
  }),
  steps: fc.array(topLevelStep, { maxLength: 30, size: 'medium' }),
  cleanupPicks: fc.array(fc.nat(7), { maxLength: 8 }),
});
