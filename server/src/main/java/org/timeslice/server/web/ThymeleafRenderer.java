package org.timeslice.server.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders Thymeleaf templates from {@code templates/} on the classpath. Thymeleaf escapes every
 * {@code th:text} value, so scenario titles and other user text can never inject markup.
 */
public final class ThymeleafRenderer implements FileRenderer {
  private final TemplateEngine engine = new TemplateEngine();

  public ThymeleafRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  @Override
  public String render(String filePath, Map<String, ?> model, Context ctx) {
    org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ENGLISH);
    model.forEach(context::setVariable);
    return engine.process(filePath, context);
  }
}
