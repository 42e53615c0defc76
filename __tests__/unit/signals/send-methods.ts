import type { Signal } from 'signalbox';

/** The four ways to send; behaviours the contract states for all of them are tested over this list. */
export const sendMethods = ['send', 'sendRobust', 'sendAsync', 'sendAsyncRobust'] as const;

export type SendMethod = (typeof sendMethods)[number];

/** Sends through `method` and settles the result, so sync and async methods can be compared. */
export async function sendWith<Payload, Sender>(
  signal: Signal<Payload, Sender>,
  method: SendMethod,
  sender: Sender,
  payload: Payload,
): Promise<ReadonlyArray<readonly [unknown, unknown]>> {
  return await signal[method](sender, payload);
}
