package org.timeslice.server;

import org.timeslice.server.api.RequestBudget;

/**
 * What the server needs to start. Every limit the HTTP layer enforces lives here (the model's own limits
 * live in {@code org.timeslice.model.core.Limits}; real runs' in {@code run.RunConfig}); {@link ServerOptions}
 * reads them from flags and the environment (docs/hosting.md).
 *
 * @param port TCP port; 0 picks a free one (tests)
 * @param maxRequestBytes largest request body accepted (larger bodies get 413 with a JSON error)
 * @param publicUrl the address people use; every absolute URL the site writes starts with it
 * @param budget what one {@code /api/simulate} request may cost (events, timeline cells, response bytes)
 * @param maxConcurrentSimulations simulations computed at once
 * @param maxQueuedSimulations simulations waiting for a turn; one more is answered 429 with {@code Retry-After}
 * @param realRuns whether {@code /api/run} runs anything (off: every runtime is reported unavailable)
 * @param shutdownGraceMillis on SIGTERM, how long in-flight requests (real runs) may take to finish
 * @param staticSite rendering the static copy of the site ({@code export-site}, docs/hosting.md): no oEmbed
 *     discovery, real runs explained as needing the server
 */
public record AppConfig(int port, long maxRequestBytes, PublicUrl publicUrl, RequestBudget budget,
    int maxConcurrentSimulations, int maxQueuedSimulations, boolean realRuns, long shutdownGraceMillis,
    boolean staticSite) {
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000L;
  /** One simulation per core: a simulation is pure CPU, more at once would only share the cores. */
  public static final int DEFAULT_MAX_CONCURRENT_SIMULATIONS = Math.max(1, Runtime.getRuntime().availableProcessors());
  public static final int DEFAULT_MAX_QUEUED_SIMULATIONS = 16;
  public static final long DEFAULT_SHUTDOWN_GRACE_MILLIS = 15_000L;

  public AppConfig {
    if (port < 0 || port > 65_535 || maxRequestBytes < 1 || publicUrl == null || budget == null
        || maxConcurrentSimulations < 1 || maxQueuedSimulations < 0 || shutdownGraceMillis < 0) {
      throw new IllegalArgumentException("invalid server configuration: " + port + ", " + maxRequestBytes + ", "
          + publicUrl + ", " + budget + ", " + maxConcurrentSimulations + ", " + maxQueuedSimulations + ", "
          + shutdownGraceMillis);
    }
  }

  public static AppConfig defaults() {
    return new AppConfig(DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, PublicUrl.listeningAddress(),
        RequestBudget.defaults(), DEFAULT_MAX_CONCURRENT_SIMULATIONS, DEFAULT_MAX_QUEUED_SIMULATIONS, true,
        DEFAULT_SHUTDOWN_GRACE_MILLIS, false);
  }

  /** The same configuration on another port. */
  public AppConfig withPort(int newPort) {
    return new AppConfig(newPort, maxRequestBytes, publicUrl, budget, maxConcurrentSimulations,
        maxQueuedSimulations, realRuns, shutdownGraceMillis, staticSite);
  }

  public AppConfig withMaxRequestBytes(long bytes) {
    return new AppConfig(port, bytes, publicUrl, budget, maxConcurrentSimulations, maxQueuedSimulations,
        realRuns, shutdownGraceMillis, staticSite);
  }

  public AppConfig withPublicUrl(PublicUrl url) {
    return new AppConfig(port, maxRequestBytes, url, budget, maxConcurrentSimulations, maxQueuedSimulations,
        realRuns, shutdownGraceMillis, staticSite);
  }

  public AppConfig withBudget(RequestBudget newBudget) {
    return new AppConfig(port, maxRequestBytes, publicUrl, newBudget, maxConcurrentSimulations,
        maxQueuedSimulations, realRuns, shutdownGraceMillis, staticSite);
  }

  public AppConfig withSimulationSlots(int concurrent, int queued) {
    return new AppConfig(port, maxRequestBytes, publicUrl, budget, concurrent, queued, realRuns,
        shutdownGraceMillis, staticSite);
  }

  public AppConfig withRealRuns(boolean enabled) {
    return new AppConfig(port, maxRequestBytes, publicUrl, budget, maxConcurrentSimulations,
        maxQueuedSimulations, enabled, shutdownGraceMillis, staticSite);
  }

  /** The configuration of the static copy: real runs off, pages without what needs the server. */
  public AppConfig asStaticSite() {
    return new AppConfig(port, maxRequestBytes, publicUrl, budget, maxConcurrentSimulations, maxQueuedSimulations,
        false, shutdownGraceMillis, true);
  }

  public AppConfig withShutdownGraceMillis(long millis) {
    return new AppConfig(port, maxRequestBytes, publicUrl, budget, maxConcurrentSimulations,
        maxQueuedSimulations, realRuns, millis, staticSite);
  }
}
