/** Deterministic test data: the same users and orders on every run, so the modes compare. */
const { placeOrder, registerUser } = require('../../src/shop');

const WORDS = `
  amber basket bicycle blanket bottle breeze candle canvas cedar ceramic chair cheese cherry
  coffee copper cotton crystal cushion desk drawer espresso fabric feather fern garden glass
  granite hammock harbor herbal honey indigo jacket jasmine kettle lantern leather lemon linen
  maple marble meadow mirror mountain notebook oak olive orchard paper pepper pillow porcelain
  quilt radio saffron sandal scarf shelf silver slate spoon stone summer teapot timber towel
  umbrella velvet walnut whisk willow window winter wool yellow zephyr handmade organic vintage
  recycled woven polished hammered glazed scented waterproof foldable portable lightweight
`
  .trim()
  .split(/\s+/);
const FIRST_NAMES = ['Alice', 'Bruno', 'Chloé', 'Dmitri', 'Émile', 'Farah', 'Gustav', 'Hana'];
const LAST_NAMES = ['Nguyen', "O'Brien", 'Müller', 'Rossi', 'Kowalski', 'Haddad', 'Silva'];
const CITIES = ['Lisbon', 'Kraków', 'Lyon', 'Porto', 'Ghent', 'Bologna'];

/** mulberry32: a small seeded PRNG. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];
const sentence = (next, words) => Array.from({ length: words }, () => pick(next, WORDS)).join(' ');

function userDetails(index) {
  const next = random(index + 1);
  const first = pick(next, FIRST_NAMES);
  const last = pick(next, LAST_NAMES);
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}.${index}@example.com`.replace(/[^\w.@-]/g, '').toLowerCase(),
    city: pick(next, CITIES),
    bio: sentence(next, 40),
  };
}

function orderItems(seed, count) {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    sku: `SKU-${seed}-${index}`,
    name: sentence(next, 3),
    description: sentence(next, 24),
    quantity: 1 + Math.floor(next() * 4),
    unitPrice: Math.round(500 + next() * 9500) / 100,
  }));
}

/** Registers `count` users, numbered from `from`. */
function createUsers(count, from = 0) {
  return Array.from({ length: count }, (_, index) => registerUser(userDetails(from + index)));
}

/** Places `count` orders of 1 to 6 items, spread over `customers`. */
function createOrders(customers, count) {
  return Array.from({ length: count }, (_, index) =>
    placeOrder(customers[index % customers.length], orderItems(index + 1, 1 + (index % 6))),
  );
}

module.exports = { userDetails, orderItems, createUsers, createOrders };
