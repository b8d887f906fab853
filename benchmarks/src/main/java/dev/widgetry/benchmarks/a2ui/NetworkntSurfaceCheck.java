package dev.widgetry.benchmarks.a2ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and validates server messages as a Java team does today without Widgetry: {@code readTree},
 * networknt's validator on the official v0.9 or v1.0 schemas, then {@link JsonNodeIntegrity}'s
 * rules on the tree the schema accepted.
 */
public final class NetworkntSurfaceCheck {
  private final ObjectMapper mapper;
  private final Schema schema;

  public NetworkntSurfaceCheck(ObjectMapper mapper, Schema schema) {
    this.mapper = mapper;
    this.schema = schema;
  }

  /** Every problem of {@code json}, a JSON array of server messages, one line each; empty when it is valid. */
  public List<String> problems(String json) {
    JsonNode messages;
    try {
      messages = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    List<Error> errors = schema.validate(messages);
    if (!errors.isEmpty()) {
      List<String> problems = new ArrayList<>(errors.size());
      for (Error error : errors) {
        problems.add(error.getInstanceLocation() + ": " + error.getMessage());
      }
      return problems;
    }
    return JsonNodeIntegrity.problems(messages);
  }
}
