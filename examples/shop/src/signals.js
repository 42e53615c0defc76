const { Signal } = require('signalbox');

/** Sent after a user is saved, as Django's `post_save` is with `sender=User`. */
const userSaved = new Signal('user_post_save');

/** Sent after an order is saved. */
const orderSaved = new Signal('order_post_save');

module.exports = { userSaved, orderSaved };
