import { argumentError } from '../base/errors';
import {
  type ConnectOptions,
  isSignal,
  type Receiver,
  readConnectOptions,
  type Signal,
} from './signal';

/** One signal, or several: `receiver(postSave)` or `receiver([preDelete, postDelete])`. */
export type SignalOrSignals<Payload, Sender> =
  | Signal<Payload, Sender>
  | readonly Signal<Payload, Sender>[];

/** A decorator that connects the function it gets and returns it, its type kept. */
export type ReceiverDecorator<Payload, Sender> = <Fn extends Receiver<Payload, Sender>>(
  fn: Fn,
) => Fn;

function decorator<Payload, Sender>(
  caller: string,
  signals: SignalOrSignals<Payload, Sender>,
  options: ConnectOptions<Sender> | undefined,
  suspending: boolean,
): ReceiverDecorator<Payload, Sender> {
  const list = Array.isArray(signals) ? signals : [signals];
  if (list.length === 0 || !list.every(isSignal)) {
    throw argumentError(
      `${caller}(signals, options)`,
      'signals',
      'a Signal or a non-empty array of Signals',
      signals,
    );
  }
  readConnectOptions(`${caller}(signals, options)`, options);
  return (fn) => {
    for (const signal of list as Signal<Payload, Sender>[]) {
      signal._connect(fn, options, suspending, `${caller}(signals, options)(fn)`, 'fn');
    }
    return fn;
  };
}

/**
 * Connects the function it decorates to one signal or each of several, and returns it unchanged (its
 * type kept): `export const createProfile = receiver(postSave, { sender: User })((sender, { instance }) => …)`.
 */
export function receiver<Payload, Sender>(
  signals: SignalOrSignals<Payload, Sender>,
  options?: ConnectOptions<Sender>,
): ReceiverDecorator<Payload, Sender> {
  return decorator('receiver', signals, options, false);
}

/**
 * Like `receiver`, but `send` skips the function while `settings.SUSPEND_SIGNALS` is truthy: the
 * "faster tests by disabling signals" pattern. It connects the function itself, so
 * `signal.disconnect(fn)` works. `suspendSignals` works on these receivers as on any other.
 */
export function suspendingReceiver<Payload, Sender>(
  signals: SignalOrSignals<Payload, Sender>,
  options?: ConnectOptions<Sender>,
): ReceiverDecorator<Payload, Sender> {
  return decorator('suspendingReceiver', signals, options, true);
}
