/* A new order for the signed-in seller, pushed over the live-update WebSocket. */
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

/*
 * Watches the signed-in seller's new orders on /api/live (the session cookie identifies the seller).
 * Reconnects after 0.5 s, doubling to 30 s; the body's data-new-orders says when it listens.
 */
function consoleWatchNewOrders(contextPath, sellerId) {
  var delay = 500;
  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + contextPath + '/api/live');
    socket.onopen = function () {
      socket.send(JSON.stringify({ type: 'subscribe', seller: sellerId }));
    };
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === 'subscribed') {
        delay = 500;
        document.body.dataset.newOrders = 'connected';
      } else if (message.type === 'new-order') {
        consoleNewOrder(message);
      }
    };
    socket.onclose = function () {
      delete document.body.dataset.newOrders;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }
  connect();
}

/* Starts watching for the seller the page names (template.xhtml); no inline script, for the CSP. */
document.addEventListener('DOMContentLoaded', function () {
  var watch = document.getElementById('consoleNewOrders');
  if (watch) {
    consoleWatchNewOrders(watch.dataset.contextPath, Number(watch.dataset.seller));
  }
});
