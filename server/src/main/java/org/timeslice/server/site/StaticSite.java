package org.timeslice.server.site;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;
import org.timeslice.server.PublicUrl;
import org.timeslice.server.run.RunConfig;
import org.timeslice.server.web.Widget;
import org.timeslice.server.web.Widgets;

/**
 * Writes the whole site as static files that any static host or CDN can serve without Java (docs/hosting.md,
 * "Static files"): whatever the server renders, fetched from the real app in its static-site mode
 * ({@link AppConfig#asStaticSite()}) running on a loopback port for the duration.
 *
 * <p>What is written: the home page; every widget of {@link Widgets#ALL} as {@code /play/{id}} and
 * {@code /embed/{id}}; every page and file those pages link to (so the course pages and anything added later
 * come along by being linked); {@code /embed.js}, the favicon, {@code /api/presets}, and
 * {@code /api/run/capabilities}, which in the static copy says that real runs need the server (the "Run for
 * real" panels show it). A page at {@code /play/x} becomes {@code play/x/index.html}, which every static server
 * serves for {@code /play/x} (after a redirect to {@code /play/x/}) with its query intact: the browser decodes a
 * share link's state from the query, so shared links and embeds work there too. What the static copy cannot
 * have: real runs, oEmbed (its discovery link is left out), link previews of a shared state (a page shows the
 * widget's own title), and {@code /api/simulate}.
 */
public final class StaticSite {
  /** Links to follow in pages and stylesheets: same-site absolute paths. */
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#?]*)[^\"]*\"|url\\((/[^)#?]*)[^)]*\\)");
  private static final String NOT_FOUND_PROBE = "/404";

  private StaticSite() {}

  /**
   * Writes the site into {@code dir} (created if needed) and returns the files written, relative to it.
   *
   * @param publicUrl where the copy will be served, for absolute URLs in link previews; {@link
   *     PublicUrl#rootRelative()} when unknown
   * @param progress told one line per file
   * @throws IOException if a page cannot be fetched or written (a broken link is one)
   */
  public static List<String> export(Path dir, PublicUrl publicUrl, Consumer<String> progress)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    AppConfig config = AppConfig.defaults().withPort(0).withPublicUrl(publicUrl).asStaticSite();
    Javalin app = App.create(config, RunConfig.defaults());
    app.start("127.0.0.1", 0);
    try {
      return crawl(dir, "http://127.0.0.1:" + app.port(), progress);
    } finally {
      app.stop();
    }
  }

  private static List<String> crawl(Path dir, String base, Consumer<String> progress)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Set<String> optional = new LinkedHashSet<>(List.of("/", "/embed.js", "/favicon.ico", "/api/presets",
        "/api/run/capabilities"));
    for (Widget widget : Widgets.ALL) {
      if (widget.available()) {
        optional.add("/play/" + widget.id());
        optional.add("/embed/" + widget.id());
      }
    }
    Deque<String> queue = new ArrayDeque<>(optional);
    Set<String> seen = new LinkedHashSet<>(optional);
    List<String> written = new ArrayList<>();
    while (!queue.isEmpty()) {
      String path = queue.poll();
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 404 && optional.contains(path) && !path.equals("/")) {
        continue; // a widget listed but not built yet
      }
      if (response.statusCode() != 200) {
        throw new IOException("GET " + path + " answered " + response.statusCode() + ": a broken link");
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      written.add(write(dir, fileFor(path, type), response.body(), progress));
      if (type.startsWith("text/html") || type.startsWith("text/css")) {
        Matcher links = LINK.matcher(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        while (links.find()) {
          String link = links.group(1) != null ? links.group(1) : links.group(2);
          if (!link.startsWith("//") && !link.startsWith("/api/") && !link.equals("/oembed") && seen.add(link)) {
            queue.add(link);
          }
        }
      }
    }
    HttpResponse<byte[]> notFound = http.send(HttpRequest.newBuilder(URI.create(base + NOT_FOUND_PROBE)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    written.add(write(dir, "404.html", notFound.body(), progress));
    return written;
  }

  /** {@code /} → {@code index.html}, a page {@code /a/b} → {@code a/b/index.html}, a file → its path. */
  static String fileFor(String path, String contentType) {
    if (contentType.startsWith("text/html")) {
      return path.equals("/") ? "index.html" : path.substring(1) + "/index.html";
    }
    return path.substring(1);
  }

  private static String write(Path dir, String name, byte[] bytes, Consumer<String> progress) throws IOException {
    Path file = dir.resolve(name).normalize();
    if (!file.startsWith(dir.normalize())) {
      throw new IOException("refusing to write outside " + dir + ": " + name);
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    progress.accept(name + " (" + bytes.length + " bytes)");
    return name;
  }
}
