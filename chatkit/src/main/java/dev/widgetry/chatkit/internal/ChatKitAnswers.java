package dev.widgetry.chatkit.internal;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.WidgetRootWidgetCodec;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.internal.Utf8Writers;
import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes the body that answers a ChatKit action, in the form its request asked for: our own JSON
 * for a page, {@code {"updated_item": ...}} for {@code threads.sync_custom_action}, and ChatKit
 * thread events as Server-Sent Events for {@code threads.custom_action}. Each answer is written into
 * the thread's reusable writer, so it allocates little beyond its bytes.
 */
final class ChatKitAnswers {
  private static final EncodedString RESULT = EncodedString.of("result");
  private static final EncodedString WIDGET = EncodedString.of("widget");
  private static final EncodedString MESSAGE = EncodedString.of("message");
  private static final EncodedString UPDATED_ITEM = EncodedString.of("updated_item");
  private static final EncodedString TYPE = EncodedString.of("type");
  private static final EncodedString ID = EncodedString.of("id");
  private static final EncodedString THREAD_ID = EncodedString.of("thread_id");
  private static final EncodedString CREATED_AT = EncodedString.of("created_at");
  private static final EncodedString ITEM = EncodedString.of("item");
  private static final EncodedString ITEM_ID = EncodedString.of("item_id");
  private static final EncodedString UPDATE = EncodedString.of("update");
  private static final EncodedString CONTENT = EncodedString.of("content");
  private static final EncodedString TEXT = EncodedString.of("text");
  private static final EncodedString ANNOTATIONS = EncodedString.of("annotations");
  /** Each result kind's name as the page answer spells it, by ordinal. */
  private static final EncodedString[] KINDS = Arrays.stream(ActionResult.Kind.values())
      .map(kind -> EncodedString.of(kind.name().toLowerCase(Locale.ROOT)))
      .toArray(EncodedString[]::new);
  private static final byte[] DATA = {'d', 'a', 't', 'a', ':', ' '};
  private static final byte[] END_OF_EVENT = {'\n', '\n'};
  /**
   * {@code {"result":"none"}}, written once by the general path: the most common answer of a dispatch
   * that changes nothing, handed out without the writer's set-up. Declared after the names it is
   * written with.
   */
  private static final byte[] NO_CHANGE_PAGE = writtenPage(ActionResult.none());

  private ChatKitAnswers() {}

  /** {@code {"result": "replace", "widget": {...}, "message": "..."}}: what our page script reads. */
  static byte[] page(ActionResult result) {
    // none() is one object, and a none with a message or widget is another, so identity picks exactly
    // the answer NO_CHANGE_PAGE holds. A copy each time: the caller owns a response's body array.
    if (result == ActionResult.none()) {
      return NO_CHANGE_PAGE.clone();
    }
    return writtenPage(result);
  }

  /** The page answer as the writer writes it, which {@link #page} skips for {@link ActionResult#none()}. */
  static byte[] writtenPage(ActionResult result) {
    // A method reference and no lambdas: every request writes this answer, and a capturing lambda is an
    // object a request makes unless C2 happens to remove it (benchmarks/ANALYSIS.md).
    return Utf8Writers.write(ChatKitAnswers::writePage, result, false).toByteArray();
  }

  private static void writePage(WidgetWriter out, ActionResult result) {
    out.beginObject();
    out.name(RESULT);
    out.value(KINDS[result.kind().ordinal()]);
    WidgetRoot widget = result.widget().orElse(null);
    if (widget != null) {
      out.name(WIDGET);
      WidgetRootWidgetCodec.INSTANCE.write(out, widget);
    }
    String message = result.message().orElse(null);
    if (message != null) {
      out.name(MESSAGE);
      out.value(message);
    }
    out.endObject();
  }

  /**
   * {@code {"updated_item": <widget item> | null}}: the sender's new state. A sync answer has no
   * room for a new widget or a message, so those are not sent.
   */
  static byte[] sync(ActionResult result, String itemId, String threadId) {
    return Utf8Writers.toBytes(out -> writeSync(out, result, itemId, threadId));
  }

  private static void writeSync(Utf8Writer out, ActionResult result, String itemId, String threadId) {
    out.beginObject();
    out.name(UPDATED_ITEM);
    boolean changesSender = result.kind() == ActionResult.Kind.REPLACE || result.kind() == ActionResult.Kind.UPDATE;
    if (changesSender && itemId != null) {
      item(out, itemId, threadId, result.widget().orElseThrow());
    } else {
      out.nullValue();
    }
    out.endObject();
  }

  /**
   * Thread events, one {@code data:} line each: the widget change (a replace or update without a
   * sender item becomes a new item), then the message as an assistant message.
   */
  static byte[] events(ActionResult result, String itemId, String threadId) {
    return Utf8Writers.toBytes(out -> writeEvents(out, result, itemId, threadId));
  }

  private static void writeEvents(Utf8Writer out, ActionResult result, String itemId, String threadId) {
    ActionResult.Kind kind = result.kind();
    if (kind != ActionResult.Kind.NONE) {
      WidgetRoot widget = result.widget().orElseThrow();
      event(out);
      out.beginObject();
      out.name(TYPE);
      if (itemId != null && kind == ActionResult.Kind.UPDATE) {
        out.value("thread.item.updated");
        out.name(ITEM_ID);
        out.value(itemId);
        out.name(UPDATE);
        out.beginObject();
        out.name(TYPE);
        out.value("widget.root.updated");
        out.name(WIDGET);
        WidgetRootWidgetCodec.INSTANCE.write(out, widget);
        out.endObject();
      } else if (itemId != null && kind == ActionResult.Kind.REPLACE) {
        out.value("thread.item.replaced");
        out.name(ITEM);
        item(out, itemId, threadId, widget);
      } else {
        out.value("thread.item.done");
        out.name(ITEM);
        item(out, newItemId(), threadId, widget);
      }
      out.endObject();
      endEvent(out);
    }
    if (result.message().isPresent()) {
      event(out);
      assistantMessage(out, threadId, result.message().get());
      endEvent(out);
    }
  }

  private static void item(Utf8Writer out, String id, String threadId, WidgetRoot widget) {
    out.beginObject();
    itemHeader(out, "widget", id, threadId);
    out.name(WIDGET);
    WidgetRootWidgetCodec.INSTANCE.write(out, widget);
    out.endObject();
  }

  private static void assistantMessage(Utf8Writer out, String threadId, String message) {
    out.beginObject();
    out.name(TYPE);
    out.value("thread.item.done");
    out.name(ITEM);
    out.beginObject();
    itemHeader(out, "assistant_message", newItemId(), threadId);
    out.name(CONTENT);
    out.beginArray();
    out.beginObject();
    out.name(TYPE);
    out.value("output_text");
    out.name(TEXT);
    out.value(message);
    out.name(ANNOTATIONS);
    out.beginArray();
    out.endArray();
    out.endObject();
    out.endArray();
    out.endObject();
    out.endObject();
  }

  private static void itemHeader(Utf8Writer out, String type, String id, String threadId) {
    out.name(TYPE);
    out.value(type);
    out.name(ID);
    out.value(id);
    if (threadId != null) {
      out.name(THREAD_ID);
      out.value(threadId);
    }
    out.name(CREATED_AT);
    out.value(Instant.now().toString());
  }

  private static String newItemId() {
    return "item_" + UUID.randomUUID().toString().replace("-", "");
  }

  private static void event(Utf8Writer out) {
    out.raw(DATA);
  }

  private static void endEvent(Utf8Writer out) {
    out.raw(END_OF_EVENT);
  }
}
