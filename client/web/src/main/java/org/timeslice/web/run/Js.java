package org.timeslice.web.run;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The few JavaScript bindings the run client needs: fetch, JSON field access, timers. */
final class Js {
  private Js() {}

  /** Receives an HTTP answer: status (0 for a network failure), Retry-After seconds (or 0), parsed body. */
  @JSFunctor
  interface Answer extends JSObject {
    void receive(int status, int retryAfterSeconds, JSObject body);
  }

  @JSFunctor
  interface Tick extends JSObject {
    void run();
  }

  /** GET or POST (with a JSON body) to a same-origin URL; the body is parsed as JSON when possible. */
  @JSBody(params = {"method", "url", "json", "answer"}, script = ""
      + "var init = {method: method, headers: {'Accept': 'application/json'}, credentials: 'same-origin'};"
      + "if (json !== null) { init.headers['Content-Type'] = 'application/json'; init.body = json; }"
      + "fetch(url, init).then(function (r) {"
      + "  var retry = parseInt(r.headers.get('Retry-After') || '0', 10) || 0;"
      + "  return r.json().then(function (b) { answer(r.status, retry, b); },"
      + "                       function () { answer(r.status, retry, null); });"
      + "}, function () { answer(0, 0, null); });")
  static native void fetch(String method, String url, String json, Answer answer);

  @JSBody(params = {"o", "k"}, script = "return o != null && typeof o[k] === 'number' ? o[k] : -1;")
  static native double number(JSObject o, String k);

  @JSBody(params = {"o", "k"}, script = "return o != null && o[k] != null ? String(o[k]) : null;")
  static native String string(JSObject o, String k);

  @JSBody(params = {"o", "k"}, script = "return o != null && o[k] === true;")
  static native boolean isTrue(JSObject o, String k);

  @JSBody(params = {"o", "k"}, script = "return o != null && o[k] != null ? o[k] : null;")
  static native JSObject get(JSObject o, String k);

  @JSBody(params = "a", script = "return Array.isArray(a) ? a.length : 0;")
  static native int length(JSObject a);

  @JSBody(params = {"a", "i"}, script = "return a[i];")
  static native JSObject at(JSObject a, int i);

  @JSBody(params = {"a", "i"}, script = "return typeof a[i] === 'number' ? a[i] : 0;")
  static native double numberAt(JSObject a, int i);

  @JSBody(params = {"tick", "millis"}, script = "return setInterval(tick, millis);")
  static native int every(Tick tick, int millis);

  @JSBody(params = "id", script = "clearInterval(id);")
  static native void cancel(int id);

  @JSBody(script = "return performance.now();")
  static native double nowMillis();
}
