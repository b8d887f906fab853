package dev.widgetry.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiReader;
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
 * {@link A2uiReadBenchmark} in A2UI v1.0: the same surface of 200 components as the v1.0 writer
 * writes it (its three {@code agent_to_renderer} messages) read and validated by Widgetry's v1.0
 * reader and its integrity rules told the version, against {@code readTree}, networknt's validator
 * on the official v1.0 schemas ({@code agent_to_renderer_list.json} with the basic catalog) and the
 * same integrity rules over the tree. The set-up checks that both accept the surface and both
 * refuse each of {@link SurfaceInputs#invalid}'s v1.0 inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class A2uiReadV1Benchmark {
  private static final A2uiReader READER = A2ui.reader(A2uiVersion.V1_0);

  private String json;
  private NetworkntSurfaceCheck networkntCheck;

  @Setup
  public void setUp() {
    json = SurfaceInputs.valid(A2uiVersion.V1_0);
    networkntCheck = new NetworkntSurfaceCheck(new ObjectMapper(), OfficialSchemas.agentToRendererList());
    Same.value("Widgetry's problems with the valid v1.0 surface", List.of(), widgetry());
    Same.value("networknt's problems with the valid v1.0 surface", List.of(), networknt());
    SurfaceRefusals.check(
        A2uiVersion.V1_0, input -> A2ui.validate(A2uiVersion.V1_0, READER.parseMessages(input)), networkntCheck);
  }

  /** {@code A2ui.validate(V1_0, A2ui.reader(V1_0).parseMessages(json))}. */
  @Benchmark
  public List<A2uiProblem> widgetry() {
    return A2ui.validate(A2uiVersion.V1_0, READER.parseMessages(json));
  }

  /** {@code readTree}, the official v1.0 schema by networknt, the integrity rules over the tree. */
  @Benchmark
  public List<String> networknt() {
    return networkntCheck.problems(json);
  }
}
