package dev.widgetry.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.benchmarks.a2ui.NetworkntSurfaceCheck;
import dev.widgetry.benchmarks.a2ui.OfficialSchemas;
import dev.widgetry.benchmarks.a2ui.SurfaceInputs;
import dev.widgetry.benchmarks.a2ui.SurfaceRefusals;
import java.util.List;
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
 * An A2UI surface of 200 components (its createSurface, updateComponents and updateDataModel, as
 * one JSON array) read and validated: Widgetry's typed parser and integrity rules
 * ({@code A2ui.parseMessages}, {@code A2ui.validate}) against {@code readTree}, networknt's
 * validator on the official v0.9 schemas and the same integrity rules over the tree. The set-up
 * checks that both accept the surface and both refuse each of {@link SurfaceInputs#invalid}.
 * {@link A2uiReadV1Benchmark} does the same in A2UI v1.0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class A2uiReadBenchmark {
  private String json;
  private NetworkntSurfaceCheck networkntCheck;

  @Setup
  public void setUp() {
    json = SurfaceInputs.valid(A2uiVersion.V0_9);
    networkntCheck = new NetworkntSurfaceCheck(new ObjectMapper(), OfficialSchemas.serverMessageList());
    Same.value("Widgetry's problems with the valid surface", List.of(), widgetry());
    Same.value("networknt's problems with the valid surface", List.of(), networknt());
    SurfaceRefusals.check(A2uiVersion.V0_9, input -> A2ui.validate(A2ui.parseMessages(input)), networkntCheck);
  }

  /** {@code A2ui.validate(A2ui.parseMessages(json))}. */
  @Benchmark
  public List<A2uiProblem> widgetry() {
    return A2ui.validate(A2ui.parseMessages(json));
  }

  /** {@code readTree}, the official schema by networknt, the integrity rules over the tree. */
  @Benchmark
  public List<String> networknt() {
    return networkntCheck.problems(json);
  }
}
