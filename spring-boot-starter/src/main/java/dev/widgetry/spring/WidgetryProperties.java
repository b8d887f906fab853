package dev.widgetry.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Widgetry's settings under {@code widgetry.*}: each part of the starter can be switched off. */
@ConfigurationProperties("widgetry")
public class WidgetryProperties {
  private final Actions actions = new Actions();
  private final HttpConverter httpConverter = new HttpConverter();
  private final Jackson jackson = new Jackson();

  public Actions getActions() {
    return actions;
  }

  public HttpConverter getHttpConverter() {
    return httpConverter;
  }

  public Jackson getJackson() {
    return jackson;
  }

  /** The action endpoint: the application's {@code @OnAction} beans, served over Spring MVC. */
  public static class Actions {
    /** Whether the application's beans with @OnAction methods are dispatched to and served. */
    private boolean enabled = true;

    /** The path of the action endpoint, which takes POST requests. */
    private String path = "/api/widget-action";

    /** The largest request body the endpoint accepts; a larger one is refused with 413 before it is read. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    /** How long a handler's asynchronous answer may take before the request is answered handler_failed. */
    private Duration handlerTimeout = Duration.ofSeconds(30);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public DataSize getMaxBodySize() {
      return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    public Duration getHandlerTimeout() {
      return handlerTimeout;
    }

    public void setHandlerTimeout(Duration handlerTimeout) {
      this.handlerTimeout = handlerTimeout;
    }
  }

  /** The HTTP message converter that writes widgets returned by controllers. */
  public static class HttpConverter {
    /** Whether a controller's widget (or list of widgets) is written by its generated codec. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The Jackson modules that write widgets inside other objects. */
  public static class Jackson {
    /** Whether Jackson 3 and Jackson 2 mappers write widgets through their generated codecs. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
