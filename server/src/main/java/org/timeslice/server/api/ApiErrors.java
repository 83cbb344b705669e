package org.timeslice.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.RunStoppedException;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.server.RequestId;

/**
 * The API's one error shape, {@code {"error": message, "field": path-or-null, "limit": rule-or-null}}, and
 * the mapping from exceptions to it:
 *
 * <ul>
 *   <li>{@link InvalidScenarioException} (bad JSON, types, structure, validation) → 400;
 *   <li>{@link SimulationLimitException} (a valid scenario whose run exceeds a model limit or the request's
 *       budget) → 400;
 *   <li>{@link ApiException} → its own status (413 body too large, 415 not JSON, 400 bad query, 429 busy);
 *   <li>the client went away ({@link RunStoppedException}: its run was stopped; Jetty's {@link EofException}:
 *       the answer could not be written) → nothing is answered, one info line is logged;
 *   <li>anything else → 500 {@code {"error": "internal error (request …)", "field": null, "limit": null,
 *       "requestId": …}}, logged with the same request id ({@link RequestId}).
 * </ul>
 */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  /** {@code handler} with every exception it throws answered as a JSON error. */
  public static Handler guard(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (InvalidScenarioException e) {
        write(ctx, HttpStatus.BAD_REQUEST.getCode(), e.getMessage(), e.field(), e.limit());
      } catch (SimulationLimitException e) {
        write(ctx, HttpStatus.BAD_REQUEST.getCode(), e.getMessage(), e.field(), e.limit());
      } catch (ApiException e) {
        write(ctx, e.status(), e.getMessage(), e.field(), e.limit());
      } catch (InterruptedException e) {
        // Only the server's stop interrupts a request's thread, after the grace period (docs/hosting.md).
        Thread.currentThread().interrupt();
        LOG.info("request {} {} {}: interrupted by the server's stop", RequestId.of(ctx), ctx.method(), ctx.path());
        write(ctx, 503, "the server is shutting down; try again in a moment", null, null);
      } catch (RunStoppedException | EofException e) {
        LOG.info("request {} {} {}: the client went away; its work was stopped", RequestId.of(ctx), ctx.method(),
            ctx.path());
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        internalError(ctx, e);
      }
    };
  }

  /** Logs {@code e} with the request's id and answers 500 naming that id. */
  public static void internalError(Context ctx, Throwable e) {
    String id = logInternalError(ctx, e);
    if (ctx.res().isCommitted()) {
      return;
    }
    ObjectNode body = errorBody("internal error (request " + id + "); the server log has the details", null, null);
    body.put("requestId", id);
    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("application/json").result(body.toString());
  }

  /** Logs {@code e} as a failure of the request, with its id; returns the id. */
  public static String logInternalError(Context ctx, Throwable e) {
    String id = RequestId.of(ctx);
    LOG.error("request {} {} {} failed", id, ctx.method(), ctx.path(), e);
    return id;
  }

  /** Answers with the error shape, unless the response has already started (then nothing can be said). */
  public static void write(Context ctx, int status, String message, String field, String limit) {
    if (ctx.res().isCommitted()) {
      return;
    }
    ctx.status(status).contentType("application/json").result(errorBody(message, field, limit).toString());
  }

  /** The error shape as a JSON object. */
  public static ObjectNode errorBody(String message, String field, String limit) {
    ObjectNode body = ScenarioJson.MAPPER.createObjectNode();
    body.put("error", message);
    body.put("field", field);
    body.put("limit", limit);
    return body;
  }
}
