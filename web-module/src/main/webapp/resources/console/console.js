/* A new order for the signed-in seller, pushed by the server (f:websocket on the "orders" channel). */
function consoleNewOrder(order) {
  PF('growl').renderMessage({
    summary: 'New order #' + order.orderId,
    detail: order.lines + ' line(s), ' + order.subtotal,
    severity: 'info'
  });
  var table = PrimeFaces.widgets.ordersTable;
  if (table) {
    table.filter();
  }
}
