package dev.widgetry.benchmarks;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Widgetry and the contender a target names, in one thread, taking turns: a round runs about a
 * millisecond of one side's operations, then as long of the other's, the side that goes first
 * alternating, and each side's time is summed per iteration ({@link Clock}). This machine moves
 * each of its two cores between two speeds about 1.6× apart for seconds at a time (ANALYSIS.md, the
 * dispatch section), so two rows measured in forks of their own compare the speeds their forks drew;
 * turns a millisecond long are taken under the same state, and the page reports the ratio of the two
 * sums fork by fork. Each side is its own benchmark's, set up and checked by that benchmark's
 * {@code setUp}. Both sides share one JVM, so the JIT profiles the code they share (Jackson's parser,
 * the JDK's) with both, which forks of their own do not: a ratio here is not the separate rows'. The
 * {@code dispatchVsItself} pair, the same work on both sides, shows what taking turns alone does to a
 * ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InterleavedBenchmark {
  @Param({"smallCardVsHandwritten", "orderListVsHandwritten", "largeTableVsHandwritten", "dispatchVsDatabind",
      "dispatchVsHandwritten", "dispatchVsItself", "a2uiWriteVsTree", "templateVsHandBuilt"})
  public String pair;

  private Callable<Object> widgetry;
  private Callable<Object> contender;
  /** Operations a turn: about a millisecond of Widgetry's. */
  private int turn;
  private boolean widgetryFirst;

  /** Nanoseconds each side took in an iteration's rounds, which JMH reports per iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Clock {
    public long widgetryNanos;
    public long contenderNanos;

    @Setup(Level.Iteration)
    public void reset() {
      widgetryNanos = 0;
      contenderNanos = 0;
    }
  }

  @Setup
  public void setUp() throws Exception {
    switch (pair) {
      case "smallCardVsHandwritten":
        set(serialize("smallCard", "widgetry")::widgetry, serialize("smallCard", "handwrittenUtf8")::handwrittenUtf8, 2000);
        break;
      case "orderListVsHandwritten":
        set(serialize("orderList", "widgetry")::widgetry, serialize("orderList", "handwrittenUtf8")::handwrittenUtf8, 300);
        break;
      case "largeTableVsHandwritten":
        set(serialize("largeTable", "widgetry")::widgetry, serialize("largeTable", "handwrittenUtf8")::handwrittenUtf8,
            25);
        break;
      case "dispatchVsDatabind":
        set(dispatch()::widgetry, dispatch()::databind, 1000);
        break;
      case "dispatchVsHandwritten":
        set(dispatch()::widgetry, dispatch()::handwritten, 1000);
        break;
      case "dispatchVsItself":
        set(dispatch()::widgetry, dispatch()::widgetry, 1000);
        break;
      case "a2uiWriteVsTree":
        set(a2uiWrite()::widgetry, a2uiWrite()::jackson, 100);
        break;
      case "templateVsHandBuilt":
        set(template()::template, template()::handBuilt, 40);
        break;
      default:
        throw new IllegalArgumentException("No pair " + pair);
    }
  }

  private void set(Callable<Object> widgetry, Callable<Object> contender, int turn) {
    this.widgetry = widgetry;
    this.contender = contender;
    this.turn = turn;
  }

  /** One turn each; JMH's own score counts rounds, the page reads the clock. */
  @Benchmark
  public void round(Clock clock, Blackhole hole) throws Exception {
    widgetryFirst = !widgetryFirst;
    long start = System.nanoTime();
    take(widgetryFirst ? widgetry : contender, hole);
    long middle = System.nanoTime();
    take(widgetryFirst ? contender : widgetry, hole);
    long end = System.nanoTime();
    clock.widgetryNanos += widgetryFirst ? middle - start : end - middle;
    clock.contenderNanos += widgetryFirst ? end - middle : middle - start;
  }

  private void take(Callable<Object> side, Blackhole hole) throws Exception {
    for (int i = 0; i < turn; i++) {
      hole.consume(side.call());
    }
  }

  /** A serialize benchmark of {@code widget} set up as the fork measuring {@code measured} is. */
  private static SerializeBenchmark serialize(String widget, String measured) throws Exception {
    SerializeBenchmark benchmark = new SerializeBenchmark();
    benchmark.widget = widget;
    benchmark.setUp(measured);
    return benchmark;
  }

  private static DispatchBenchmark dispatch() throws Exception {
    DispatchBenchmark benchmark = new DispatchBenchmark();
    benchmark.setUp();
    return benchmark;
  }

  private static A2uiWriteBenchmark a2uiWrite() {
    A2uiWriteBenchmark benchmark = new A2uiWriteBenchmark();
    benchmark.setUp();
    return benchmark;
  }

  private static TemplateBenchmark template() {
    TemplateBenchmark benchmark = new TemplateBenchmark();
    benchmark.setUp();
    return benchmark;
  }
}
