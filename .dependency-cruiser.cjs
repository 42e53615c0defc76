/**
 * The layers of src/, lowest first (docs/architecture.md): each may import only itself and the
 * layers before it. `npm run lint` fails on an import against this order and on any import cycle,
 * type-only imports included.
 */
const LAYERS = ['base', 'signals', 'settings', 'emitters', 'scope', 'testing', 'profile', 'driver'];

/** Front ends of the scope protocol, above every layer: siblings that never import each other. */
const DRIVERS = ['jest', 'vitest'];

const above = (layer) =>
  DRIVERS.includes(layer)
    ? DRIVERS.filter((driver) => driver !== layer)
    : [...LAYERS.slice(LAYERS.indexOf(layer) + 1), ...DRIVERS];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle: a reader cannot understand one of these files without the other.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...[...LAYERS, ...DRIVERS].map((layer) => ({
      name: `layer-${layer}`,
      comment: `src/${layer}/ imports a layer above it: ask through a hook of the registry instead.`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${above(layer).join('|')})/` },
    })),
    {
      name: 'runtime-entry',
      comment:
        'The runtime entry (signalbox) composes the runtime and the scope layer, nothing above.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: `^src/(${above('scope').join('|')})/` },
    },
    {
      name: 'runtime-has-no-dependencies',
      comment:
        'Everything below the drivers runs in production or under any runner: no packages, no Node built-ins.',
      severity: 'error',
      from: { path: '^src/(index\\.ts|base/|signals/|settings/|emitters/|scope/|testing/)' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'core'] },
    },
    {
      name: 'resolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports are dependencies of the reader too
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require'] },
  },
};
