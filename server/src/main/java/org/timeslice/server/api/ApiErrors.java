package org.timeslice.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.SimulationLimitException;

/**
 * The API's one error shape, {@code {"error": message, "field": path-or-null, "limit": rule-or-null}}, and
 * the mapping from exceptions to it:
 *
 * <ul>
 *   <li>{@link InvalidScenarioException} (bad JSON, types, structure, validation) → 400;
 *   <li>{@link SimulationLimitException} (a valid scenario whose run exceeds a model limit) → 400;
 *   <li>{@link ApiException} → its own status (413 body too large, 415 not JSON, 400 bad query);
 *   <li>anything else → 500 {@code {"error": "internal error", "field": null, "limit": null}}, logged.
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
      } catch (Exception | StackOverflowError e) {
        LOG.error("unexpected error in {} {}", ctx.method(), ctx.path(), e);
        write(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error", null, null);
      }
    };
  }

  /** Answers with the error shape, unless the response has already started (then nothing can be said). */
  public static void write(Context ctx, int status, String message, String field, String limit) {
    if (ctx.res().isCommitted()) {
      return;
    }
    ObjectNode body = ScenarioJson.MAPPER.createObjectNode();
    body.put("error", message);
    body.put("field", field);
    body.put("limit", limit);
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
