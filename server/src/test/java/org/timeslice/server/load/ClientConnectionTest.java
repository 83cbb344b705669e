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
    Javalin app = serveWork((ctx, connection) -> {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
      while (!connection.gone() && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      noticed.complete(connection.gone());
    });
    postWork(app.port()).close(); // the client goes away at once
    try {
      assertTrue(noticed.get(GIVE_UP_SECONDS + 10, TimeUnit.SECONDS), "the closed connection was noticed");
    } finally {
      app.stop();
    }
  }

  @Test
  void aConnectedClientIsNotGone() throws Exception {
    CompletableFuture<Boolean> gone = new CompletableFuture<>();
    Javalin app = serveWork((ctx, connection) -> {
      for (int i = 0; i < 4; i++) {
        Thread.sleep(ClientConnection.PROBE_MILLIS + 5);
        if (connection.gone()) {
          gone.complete(true);
          return;
        }
      }
      gone.complete(false);
      ctx.result("ok");
    });
    try (Socket socket = postWork(app.port())) {
      assertFalse(gone.get(GIVE_UP_SECONDS, TimeUnit.SECONDS));
      String answer = new String(socket.getInputStream().readNBytes(15), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 200 OK", answer);
    } finally {
      app.stop();
    }
  }

  /** Work done on a request's connection. */
  private interface Work {
    void run(io.javalin.http.Context ctx, ClientConnection connection) throws Exception;
  }

  /** A started server whose {@code POST /work} reads its body and does {@code work} on its connection. */
  private static Javalin serveWork(Work work) {
    return Javalin.create().post("/work", ctx -> {
      ctx.body();
      work.run(ctx, ClientConnection.of(ctx));
    }).start(0);
  }

  /** A socket that has sent {@code POST /work} with a small body and waits for the answer. */
  private static Socket postWork(int port) throws Exception {
    Socket socket = new Socket("localhost", port);
    OutputStream out = socket.getOutputStream();
    out.write("POST /work HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

}
