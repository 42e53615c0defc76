/**
 * @suspendSignals
 */
const { overrideSettings, resumeSignals } = require('signalbox/testing');
const { indexOrder, indexUser, orderIndex, userIndex } = require('../src/receivers');
const { advanceOrder, placeOrder, resetShop } = require('../src/shop');
const { createOrders, createUsers, userDetails } = require('./support/factories');

beforeEach(resetShop);

test('a marketing campaign reaches thousands of customers', () => {
  const customers = createUsers(2000);
  const orders = createOrders(customers, 1000);
  expect(new Set(orders.map((order) => order.userId)).size).toBe(1000);
});

describe('search', () => {
  // Only the indexing receivers are needed here (mode b); mode c can only turn on all of them.
  resumeSignals([indexUser, indexOrder]);
  overrideSettings({ SUSPEND_SIGNALS: false });

  test('finds users by a prefix of their name or city', () => {
    const customers = createUsers(300);
    const hana = customers.find((user) => user.name.startsWith('Hana'));
    expect(userIndex.search('han')).toContain(hana.id);
    expect(userIndex.search(`han ${hana.city.slice(0, 3)}`)).toContain(hana.id);
    expect(userIndex.search('zzz')).toEqual([]);
  });

  test('finds orders by what was bought, with plurals and accents folded', () => {
    const [customer] = createUsers(1, 500);
    const order = placeOrder(customer, [
      {
        sku: 'T-1',
        name: 'Copper teapots',
        description: 'Hammered café set',
        quantity: 1,
        unitPrice: 49,
      },
    ]);
    expect(orderIndex.search('teapot')).toEqual([order.id]);
    expect(orderIndex.search('cafe hammer')).toEqual([order.id]);
  });

  test('re-indexes an order when it changes', () => {
    const order = createOrders(createUsers(1), 1)[0];
    expect(orderIndex.search('paid')).toEqual([]);
    advanceOrder(order, 'paid');
    expect(orderIndex.search('paid')).toEqual([order.id]);
  });

  test('indexes every new user', () => {
    createUsers(200, 2000);
    const [first] = userIndex.search(userDetails(2000).email.split('@')[0]);
    expect(first).toBe(1);
  });
});
