package org.timeslice.server.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static files the pages use (the TeaVM bundle, CSS, scripts, icons), loaded once from the classpath
 * and served under content-hashed names such as {@code /assets/js/timeslice.1a2b3c4d5e.js}.
 *
 * <p>Why hashed names: a hashed URL never changes meaning, so it can be cached for a year
 * ({@code immutable}), and a new deploy changes the URL, so a browser never runs a stale bundle against new
 * pages. Templates ask {@link #url(String)} for the current name.
 */
public final class Assets {
  /** Where the TeaVM bundle sits on the classpath (see client/web/pom.xml). */
  public static final String BUNDLE_RESOURCE = "teavm/js/timeslice.js";
  /** The bundle's logical name below /assets/. */
  public static final String BUNDLE = "js/timeslice.js";
  /** The second bundle: the shared-state and Python-runtime widgets (client/web LabsMain). */
  public static final String LABS_BUNDLE_RESOURCE = "teavm/js/timeslice-labs.js";
  public static final String LABS_BUNDLE = "js/timeslice-labs.js";

  private final Map<String, Asset> byLogicalName;
  private final Map<String, Asset> byHashedName;

  private Assets(Map<String, Asset> byLogicalName) {
    this.byLogicalName = Collections.unmodifiableMap(byLogicalName);
    Map<String, Asset> hashed = new LinkedHashMap<>();
    for (Asset asset : byLogicalName.values()) {
      hashed.put(asset.hashedName(), asset);
    }
    this.byHashedName = Collections.unmodifiableMap(hashed);
  }

  /**
   * Loads the bundle and the listed files of the {@code static/} classpath folder.
   *
   * @param staticFiles paths below {@code static/}, e.g. {@code css/site.css}
   * @throws IllegalStateException if a file is missing (a broken build, not a runtime condition)
   */
  public static Assets load(ClassLoader loader, List<String> staticFiles) {
    Map<String, Asset> assets = new LinkedHashMap<>();
    put(assets, BUNDLE, read(loader, BUNDLE_RESOURCE));
    put(assets, LABS_BUNDLE, read(loader, LABS_BUNDLE_RESOURCE));
    for (String file : staticFiles) {
      put(assets, file, read(loader, "static/" + file));
    }
    return new Assets(assets);
  }

  /** The URL path of an asset by its logical name, e.g. {@code /assets/css/site.0123456789.css}. */
  public String url(String logicalName) {
    return "/assets/" + require(logicalName).hashedName();
  }

  /**
   * The text of a text asset by its logical name (for a page that carries a stylesheet inline).
   *
   * @throws IllegalArgumentException if there is no such asset
   */
  public String text(String logicalName) {
    return new String(require(logicalName).bytes(), StandardCharsets.UTF_8);
  }

  private Asset require(String logicalName) {
    Asset asset = byLogicalName.get(logicalName);
    if (asset == null) {
      throw new IllegalArgumentException("no such asset: " + logicalName);
    }
    return asset;
  }

  /** The asset with this hashed name, or null. */
  public Asset byHashedName(String hashedName) {
    return byHashedName.get(hashedName);
  }

  /** The asset with this logical name, or null. */
  public Asset byLogicalName(String logicalName) {
    return byLogicalName.get(logicalName);
  }

  private static void put(Map<String, Asset> assets, String logicalName, byte[] bytes) {
    String hash = sha256Hex(bytes).substring(0, 10);
    int dot = logicalName.lastIndexOf('.');
    String hashed = logicalName.substring(0, dot) + "." + hash + logicalName.substring(dot);
    assets.put(logicalName, Asset.of(logicalName, hashed, contentType(logicalName), bytes));
  }

  private static byte[] read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + ": was the build complete?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String contentType(String name) {
    String utf8 = "; charset=" + StandardCharsets.UTF_8.name().toLowerCase();
    if (name.endsWith(".js")) {
      return "text/javascript" + utf8;
    } else if (name.endsWith(".css")) {
      return "text/css" + utf8;
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (name.endsWith(".png")) {
      return "image/png";
    } else if (name.endsWith(".json")) {
      return "application/json";
    }
    return "application/octet-stream";
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
