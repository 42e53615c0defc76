/**
 * @suspendSignals
 */
const { overrideSettings, resumeSignals } = require('signalbox/testing');
const { outbox, profileOf } = require('../src/receivers');
const { registerUser, renameUser, resetShop } = require('../src/shop');
const { createUsers, userDetails } = require('./support/factories');

beforeEach(resetShop);

test('imports thousands of users from the old shop', () => {
  const imported = createUsers(2500, 10_000);
  expect(imported.at(-1).id).toBe(2500);
});

describe('a new user', () => {
  // These tests need the receivers: resume them under @suspendSignals (mode b)…
  resumeSignals();
  // …and turn the suspendingReceivers back on under SUSPEND_SIGNALS (mode c).
  overrideSettings({ SUSPEND_SIGNALS: false });

  test('gets a profile with a public slug', () => {
    const user = registerUser({ ...userDetails(7), name: 'Émile Zola' });
    expect(profileOf(user.id)).toMatchObject({ slug: `emile-zola-${user.id}`, initials: 'ÉZ' });
  });

  test('is sent a welcome e-mail that escapes what the user typed', () => {
    const user = registerUser({ ...userDetails(8), name: 'Bobby <b>Tables</b>' });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ to: user.email, subject: 'Welcome, Bobby <b>Tables</b>' });
    expect(outbox[0].html).toContain('Welcome to the shop, Bobby &lt;b&gt;Tables&lt;/b&gt;!');
    expect(outbox[0].html).toContain(`https://shop.example/u/bobby-b-tables-b-${user.id}`);
  });

  test('gets one welcome e-mail per account, not one per save', () => {
    for (const user of createUsers(50)) renameUser(user, `${user.name} Jr.`);
    expect(outbox).toHaveLength(50);
  });
});
