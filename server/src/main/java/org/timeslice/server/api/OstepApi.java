package org.timeslice.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.ostep.tool.OstepTools;
import org.timeslice.model.ostep.tool.ToolRun;
import org.timeslice.server.load.Admission;
import org.timeslice.server.load.ClientConnection;

/**
 * {@code POST /api/ostep}: {@code {"tool", "args", "files"}} in, {@code {"stdout", "stderr", "exitCode",
 * "open"}} out: what the OSTEP homework tool prints for that command line, and the playground link that
 * animates the run (docs/api.md). A tool that rejects its arguments is still a 200 (its usage message and
 * status are the answer); an unknown tool, a malformed body or a run beyond a model limit is a 400 naming
 * the field and the limit.
 */
public final class OstepApi {
  private static final List<String> FIELDS = List.of("tool", "args", "files");

  private final long maxRequestBytes;
  private final RequestBudget budget;
  private final Admission admission;

  public OstepApi(long maxRequestBytes) {
    this(maxRequestBytes, RequestBudget.defaults(), new Admission(1, 16));
  }

  /**
   * The API within the server's budget: tool runs take turns with simulations ({@code admission}: 429 when
   * full) and an answer larger than the budget's bytes is a 400 (docs/api.md, "Budget").
   */
  public OstepApi(long maxRequestBytes, RequestBudget budget, Admission admission) {
    this.maxRequestBytes = maxRequestBytes;
    this.budget = budget;
    this.admission = admission;
  }

  /** Handles one request; register it as {@code ApiErrors.guard(api::run)}. */
  public void run(Context ctx) throws IOException, InterruptedException {
    RequestBody.requireJson(ctx);
    StrictObject body = StrictObject.of(ScenarioJson.readTree(RequestBody.read(ctx, maxRequestBytes)), "")
        .allowOnly(FIELDS);
    String tool = body.requiredString("tool");
    List<String> args = new ArrayList<>();
    for (StrictObject.Element arg : body.optionalArray("args")) {
      if (!arg.node().isTextual()) {
        throw StrictObject.typeError(arg.path(), "string", arg.node());
      }
      args.add(arg.node().textValue());
    }
    Map<String, String> files = new LinkedHashMap<>();
    StrictObject given = body.optionalObject("files");
    if (given != null) {
      for (String name : given.fieldNames()) {
        JsonNode content = given.get(name);
        if (!content.isTextual()) {
          throw StrictObject.typeError(given.child(name), "string", content);
        }
        files.put(name, content.textValue());
      }
    }
    try (Admission.Ticket ticket = SimulateApi.enter(ctx, admission)) {
      ticket.awaitSlot(ClientConnection.of(ctx));
      ToolRun run = OstepTools.run(tool, args, files);
      ObjectNode answer = ScenarioJson.MAPPER.createObjectNode();
      answer.put("stdout", run.stdout());
      answer.put("stderr", run.stderr());
      answer.put("exitCode", run.exitCode());
      answer.put("open", run.open());
      java.io.ByteArrayOutputStream bytes = budget.responseBuffer();
      ScenarioJson.MAPPER.writeValue(bytes, answer);
      ctx.status(HttpStatus.OK).contentType("application/json").result(bytes.toByteArray());
    }
  }
}
