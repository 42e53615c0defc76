/**
 * @suspendSignals
 */
const { overrideSettings, resumeSignals } = require('signalbox/testing');
const { auditLog, findBrokenEntry, recordAudit } = require('../src/receivers');
const { advanceOrder, resetShop } = require('../src/shop');
const { createOrders, createUsers } = require('./support/factories');

beforeEach(resetShop);

test('a busy day: thousands of orders paid and shipped', () => {
  const placed = createOrders(createUsers(500), 2000);
  for (const order of placed) advanceOrder(advanceOrder(order, 'paid'), 'shipped');
  expect(placed.every((order) => order.status === 'shipped')).toBe(true);
});

describe('audit trail', () => {
  resumeSignals([recordAudit]);
  overrideSettings({ SUSPEND_SIGNALS: false });

  test('records every save in a hash chain', () => {
    const [order] = createOrders(createUsers(20), 10);
    advanceOrder(order, 'paid');
    expect(auditLog).toHaveLength(31);
    expect(JSON.parse(auditLog.at(-1).data)).toMatchObject({
      model: 'Order',
      created: false,
      instance: { id: order.id, status: 'paid' },
    });
    expect(findBrokenEntry()).toBe(-1);
  });

  test('shows where the log was tampered with', () => {
    createOrders(createUsers(20), 10);
    auditLog[12].data = auditLog[12].data.replace('"created":true', '"created":false');
    expect(findBrokenEntry()).toBe(12);
  });
});
