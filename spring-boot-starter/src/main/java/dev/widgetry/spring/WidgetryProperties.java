package dev.widgetry.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Widgetry's settings under {@code widgetry.*}: each part of the starter can be switched off. */
@ConfigurationProperties("widgetry")
public class WidgetryProperties {
  private final Actions actions = new Actions();
  private final Chatkit chatkit = new Chatkit();
  private final HttpConverter httpConverter = new HttpConverter();
  private final Jackson jackson = new Jackson();

  public Actions getActions() {
    return actions;
  }

  public Chatkit getChatkit() {
    return chatkit;
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

  /** The ChatKit backend: the application's {@code Responder} bean, answering ChatKit's server protocol. */
  public static class Chatkit {
    /** Whether a Responder bean is served as a ChatKit backend (with widgetry-chatkit-server on the class path). */
    private boolean enabled = true;

    /** The path of the ChatKit endpoint, which takes POST requests; attachments are served below it. */
    private String path = "/chatkit";

    /** The largest ChatKit request body; a larger one is refused with 413 before it is read. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    private final Store store = new Store();
    private final Attachments attachments = new Attachments();

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

    public Store getStore() {
      return store;
    }

    public Attachments getAttachments() {
      return attachments;
    }

    /** Where threads are kept when the application has no ThreadStore bean. */
    public static class Store {
      /** The SQLite file threads are kept in, created with its folders at start-up when it does not exist. */
      private String file = "chatkit.db";

      public String getFile() {
        return file;
      }

      public void setFile(String file) {
        this.file = file;
      }
    }

    /** Files users attach to their messages, uploaded in two phases as ChatKit's client does. */
    public static class Attachments {
      /** Whether the ChatKit backend takes attachments, served at the ChatKit path followed by /attachments/. */
      private boolean enabled = true;

      /** The folder attachments' bytes are kept in, without an AttachmentStore bean; made at the first upload. */
      private String folder = "chatkit-attachments";

      /** The largest attachment; a larger upload is refused with 413 and nothing of it is kept. */
      private DataSize maxSize = DataSize.ofMegabytes(20);

      public boolean isEnabled() {
        return enabled;
      }

      public void setEnabled(boolean enabled) {
        this.enabled = enabled;
      }

      public String getFolder() {
        return folder;
      }

      public void setFolder(String folder) {
        this.folder = folder;
      }

      public DataSize getMaxSize() {
        return maxSize;
      }

      public void setMaxSize(DataSize maxSize) {
        this.maxSize = maxSize;
      }
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
