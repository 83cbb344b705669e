// The widget side of embedding: inside an iframe, tell the host page how tall our content is, whenever it
// changes, so the host (with /embed.js) can size the iframe and no inner scrollbar appears.
// Message: {type: 'timeslice:height', height: <CSS pixels>, href: <this page's URL>}; the height is not
// secret, so it goes to any parent origin ('*').
(function () {
  'use strict';
  if (window.parent === window) {
    return;
  }
  var last = -1;
  function announce(force) {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last || force) {
      last = height;
      window.parent.postMessage({type: 'timeslice:height', height: height, href: location.href}, '*');
    }
  }
  if (window.ResizeObserver) {
    new ResizeObserver(function () { announce(false); }).observe(document.documentElement);
  }
  window.addEventListener('load', function () { announce(true); });
  document.documentElement.addEventListener('timeslice:ready', function () { announce(true); });
  // A host script that loads after us asks every frame to announce again.
  window.addEventListener('message', function (e) {
    if (e.source === window.parent && e.data && e.data.type === 'timeslice:measure') {
      announce(true);
    }
  });
  announce(true);
})();
