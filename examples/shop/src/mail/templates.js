const welcome = `<!doctype html>
<html><body>
  <h1>Welcome to the shop, {{ user.name }}!</h1>
  <p>Your account for {{ user.email }} is ready. We saved your profile as
     <a href="https://shop.example/u/{{ profile.slug }}">{{ profile.slug }}</a>.</p>
  <p>Deliveries to {{ user.city }} are free on your first order: use the code
     <strong>{{ code }}</strong> at checkout.</p>
  <p style="color: {{ profile.avatarColor }}">{{ profile.initials }}</p>
</body></html>`;

const orderConfirmation = `<!doctype html>
<html><body>
  <h1>Thank you for your order #{{ order.id }}</h1>
  <table>
    <tr><th>Item</th><th>Quantity</th><th>Price</th></tr>
    {{{ rows }}}
  </table>
  <p>Subtotal {{ order.subtotal }} · discount {{ order.discount }} · tax {{ order.tax }}</p>
  <p><strong>Total {{ order.total }}</strong></p>
</body></html>`;

const orderRow = `<tr><td>{{ item.name }}<br><small>{{ item.description }}</small></td>
      <td>{{ item.quantity }}</td><td>{{ item.unitPrice }}</td></tr>`;

module.exports = { welcome, orderConfirmation, orderRow };
