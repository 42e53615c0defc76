/**
 * @suspendSignals
 */
const { orders, resetShop, users } = require('../src/shop');
const { createOrders, createUsers } = require('./support/factories');

beforeAll(() => {
  resetShop();
  createOrders(createUsers(1000), 3000);
});

const revenueBy = (keyOf) => {
  const revenue = new Map();
  for (const order of orders.all()) {
    const key = keyOf(order);
    revenue.set(key, (revenue.get(key) ?? 0) + order.total);
  }
  return revenue;
};

test('revenue per city adds up to the revenue of all orders', () => {
  const perCity = revenueBy((order) => users.get(order.userId).city);
  const total = orders.all().reduce((sum, order) => sum + order.total, 0);
  const sumOfCities = [...perCity.values()].reduce((sum, revenue) => sum + revenue, 0);
  expect(perCity.size).toBe(6);
  expect(sumOfCities).toBeCloseTo(total, 2);
});

test('the best customers are the ones who spent the most', () => {
  const perCustomer = revenueBy((order) => order.userId);
  const ranking = [...perCustomer].sort(([, a], [, b]) => b - a);
  const [best] = ranking;
  expect(ranking).toHaveLength(1000);
  expect(Math.max(...perCustomer.values())).toBe(best[1]);
});

test('a basket holds 1 to 6 lines', () => {
  const sizes = orders.all().map((order) => order.items.length);
  expect(Math.min(...sizes)).toBe(1);
  expect(Math.max(...sizes)).toBe(6);
});
