const { Repository } = require('../repository');
const { orderSaved } = require('../signals');

const TAX_RATE = 0.2;
const DISCOUNTS = { WELCOME10: 0.1, VIP25: 0.25 };
const NEXT_STATUS = { pending: ['paid', 'cancelled'], paid: ['shipped', 'cancelled'] };

const cents = (amount) => Math.round(amount * 100) / 100;

class Order {
  constructor({ userId, items, discountCode }) {
    this.id = undefined;
    this.userId = userId;
    this.items = items;
    this.discountCode = discountCode;
    this.status = 'pending';
  }

  validate() {
    if (this.items.length === 0) throw new Error('an order needs at least one item');
    if (this.discountCode && !(this.discountCode in DISCOUNTS)) {
      throw new Error(`unknown discount code: ${this.discountCode}`);
    }
  }

  get subtotal() {
    return cents(this.items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0));
  }

  get discount() {
    return cents(this.subtotal * (DISCOUNTS[this.discountCode] ?? 0));
  }

  get tax() {
    return cents((this.subtotal - this.discount) * TAX_RATE);
  }

  get total() {
    return cents(this.subtotal - this.discount + this.tax);
  }

  moveTo(status) {
    if (!NEXT_STATUS[this.status]?.includes(status)) {
      throw new Error(`order ${this.id} cannot go from ${this.status} to ${status}`);
    }
    this.status = status;
  }
}

const orders = new Repository(Order, orderSaved);

module.exports = { Order, orders };
