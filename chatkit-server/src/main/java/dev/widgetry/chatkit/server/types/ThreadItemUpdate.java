package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import java.util.Objects;

/** A change to a part of an item: streamed assistant text, a widget, a workflow, an image. */
@Widget
public sealed interface ThreadItemUpdate
    permits ThreadItemUpdate.ContentPartAdded,
        ThreadItemUpdate.TextDelta,
        ThreadItemUpdate.AnnotationAdded,
        ThreadItemUpdate.ContentPartDone,
        ThreadItemUpdate.WidgetTextDelta,
        ThreadItemUpdate.WidgetComponentUpdated,
        ThreadItemUpdate.WidgetRootUpdated,
        ThreadItemUpdate.WorkflowTaskAdded,
        ThreadItemUpdate.WorkflowTaskUpdated,
        ThreadItemUpdate.GeneratedImageUpdated {

  /**
   * A part of text was added to an assistant message.
   *
   * @param contentIndex the part's index
   * @param content the part as it begins
   */
  @Widget("assistant_message.content_part.added")
  record ContentPartAdded(
      @JsonProperty("content_index") int contentIndex,
      @JsonProperty(value = "content", required = true) AssistantMessageContent content)
      implements ThreadItemUpdate {
    public ContentPartAdded {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Text was appended to a part of an assistant message.
   *
   * @param contentIndex the part's index
   * @param delta the text appended
   */
  @Widget("assistant_message.content_part.text_delta")
  record TextDelta(
      @JsonProperty("content_index") int contentIndex,
      @JsonProperty(value = "delta", required = true) String delta)
      implements ThreadItemUpdate {
    public TextDelta {
      Objects.requireNonNull(delta, "delta");
    }
  }

  /**
   * A citation was added to a part of an assistant message.
   *
   * @param contentIndex the part's index
   * @param annotationIndex the citation's index in the part
   * @param annotation the citation
   */
  @Widget("assistant_message.content_part.annotation_added")
  record AnnotationAdded(
      @JsonProperty("content_index") int contentIndex,
      @JsonProperty("annotation_index") int annotationIndex,
      @JsonProperty(value = "annotation", required = true) Annotation annotation)
      implements ThreadItemUpdate {
    public AnnotationAdded {
      Objects.requireNonNull(annotation, "annotation");
    }
  }

  /**
   * A part of an assistant message is complete.
   *
   * @param contentIndex the part's index
   * @param content the whole part
   */
  @Widget("assistant_message.content_part.done")
  record ContentPartDone(
      @JsonProperty("content_index") int contentIndex,
      @JsonProperty(value = "content", required = true) AssistantMessageContent content)
      implements ThreadItemUpdate {
    public ContentPartDone {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Text was appended to the value of a widget's {@code Text} or {@code Markdown}.
   *
   * @param componentId the component's {@code id}
   * @param delta the text appended
   * @param done whether the component's text is complete
   */
  @Widget("widget.streaming_text.value_delta")
  record WidgetTextDelta(
      @JsonProperty(value = "component_id", required = true) String componentId,
      @JsonProperty(value = "delta", required = true) String delta,
      boolean done)
      implements ThreadItemUpdate {
    public WidgetTextDelta {
      Objects.requireNonNull(componentId, "componentId");
      Objects.requireNonNull(delta, "delta");
    }
  }

  /**
   * A component of a widget, found by its {@code id}, was replaced.
   *
   * @param componentId the component's {@code id}
   * @param component the component as it is now, with its children
   */
  @Widget("widget.component.updated")
  record WidgetComponentUpdated(
      @JsonProperty(value = "component_id", required = true) String componentId,
      @JsonProperty(value = "component", required = true) WidgetComponent component)
      implements ThreadItemUpdate {
    public WidgetComponentUpdated {
      Objects.requireNonNull(componentId, "componentId");
      Objects.requireNonNull(component, "component");
    }
  }

  /**
   * A widget was replaced whole.
   *
   * @param widget the widget as it is now
   */
  @Widget("widget.root.updated")
  record WidgetRootUpdated(@JsonProperty(value = "widget", required = true) WidgetRoot widget)
      implements ThreadItemUpdate {
    public WidgetRootUpdated {
      Objects.requireNonNull(widget, "widget");
    }
  }

  /**
   * A task was added to a workflow.
   *
   * @param taskIndex the task's index
   * @param task the task
   */
  @Widget("workflow.task.added")
  record WorkflowTaskAdded(
      @JsonProperty("task_index") int taskIndex, @JsonProperty(value = "task", required = true) Task task)
      implements ThreadItemUpdate {
    public WorkflowTaskAdded {
      Objects.requireNonNull(task, "task");
    }
  }

  /**
   * A task of a workflow changed.
   *
   * @param taskIndex the task's index
   * @param task the task as it is now
   */
  @Widget("workflow.task.updated")
  record WorkflowTaskUpdated(
      @JsonProperty("task_index") int taskIndex, @JsonProperty(value = "task", required = true) Task task)
      implements ThreadItemUpdate {
    public WorkflowTaskUpdated {
      Objects.requireNonNull(task, "task");
    }
  }

  /**
   * A generated image changed as it was made.
   *
   * @param image the image as it is now
   * @param progress how far along it is, from 0 to 1
   */
  @Widget("generated_image.updated")
  record GeneratedImageUpdated(
      @JsonProperty(value = "image", required = true) GeneratedImageItem.GeneratedImage image, Double progress)
      implements ThreadItemUpdate {
    public GeneratedImageUpdated {
      Objects.requireNonNull(image, "image");
    }
  }
}
