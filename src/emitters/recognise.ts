import type { EmitterAdapter } from './adapter';
import { eventemitter2 } from './libraries/eventemitter2';
import { eventemitter3 } from './libraries/eventemitter3';
import { mitt } from './libraries/mitt';
import { nodeEvents } from './libraries/node-events';

/** In the order they are tried: EventEmitter2 has most of Node's methods, so it goes first. */
const ADAPTERS: readonly EmitterAdapter[] = [mitt, eventemitter2, nodeEvents, eventemitter3];

/** The adapter of the library `value` belongs to, by its shape. */
export function adapterFor(value: object): EmitterAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.recognises(value));
}

export const LIBRARIES = [nodeEvents, eventemitter3, eventemitter2, mitt].map(
  (adapter) => adapter.library,
);
