// The scenario fixtures are written for Jest: under Vitest, the few Jest APIs they use map to
// Vitest's own (jest.retryTimes to the file's retry, test.failing to test.fails, timers to vi).
import { test, vi } from 'vitest';

globalThis.jest = new Proxy(vi, {
  get: (target, key) =>
    key === 'retryTimes' ? (count) => vi.setConfig({ retry: count }) : target[key],
});
test.failing = test.fails;
