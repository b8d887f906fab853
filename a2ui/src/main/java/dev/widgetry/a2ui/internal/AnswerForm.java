package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.A2uiWriter;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form an A2UI answer is written in, chosen by the client's {@code Accept}: a JSON array of
 * messages (the default, and what {@code application/json} or any wildcard gets), JSON Lines
 * ({@code application/jsonl}, or {@code application/x-ndjson}), or Server-Sent Events with one
 * message per event ({@code text/event-stream}). The highest quality wins; a tie goes to the form
 * listed first here, so {@code Accept: application/json, text/event-stream} gets JSON.
 */
enum AnswerForm {
  JSON_ARRAY(ActionResponse.JSON),
  JSON_LINES("application/jsonl; charset=utf-8"),
  EVENT_STREAM(ActionResponse.EVENT_STREAM);

  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_OF_EVENT = {'\n', '\n'};

  private final String contentType;

  AnswerForm(String contentType) {
    this.contentType = contentType;
  }

  /** The form {@code context}'s {@code Accept} prefers; a JSON array when it names none of them. */
  static AnswerForm of(ActionContext context) {
    String accept = context.accept().orElse(null);
    if (accept == null) {
      return JSON_ARRAY;
    }
    AnswerForm best = JSON_ARRAY;
    double bestQuality = -1;
    for (AnswerForm form : values()) {
      double quality = form.quality(accept);
      if (quality > bestQuality) {
        best = form;
        bestQuality = quality;
      }
    }
    return bestQuality > 0 ? best : JSON_ARRAY;
  }

  /** The quality {@code accept} gives this form: that of its most specific matching range, or 0. */
  private double quality(String accept) {
    int bestSpecificity = -1;
    double quality = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      int specificity = specificity(type);
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        quality = quality(parts);
      }
    }
    return quality;
  }

  /** 2 for this form's own type, 1 for its type's wildcard, 0 for any type, -1 for another type. */
  private int specificity(String range) {
    if (range.equals("*/*")) {
      return 0;
    }
    for (String type : types()) {
      if (range.equals(type)) {
        return 2;
      }
      if (range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1))) {
        return 1;
      }
    }
    return -1;
  }

  private List<String> types() {
    switch (this) {
      case JSON_LINES:
        return List.of("application/jsonl", "application/x-ndjson");
      case EVENT_STREAM:
        return List.of("text/event-stream");
      default:
        return List.of("application/json");
    }
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].trim();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  /**
   * The answer of {@code messages} in this form and {@code version}. Every message is written
   * before the answer starts, so one that has no form in the version (a theme in v1.0) fails the
   * handler's answer rather than a stream half sent.
   */
  ActionResponse write(List<ServerMessage> messages, A2uiVersion version) {
    A2uiWriter writer = A2ui.writer(version);
    switch (this) {
      case JSON_LINES:
        return ActionResponse.ok(contentType, writer.toJsonl(messages).getBytes(StandardCharsets.UTF_8));
      case EVENT_STREAM:
        List<byte[]> events = new ArrayList<>();
        for (ServerMessage message : messages) {
          events.add(writer.toJson(message).getBytes(StandardCharsets.UTF_8));
        }
        return ActionResponse.stream(contentType, out -> {
          for (byte[] event : events) {
            out.write(DATA);
            out.write(event);
            out.write(END_OF_EVENT);
            out.flush();
          }
        });
      default:
        return ActionResponse.ok(contentType, writer.toJsonArrayBytes(messages));
    }
  }

  /** The answer of one message, written as {@code json}, in this form: an agent function's response. */
  ActionResponse write(String json) {
    switch (this) {
      case JSON_LINES:
        return ActionResponse.ok(contentType, (json + "\n").getBytes(StandardCharsets.UTF_8));
      case EVENT_STREAM:
        byte[] event = json.getBytes(StandardCharsets.UTF_8);
        return ActionResponse.stream(contentType, out -> {
          out.write(DATA);
          out.write(event);
          out.write(END_OF_EVENT);
          out.flush();
        });
      default:
        return ActionResponse.ok(contentType, ("[" + json + "]").getBytes(StandardCharsets.UTF_8));
    }
  }
}
