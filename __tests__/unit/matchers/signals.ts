import { Signal } from '../../../src/signals/signal';

/** A model class as senders usually are, and the signals the matcher tests send. */
export class User {
  constructor(readonly id: number) {}
}

export class Order {}

export const postSave = new Signal<
  { instance: User; created: boolean },
  typeof User | typeof Order
>('post_save');
export const preSave = new Signal<{ instance: User }, typeof User>('pre_save');
export const ping = new Signal<void, typeof User>('ping');
