/**
 * @suspendSignals
 */
const { advanceOrder, orders, placeOrder, resetShop } = require('../src/shop');
const { createOrders, createUsers, orderItems } = require('./support/factories');

beforeEach(resetShop);

const item = (quantity, unitPrice) => ({
  sku: 'SKU',
  name: 'mug',
  description: '',
  quantity,
  unitPrice,
});

test('adds tax to the subtotal', () => {
  const [customer] = createUsers(1);
  const order = placeOrder(customer, [item(2, 10), item(1, 5.5)]);
  expect(order.subtotal).toBe(25.5);
  expect(order.tax).toBe(5.1);
  expect(order.total).toBe(30.6);
});

test('takes a discount code off before tax', () => {
  const [customer] = createUsers(1);
  const order = placeOrder(customer, [item(4, 25)], 'VIP25');
  expect(order.discount).toBe(25);
  expect(order.total).toBe(90);
});

test('refuses an unknown discount code and an empty order', () => {
  const [customer] = createUsers(1);
  expect(() => placeOrder(customer, [item(1, 1)], 'FREE')).toThrow('unknown discount code');
  expect(() => placeOrder(customer, [])).toThrow('at least one item');
});

test('ships only paid orders', () => {
  const [customer] = createUsers(1);
  const order = placeOrder(customer, orderItems(1, 3));
  expect(() => advanceOrder(order, 'shipped')).toThrow('cannot go from pending to shipped');
  advanceOrder(order, 'paid');
  advanceOrder(order, 'shipped');
  expect(orders.get(order.id).status).toBe('shipped');
});

test('takes thousands of orders from hundreds of customers', () => {
  const placed = createOrders(createUsers(400), 2500);
  for (const order of placed.slice(0, 1500)) advanceOrder(order, 'paid');
  const paid = orders.all().filter((order) => order.status === 'paid');
  expect(paid).toHaveLength(1500);
  expect(placed.every((order) => order.total > order.subtotal - order.discount)).toBe(true);
});
