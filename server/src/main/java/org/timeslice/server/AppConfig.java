package org.timeslice.server;

/**
 * What the server needs to start. Every limit the HTTP layer enforces lives here (the model's own limits
 * live in {@code org.timeslice.model.core.Limits}).
 *
 * @param port TCP port; 0 picks a free one (tests)
 * @param maxRequestBytes largest request body accepted (larger bodies get 413 with a JSON error)
 */
public record AppConfig(int port, long maxRequestBytes) {
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000L;

  public static AppConfig defaults() {
    return new AppConfig(DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES);
  }

  /** The same configuration on another port. */
  public AppConfig withPort(int newPort) {
    return new AppConfig(newPort, maxRequestBytes);
  }

  /**
   * Reads the port from {@code --port N} / {@code --port=N} (wins) or the {@code PORT} environment value.
   *
   * @throws IllegalArgumentException naming the bad value, so {@code main} can print it and exit
   */
  public static AppConfig fromArgs(String[] args, String portEnv) {
    Integer port = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--port") && i + 1 < args.length) {
        port = parsePort(args[++i], "--port");
      } else if (arg.startsWith("--port=")) {
        port = parsePort(arg.substring("--port=".length()), "--port");
      } else {
        throw new IllegalArgumentException("unknown argument: " + arg + " (usage: [--port N] | simulate FILE|-)");
      }
    }
    if (port == null && portEnv != null && !portEnv.isBlank()) {
      port = parsePort(portEnv.trim(), "PORT");
    }
    return defaults().withPort(port == null ? DEFAULT_PORT : port);
  }

  private static int parsePort(String text, String source) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " must be a port number 0..65535, got '" + text + "'");
    }
  }
}
