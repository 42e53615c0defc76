const { createHash } = require('node:crypto');
const { suspendingReceiver } = require('signalbox');
const { countCall } = require('../receiver-calls');
const { orderSaved, userSaved } = require('../signals');

const GENESIS = '0'.repeat(64);

/** Append-only: each entry's hash covers the previous one, so an edit anywhere breaks the chain. */
const auditLog = [];

const hashEntry = (previousHash, data) =>
  createHash('sha256').update(previousHash).update(data).digest('hex');

const recordAudit = suspendingReceiver([userSaved, orderSaved], { dispatchUid: 'audit' })(
  function recordAudit(sender, { instance, created }) {
    countCall('recordAudit');
    const data = JSON.stringify({ model: sender.name, created, instance });
    const previousHash = auditLog.at(-1)?.hash ?? GENESIS;
    auditLog.push({ data, hash: hashEntry(previousHash, data) });
  },
);

/** The index of the first entry whose hash does not match, or -1 when the chain is intact. */
function findBrokenEntry() {
  let previousHash = GENESIS;
  return auditLog.findIndex((entry) => {
    const broken = entry.hash !== hashEntry(previousHash, entry.data);
    previousHash = entry.hash;
    return broken;
  });
}

module.exports = { recordAudit, auditLog, findBrokenEntry };
