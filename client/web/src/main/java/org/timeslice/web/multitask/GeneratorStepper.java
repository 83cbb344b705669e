package org.timeslice.web.multitask;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.gen.Frame;
import org.timeslice.model.gen.Generators;
import org.timeslice.model.gen.Outcome;
import org.timeslice.model.gen.PyGenerator;
import org.timeslice.model.gen.RoundRobin;
import org.timeslice.web.dom.Dom;

/**
 * Generators, one suspension at a time: {@code next()} and {@code send()} on a generator, its frames (with
 * {@code yield from} delegation, both frames) beside the source with the line it will resume from marked,
 * its locals, and a log of what each call produced; plus a round-robin driver over two countdowns.
 */
final class GeneratorStepper {
  private static final String[][] CHOICES = {
      {"countdown", "countdown(3)"}, {"running_total", "running_total()  (use send)"},
      {"delegator", "delegator()  (yield from)"}, {"round-robin", "round robin over countdown(3), countdown(2)"}};

  private final HTMLElement element = Dom.titledSection("gen-stepper", "h2", "gen-heading",
      "Generators: suspend at yield, resume on next() or send()");
  private final HTMLElement choice = el("select", null);
  private final HTMLElement value = el("input", null);
  private final HTMLElement nextButton = Dom.button("ctl", "next(gen)", null);
  private final HTMLElement sendButton = Dom.button("ctl", "gen.send(value)", null);
  private final HTMLElement frames = el("div", "gen-frames");
  private final HTMLElement log = el("ol", "log gen-log");
  private final List<PyGenerator> live = new ArrayList<>();
  private RoundRobin driver;

  GeneratorStepper() {
    element.appendChild(text("p", null, "A generator is a function that can pause: each yield suspends its "
        + "frame (its locals and where it stopped) until someone resumes it. That is all cooperative "
        + "multitasking needs: a driver that resumes one generator after another."));
    Dom.options(choice, CHOICES);
    Dom.attrs(value, "type", "number", "value", "5", "inputmode", "numeric");
    nextButton.setAttribute("data-role", "gen-next");
    sendButton.setAttribute("data-role", "gen-send");
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Generator", choice, "field"));
    bar.appendChild(nextButton);
    bar.appendChild(Dom.labelled("Value", value, "field num"));
    bar.appendChild(sendButton);
    HTMLElement restart = Dom.button("ctl", "Start over", null);
    bar.appendChild(restart);
    element.appendChild(bar);
    frames.setAttribute("data-role", "gen-frames");
    element.appendChild(frames);
    log.setAttribute("data-role", "gen-log");
    log.setAttribute("aria-live", "polite");
    element.appendChild(log);
    Dom.on(choice, "change", e -> restart());
    Dom.on(restart, "click", e -> restart());
    Dom.on(nextButton, "click", e -> resume(null));
    Dom.on(sendButton, "click", e -> {
      try {
        resume(Integer.parseInt(Dom.value(value).trim()));
      } catch (NumberFormatException ex) {
        log.appendChild(text("li", "gen-error", "send() needs a whole number here."));
      }
    });
    restart();
  }

  HTMLElement element() { return element; }

  private void restart() {
    live.clear();
    driver = null;
    Dom.clear(log);
    switch (Dom.value(choice)) {
      case "running_total" -> live.add(Generators.runningTotal());
      case "delegator" -> live.add(Generators.delegator());
      case "round-robin" -> {
        live.add(Generators.countdown(3));
        live.add(Generators.countdown(2));
        driver = new RoundRobin(live);
      }
      default -> live.add(Generators.countdown(3));
    }
    Dom.setText(nextButton, driver == null ? "next(gen)" : "Driver: resume the next one");
    if (driver == null) {
      sendButton.removeAttribute("hidden");
    } else {
      sendButton.setAttribute("hidden", "");
    }
    render();
  }

  private void resume(Integer sent) {
    String who;
    Outcome o;
    if (driver != null) {
      int i = driver.step();
      if (i < 0) {
        log.appendChild(text("li", null, "Every generator is finished."));
        return;
      }
      who = "gen" + (i + 1);
      o = driver.last();
    } else {
      who = "gen";
      o = live.get(0).send(sent);
    }
    String call = sent == null ? "next(" + who + ")" : who + ".send(" + sent + ")";
    String result = switch (o.kind()) {
      case YIELDED -> call + " → " + o.value();
      case RETURNED -> call + " raised StopIteration(" + o.value() + "): the generator returned";
      case RAISED -> call + " raised " + o.value();
    };
    log.appendChild(text("li", o.kind() == Outcome.Kind.RAISED ? "gen-error" : null, result));
    render();
  }

  private void render() {
    Dom.clear(frames);
    for (int g = 0; g < live.size(); g++) {
      HTMLElement card = el("div", "gen-card");
      card.setAttribute("data-generator", "gen" + (g + 1));
      for (Frame f : live.get(g).frames()) {
        card.appendChild(frame(f, live.size() > 1 ? "gen" + (g + 1) + " = " : ""));
      }
      frames.appendChild(card);
    }
  }

  private static HTMLElement frame(Frame f, String prefix) {
    HTMLElement box = el("div", "gen-frame");
    box.setAttribute("data-frame", f.function());
    box.appendChild(text("h3", null, prefix + f.function() + ": " + f.state()
        + (f.line() > 0 && !f.state().equals("created") ? ", resumes at line " + f.line() : "")));
    HTMLElement code = el("ol", "race-code gen-code");
    List<String> source = Generators.source(f.function());
    for (int i = 0; i < source.size(); i++) {
      HTMLElement li = text("li", null, source.get(i));
      if (i + 1 == f.line() && !f.state().equals("closed")) {
        li.setAttribute("class", "now");
        li.setAttribute("aria-current", "step");
      }
      code.appendChild(li);
    }
    box.appendChild(code);
    box.appendChild(text("p", "race-regs", f.locals().isEmpty() ? "no locals yet" : String.join("  ", f.locals())));
    return box;
  }
}
