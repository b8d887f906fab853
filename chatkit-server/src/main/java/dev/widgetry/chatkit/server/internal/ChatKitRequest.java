package dev.widgetry.chatkit.server.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.types.FeedbackKind;
import dev.widgetry.chatkit.server.types.UserMessageInput;
import java.util.List;
import java.util.Map;

/**
 * A request a ChatKit client posts, {@code {"type", "params", "metadata"?}}, read by the generated
 * parser with unknown properties ignored (as chatkit-python's models do).
 */
@Widget
public sealed interface ChatKitRequest
    permits ChatKitRequest.CreateThread,
        ChatKitRequest.AddUserMessage,
        ChatKitRequest.AddClientToolOutput,
        ChatKitRequest.AddStructuredInput,
        ChatKitRequest.RetryAfterItem,
        ChatKitRequest.CustomAction,
        ChatKitRequest.GetThread,
        ChatKitRequest.ListThreads,
        ChatKitRequest.ListItems,
        ChatKitRequest.Feedback,
        ChatKitRequest.CreateAttachment,
        ChatKitRequest.DeleteAttachment,
        ChatKitRequest.UpdateThread,
        ChatKitRequest.DeleteThread,
        ChatKitRequest.Transcribe,
        ChatKitRequest.SyncCustomAction {

  /** What the client attached to the request, for the application. */
  Map<String, JsonNode> metadata();

  /** Whether the request is answered with Server-Sent Events. */
  default boolean streams() {
    return false;
  }

  /** Asks for an answer to a message in a new thread. */
  @Widget("threads.create")
  record CreateThread(@JsonProperty(required = true) Params.Input params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {
    @Override
    public boolean streams() {
      return true;
    }
  }

  /** Asks for an answer to a message in a thread. */
  @Widget("threads.add_user_message")
  record AddUserMessage(@JsonProperty(required = true) Params.ThreadInput params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {
    @Override
    public boolean streams() {
      return true;
    }
  }

  /** Hands the output of a client tool back, and asks the assistant to go on. */
  @Widget("threads.add_client_tool_output")
  record AddClientToolOutput(@JsonProperty(required = true) Params.ToolOutput params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {
    @Override
    public boolean streams() {
      return true;
    }
  }

  /** Hands the answers to a structured input back, and asks the assistant to go on. */
  @Widget("threads.add_structured_input")
  record AddStructuredInput(@JsonProperty(required = true) Params.StructuredAnswers params,
      Map<String, JsonNode> metadata) implements ChatKitRequest {
    @Override
    public boolean streams() {
      return true;
    }
  }

  /** Asks for a new answer to a user message, dropping what followed it. */
  @Widget("threads.retry_after_item")
  record RetryAfterItem(@JsonProperty(required = true) Params.ThreadItemRef params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {
    @Override
    public boolean streams() {
      return true;
    }
  }

  /** A widget's action, answered with thread events. */
  @Widget("threads.custom_action")
  record CustomAction(@JsonProperty(required = true) Params.Action params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {
    @Override
    public boolean streams() {
      return true;
    }
  }

  /** Asks for a thread and its first items. */
  @Widget("threads.get_by_id")
  record GetThread(@JsonProperty(required = true) Params.ThreadRef params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Asks for a page of threads. */
  @Widget("threads.list")
  record ListThreads(@JsonProperty(required = true) Params.ThreadList params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Asks for a page of a thread's items. */
  @Widget("items.list")
  record ListItems(@JsonProperty(required = true) Params.ItemList params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** The user's thumbs up or down on items. */
  @Widget("items.feedback")
  record Feedback(@JsonProperty(required = true) Params.ItemFeedback params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Registers a file the client is about to upload. */
  @Widget("attachments.create")
  record CreateAttachment(@JsonProperty(required = true) Params.NewAttachment params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Removes an attachment. */
  @Widget("attachments.delete")
  record DeleteAttachment(@JsonProperty(required = true) Params.AttachmentRef params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Renames a thread. */
  @Widget("threads.update")
  record UpdateThread(@JsonProperty(required = true) Params.ThreadTitle params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Deletes a thread and its items. */
  @Widget("threads.delete")
  record DeleteThread(@JsonProperty(required = true) Params.ThreadRef params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** Asks for the text of recorded speech. */
  @Widget("input.transcribe")
  record Transcribe(@JsonProperty(required = true) Params.Audio params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** A widget's action, answered with the item it changed. */
  @Widget("threads.sync_custom_action")
  record SyncCustomAction(@JsonProperty(required = true) Params.Action params, Map<String, JsonNode> metadata)
      implements ChatKitRequest {}

  /** The params of each request type. */
  final class Params {
    private Params() {}

    /** {@code {input}}. */
    @Widget
    public record Input(@JsonProperty(required = true) UserMessageInput input) {}

    /** {@code {thread_id, input}}. */
    @Widget
    public record ThreadInput(
        @JsonProperty(value = "thread_id", required = true) String threadId,
        @JsonProperty(required = true) UserMessageInput input) {}

    /** {@code {thread_id, result}}: the result is any JSON, null included. */
    @Widget
    public record ToolOutput(@JsonProperty(value = "thread_id", required = true) String threadId, JsonNode result) {}

    /** {@code {thread_id, item_id, input: {status, answers}}}. */
    @Widget
    public record StructuredAnswers(
        @JsonProperty(value = "thread_id", required = true) String threadId,
        @JsonProperty(value = "item_id", required = true) String itemId,
        @JsonProperty(required = true) Submission input) {}

    /** The answers to a structured input, by question id. */
    @Widget
    public record Submission(Status status, Map<String, SubmittedAnswer> answers) {
      public Submission {
        status = status == null ? Status.ANSWERED : status;
        answers = answers == null ? Map.of() : Map.copyOf(answers);
      }

      /** Whether the user answered or skipped. */
      public enum Status {
        @JsonProperty("answered")
        ANSWERED,
        @JsonProperty("skipped")
        SKIPPED
      }
    }

    /** One submitted answer. */
    @Widget
    public record SubmittedAnswer(List<String> values, Boolean skipped) {}

    /** {@code {thread_id, item_id}}. */
    @Widget
    public record ThreadItemRef(
        @JsonProperty(value = "thread_id", required = true) String threadId,
        @JsonProperty(value = "item_id", required = true) String itemId) {}

    /** {@code {thread_id, item_id?, action: {type, payload}}}; the dispatcher reads the action itself. */
    @Widget
    public record Action(
        @JsonProperty(value = "thread_id", required = true) String threadId,
        @JsonProperty("item_id") String itemId,
        @JsonProperty(required = true) JsonNode action) {}

    /** {@code {thread_id}}. */
    @Widget
    public record ThreadRef(@JsonProperty(value = "thread_id", required = true) String threadId) {}

    /** {@code {limit?, order, after?}}. */
    @Widget
    public record ThreadList(Integer limit, Order order, String after) {}

    /** {@code {thread_id, limit?, order, after?}}. */
    @Widget
    public record ItemList(
        @JsonProperty(value = "thread_id", required = true) String threadId, Integer limit, Order order, String after) {}

    /** {@code {thread_id, item_ids, kind}}. */
    @Widget
    public record ItemFeedback(
        @JsonProperty(value = "thread_id", required = true) String threadId,
        @JsonProperty(value = "item_ids", required = true) List<String> itemIds,
        @JsonProperty(required = true) FeedbackKind kind) {}

    /** {@code {name, size, mime_type}}. */
    @Widget
    public record NewAttachment(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) long size,
        @JsonProperty(value = "mime_type", required = true) String mimeType) {}

    /** {@code {attachment_id}}. */
    @Widget
    public record AttachmentRef(@JsonProperty(value = "attachment_id", required = true) String attachmentId) {}

    /** {@code {thread_id, title}}. */
    @Widget
    public record ThreadTitle(
        @JsonProperty(value = "thread_id", required = true) String threadId,
        @JsonProperty(required = true) String title) {}

    /** {@code {audio_base64, mime_type}}. */
    @Widget
    public record Audio(
        @JsonProperty(value = "audio_base64", required = true) String audioBase64,
        @JsonProperty(value = "mime_type", required = true) String mimeType) {}
  }
}
