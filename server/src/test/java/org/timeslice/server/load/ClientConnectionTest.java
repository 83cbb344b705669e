package org.timeslice.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A client that closes its connection is noticed by the work it started, which then stops. */
class ClientConnectionTest {
  /** A safety net for a broken build, never reached when the probe works. */
  private static final long GIVE_UP_SECONDS = 60;

  @Test
  void workNoticesThatItsClientClosedTheConnection() throws Exception {
    CompletableFuture<Boolean> noticed = new CompletableFuture<>();
    Javalin app = Javalin.create().post("/work", ctx -> {
      ctx.body();
      ClientConnection connection = ClientConnection.of(ctx);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
      while (!connection.gone() && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      noticed.complete(connection.gone());
    }).start(0);
    try (Socket socket = new Socket("localhost", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /work HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
    try {
      assertTrue(noticed.get(GIVE_UP_SECONDS + 10, TimeUnit.SECONDS), "the closed connection was noticed");
    } finally {
      app.stop();
    }
  }

  @Test
  void aConnectedClientIsNotGone() throws Exception {
    CompletableFuture<Boolean> gone = new CompletableFuture<>();
    Javalin app = Javalin.create().post("/work", ctx -> {
      ctx.body();
      ClientConnection connection = ClientConnection.of(ctx);
      for (int i = 0; i < 4; i++) {
        Thread.sleep(ClientConnection.PROBE_MILLIS + 5);
        if (connection.gone()) {
          gone.complete(true);
          return;
        }
      }
      gone.complete(false);
      ctx.result("ok");
    }).start(0);
    try (Socket socket = new Socket("localhost", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /work HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertFalse(gone.get(GIVE_UP_SECONDS, TimeUnit.SECONDS));
      String answer = new String(socket.getInputStream().readNBytes(15), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 200 OK", answer);
    } finally {
      app.stop();
    }
  }

  private static int post(int port, String json) throws Exception {
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/simulate"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }
}
