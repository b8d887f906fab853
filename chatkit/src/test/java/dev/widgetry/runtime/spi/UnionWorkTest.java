package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.DeepTrees;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading costs the same order of work wherever {@code "type"} stands: counted in tokens, not
 * timed. A union object whose tag comes late is recorded once with everything inside it, and the
 * unions inside read their tags from that recording; so no token of the input is recorded twice,
 * however deep the tree. (Before, each level recorded its whole subtree again: a tree 60 levels
 * deep recorded each of its deepest tokens 60 times.) The time this saves is measured by
 * {@code TypeOrderBenchmark}.
 */
class UnionWorkTest {
  private static final ParseOptions OPTIONS = ParseOptions.defaults();

  @Test
  void aTreeWithItsTypesFirstIsReadWithoutRecordingAnything() throws IOException {
    String json = Widgets.toJson(DeepTrees.card(60, 6));

    Work work = read(json, Card.class);

    assertEquals(0, work.recorded);
    assertEquals(0, work.replayed);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {1, 10, 60})
  void aTreeWithItsTypesLastRecordsEachTokenAtMostOnceAtAnyDepth(int depth) throws IOException {
    Card card = DeepTrees.card(depth, 6);
    String json = DeepTrees.typeLast(Widgets.toJson(card));

    Work work = read(json, Card.class);

    assertEquals(card, work.value);
    assertTrue(work.recorded <= work.input, work::toString);
    // Replay reads each recorded token once; untagged unions look ahead at their objects' names.
    assertTrue(work.replayed <= 2 * work.recorded, work::toString);
  }

  @Test
  void theWorkPerInputTokenDoesNotGrowWithDepth() throws IOException {
    Work shallow = read(DeepTrees.typeLast(Widgets.toJson(DeepTrees.card(6, 60))), Card.class);
    Work deep = read(DeepTrees.typeLast(Widgets.toJson(DeepTrees.card(60, 6))), Card.class);

    // The same leaves, about as many tokens, 10 times deeper: the work per token is the same to a few percent.
    assertTrue(Math.abs(deep.perInputToken() - shallow.perInputToken()) < 0.1, () -> shallow + " / " + deep);
  }

  @Test
  void theHandWrittenSampleWithItsTypesLastIsRecordedOnce() throws IOException {
    String json;
    try (InputStream in = UnionWorkTest.class.getResourceAsStream("/chatkit/samples/type-last.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    Work work = read(json, WidgetRoot.class);

    assertTrue(work.recorded > 0, work::toString);
    assertTrue(work.recorded <= work.input, work::toString);
    assertTrue(work.replayed <= 2 * work.recorded, work::toString);
  }

  @SuppressWarnings("unchecked") // every generated codec is a GeneratedCodec
  private static <T> Work read(String json, Class<T> type) throws IOException {
    GeneratedCodec<T> codec = (GeneratedCodec<T>) Widgets.codec(type);
    try (JsonParser parser = OPTIONS.jsonFactory().createParser(json)) {
      WidgetReader in = new WidgetReader(parser, OPTIONS);
      in.beginDocument();
      T value = codec.read(in);
      in.endDocument();
      return new Work(value, tokens(json), in.tokensRecorded(), in.tokensReplayed());
    }
  }

  private static long tokens(String json) throws IOException {
    long count = 0;
    try (JsonParser parser = OPTIONS.jsonFactory().createParser(json)) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  private static final class Work {
    final Object value;
    final long input;
    final long recorded;
    final long replayed;

    Work(Object value, long input, long recorded, long replayed) {
      this.value = value;
      this.input = input;
      this.recorded = recorded;
      this.replayed = replayed;
    }

    double perInputToken() {
      return (double) (recorded + replayed) / input;
    }

    @Override
    public String toString() {
      return input + " input tokens, " + recorded + " recorded, " + replayed + " replayed";
    }
  }
}
