/**
 * Appends this file's receiver calls to `$SHOP_RECEIVER_CALLS_FILE` (one JSON line per test file),
 * which examples/demo.mjs adds up per mode.
 */
const { appendFileSync } = require('node:fs');
const { receiverCalls } = require('../../src/receiver-calls');

const reportFile = process.env.SHOP_RECEIVER_CALLS_FILE;

if (reportFile) {
  afterAll(() => {
    appendFileSync(reportFile, `${JSON.stringify(Object.fromEntries(receiverCalls))}\n`);
  });
}
