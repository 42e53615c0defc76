const { suspendingReceiver } = require('signalbox');
const { renderTemplate } = require('../mail/render-template');
const templates = require('../mail/templates');
const { users } = require('../models/user');
const { countCall } = require('../receiver-calls');
const { orderSaved, userSaved } = require('../signals');
const { profileOf } = require('./profiles');

/** What would go to the mail server: tests read it instead. */
const outbox = [];

const sendWelcomeEmail = suspendingReceiver(userSaved, { dispatchUid: 'welcome-email' })(
  function sendWelcomeEmail(_sender, { instance: user, created }) {
    countCall('sendWelcomeEmail');
    if (!created) return;
    const html = renderTemplate(templates.welcome, {
      user,
      profile: profileOf(user.id),
      code: 'WELCOME10',
    });
    outbox.push({ to: user.email, subject: `Welcome, ${user.name}`, html });
  },
);

const sendOrderConfirmation = suspendingReceiver(orderSaved, { dispatchUid: 'order-email' })(
  function sendOrderConfirmation(_sender, { instance: order, created }) {
    countCall('sendOrderConfirmation');
    if (!created) return;
    const rows = order.items.map((item) => renderTemplate(templates.orderRow, { item })).join('');
    const html = renderTemplate(templates.orderConfirmation, { order, rows });
    outbox.push({ to: users.get(order.userId).email, subject: `Order #${order.id}`, html });
  },
);

module.exports = { sendWelcomeEmail, sendOrderConfirmation, outbox };
