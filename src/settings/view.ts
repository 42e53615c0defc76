import { closestName } from '../base/closest-name';
import { SettingNotConfiguredError } from '../base/errors';
import { type Registry, realmRegistry } from '../base/registry';
import type { Settings } from './settings';
import { isProbedName } from './values';

/**
 * The `settings` view: a plain object with an accessor for each setting in force (so `settings.X`
 * reads as fast as a property: V8 inlines the getter) whose prototype is a Proxy that answers for
 * every other key — the unknown-key error with "did you mean", and a concurrent test's own keys.
 * A Proxy with a `get` trap on the view itself costs ~20 ns a read, however little the trap does.
 *
 * The accessors of configured settings are non-configurable: `delete settings.X` throws the engine's
 * `TypeError` in strict code. A setting in force only by an override (no configured value) leaves
 * the view when its last override ends, so its accessor stays configurable.
 */

const registry = realmRegistry();
const { defineProperty, hasOwn } = Object;
const ObjectPrototype = Object.prototype;
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function readOnly(action: string, key: string | symbol): never {
  throw new TypeError(
    `settings is read-only: cannot ${action} ${String(key)}. Use overrideSettings() in a test, or configureSettings() at startup.`,
  );
}

/** The settings of the view the running code sees (a concurrent test's), when it sees one. */
function viewValues(): ReadonlyMap<string, unknown> | undefined {
  return registry.viewed ? registry.hooks.currentView()?.values : undefined;
}

function notConfigured(key: string, values: ReadonlyMap<string, unknown>): never {
  throw new SettingNotConfiguredError(key, closestName(key, [...values.keys()]));
}

/** `key`'s value where the running code sees a view of its own (a concurrent test). */
function readViewed(key: string): unknown {
  const values = viewValues();
  if (values === undefined) return registry.viewTarget[key];
  if (!values.has(key)) notConfigured(key, values);
  return values.get(key);
}

/** The accessor of a setting in force: reads the global value, or the running view's. */
function accessor(key: string, configurable: boolean): PropertyDescriptor {
  const values = registry.viewTarget;
  return {
    get: () => (registry.viewed ? readViewed(key) : values[key]),
    set: () => readOnly('assign', key),
    enumerable: true,
    configurable,
  };
}

/** Every key that is not a setting in force globally: unknown names, and a concurrent test's own. */
function unknownKeys(registry: Registry): object {
  const global = registry.global.values;
  return new Proxy(Object.create(ObjectPrototype) as object, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key in ObjectPrototype) {
        return Reflect.get(target, key, receiver);
      }
      const values = viewValues();
      if (values?.has(key)) return values.get(key);
      if (isProbedName(key)) return undefined;
      if (values === undefined && global.has(key)) {
        // in force, but its accessor was deleted (a setting only an override gives): put it back
        showSetting(registry, key);
        return registry.viewTarget[key];
      }
      notConfigured(key, values ?? global);
    },
    has(target, key) {
      if (typeof key !== 'string') return key in target;
      return (viewValues() ?? global).has(key) || key in target;
    },
    set: (_target, key) => readOnly('assign', key),
  });
}

/** `util.inspect(settings)` and `console.log` show the values in force, not accessors. */
function inspect(this: object): Record<string, unknown> {
  const values = viewValues() ?? registry.global.values;
  return Object.fromEntries(values);
}

function createView(registry: Registry): object {
  const view = Object.create(unknownKeys(registry)) as object;
  defineProperty(view, INSPECT, { value: inspect });
  registry.settingsView = view;
  for (const key of registry.global.values.keys()) showSetting(registry, key);
  return view;
}

/**
 * `key` is in force globally (its value is in `viewTarget`): gives it an accessor, non-configurable
 * once the key has a configured value. Idempotent.
 */
export function showSetting(registry: Registry, key: string): void {
  const view = registry.settingsView;
  const shown = registry.shown.get(key);
  // a configured setting's accessor cannot be deleted: nothing to check
  if (view === undefined || shown === false) return;
  const configurable = !registry.base.has(key);
  // still there (a delete may have removed a configurable one), and no less configurable than due
  if (shown !== undefined && (!shown || configurable) && hasOwn(view, key)) return;
  defineProperty(view, key, accessor(key, configurable));
  registry.shown.set(key, configurable);
}

/** `key` left the global settings (its last override ended and it has no configured value). */
export function hideSetting(registry: Registry, key: string): void {
  const view = registry.settingsView as Record<string, unknown> | undefined;
  if (view !== undefined && hasOwn(view, key)) delete view[key];
  registry.shown.delete(key);
}

/**
 * The settings in force: a live, read-only view (in a concurrent test, that test's). `in`,
 * `Object.keys` and `JSON.stringify` show the settings in force; assigning a key throws a
 * `TypeError` pointing at `overrideSettings` / `configureSettings`, and deleting a configured one
 * throws the engine's `TypeError` in strict code. Reading a setting that was never configured nor
 * overridden throws a `SettingNotConfiguredError` naming it (and the closest configured name).
 * Symbol keys and `Object.prototype` names read as on a plain object; `then`, `toJSON`,
 * `asymmetricMatch`, `$$typeof`, `nodeType`, `inspect`, `prototype` and names starting with `@@`
 * read as `undefined`, so `await`, `expect(settings)`, `String(settings)`, `console.log` and
 * `util.inspect` work.
 */
export const settings = (registry.settingsView ?? createView(registry)) as Readonly<Settings>;
