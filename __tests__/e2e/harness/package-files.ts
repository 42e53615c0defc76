/** Every path (`./…`) that a package manifest's `main`, `module`, `types` and `exports` name. */
export function filesNamedBy(manifest: Readonly<Record<string, unknown>>): string[] {
  const { main, module, types, exports } = manifest;
  return namedPaths([main, module, types, exports]);
}

function namedPaths(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('./') ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(namedPaths);
}
