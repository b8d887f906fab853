package dev.widgetry.benchmarks;

import dev.widgetry.benchmarks.templates.HandBuiltOrderList;
import dev.widgetry.benchmarks.templates.OrderList;
import dev.widgetry.benchmarks.templates.OrderListTemplate;
import dev.widgetry.benchmarks.templates.OrderRows;
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
 * A Widget Builder template of 40 list rows, rendered and serialized to UTF-8 bytes: the compiled
 * template against the same tree built by hand with the catalog's builders. chatkit-python's build
 * steps on the same file and data are timed by {@code run.sh} in python3 ({@code
 * benchmarks/python/template_build.py}). The set-up checks that both Java ways write the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TemplateBenchmark {
  /** The rows of the list, as the Python timing renders them. */
  public static final int ROWS = 40;

  private OrderList data;

  @Setup
  public void setUp() {
    data = OrderRows.of(ROWS);
    Same.bytes("The order list built by hand", template(), handBuilt());
  }

  /** {@code OrderListTemplate.render(data)}, then {@code Widgets.toJsonBytes}. */
  @Benchmark
  public byte[] template() {
    return Widgets.toJsonBytes(OrderListTemplate.render(data));
  }

  /** The same tree built with the catalog's builders, then {@code Widgets.toJsonBytes}. */
  @Benchmark
  public byte[] handBuilt() {
    return Widgets.toJsonBytes(HandBuiltOrderList.of(data));
  }
}
