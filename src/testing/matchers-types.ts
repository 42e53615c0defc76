/**
 * Types of the signal matchers. `globals.d.ts` (`"types": ["node", "jest", "signalbox/globals"]`) adds them to both
 * `expect`s: the global one (`@types/jest`) and the one of `@jest/globals` (the `expect` package's
 * `Matchers`). They are not augmented here, so `signalbox/testing` works without Jest's types.
 */
import type { Emitter } from '../emitters/adopt-emitter';
import type { AnySignal, Signal } from '../signals/signal';

/** `expect.any(User)`, `expect.objectContaining({...})` and the like. */
export interface AsymmetricMatcherLike {
  /** Whether `other` matches. */
  asymmetricMatch(other: unknown): boolean;
}

/** A value as a `...With` matcher expects it: itself, or asymmetric matchers at any depth. */
export type ExpectedValue<T> =
  | T
  | AsymmetricMatcherLike
  | (T extends Function
      ? never
      : T extends object
        ? { [K in keyof T]: ExpectedValue<T[K]> }
        : never);

/** `(sender, payload)` typed by the signal; the payload may be left out when the signal has none. */
export type SentWithArguments<Received> =
  Received extends Signal<infer Payload, infer Sender>
    ? // biome-ignore lint/suspicious/noConfusingVoidType: a payload-less signal is a Signal<void>.
      [Payload] extends [void]
      ? [sender: ExpectedValue<Sender>, payload?: ExpectedValue<Payload>]
      : [sender: ExpectedValue<Sender>, payload: ExpectedValue<Payload>]
    : [sender: unknown, payload?: unknown];

/**
 * What a signal matcher is on a value that is not a `Signal` (`expect('post_save')`): not callable,
 * so TypeScript says "Type 'ExpectTheSignalObjectNotItsName' has no call signatures". Several
 * signals may share a name: the matchers take the object.
 */
export interface ExpectTheSignalObjectNotItsName {
  /** What to do instead, where TypeScript's error shows the type. */
  readonly 'the signal matchers take the Signal object, e.g. expect(postSave)': never;
}

/** `Matcher` when `Received` is a Signal (or `any`), else `NotASignal`. */
export type ForSignals<Received, Matcher, NotASignal = ExpectTheSignalObjectNotItsName> = [
  Received,
] extends [AnySignal]
  ? Matcher
  : NotASignal;

/** What an emit matcher is on a value that is not an emitter (a `Signal`, a name). */
export interface ExpectAnAdoptedEmitter {
  /** What to do instead, where TypeScript's error shows the type. */
  readonly 'the emit matchers take the adopted emitter, e.g. expect(users).toHaveEmitted("created")': never;
}

/**
 * `Matcher` when `Received` is an emitter (or `any`), else `NotAnEmitter` — for a `Signal` too,
 * though it has an `emit` of its own.
 */
export type ForEmitters<Received, Matcher, NotAnEmitter = ExpectAnAdoptedEmitter> = 0 extends 1 &
  Received
  ? Matcher
  : [Received] extends [AnySignal]
    ? NotAnEmitter
    : [Received] extends [Emitter]
      ? Matcher
      : NotAnEmitter;

/** An event name; EventEmitter2 also takes its parts as an array (`['user', 'created']`). */
export type EventName = string | symbol | readonly string[];

/**
 * What a matcher is on a value it does not take where it must stay a function (Vitest's
 * `expect.extend` types read every matcher's parameters): callable on no `expect(...)`, so
 * TypeScript says "The 'this' context of type 'Assertion<string>' is not assignable to method's
 * 'this' of type 'ExpectTheSignalObjectNotItsName'".
 */
export type NotCallableOn<What> = (this: What, ...args: never) => never;

/**
 * The matchers `signalbox/setup` installs, over the current test's sends of `Received` (a
 * `Signal`) or its emits (an adopted emitter); on what they do not take, `NotASignal` and
 * `NotAnEmitter`.
 */
export interface SignalMatchers<
  R,
  Received = unknown,
  NotASignal = ExpectTheSignalObjectNotItsName,
  NotAnEmitter = ExpectAnAdoptedEmitter,
> {
  /**
   * The adopted emitter emitted `event` in this test (suspended or not) — with these arguments,
   * when given (compared as `toEqual`).
   */
  toHaveEmitted: ForEmitters<Received, (event: EventName, ...args: unknown[]) => R, NotAnEmitter>;
  /** The adopted emitter emitted `event` exactly `expected` times in this test. */
  toHaveEmittedTimes: ForEmitters<
    Received,
    (event: EventName, expected: number) => R,
    NotAnEmitter
  >;
  /** The adopted emitter's last emit of `event` in this test had these arguments. */
  toHaveLastEmitted: ForEmitters<
    Received,
    (event: EventName, ...args: unknown[]) => R,
    NotAnEmitter
  >;
  /** The signal was sent at least once in this test (suspended or not). */
  toHaveBeenSent: ForSignals<Received, () => R, NotASignal>;
  /** The signal was sent exactly `expected` times in this test. */
  toHaveBeenSentTimes: ForSignals<Received, (expected: number) => R, NotASignal>;
  /** Some send of the signal in this test had this sender and payload (compared as `toEqual`). */
  toHaveBeenSentWith: ForSignals<
    Received,
    (...expected: SentWithArguments<Received>) => R,
    NotASignal
  >;
  /** The signal's last send in this test had this sender and payload (compared as `toEqual`). */
  toHaveBeenLastSentWith: ForSignals<
    Received,
    (...expected: SentWithArguments<Received>) => R,
    NotASignal
  >;
}
