package dev.widgetry.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.benchmarks.avaje.AvajeTrees;
import dev.widgetry.benchmarks.avaje.ChatKitAvaje;
import dev.widgetry.benchmarks.avaje.model.Root;
import dev.widgetry.benchmarks.handwritten.GeneratorWidgets;
import dev.widgetry.benchmarks.handwritten.Utf8Out;
import dev.widgetry.benchmarks.handwritten.Utf8Widgets;
import dev.widgetry.benchmarks.jackson.ChatKitJackson;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import io.avaje.jsonb.JsonType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One widget to UTF-8 JSON bytes, six ways, on the same data: Widgetry's fast path and its
 * {@code JsonGenerator} path, Jackson databind, avaje-jsonb, and two hand-written writers; and
 * Widgetry's fast path once more, in a JVM that has also written through a {@code JsonGenerator}.
 * The set-up checks that they write the same bytes before anything is measured.
 *
 * <p>Widgetry's two paths run the same generated code, one with the UTF-8 writer and one with the
 * generator's; the two hand-written writers share no code. So the set-up runs Widgetry's other path
 * only in a fork that measures neither: a fork that measures one of them has its generated code
 * profiled, and compiled, with one writer, as the hand-written writer's is. {@link
 * #widgetryBesideGenerator} measures what running both costs (C2 then compiles every writer call of
 * the generated code for both writers, see benchmarks/ANALYSIS.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SerializeBenchmark {
  @Param({"smallCard", "orderList", "largeTable"})
  public String widget;

  private WidgetRoot tree;
  private Root avajeTree;
  private WidgetCodec<WidgetRoot> codec;
  private ObjectMapper mapper;
  private JsonFactory factory;
  private JsonType<Root> avaje;
  private ByteArrayOutputStream generatorOut;
  private Utf8Out utf8Out;

  @Setup
  public void setUp(BenchmarkParams params) throws IOException {
    String benchmark = params.getBenchmark();
    setUp(benchmark.substring(benchmark.lastIndexOf('.') + 1));
  }

  /** Prepares the contenders and checks that they write the same bytes, as the fork measuring {@code measured} does. */
  public void setUp(String measured) throws IOException {
    tree = WidgetTrees.named(widget);
    avajeTree = AvajeTrees.of(tree);
    codec = Widgets.codec(WidgetRoot.class);
    mapper = ChatKitJackson.newMapper();
    factory = mapper.getFactory();
    avaje = ChatKitAvaje.newJsonb().type(Root.class);
    generatorOut = new ByteArrayOutputStream(1024);
    utf8Out = new Utf8Out(1024);

    boolean generatorPath = measured.equals("widgetryGenerator");
    byte[] expected = generatorPath ? widgetryGenerator() : widgetry();
    if (!generatorPath && !measured.equals("widgetry")) {
      Same.bytes("Widgetry on a JsonGenerator", expected, widgetryGenerator());
    }
    Same.bytes("Jackson databind", expected, jackson());
    Same.bytes("avaje-jsonb", expected, avaje());
    Same.bytes("Hand-written on a JsonGenerator", expected, handwrittenGenerator());
    Same.bytes("Hand-written UTF-8", expected, handwrittenUtf8());
  }

  /** {@code Widgets.toJsonBytes}: generated code on the direct UTF-8 writer. */
  @Benchmark
  public byte[] widgetry() {
    return Widgets.toJsonBytes(tree);
  }

  /**
   * {@code Widgets.toJsonBytes} again, measured in a fork whose set-up has also written through a
   * {@code JsonGenerator}, as an application that writes both ways does.
   */
  @Benchmark
  public byte[] widgetryBesideGenerator() {
    return Widgets.toJsonBytes(tree);
  }

  /** The generated code driving a Jackson {@code JsonGenerator}: the interop path. */
  @Benchmark
  public byte[] widgetryGenerator() throws IOException {
    generatorOut.reset();
    try (JsonGenerator generator = factory.createGenerator(generatorOut)) {
      codec.write(tree, generator);
    }
    return generatorOut.toByteArray();
  }

  @Benchmark
  public byte[] jackson() throws IOException {
    return mapper.writeValueAsBytes(tree);
  }

  @Benchmark
  public byte[] avaje() {
    return avaje.toJsonBytes(avajeTree);
  }

  @Benchmark
  public byte[] handwrittenGenerator() throws IOException {
    generatorOut.reset();
    try (JsonGenerator generator = factory.createGenerator(generatorOut)) {
      GeneratorWidgets.write(generator, tree);
    }
    return generatorOut.toByteArray();
  }

  @Benchmark
  public byte[] handwrittenUtf8() {
    utf8Out.reset();
    Utf8Widgets.write(utf8Out, tree);
    return utf8Out.toByteArray();
  }
}
