package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies as ChatKit's client posts them. */
final class Bodies {
  private Bodies() {}

  static String create(String text) {
    ObjectNode params = ServerSchema.JSON.createObjectNode();
    params.set("input", input(text));
    return request("threads.create", params);
  }

  static String addMessage(String threadId, String text) {
    ObjectNode params = ServerSchema.JSON.createObjectNode().put("thread_id", threadId);
    params.set("input", input(text));
    return request("threads.add_user_message", params);
  }

  static String getThread(String threadId) {
    return request("threads.get_by_id", ServerSchema.JSON.createObjectNode().put("thread_id", threadId));
  }

  static String listThreads(Integer limit, String order, String after) {
    ObjectNode params = ServerSchema.JSON.createObjectNode();
    if (limit != null) {
      params.put("limit", limit);
    }
    params.put("order", order);
    if (after != null) {
      params.put("after", after);
    }
    return request("threads.list", params);
  }

  static String listItems(String threadId, Integer limit, String order, String after) {
    ObjectNode params = ServerSchema.JSON.createObjectNode().put("thread_id", threadId);
    if (limit != null) {
      params.put("limit", limit);
    }
    params.put("order", order);
    if (after != null) {
      params.put("after", after);
    }
    return request("items.list", params);
  }

  static String update(String threadId, String title) {
    return request("threads.update", ServerSchema.JSON.createObjectNode().put("thread_id", threadId).put("title", title));
  }

  static String delete(String threadId) {
    return request("threads.delete", ServerSchema.JSON.createObjectNode().put("thread_id", threadId));
  }

  static String retry(String threadId, String itemId) {
    return request("threads.retry_after_item",
        ServerSchema.JSON.createObjectNode().put("thread_id", threadId).put("item_id", itemId));
  }

  static String action(String threadId, String itemId, String type, String payloadJson) {
    return request("threads.custom_action", actionParams(threadId, itemId, type, payloadJson));
  }

  static String syncAction(String threadId, String itemId, String type, String payloadJson) {
    return request("threads.sync_custom_action", actionParams(threadId, itemId, type, payloadJson));
  }

  static String toolOutput(String threadId, String resultJson) {
    ObjectNode params = ServerSchema.JSON.createObjectNode().put("thread_id", threadId);
    params.set("result", Conformance.parse(resultJson));
    return request("threads.add_client_tool_output", params);
  }

  static String feedback(String threadId, String itemId, String kind) {
    ObjectNode params = ServerSchema.JSON.createObjectNode().put("thread_id", threadId).put("kind", kind);
    params.putArray("item_ids").add(itemId);
    return request("items.feedback", params);
  }

  static String createAttachment(String name, long size, String mimeType) {
    return request("attachments.create",
        ServerSchema.JSON.createObjectNode().put("name", name).put("size", size).put("mime_type", mimeType));
  }

  static String deleteAttachment(String attachmentId) {
    return request("attachments.delete", ServerSchema.JSON.createObjectNode().put("attachment_id", attachmentId));
  }

  static String transcribe(String audioBase64, String mimeType) {
    return request("input.transcribe",
        ServerSchema.JSON.createObjectNode().put("audio_base64", audioBase64).put("mime_type", mimeType));
  }

  /** A user message input with this text, as the composer sends it. */
  static ObjectNode input(String text) {
    ObjectNode input = ServerSchema.JSON.createObjectNode();
    ArrayNode content = input.putArray("content");
    content.addObject().put("type", "input_text").put("text", text);
    input.putArray("attachments");
    input.putNull("quoted_text");
    input.putObject("inference_options");
    return input;
  }

  static String request(String type, JsonNode params) {
    ObjectNode body = ServerSchema.JSON.createObjectNode().put("type", type);
    body.set("params", params);
    body.putObject("metadata");
    return body.toString();
  }

  private static ObjectNode actionParams(String threadId, String itemId, String type, String payloadJson) {
    ObjectNode params = ServerSchema.JSON.createObjectNode().put("thread_id", threadId);
    if (itemId == null) {
      params.putNull("item_id");
    } else {
      params.put("item_id", itemId);
    }
    ObjectNode action = params.putObject("action").put("type", type);
    action.set("payload", payloadJson == null ? ServerSchema.JSON.nullNode() : Conformance.parse(payloadJson));
    return params;
  }
}
