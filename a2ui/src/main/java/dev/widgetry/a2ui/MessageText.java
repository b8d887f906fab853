package dev.widgetry.a2ui;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.spi.WidgetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads server messages from text in every form they travel in: one message, a JSON array, the
 * {@code {"messages": [...]}} wrapper, an example file {@code {name, description, messages}}, the
 * {@code {"a2ui_operations": [...]}} envelope, JSON Lines, and, around any of these, the text a
 * model wrote: fenced {@code ```json} blocks or {@code <a2ui-json>} tags. Problems from every part
 * are reported together.
 */
final class MessageText {
  private final MessageReader reader;
  private final ParseOptions options;
  private final List<ServerMessage> messages = new ArrayList<>();
  /** Per message, where the model's text holds it. */
  private final List<Place> places = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();
  /** The catalog of each surface created so far in the text, by surface id. */
  private final Map<String, String> surfaces = new HashMap<>();
  /** The block being read ("the 1st ```json block"), or "" for JSON alone. */
  private String block = "";

  private MessageText(MessageReader reader, ParseOptions options) {
    this.reader = reader;
    this.options = options;
  }

  /** The messages {@code text} holds, in order; throws {@link WidgetParseException} listing every problem. */
  static List<ServerMessage> read(String text, MessageReader reader, ParseOptions options) {
    return List.copyOf(readWith(text, reader, reader.readOptions(options)).messages);
  }

  /**
   * Like {@link #read}, for the form a strict structured-output schema makes a model write: an
   * explicit null read as an absent property (every optional property is present), and a map also
   * read from the list of its entries.
   */
  static Placed readModelOutput(String text, MessageReader reader, ParseOptions options) {
    MessageText reading = readWith(text, reader.nullAsAbsent(),
        reader.readOptions(options).withNullAsAbsent(true).withMapEntryLists(true));
    return new Placed(List.copyOf(reading.messages), List.copyOf(reading.places));
  }

  /**
   * Where a message stands in the text it was read from: the pointer of its JSON within its
   * document ({@code "/messages/2"}, {@code ""} for a document that is one message) and the block
   * of the model's text that holds it, or {@code ""}.
   */
  record Place(String pointer, String block) {}

  /** Messages and, for each, its place. */
  record Placed(List<ServerMessage> messages, List<Place> places) {}

  private static MessageText readWith(String text, MessageReader reader, ParseOptions options) {
    MessageText reading = new MessageText(reader, options);
    reading.readText(text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (!reading.problems.isEmpty()) {
      int count = reading.problems.size();
      String fix = count == 1 ? " problem. Fix it" : " problems. Fix them";
      throw new WidgetParseException("The A2UI JSON has " + count + fix + " and send all the messages again.",
          reading.problems);
    }
    return reading;
  }

  private void readText(String text) {
    String start = text.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      readJson(text, 0, "");
      return;
    }
    List<TextBlocks.Block> blocks = TextBlocks.find(text);
    if (blocks.isEmpty()) {
      problems.add(new ParseProblem("", "A2UI JSON: a message, an array of messages, JSON Lines, or any of these in a"
          + " ```json block or between <a2ui-json> tags", start.isEmpty() ? "nothing" : "text with none of them", -1,
          -1, ""));
      return;
    }
    for (TextBlocks.Block block : blocks) {
      if (problems.size() < options.maxProblems()) {
        this.block = block.label();
        readJson(block.json(), block.lineOffset(), " (In " + block.label() + ".)");
      }
    }
  }

  /** One JSON text: a single document, or several (JSON Lines). */
  private void readJson(String json, int lineOffset, String where) {
    Shape shape = shape(json);
    try (JsonParser parser = options.jsonFactory().createParser(json)) {
      if (shape.roots > 1) {
        for (int index = 0; parser.nextToken() != null && problems.size() < options.maxProblems(); index++) {
          WidgetReader in = new WidgetReader(parser, options, "/" + index);
          try {
            add(reader.messages(in, surfaces), "/" + index);
          } catch (WidgetParseException e) {
            // The parser stopped (malformed JSON, a limit), or the problems reached the cap: nothing more to read.
            collect(e, lineOffset, where);
            return;
          }
          try {
            in.finish();
          } catch (WidgetParseException e) {
            collect(e, lineOffset, where);
          }
        }
        return;
      }
      WidgetReader in = new WidgetReader(parser, options);
      try {
        in.beginDocument();
        readDocument(in, shape);
        in.endDocument();
      } catch (WidgetParseException e) {
        collect(e, lineOffset, where);
      }
    } catch (JsonProcessingException e) {
      collect(WidgetReader.refusedDocument(e), lineOffset, where);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readDocument(WidgetReader in, Shape shape) {
    if (shape.first == JsonToken.START_ARRAY) {
      array(in, "");
    } else if ("a2ui_operations".equals(shape.firstName)) {
      operations(in);
    } else if ("messages".equals(shape.firstName) || "name".equals(shape.firstName)
        || "description".equals(shape.firstName)) {
      wrapper(in);
    } else {
      add(reader.messages(in, surfaces), "");
    }
  }

  /** The messages of the array at {@code pointer}. */
  private void array(WidgetReader in, String pointer) {
    if (in.beginArray("an array of A2UI messages")) {
      for (int index = 0; in.nextItem(); index++) {
        add(reader.messages(in, surfaces), pointer + "/" + index);
      }
    }
  }

  /** Messages read from the JSON at {@code pointer} (one, or a v1.0 createSurface's several). */
  private void add(List<ServerMessage> read, String pointer) {
    messages.addAll(read);
    for (int i = 0; i < read.size(); i++) {
      places.add(new Place(pointer, block));
    }
  }

  private void operations(WidgetReader in) {
    in.beginObject("the a2ui_operations envelope");
    long present = 0;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      if (name.equals("a2ui_operations")) {
        present = in.seen(present, 1, name);
        array(in, "/a2ui_operations");
      } else {
        in.unknownProperty(name, "the a2ui_operations envelope", List.of("a2ui_operations"));
      }
    }
    if (present == 0) {
      in.missingProperty("a2ui_operations", "an array of A2UI messages");
    }
  }

  /**
   * {@code {"messages": [...]}}, or an example file: {@code name}, {@code description} and
   * {@code messages}, and keys of its own. Anything but {@code messages} makes it an example file,
   * which then needs its name and description.
   */
  private void wrapper(WidgetReader in) {
    in.beginObject("an object of A2UI messages");
    long present = 0;
    boolean others = false;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "messages":
          present = in.seen(present, 1, name);
          array(in, "/messages");
          break;
        case "name":
          present = in.seen(present, 2, name);
          in.readString();
          break;
        case "description":
          present = in.seen(present, 4, name);
          in.readString();
          break;
        default:
          others = true;
          in.skipValue();
      }
    }
    if ((present & 1) == 0) {
      in.missingProperty("messages", "an array of A2UI messages");
    }
    if (others || (present & 6) != 0) {
      String file = " (an object with more than \"messages\" is an example file: {name, description, messages})";
      if ((present & 2) == 0) {
        in.missingProperty("name", "a string naming the example" + file);
      }
      if ((present & 4) == 0) {
        in.missingProperty("description", "a string describing the example" + file);
      }
    }
  }

  private void collect(WidgetParseException e, int lineOffset, String where) {
    for (ParseProblem problem : e.problems()) {
      if (problems.size() >= options.maxProblems()) {
        return;
      }
      ParseProblem hinted = Hints.add(problem);
      String hint = hinted.hint().isEmpty() ? where.strip() : hinted.hint() + where;
      problems.add(new ParseProblem(problem.pointer(), problem.expected(), problem.found(),
          problem.line() > 0 ? problem.line() + lineOffset : -1, problem.column(), hint));
    }
  }

  /**
   * How many root values the text has (0, 1, or 2 for more), the first's token, and its first
   * property's name: one pass over the first value, skipping what is inside it.
   */
  private Shape shape(String json) {
    try (JsonParser parser = options.jsonFactory().createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Shape(0, null, null);
      }
      String firstName = first == JsonToken.START_OBJECT ? parser.nextFieldName() : null;
      if (first.isStructStart()) {
        if (firstName != null) {
          parser.nextToken();
          parser.skipChildren();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
          }
        } else if (first == JsonToken.START_ARRAY) {
          parser.skipChildren();
        }
      }
      return new Shape(parser.nextToken() == null ? 1 : 2, first, firstName);
    } catch (IOException e) {
      // Malformed JSON: read as one document, whose reader reports where it breaks.
      return new Shape(1, JsonToken.START_OBJECT, null);
    }
  }

  private record Shape(int roots, JsonToken first, String firstName) {}
}
