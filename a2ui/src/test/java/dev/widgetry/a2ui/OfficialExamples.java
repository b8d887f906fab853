package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The 36 official v0.9 examples (test resources, copied unmodified from the A2UI repository), and
 * JSON equality as the examples need it: numbers compared by value ({@code 10} equals {@code 10.0}),
 * set-like lists sorted.
 */
public final class OfficialExamples {
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIRECTORY = "/a2ui/v0_9/examples/";

  private OfficialExamples() {}

  /** The example files' names, in order. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(Paths.get(OfficialExamples.class.getResource(DIRECTORY).toURI()))) {
      List<String> names = new ArrayList<>();
      files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).forEach(names::add);
      names.sort(null);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the example file {@code name}. */
  public static String text(String name) {
    return resource(DIRECTORY + name);
  }

  /** The example file {@code name} as a tree. */
  public static JsonNode tree(String name) {
    return parse(text(name));
  }

  /** The text of a test resource. */
  public static String resource(String path) {
    try (InputStream in = OfficialExamples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An array with its items in the order of their JSON text: a set-like list, to compare as a set. */
  public static JsonNode sorted(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.toString()));
    items.sort(null);
    ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
    items.forEach(item -> sorted.add(parse(item)));
    return sorted;
  }

  /** Whether two trees are equal JSON, numbers compared by value. */
  public static boolean sameJson(JsonNode a, JsonNode b) {
    return a.equals((x, y) -> {
      if (x instanceof NumericNode && y instanceof NumericNode) {
        return x.decimalValue().compareTo(y.decimalValue()) == 0 ? 0 : 1;
      }
      return x.equals(y) ? 0 : 1;
    }, b);
  }
}
