/*
 * Timeslice embed helper for host pages. Include it once, anywhere on the page:
 *   <script async src="https://TIMESLICE-HOST/embed.js"></script>
 * Every Timeslice iframe (src ".../embed/...") is then sized to its content: the widget announces its
 * height with postMessage and this script sets the iframe's height. It only believes a message whose
 * sender is one of those iframes' windows and whose origin is that iframe's origin.
 */
(function () {
  'use strict';
  if (window.__timesliceEmbed) {
    return;
  }
  window.__timesliceEmbed = true;
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;

  function frames() {
    var list = [];
    var all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) {
      var src = all[i].getAttribute('src') || '';
      if (all[i].hasAttribute('data-timeslice-embed') || /\/embed\/[a-z0-9-]+(\?|$)/.test(src)) {
        list.push(all[i]);
      }
    }
    return list;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (e) {
    var data = e.data;
    if (!data || data.type !== 'timeslice:height' || typeof data.height !== 'number') {
      return;
    }
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === e.source && originOf(list[i]) === e.origin) {
        var h = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(data.height)));
        list[i].style.height = h + 'px';
        list[i].setAttribute('data-timeslice-height', String(h));
        return;
      }
    }
  });

  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var origin = originOf(list[i]);
      if (list[i].contentWindow && origin) {
        list[i].contentWindow.postMessage({type: 'timeslice:measure'}, origin);
      }
    }
  }
  // Frames that announced before this script ran are asked again.
  ask();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ask);
  }
  window.addEventListener('load', ask);
})();
