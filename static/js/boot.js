// Starts the TeaVM application once the bundle (loaded just before this file, both deferred) is parsed.
// Kept out of the HTML so the Content-Security-Policy can forbid inline scripts. If the bundle did not
// load, the playground says so instead of staying empty (or frozen on its first frame).
(function () {
  'use strict';
  var playground = document.getElementById('playground');
  if (typeof main !== 'function') {
    document.documentElement.setAttribute('data-ts-error', 'bundle-missing');
    if (playground) {
      var message = document.createElement('p');
      message.className = 'load-error';
      message.setAttribute('role', 'alert');
      message.textContent = 'The playground could not start: its script did not load. Reload the page to try again.';
      // Before the playground, not in it: a playground that holds its first frame is inert, hidden
      // from screen readers.
      playground.parentNode.insertBefore(message, playground);
      playground.removeAttribute('aria-busy');
    }
    return;
  }
  // A playground that holds its first frame (inert until the widget is live) is painted before the
  // widget starts: when the bundle is already there once the page is parsed, running it at once would
  // keep the browser from painting that frame until the live widget had been drawn.
  if (playground && playground.hasAttribute('inert')) {
    requestAnimationFrame(function () {
      // A message posted from an animation frame runs once that frame has been painted.
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { main(); };
      channel.port2.postMessage(0);
    });
    return;
  }
  main();
})();
