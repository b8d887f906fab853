package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * What happens when a widget is clicked, submitted or changed: an action of some type, with a
 * payload, sent to the server or handled in the page.
 *
 * @param type the action type, which picks the handler, such as {@code "cart.add"}
 * @param payload any JSON handed to the handler; the values of an enclosing form's fields are added to it
 * @param handler who handles the action: the server (the default) or the page
 * @param loadingBehavior what shows a loading state while the action runs
 * @param streaming whether the server answers with a stream of events (the default) or one response
 */
@Widget
@WidgetBuilder
public record ActionConfig(
    @JsonProperty(required = true) String type,
    JsonNode payload,
    Handler handler,
    LoadingBehavior loadingBehavior,
    Boolean streaming) {

  public ActionConfig {
    Objects.requireNonNull(type, "type");
  }

  /** An action of this type, without payload. */
  public static ActionConfig of(String type) {
    return new ActionConfig(type, null, null, null, null);
  }

  /** An action of this type, with a payload. */
  public static ActionConfig of(String type, JsonNode payload) {
    return new ActionConfig(type, payload, null, null, null);
  }

  /** A copy handled by {@code handler}: the server (the default) or the page's {@code widgets.onAction}. */
  public ActionConfig withHandler(Handler handler) {
    return new ActionConfig(type, payload, handler, loadingBehavior, streaming);
  }

  /** A copy that shows its loading state as {@code loadingBehavior} says. */
  public ActionConfig withLoadingBehavior(LoadingBehavior loadingBehavior) {
    return new ActionConfig(type, payload, handler, loadingBehavior, streaming);
  }

  /**
   * A copy that asks the server to answer with a stream of thread events ({@code true}, the
   * default) or with one JSON response ({@code false}).
   */
  public ActionConfig withStreaming(boolean streaming) {
    return new ActionConfig(type, payload, handler, loadingBehavior, streaming);
  }

  /** A builder that sets this record's props one by one. */
  public static ActionConfigBuilder builder() {
    return new ActionConfigBuilder();
  }

  /** Where an action is handled. */
  public enum Handler {
    @JsonProperty("client")
    CLIENT,
    @JsonProperty("server")
    SERVER
  }

  /** Which part of the widget shows that an action is running. */
  public enum LoadingBehavior {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("none")
    NONE,
    @JsonProperty("self")
    SELF,
    @JsonProperty("container")
    CONTAINER
  }
}
