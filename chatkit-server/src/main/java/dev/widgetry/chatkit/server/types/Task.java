package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.IconName;
import java.util.List;
import java.util.Objects;

/** One task the assistant works through: its own content, a web search, a thought, files, an image. */
@Widget
public sealed interface Task permits Task.Custom, Task.Search, Task.Thought, Task.Files, Task.Image {

  /** Whether a task is still running, done, or shows no indicator. */
  enum StatusIndicator {
    @JsonProperty("none")
    NONE,
    @JsonProperty("loading")
    LOADING,
    @JsonProperty("complete")
    COMPLETE
  }

  /**
   * A task with content of the application's choosing.
   *
   * @param statusIndicator the indicator shown beside it
   * @param title its title
   * @param icon its icon
   * @param content its text, in Markdown
   */
  @Widget("custom")
  record Custom(
      @JsonProperty("status_indicator") StatusIndicator statusIndicator,
      String title,
      IconName icon,
      String content)
      implements Task {}

  /**
   * A web search.
   *
   * @param statusIndicator the indicator shown beside it
   * @param title its title
   * @param titleQuery the query shown as its title
   * @param queries the queries run
   * @param sources the pages found
   */
  @Widget("web_search")
  record Search(
      @JsonProperty("status_indicator") StatusIndicator statusIndicator,
      String title,
      @JsonProperty("title_query") String titleQuery,
      List<String> queries,
      List<Source.Url> sources)
      implements Task {}

  /**
   * A step of the assistant's reasoning.
   *
   * @param statusIndicator the indicator shown beside it
   * @param title its title
   * @param content the thought, in Markdown
   */
  @Widget("thought")
  record Thought(
      @JsonProperty("status_indicator") StatusIndicator statusIndicator,
      String title,
      @JsonProperty(value = "content", required = true) String content)
      implements Task {
    public Thought {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Files the assistant read.
   *
   * @param statusIndicator the indicator shown beside it
   * @param title its title
   * @param sources the files
   */
  @Widget("file")
  record Files(
      @JsonProperty("status_indicator") StatusIndicator statusIndicator,
      String title,
      List<Source.File> sources)
      implements Task {}

  /**
   * An image being made.
   *
   * @param statusIndicator the indicator shown beside it
   * @param title its title
   */
  @Widget("image")
  record Image(@JsonProperty("status_indicator") StatusIndicator statusIndicator, String title) implements Task {}
}
