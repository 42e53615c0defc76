/** The shop's use cases: what the routes of a real app would call. */
const { Order, orders } = require('./models/order');
const { User, users } = require('./models/user');
const receivers = require('./receivers');

function registerUser(details) {
  return users.save(new User(details));
}

function renameUser(user, name) {
  user.name = name;
  return users.save(user);
}

function placeOrder(user, items, discountCode) {
  return orders.save(new Order({ userId: users.get(user.id).id, items, discountCode }));
}

function advanceOrder(order, status) {
  order.moveTo(status);
  return orders.save(order);
}

/** Empties every table, index, outbox and log: each test starts from a blank shop. */
function resetShop() {
  users.clear();
  orders.clear();
  receivers.profiles.clear();
  receivers.userIndex.clear();
  receivers.orderIndex.clear();
  receivers.outbox.length = 0;
  receivers.auditLog.length = 0;
}

module.exports = { registerUser, renameUser, placeOrder, advanceOrder, resetShop, users, orders };
