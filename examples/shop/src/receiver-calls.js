/** How many times each receiver ran in this test file: the demo reports the total per mode. */
const receiverCalls = new Map();

function countCall(receiverName) {
  receiverCalls.set(receiverName, (receiverCalls.get(receiverName) ?? 0) + 1);
}

module.exports = { receiverCalls, countCall };
