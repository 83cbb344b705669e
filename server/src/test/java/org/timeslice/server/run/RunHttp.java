package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Small helpers shared by the {@code /api/run} tests. */
final class RunHttp {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private RunHttp() {}

  /** A configuration for tests: real runner, its own scratch directory, generous time limit. */
  static RunConfig config(Path scratch) {
    return RunConfig.defaults().withScratchDir(scratch).withTimeLimitMillis(60_000);
  }

  static String body(String runtime, String workload, String model, int workers, int size) {
    return "{\"runtime\":\"" + runtime + "\",\"workload\":\"" + workload + "\",\"model\":\"" + model
        + "\",\"workers\":" + workers + ",\"size\":" + size + "}";
  }

  /** POSTs {@code json} to {@code /api/run} with a read timeout long enough for a queued real run. */
  static Response post(HttpClient client, String json) throws IOException {
    OkHttpClient patient = client.getOkHttp().newBuilder()
        .readTimeout(java.time.Duration.ofSeconds(120)).build();
    Request request = new Request.Builder().url(client.getOrigin() + "/api/run")
        .post(RequestBody.create(json, MediaType.get("application/json"))).build();
    return patient.newCall(request).execute();
  }

  static JsonNode json(Response response) throws IOException {
    return MAPPER.readTree(response.body().string());
  }

  /** Asserts the status and the error shape, returning the error. */
  static JsonNode assertError(Response response, int status, String field) throws IOException {
    String text = response.body().string();
    assertEquals(status, response.code(), text);
    assertTrue(response.header("Content-Type", "").startsWith("application/json"), text);
    JsonNode error = MAPPER.readTree(text);
    assertEquals(3, error.size(), text);
    assertTrue(error.get("error").isTextual() && !error.get("error").textValue().isBlank(), text);
    if (field == null) {
      assertTrue(error.get("field").isNull(), text);
    } else {
      assertEquals(field, error.get("field").textValue(), text);
    }
    return error;
  }
}
