// Installed into every consumer project as `@signalbox-e2e/report`: how a fixture test tells the
// outer e2e test what it observed. Appends are line-sized, so parallel Jest workers do not interleave.
const { appendFileSync } = require('node:fs');

exports.report = function report(label, value) {
  const file = process.env.SIGNALBOX_E2E_OUT;
  if (file === undefined)
    throw new Error('report() needs SIGNALBOX_E2E_OUT: run it with runJest()');
  const line = JSON.stringify({ label, value, worker: process.env.JEST_WORKER_ID });
  appendFileSync(file, `${line}\n`);
};
