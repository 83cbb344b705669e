package org.timeslice.server.load;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.timeslice.model.core.RunBudget;

/**
 * Whether the client of a request is still connected, asked by long work (a simulation through its
 * {@code RunBudget}, a real run while it waits for its child) so that a client that went away stops the work
 * it started (docs/api.md, "Budget").
 *
 * <p>How: once the request's body has been read, an HTTP/1.1 client sends nothing more until it has the
 * answer, so a read on its connection that finds the end of the stream means it closed the connection (a
 * proxy in front closes its upstream connection when its client goes). The read is non-blocking and done
 * at most every {@link #PROBE_MILLIS}; if it finds bytes instead (a client pipelining its next request, which
 * browsers never do), they cannot be given back, so the probing stops and the answer closes the connection.
 */
public final class ClientConnection implements RunBudget.StopSignal {
  static final long PROBE_MILLIS = 50;

  private final Context ctx;
  private long lastProbeNanos = System.nanoTime();
  private boolean gone;
  private boolean probing = true;

  private ClientConnection(Context ctx) {
    this.ctx = ctx;
  }

  /** The connection of {@code ctx}'s request; call only after its body has been read. */
  public static ClientConnection of(Context ctx) {
    return new ClientConnection(ctx);
  }

  @Override
  public boolean stopRequested() {
    return gone();
  }

  /** True once the client is known to have closed its connection. */
  public synchronized boolean gone() {
    long now = System.nanoTime();
    if (gone || !probing || now - lastProbeNanos < PROBE_MILLIS * 1_000_000) {
      return gone;
    }
    lastProbeNanos = now;
    EndPoint endPoint = endPoint();
    if (endPoint == null) {
      probing = false;
      return false;
    }
    if (!endPoint.isOpen()) {
      gone = true;
      return true;
    }
    try {
      ByteBuffer probe = BufferUtil.allocate(1);
      int read = endPoint.fill(probe);
      if (read < 0) {
        gone = true;
      } else if (read > 0) {
        probing = false;
        ctx.header("Connection", "close");
      }
    } catch (IOException e) {
      gone = true;
    }
    return gone;
  }

  private EndPoint endPoint() {
    try {
      Request base = Request.getBaseRequest(ctx.req());
      return base == null || base.getHttpChannel() == null ? null : base.getHttpChannel().getEndPoint();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
