package dev.widgetry.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.benchmarks.jackson.ChatKitJackson;
import dev.widgetry.benchmarks.stream.JacksonTreeDiff;
import dev.widgetry.benchmarks.stream.StreamStates;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.internal.EventSink;
import dev.widgetry.chatkit.server.internal.WidgetDiff;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A widget streamed through 20 states (2 KB at the end): each state diffed against the one before
 * and the updates written as Server-Sent Events ({@code data: {"type": "thread.item.updated", ...}}),
 * two ways: the ChatKit server's diff over the typed trees and its event writer, and the same diff
 * over Jackson trees ({@code valueToTree}, {@code equals}, events written with databind). The set-up
 * checks that both write the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WidgetStreamBenchmark {
  private static final String ITEM_ID = "msg_5f1c0a9e27b34d68";
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] END = "\n\n".getBytes(StandardCharsets.UTF_8);

  private List<WidgetRoot> states;
  private ObjectMapper mapper;
  private ByteArrayOutputStream out;
  private EventSink sink;

  @Setup
  public void setUp() throws IOException {
    states = StreamStates.states();
    mapper = ChatKitJackson.newMapper();
    out = new ByteArrayOutputStream(64 * 1024);
    sink = new EventSink(out);
    byte[] expected = widgetry().clone();
    Same.bytes("The diff over Jackson trees", expected, jackson());
  }

  /** {@code WidgetDiff.updates} on the typed states, each update written by the server's {@code EventSink}. */
  @Benchmark
  public byte[] widgetry() throws IOException {
    out.reset();
    for (int i = 1; i < states.size(); i++) {
      for (ThreadItemUpdate update : WidgetDiff.updates(states.get(i - 1), states.get(i))) {
        sink.send(new ThreadStreamEvent.ItemUpdated(ITEM_ID, update));
      }
    }
    return out.toByteArray();
  }

  /** Each state to a tree with {@code valueToTree}, the trees diffed, each update written with databind. */
  @Benchmark
  public byte[] jackson() throws IOException {
    out.reset();
    JsonNode before = mapper.valueToTree(states.get(0));
    for (int i = 1; i < states.size(); i++) {
      JsonNode after = mapper.valueToTree(states.get(i));
      for (ObjectNode update : JacksonTreeDiff.updates(before, after)) {
        ObjectNode event = mapper.createObjectNode().put("type", "thread.item.updated").put("item_id", ITEM_ID);
        event.set("update", update);
        out.write(DATA);
        out.write(mapper.writeValueAsBytes(event));
        out.write(END);
        out.flush();
      }
      before = after;
    }
    return out.toByteArray();
  }
}
