package dev.widgetry.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.benchmarks.dispatch.DatabindDispatcher;
import dev.widgetry.benchmarks.dispatch.HandwrittenDispatcher;
import dev.widgetry.benchmarks.dispatch.OrderHandlers;
import dev.widgetry.benchmarks.dispatch.OrderRequests;
import dev.widgetry.benchmarks.dispatch.ReflectiveDispatcher;
import dev.widgetry.benchmarks.jackson.ChatKitJackson;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
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
 * An action request with a ten-field payload, from bytes through to the handler call and its
 * answer: Widgetry's {@code ActionDispatcher}; two reflective dispatchers on Jackson databind, one
 * binding the whole request with {@code readValue} as is usually written ({@code databind}), one
 * reading the envelope as Widgetry does and binding only the payload ({@code reflective}); and
 * hand-written code. The set-up checks that each hands the handler the same order and answers alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DispatchBenchmark {
  private static final String ANSWER = "{\"result\":\"none\"}";

  private final byte[] body = OrderRequests.body();
  private final OrderHandlers widgetryHandlers = new OrderHandlers();
  private final OrderHandlers databindHandlers = new OrderHandlers();
  private final OrderHandlers reflectiveHandlers = new OrderHandlers();
  private final OrderHandlers handwrittenHandlers = new OrderHandlers();
  private ActionDispatcher dispatcher;
  private DatabindDispatcher databind;
  private ReflectiveDispatcher reflective;
  private HandwrittenDispatcher handwritten;

  @Setup
  public void setUp() throws Exception {
    ObjectMapper mapper = ChatKitJackson.newMapper();
    dispatcher = ActionDispatcher.of(widgetryHandlers);
    databind = new DatabindDispatcher(mapper, databindHandlers);
    reflective = new ReflectiveDispatcher(mapper, reflectiveHandlers);
    handwritten = new HandwrittenDispatcher(mapper.getFactory(), handwrittenHandlers);

    Same.value("Widgetry's answer", ANSWER, widgetry().bodyText());
    Same.value("The databind answer", ANSWER, new String(databind(), StandardCharsets.UTF_8));
    Same.value("The reflective answer", ANSWER, new String(reflective(), StandardCharsets.UTF_8));
    Same.value("The hand-written answer", ANSWER, new String(handwritten(), StandardCharsets.UTF_8));
    Same.value("Widgetry's handler", OrderRequests.order(), widgetryHandlers.last());
    Same.value("The databind handler", OrderRequests.order(), databindHandlers.last());
    Same.value("The reflective handler", OrderRequests.order(), reflectiveHandlers.last());
    Same.value("The hand-written handler", OrderRequests.order(), handwrittenHandlers.last());
  }

  @Benchmark
  public ActionResponse widgetry() {
    return dispatcher.handle(body, ActionContext.empty());
  }

  @Benchmark
  public byte[] databind() throws Exception {
    return databind.handle(body);
  }

  @Benchmark
  public byte[] reflective() throws Exception {
    return reflective.handle(body);
  }

  @Benchmark
  public byte[] handwritten() throws Exception {
    return handwritten.handle(body);
  }
}
