const { suspendingReceiver } = require('signalbox');
const { countCall } = require('../receiver-calls');
const { InvertedIndex } = require('../search/inverted-index');
const { orderSaved, userSaved } = require('../signals');

const userIndex = new InvertedIndex();
const orderIndex = new InvertedIndex();

/** Keeps the user search box current: name, e-mail, city and bio are searchable. */
const indexUser = suspendingReceiver(userSaved, { dispatchUid: 'index-user' })(function indexUser(
  _sender,
  { instance: user },
) {
  countCall('indexUser');
  userIndex.add(user.id, `${user.name} ${user.email} ${user.city} ${user.bio}`);
});

/** Orders are found by the names and descriptions of what was bought. */
const indexOrder = suspendingReceiver(orderSaved, { dispatchUid: 'index-order' })(
  function indexOrder(_sender, { instance: order }) {
    countCall('indexOrder');
    const text = order.items.map((item) => `${item.name} ${item.description}`).join(' ');
    orderIndex.add(order.id, `${order.status} ${text}`);
  },
);

module.exports = { indexUser, indexOrder, userIndex, orderIndex };
