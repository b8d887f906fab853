package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.IconName;
import java.util.Map;
import java.util.Objects;

/** Something the assistant cites: a web page, a file, or an entity of the application. */
@Widget
public sealed interface Source permits Source.Url, Source.File, Source.Entity {

  /** The title the citation shows. */
  String title();

  /**
   * A web page.
   *
   * @param title the title shown
   * @param description a line about it
   * @param timestamp when it was published, as the application words it
   * @param group the group the citation is listed under
   * @param url its address
   * @param attribution who it is from
   */
  @Widget("url")
  record Url(
      @JsonProperty(value = "title", required = true) String title,
      String description,
      String timestamp,
      String group,
      @JsonProperty(value = "url", required = true) String url,
      String attribution)
      implements Source {
    public Url {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * A file.
   *
   * @param title the title shown
   * @param description a line about it
   * @param timestamp when it was made, as the application words it
   * @param group the group the citation is listed under
   * @param filename the file's name
   */
  @Widget("file")
  record File(
      @JsonProperty(value = "title", required = true) String title,
      String description,
      String timestamp,
      String group,
      @JsonProperty(value = "filename", required = true) String filename)
      implements Source {
    public File {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(filename, "filename");
    }
  }

  /**
   * An entity of the application (a customer, an order...).
   *
   * @param title the title shown
   * @param description a line about it
   * @param timestamp when it is from, as the application words it
   * @param group the group the citation is listed under
   * @param id the entity's id
   * @param icon the icon shown beside it
   * @param label a label shown with it
   * @param inlineLabel the label shown inside the text
   * @param interactive whether it can be clicked
   * @param data what the application attached to it
   */
  @Widget("entity")
  record Entity(
      @JsonProperty(value = "title", required = true) String title,
      String description,
      String timestamp,
      String group,
      @JsonProperty(value = "id", required = true) String id,
      IconName icon,
      String label,
      @JsonProperty("inline_label") String inlineLabel,
      Boolean interactive,
      Map<String, JsonNode> data)
      implements Source {
    public Entity {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(id, "id");
    }
  }
}
