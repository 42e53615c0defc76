import { callSite, framesOf, isOwnFrame, locationOf } from '../base/call-site';
import { closestName } from '../base/closest-name';
import type { TargetSet } from '../base/layers';
import type { ScopeRef } from './bridge';
import { currentScope } from './scopes';
import type { NameUse, ScopeRealm } from './state';

/**
 * The checks of what a test file names that only its running code can tell: signal names (signals
 * may be created later in the file, so they are checked when it ends) and the setting keys of its
 * `@overrideSettings` pragmas (checked when its first test starts, against the settings configured
 * by then). A mistake fails the file or the test that made it, or is a warning with `strict: false`.
 * The project options' names and keys are checked across the whole run instead (`FileFacts`).
 */

const quoted = (names: Iterable<string>) => [...names].map((name) => `"${name}"`).join(', ');

/** Signal names as a target set; a name no signal has yet is checked at the end of the file. */
export function namedTargets(
  realm: ScopeRealm,
  names: readonly string[],
  use?: Omit<NameUse, 'name'>,
): TargetSet {
  if (use !== undefined) {
    for (const name of names) {
      if (!realm.registry.names.has(name)) realm.nameUses.push({ name, ...use });
    }
  }
  return { objects: new Set(), names: new Set(names) };
}

/** What a helper call records of itself, for the end-of-file check of the names it used. */
export function helperUse(realm: ScopeRealm, signature: string): Omit<NameUse, 'name'> {
  const scope = realm.bridge === undefined ? undefined : currentScope(realm);
  const owner = scope?.ref.kind === 'test' ? scope.ref : undefined;
  return { source: signature, stack: new Error().stack, ...(owner && { owner }) };
}

/** An error whose stack is `message` over the user's frames of `stack` (signalbox's removed). */
export function errorAt(message: string, stack: string | undefined): Error {
  const error = new Error(message);
  const frames = framesOf(stack).filter((line) => !isOwnFrame(line));
  error.stack = [`Error: ${message}`, ...frames].join('\n');
  return error;
}

function problem(realm: ScopeRealm, message: string, stack?: string, owner?: ScopeRef): void {
  const bridge = realm.bridge!;
  if (bridge.strict) {
    bridge.fail(errorAt(message, stack), owner);
  } else {
    const where = stack === undefined ? '' : `\n    ${callSite(stack)}`;
    bridge.warn(`${message}${where}`);
  }
}

const strictHint = (realm: ScopeRealm) =>
  realm.bridge!.strict ? ` (${realm.bridge!.options}.strict: false makes this a warning)` : '';

/** At the end of the file: each name a pragma or helper used that no signal of the file had. */
export function checkSignalNames(realm: ScopeRealm): void {
  const known = realm.registry.names;
  const reported = new Set<string>();
  for (const use of realm.nameUses) {
    if (known.has(use.name)) continue;
    const where =
      use.stack === undefined
        ? `the ${use.source} pragma`
        : `${use.source} at ${locationOf(callSite(use.stack))}`;
    const key = `${use.name}\n${where}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const suggestion = closestName(use.name, known);
    problem(
      realm,
      `signalbox: no signal in this file is named "${use.name}" (used by ${where}).` +
        (suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`) +
        (known.size === 0
          ? ' No signal was created in this file.'
          : ` Signals that exist: ${quoted([...known].sort())}.`) +
        strictHint(realm),
      use.stack,
      use.owner,
    );
  }
}

/**
 * When the file's first test starts: each key of its `@overrideSettings` pragmas must be a
 * setting configured by then (`configureSettings`); a key nothing configures is a typo the type
 * checker cannot see in a comment.
 */
export function checkPragmaSettings(realm: ScopeRealm): void {
  const configured = [...realm.registry.base.keys()];
  realm.configuredAtFirstTest = configured;
  for (const layer of realm.bridge!.fileLayers) {
    if (layer.kind !== 'override' || layer.origin !== 'pragma') continue;
    for (const key of Object.keys(layer.values)) {
      if (realm.registry.base.has(key)) continue;
      const suggestion = closestName(key, configured);
      problem(
        realm,
        `signalbox: ${layer.source} sets "${key}", which is not a configured setting: configureSettings() had not set it when the file's first test started.` +
          (suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`) +
          strictHint(realm),
      );
    }
  }
}
