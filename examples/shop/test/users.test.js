/**
 * @suspendSignals
 */
const { registerUser, renameUser, resetShop, users } = require('../src/shop');
const { createUsers, userDetails } = require('./support/factories');

beforeEach(resetShop);

test('registers thousands of users with distinct ids', () => {
  const created = createUsers(2500);
  expect(new Set(created.map((user) => user.id)).size).toBe(2500);
  expect(users.all()).toHaveLength(2500);
});

test('refuses a second account for the same e-mail address, whatever its case', () => {
  const [alice] = createUsers(1);
  expect(() => registerUser({ ...userDetails(99), email: alice.email.toUpperCase() })).toThrow(
    'already registered',
  );
});

test('refuses an invalid e-mail address', () => {
  expect(() => registerUser({ ...userDetails(1), email: 'alice@' })).toThrow('invalid e-mail');
});

test('keeps the id when a user is saved again', () => {
  const created = createUsers(2000);
  for (const user of created) renameUser(user, user.name.toUpperCase());
  expect(users.all()).toHaveLength(2000);
  expect(users.get(created[1234].id).name).toBe(created[1234].name);
  expect(created[1234].name).toBe(created[1234].name.toUpperCase());
});
