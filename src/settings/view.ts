import { closestName } from '../base/closest-name';
import { SettingNotConfiguredError } from '../base/errors';
import { type Registry, realmRegistry } from '../base/registry';
import type { Settings } from './settings';
import { isProbedName } from './values';

const registry = realmRegistry();
const hasOwn = Object.hasOwn;

/** The settings of the view the running code sees (a concurrent test's), when it sees one. */
function viewValues(): ReadonlyMap<string, unknown> | undefined {
  return registry.hooks.currentView()?.values;
}

function readOnly(action: string, key: string | symbol): never {
  throw new TypeError(
    `settings is read-only: cannot ${action} ${String(key)}. Use overrideSettings() in a test, or configureSettings() at startup.`,
  );
}

function createView(registry: Registry): Readonly<Settings> {
  const target = registry.viewTarget;
  return new Proxy(target, {
    get(target, key) {
      if (registry.viewed && typeof key === 'string') {
        const values = viewValues();
        if (values?.has(key)) return values.get(key);
      }
      const value = target[key as string];
      if (value !== undefined || typeof key === 'symbol' || key in target || isProbedName(key)) {
        return value;
      }
      throw new SettingNotConfiguredError(key, closestName(key, Object.keys(target)));
    },
    has(target, key) {
      if (registry.viewed && typeof key === 'string' && viewValues()?.has(key)) return true;
      return key in target;
    },
    ownKeys(target) {
      const values = !registry.viewed ? undefined : viewValues();
      return values === undefined ? Reflect.ownKeys(target) : [...values.keys()];
    },
    getOwnPropertyDescriptor(target, key) {
      const values = !registry.viewed || typeof key !== 'string' ? undefined : viewValues();
      if (values === undefined ? !hasOwn(target, key) : !values.has(key as string))
        return undefined;
      const value = values === undefined ? target[key as string] : values.get(key as string);
      return { value, writable: false, enumerable: true, configurable: true };
    },
    set: (_target, key) => readOnly('assign', key),
    deleteProperty: (_target, key) => readOnly('delete', key),
    defineProperty: (_target, key) => readOnly('define', key),
    setPrototypeOf: () => readOnly('set the prototype of', 'settings'),
    preventExtensions: () => readOnly('freeze', 'settings'),
  }) as Readonly<Settings>;
}

registry.settingsView ??= createView(registry);

/**
 * The settings in force: a live, read-only view (in a concurrent test, that test's). `in`,
 * `Object.keys` and `JSON.stringify` show the settings in force; assigning, deleting or defining a
 * key throws a `TypeError` pointing at `overrideSettings` / `configureSettings`. Reading a setting
 * that was never configured nor overridden throws a `SettingNotConfiguredError` naming it (and the
 * closest configured name). Symbol keys and `Object.prototype` names read as on a plain object;
 * `then`, `toJSON`, `asymmetricMatch`, `$$typeof`, `nodeType`, `inspect`, `prototype` and names
 * starting with `@@` read as `undefined`, so `await`, `expect(settings)`, `String(settings)`,
 * `console.log` and `util.inspect` work.
 */
export const settings = registry.settingsView as Readonly<Settings>;
