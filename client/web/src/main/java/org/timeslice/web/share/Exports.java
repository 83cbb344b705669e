package org.timeslice.web.share;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.export.ChromeTrace;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;

/**
 * Downloads of what a playground shows: its main chart as a standalone SVG or a PNG, and the run as a
 * Chrome trace-event file for Perfetto ({@link ChromeTrace}). The SVG carries the page's computed colours
 * and fonts on each element, so it looks the same outside the page (in light or dark, as shown).
 */
final class Exports {
  private Exports() {}

  /** File name stem for downloads: the scenario title reduced to {@code a-z0-9-}, or "timeslice". */
  static String stem(Scenario scenario) {
    StringBuilder sb = new StringBuilder();
    String title = scenario == null ? "" : scenario.title().toLowerCase();
    for (int i = 0; i < title.length() && sb.length() < 48; i++) {
      char c = title.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.length() == 0 ? "timeslice" : "timeslice-" + sb;
  }

  /** Saves the run as trace-event JSON; false if there is no run yet. */
  static boolean trace(Scenario scenario, SimulationResult result) {
    if (scenario == null || result == null) {
      return false;
    }
    download(stem(scenario) + ".trace.json", "application/json", ChromeTrace.of(scenario, result));
    return true;
  }

  /** Saves the widget's main chart as SVG; false if it has none. */
  static boolean svg(HTMLElement scope, Scenario scenario) {
    String svg = standaloneSvg(scope);
    if (svg == null) {
      return false;
    }
    download(stem(scenario) + ".svg", "image/svg+xml", svg);
    return true;
  }

  /** Saves the widget's main chart as PNG at twice its size; false if it has none. */
  static boolean png(HTMLElement scope, Scenario scenario) {
    String svg = standaloneSvg(scope);
    if (svg == null) {
      return false;
    }
    downloadPng(stem(scenario) + ".png", svg);
    return true;
  }

  /**
   * The first chart of the playground (the largest visible chart SVG, icons excluded), cloned with the
   * computed presentation styles copied onto every element, an explicit size and a background.
   */
  @JSBody(params = "scope", script = ""
      + "const charts = [...scope.querySelectorAll('svg:not(.icon)')].filter(s => s.getBoundingClientRect().width > 0);"
      + "if (charts.length === 0) return null;"
      + "charts.sort((a, b) => { const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();"
      + "  return rb.width * rb.height - ra.width * ra.height; });"
      + "const live = charts[0]; const box = live.getBoundingClientRect();"
      + "const copy = live.cloneNode(true);"
      + "const props = ['fill','fill-opacity','stroke','stroke-width','stroke-dasharray','stroke-opacity','opacity',"
      + "  'font-family','font-size','font-weight','text-anchor','dominant-baseline','visibility','display'];"
      + "const a = [live, ...live.querySelectorAll('*')], b = [copy, ...copy.querySelectorAll('*')];"
      + "for (let i = 0; i < a.length; i++) { const cs = getComputedStyle(a[i]);"
      + "  for (const p of props) { b[i].style.setProperty(p, cs.getPropertyValue(p)); } }"
      + "copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');"
      + "copy.setAttribute('width', Math.ceil(box.width)); copy.setAttribute('height', Math.ceil(box.height));"
      + "if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', '0 0 ' + Math.ceil(box.width) + ' ' + Math.ceil(box.height));"
      + "const bg = getComputedStyle(document.body).backgroundColor;"
      + "const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');"
      + "rect.setAttribute('width', '100%'); rect.setAttribute('height', '100%'); rect.style.setProperty('fill', bg);"
      + "copy.insertBefore(rect, copy.firstChild);"
      // The playhead and the curtain over the future are HTML layers over the chart (GanttView): draw them in.
      + "const overlay = live.parentElement && live.parentElement.querySelector('.gantt-overlay');"
      + "if (overlay) { const ns = 'http://www.w3.org/2000/svg', h = Math.ceil(box.height);"
      + "  for (const part of overlay.children) { const cs = getComputedStyle(part);"
      + "    const x = new DOMMatrixReadOnly(cs.transform === 'none' ? undefined : cs.transform).m41;"
      + "    const r = document.createElementNS(ns, 'rect'); r.setAttribute('class', part.className);"
      + "    const left = x + (parseFloat(cs.left) || 0);"
      + "    r.setAttribute('x', left); r.setAttribute('y', 0); r.setAttribute('height', h);"
      + "    r.setAttribute('width', part.classList.contains('curtain') ? Math.max(0, box.width - left) : parseFloat(cs.width));"
      + "    r.style.setProperty('fill', cs.backgroundColor); r.style.setProperty('opacity', cs.opacity);"
      + "    copy.appendChild(r); } }"
      + "return '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\\n' + new XMLSerializer().serializeToString(copy);")
  private static native String standaloneSvg(HTMLElement scope);

  @JSBody(params = {"name", "type", "text"}, script = ""
      + "const url = URL.createObjectURL(new Blob([text], {type: type}));"
      + "const a = document.createElement('a'); a.href = url; a.download = name; a.hidden = true;"
      + "document.body.appendChild(a); a.click(); a.remove();"
      + "setTimeout(() => URL.revokeObjectURL(url), 10000);")
  private static native void download(String name, String type, String text);

  /** Rasterises through an {@code <img>} of a data: URL (allowed by the CSP's img-src) and a canvas. */
  @JSBody(params = {"name", "svg"}, script = ""
      + "const img = new Image();"
      + "img.onload = () => { const scale = 2, c = document.createElement('canvas');"
      + "  c.width = img.naturalWidth * scale; c.height = img.naturalHeight * scale;"
      + "  const g = c.getContext('2d'); g.scale(scale, scale); g.drawImage(img, 0, 0);"
      + "  c.toBlob(blob => { const url = URL.createObjectURL(blob);"
      + "    const a = document.createElement('a'); a.href = url; a.download = name; a.hidden = true;"
      + "    document.body.appendChild(a); a.click(); a.remove();"
      + "    setTimeout(() => URL.revokeObjectURL(url), 10000); }, 'image/png'); };"
      + "img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);")
  private static native void downloadPng(String name, String svg);
}
