package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how the client uploads an attachment's bytes.
 *
 * @param url the address to send them to
 * @param method the HTTP method to send them with
 * @param headers headers to send with them
 */
@Widget
public record UploadDescriptor(
    @JsonProperty(value = "url", required = true) String url,
    @JsonProperty(value = "method", required = true) Method method,
    Map<String, String> headers) {

  public UploadDescriptor {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
  }

  /** The HTTP methods an upload may use. */
  public enum Method {
    POST,
    PUT
  }
}
