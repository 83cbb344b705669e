// Starts the TeaVM application once the bundle (loaded just before this file, both deferred) is parsed.
// Kept out of the HTML so the Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';
  if (typeof main !== 'function') {
    document.documentElement.setAttribute('data-ts-error', 'bundle-missing');
    return;
  }
  main();
})();
