package dev.widgetry.benchmarks;

import dev.widgetry.benchmarks.trees.TypeLast;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
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
 * The same 8 MB card, 60 widgets deep ({@link WidgetTrees#deepTree()}), read as Widgetry writes it,
 * {@code "type"} first in every object, and with every {@code "type"} last, as hand-written JSON
 * may have it. Reading must cost the same order of time either way: the results page reports type
 * last over type first from this one run, against a target of at most 3. The set-up checks both
 * read back the card the JSON was written from.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TypeOrderBenchmark {
  private byte[] typeFirst;
  private byte[] typeLast;
  private WidgetCodec<Card> codec;

  @Setup
  public void setUp() {
    Card card = WidgetTrees.deepTree();
    typeFirst = Widgets.toJsonBytes(card);
    typeLast = TypeLast.of(typeFirst);
    codec = Widgets.codec(Card.class);
    Same.value("Widgetry, type first", card, typeFirst());
    Same.value("Widgetry, type last", card, typeLast());
  }

  @Benchmark
  public Card typeFirst() {
    return codec.fromJson(typeFirst);
  }

  @Benchmark
  public Card typeLast() {
    return codec.fromJson(typeLast);
  }
}
