package dev.widgetry.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.benchmarks.a2ui.JacksonSurface;
import dev.widgetry.benchmarks.a2ui.OrderView;
import dev.widgetry.benchmarks.a2ui.OrderViews;
import dev.widgetry.benchmarks.a2ui.WidgetrySurface;
import java.nio.charset.StandardCharsets;
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
 * An A2UI surface of 60 components and its data model (an order of 11 lines) built, flattened and
 * written as the JSON array of its three messages: Widgetry's {@code Surface} builder over typed
 * paths and its generated writers, against the same JSON built as a Jackson {@code ObjectNode}
 * tree and written by databind. The set-up checks that both write the same JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class A2uiWriteBenchmark {
  /** The order's lines: four components each, and sixteen around them. */
  public static final int LINES = 11;

  private OrderView order;
  private JacksonSurface jacksonSurface;

  @Setup
  public void setUp() {
    order = OrderViews.of(LINES);
    jacksonSurface = new JacksonSurface(new ObjectMapper());
    Same.bytes("The ObjectNode tree", widgetry().getBytes(StandardCharsets.UTF_8),
        jackson().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code Surface.builder(...).root(tree).dataModel(order).build()}, then {@code A2ui.toJsonArray(messages)}. */
  @Benchmark
  public String widgetry() {
    return WidgetrySurface.json(order);
  }

  /** The messages as an {@code ObjectNode} tree, the data model by {@code valueToTree}, {@code writeValueAsString}. */
  @Benchmark
  public String jackson() {
    return jacksonSurface.json(order);
  }
}
