package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.ParserContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile variants of real widget JSON (the test resources' samples and composites, and generated
 * trees, tags first and last), made by {@link JsonMutator} from a fixed seed, read as ChatKit types
 * through both overloads of {@code fromJson}: each must keep {@link ParserContract}.
 *
 * <p>A build reads {@value #INPUTS_PER_BUILD} inputs. For a long run, give more and another seed:
 * {@code benchmarks/fuzz.sh 1000000 42}, or the system properties {@code widgetry.fuzz.inputs} and
 * {@code widgetry.fuzz.seed}. An input that breaks the contract is printed as a Java string, to be
 * kept in {@link FuzzFoundInputsTest}.
 */
class ParserFuzzTest {
  static final int INPUTS_PER_BUILD = 2000;
  private static final List<Class<?>> TYPES =
      List.of(WidgetRoot.class, WidgetNode.class, Card.class, ListView.class, WidgetComponent.class);
  /** A cap on problems well above what a few kilobytes hold, so that a reader out of step shows. */
  private static final ParseOptions OPTIONS = ParseOptions.defaults().withMaxProblems(10_000);

  @Test
  void hostileInputKeepsTheContract() {
    int inputs = Integer.getInteger("widgetry.fuzz.inputs", INPUTS_PER_BUILD);
    long seed = Long.getLong("widgetry.fuzz.seed", 11L);
    JsonMutator mutator = new JsonMutator(seeds(), seed);
    List<String> broken = new ArrayList<>();
    for (int i = 0; i < inputs && broken.size() < 5; i++) {
      byte[] input = mutator.next();
      Class<?> type = TYPES.get(i % TYPES.size());
      String problem = ParserContract.check(input, type, OPTIONS);
      if (problem != null) {
        broken.add("input " + i + " of seed " + seed + ", read as " + type.getSimpleName() + ": "
            + FuzzFoundInputsTest.javaString(input) + "\n  " + problem);
      }
    }
    if (!broken.isEmpty()) {
      fail(broken.size() + " inputs broke the contract:\n" + String.join("\n", broken));
    }
  }

  @Test
  void theMutatorIsDeterministic() {
    JsonMutator one = new JsonMutator(seeds(), 5);
    JsonMutator other = new JsonMutator(seeds(), 5);
    for (int i = 0; i < 50; i++) {
      assertArrayEquals(one.next(), other.next(), "input " + i);
    }
  }

  /** The seed documents: every sample and composite, and generated trees with their tags first and last. */
  static List<JsonNode> seeds() {
    List<JsonNode> seeds = new ArrayList<>();
    for (String folder : new String[] {"/chatkit/samples", "/chatkit/composites"}) {
      for (Path file : files(folder)) {
        seeds.add(Json.resource(folder + "/" + file.getFileName()));
      }
    }
    for (WidgetRoot widget : new WidgetRoot[] {DeepTrees.card(4, 3), CompositeWidgets.dashboard(), CompositeWidgets.salesChart()}) {
      String json = Widgets.toJson(widget);
      seeds.add(Json.parse(json));
      seeds.add(Json.parse(DeepTrees.typeLast(json)));
    }
    return seeds;
  }

  private static List<Path> files(String folder) {
    try (Stream<Path> files = Files.list(Path.of(ParserFuzzTest.class.getResource(folder).toURI()))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
