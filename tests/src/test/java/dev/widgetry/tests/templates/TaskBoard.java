package dev.widgetry.tests.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetTemplate;
import java.util.List;
import java.util.Optional;

/**
 * A record of the application's own that holds the data of {@code task_list.widget}: an Optional,
 * a bounded int where the schema bounds its integer, a component the schema does not know (not
 * required, so allowed), and a nested record.
 */
@Widget
@WidgetTemplate("widgets/task_list.widget")
record TaskBoard(Optional<String> title, Integer limit, @JsonProperty(required = true) List<Task> tasks, String owner) {

  @Widget
  record Task(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String label,
      Boolean done,
      Optional<String> due) {}
}
