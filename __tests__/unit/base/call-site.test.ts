import { join } from 'node:path';
import { callSite, isPackageFrame, packageRootOf } from '../../../src/base/call-site';

test('the package folder is the same path whether the build is an ES module (URL) or CommonJS', () => {
  const root = '/app/node_modules/signalbox/dist/';
  expect(packageRootOf(`    at file:///app/node_modules/signalbox/dist/chunk-A.mjs:3:9`)).toBe(
    root,
  );
  expect(packageRootOf(`    at Object.<anonymous> (${root}chunk-B.cjs:3:9)`)).toBe(root);
  expect(packageRootOf(`    at Object.<anonymous> (/repo/src/base/call-site.ts:3:9)`)).toBe(
    '/repo/src/',
  );
});

test("the call site is the first frame outside signalbox's files", () => {
  const own = `    at Signal.connect (${join(__dirname, '../../../src/signals/signal.ts')}:120:7)`;
  const user = '    at Object.<anonymous> (/app/src/receivers.js:26:3)';
  expect(isPackageFrame(own)).toBe(true);
  expect(isPackageFrame(user)).toBe(false);
  expect(callSite(['Error', own, user].join('\n'))).toBe(user.trim());
});
