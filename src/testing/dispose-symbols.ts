/**
 * Defines `Symbol.dispose` and `Symbol.asyncDispose` on a realm's `Symbol` where missing (Node 20
 * under Jest 29.7, and jsdom), as Node's own registered symbols, so that `using` works in tests
 * and objects disposable in Node's realm stay disposable in the test realm.
 */
export function provideDisposeSymbols(symbol: SymbolConstructor): void {
  for (const [name, key] of [
    ['dispose', 'nodejs.dispose'],
    ['asyncDispose', 'nodejs.asyncDispose'],
  ] as const) {
    if (typeof symbol[name] !== 'symbol') {
      Object.defineProperty(symbol, name, { value: symbol.for(key) });
    }
  }
}
