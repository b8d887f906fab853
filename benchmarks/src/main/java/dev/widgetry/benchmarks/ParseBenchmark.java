package dev.widgetry.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.widgetry.benchmarks.jackson.ChatKitJackson;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 5 KB catalog card, from UTF-8 JSON into the typed tree: Widgetry's generated parser against
 * Jackson databind. The set-up checks both give back the card the JSON was written from.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {
  private byte[] json;
  private WidgetCodec<Card> codec;
  private ObjectReader reader;

  @Setup
  public void setUp() throws IOException {
    Card card = WidgetTrees.productCard();
    json = Widgets.toJsonBytes(card);
    codec = Widgets.codec(Card.class);
    reader = ChatKitJackson.newMapper().readerFor(Card.class);
    Same.value("Widgetry", card, widgetry());
    Same.value("Jackson databind", card, jackson());
  }

  @Benchmark
  public Card widgetry() {
    return codec.fromJson(json);
  }

  @Benchmark
  public Card jackson() throws IOException {
    return reader.readValue(json);
  }
}
