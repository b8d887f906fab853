package dev.widgetry.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Writes the results page from one run: JMH's JSON results (with {@code -prof gc}; {@code jmh-1.json},
 * {@code jmh-2.json}... one a pass), the timings
 * and machine facts {@code run.sh} collected, and the hand-written analysis. Every ratio on the
 * page is computed here from figures of that same run. Usage:
 * {@code ResultsPage RESULTS_DIR ANALYSIS_MD OUTPUT_MD}.
 */
public final class ResultsPage {
  private static final String[][] SERIALIZERS = {
    {"widgetry", "Widgetry, direct UTF-8 (`Widgets.toJsonBytes`)"},
    {"widgetryBesideGenerator", "Widgetry, direct UTF-8, in a JVM that also writes through a `JsonGenerator`"},
    {"widgetryGenerator", "Widgetry on a `JsonGenerator` (`codec.write(value, generator)`)"},
    {"jackson", "Jackson databind (`writeValueAsBytes`, mix-ins)"},
    {"avaje", "avaje-jsonb 3.11 (generated adapters)"},
    {"handwrittenGenerator", "Hand-written, `JsonGenerator` + `SerializedString`"},
    {"handwrittenUtf8", "Hand-written, UTF-8 bytes into a reused buffer"},
  };
  private static final String[] WIDGETS = {"smallCard", "orderList", "largeTable"};
  /** The serializers whose forks the page lists one by one: those that write UTF-8 bytes straight. */
  private static final Set<String> DIRECT_UTF8 = Set.of("widgetry", "widgetryBesideGenerator", "handwrittenUtf8");

  private final JmhResults jmh;
  private final Properties run;
  private final StringBuilder page = new StringBuilder();
  private final List<String> targets = new ArrayList<>();

  private ResultsPage(JmhResults jmh, Properties run) {
    this.jmh = jmh;
    this.run = run;
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    List<JsonNode> passes = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Path pass : passFiles(results)) {
      passes.add(mapper.readTree(pass.toFile()));
    }
    Properties run = new Properties();
    try (Reader reader = Files.newBufferedReader(results.resolve("run.properties"), StandardCharsets.UTF_8)) {
      run.load(reader);
    }
    String analysis = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    String text = new ResultsPage(new JmhResults(passes), run).write(analysis);
    Files.writeString(Path.of(args[2]), text, StandardCharsets.UTF_8);
  }

  /**
   * The JMH results of the passes {@code run.sh} made, in pass order: {@code jmh-1.json},
   * {@code jmh-2.json}... up to the first number missing. Nothing else in {@code results} is read
   * as a pass (JMH's logs, a copy of a pass under another name).
   */
  static List<Path> passFiles(Path results) {
    List<Path> passes = new ArrayList<>();
    for (int pass = 1; Files.isRegularFile(results.resolve("jmh-" + pass + ".json")); pass++) {
      passes.add(results.resolve("jmh-" + pass + ".json"));
    }
    return passes;
  }

  private String write(String analysis) {
    line("# Widgetry benchmark results");
    line("");
    line("Written by `benchmarks/run.sh` on " + run.getProperty("date") + ". Every ratio below is computed from figures"
        + " of this one run, on the same data for every contender; before measuring, each benchmark's set-up checks"
        + " that the contenders write the same bytes (or read the same tree, hand the handler the same order, or give"
        + " the same verdicts).");
    line("");
    machine();
    serialize();
    dispatch();
    parse();
    typeOrder();
    coldStart();
    compileTime();
    widgetStream();
    template();
    a2ui();
    TurnsSection.write(jmh, this);
    line("## Targets");
    line("");
    line("| target | measured | verdict |");
    line("| --- | --- | --- |");
    targets.forEach(this::line);
    line("");
    page.append(analysis.strip()).append('\n');
    return page.toString();
  }

  private void machine() {
    line("## Machine");
    line("");
    line("| | |");
    line("| --- | --- |");
    line("| CPU | " + run.getProperty("cpu") + " |");
    line("| cores | " + run.getProperty("cores") + " |");
    line("| memory | " + run.getProperty("memory") + " |");
    line("| JDK | " + run.getProperty("jdk") + " |");
    line("| OS | " + run.getProperty("os") + " |");
    line("| load average before / after | " + run.getProperty("load.before") + " / " + run.getProperty("load.after") + " |");
    line("| JMH | " + jmh.jmhVersion() + ", " + jmh.forks() + " forks in " + jmh.passes() + " passes (each pass runs every"
        + " benchmark in one fork, so that a row's forks are spread over the run), " + jmh.warmup() + " warm-up and " + jmh.measurement()
        + " measured iterations each, `-prof gc`, fork JVM options `" + jmh.jvmArgs() + "` |");
    line("");
  }

  private void serialize() {
    line("## 1. Serialize a widget to UTF-8 bytes");
    line("");
    line("Throughput in operations per millisecond, higher is better: the median of all measured iterations of all"
        + " forks, with their range in brackets. Bytes allocated per operation: JMH's `gc.alloc.rate.norm`. Ratios:"
        + " this row's throughput over Jackson databind's, over avaje-jsonb's and over the faster hand-written"
        + " writer's; allocation over Jackson databind's. Each contender is measured in JVMs of its own, whose set-up"
        + " runs no other path through the generated code than the one measured, except the second row's: the first"
        + " row's call, in a JVM that has also written through a `JsonGenerator`, as an application that writes both"
        + " ways does (see \"One writer per fork\" below).");
    line("");
    for (String widget : WIDGETS) {
      String key = "SerializeBenchmark.";
      Score jackson = jmh.score(key + "jackson", widget);
      Score avaje = jmh.score(key + "avaje", widget);
      Score handwritten = best(jmh.score(key + "handwrittenGenerator", widget), jmh.score(key + "handwrittenUtf8", widget));
      line("### " + widget + " (" + run.getProperty("bytes." + widget) + " bytes of JSON)");
      line("");
      line("| contender | ops/ms | × Jackson | × avaje | × hand-written best | B/op | alloc × Jackson |");
      line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (String[] serializer : SERIALIZERS) {
        Score s = jmh.score(key + serializer[0], widget);
        line("| " + serializer[1] + " | " + s.throughputText() + " | " + ratio(s.ops, jackson.ops) + " | "
            + ratio(s.ops, avaje.ops) + " | " + ratio(s.ops, handwritten.ops) + " | " + bytes(s.allocated) + " | "
            + ratio(s.allocated, jackson.allocated) + " |");
      }
      line("");
      line("Each fork's median for the direct UTF-8 writers, and how much faster the fastest fork is than the slowest:");
      line("");
      line("| contender | ops/ms by fork | spread |");
      line("| --- | ---: | ---: |");
      for (String[] serializer : SERIALIZERS) {
        if (DIRECT_UTF8.contains(serializer[0])) {
          Score s = jmh.score(key + serializer[0], widget);
          line("| " + serializer[1] + " | " + s.forksText() + " | " + percent(s.forkSpread()) + " |");
        }
      }
      line("");
      Score widgetry = jmh.score(key + "widgetry", widget);
      target("Serialize " + widget + ": at least 2× Jackson databind", widgetry.ops / jackson.ops, 2.0, true);
      target("Serialize " + widget + ": at least on par with avaje-jsonb", widgetry.ops / avaje.ops, 1.0, true);
      target("Serialize " + widget + ": within 10% of the faster hand-written", widgetry.ops / handwritten.ops, 0.9, true);
      target("Serialize " + widget + ": allocation at most half of Jackson databind's", widgetry.allocated / jackson.allocated,
          0.5, false);
    }
  }

  private void dispatch() {
    line("## 2. Parse and dispatch an action request (10-field payload) through to the handler call");
    line("");
    line("From the request body's bytes to the handler's return and the answer's bytes (`{\"result\":\"none\"}`)."
        + " Two reflective baselines: *databind* binds the whole request with `readValue`, the payload as a tree"
        + " until its type is known, as such a dispatcher is usually written; *streaming reflective* reads the"
        + " envelope in one streaming pass as Widgetry does and binds only the payload with databind, so it differs"
        + " from Widgetry only in how the payload is bound and the handler called. Figures as in section 1.");
    line("");
    line("| contender | ops/ms | × databind | × streaming reflective | B/op | alloc × databind | alloc × streaming reflective |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    Score databind = jmh.score("DispatchBenchmark.databind", null);
    Score reflective = jmh.score("DispatchBenchmark.reflective", null);
    String[][] rows = {
      {"widgetry", "Widgetry `ActionDispatcher.handle` (generated parser and dispatch table)"},
      {"databind", "Databind: `readValue` of the request, `readValue` of the payload tree, `Method.invoke`"},
      {"reflective", "Streaming reflective: envelope streamed, `ObjectReader.readValue` of the payload, `Method.invoke`"},
      {"handwritten", "Hand-written parser, direct call"},
    };
    for (String[] row : rows) {
      Score s = jmh.score("DispatchBenchmark." + row[0], null);
      line("| " + row[1] + " | " + s.throughputText() + " | " + ratio(s.ops, databind.ops) + " | " + ratio(s.ops, reflective.ops)
          + " | " + bytes(s.allocated) + " | " + ratio(s.allocated, databind.allocated) + " | "
          + ratio(s.allocated, reflective.allocated) + " |");
    }
    line("");
    line("Each fork's median (JMH runs each contender in forks of its own; a row that settles at a different"
        + " speed in each fork has a wide spread), and how much faster the fastest fork is than the slowest:");
    line("");
    line("| contender | ops/ms by fork | spread |");
    line("| --- | ---: | ---: |");
    for (String[] row : rows) {
      Score s = jmh.score("DispatchBenchmark." + row[0], null);
      line("| " + row[1] + " | " + s.forksText() + " | " + percent(s.forkSpread()) + " |");
    }
    line("");
    Score widgetry = jmh.score("DispatchBenchmark.widgetry", null);
    target("Parse and dispatch: at least 2× the databind reflective baseline", widgetry.ops / databind.ops, 2.0, true);
    target("Parse and dispatch: at least 2× the databind reflective baseline in every fork (the slowest fork's median)",
        widgetry.slowestFork() / databind.ops, 2.0, true);
    target("Parse and dispatch: forks within 10% of each other", 1 + widgetry.forkSpread(), 1.1, false);
    target("Parse and dispatch: at least 0.8× the hand-written dispatcher",
        widgetry.ops / jmh.score("DispatchBenchmark.handwritten", null).ops, 0.8, true);
    target("Parse and dispatch: at least 2× the streaming reflective baseline", widgetry.ops / reflective.ops, 2.0, true);
    target("Parse and dispatch: allocation at most half of the databind baseline's", widgetry.allocated / databind.allocated,
        0.5, false);
    target("Parse and dispatch: allocation at most half of the streaming reflective baseline's",
        widgetry.allocated / reflective.allocated, 0.5, false);
  }

  private void parse() {
    line("## 3. Parse a " + run.getProperty("bytes.productCard") + "-byte catalog Card into the typed tree");
    line("");
    line("Figures as in section 1.");
    line("");
    line("| contender | ops/ms | × Jackson | B/op | alloc × Jackson |");
    line("| --- | ---: | ---: | ---: | ---: |");
    Score jackson = jmh.score("ParseBenchmark.jackson", null);
    String[][] rows = {
      {"widgetry", "Widgetry (`codec.fromJson(bytes)`, validating)"},
      {"jackson", "Jackson databind (`ObjectReader.readValue`, mix-ins and union deserializers)"},
    };
    for (String[] row : rows) {
      Score s = jmh.score("ParseBenchmark." + row[0], null);
      line("| " + row[1] + " | " + s.throughputText() + " | " + ratio(s.ops, jackson.ops) + " | " + bytes(s.allocated)
          + " | " + ratio(s.allocated, jackson.allocated) + " |");
    }
    line("");
    Score widgetry = jmh.score("ParseBenchmark.widgetry", null);
    target("Parse: allocation at most half of Jackson databind's", widgetry.allocated / jackson.allocated, 0.5, false);
  }

  private void typeOrder() {
    line("## 4. Where \"type\" stands: a " + run.getProperty("bytes.deepTree") + "-byte card 60 widgets deep");
    line("");
    line("The same tree read with `codec.fromJson(bytes)` as Widgetry writes it, `\"type\"` first in every object, and with"
        + " every `\"type\"` moved last, as hand-written JSON may have it. Throughput in operations per second, otherwise"
        + " figures as in section 1. The last column is the time of a read over the time of a type-first read.");
    line("");
    line("| order | ops/s | × time of type first | B/op |");
    line("| --- | ---: | ---: | ---: |");
    Score first = jmh.score("TypeOrderBenchmark.typeFirst", null);
    String[][] rows = {{"typeFirst", "`\"type\"` first (as Widgetry writes it)"}, {"typeLast", "`\"type\"` last"}};
    for (String[] row : rows) {
      Score s = jmh.score("TypeOrderBenchmark." + row[0], null);
      line("| " + row[1] + " | " + s.throughputText() + " | " + ratio(first.ops, s.ops) + " | " + bytes(s.allocated) + " |");
    }
    line("");
    Score last = jmh.score("TypeOrderBenchmark.typeLast", null);
    target("Read with \"type\" last: at most 3× the time of \"type\" first", first.ops / last.ops, 3.0, false);
  }

  private void coldStart() {
    line("## 5. Cold start: a fresh JVM that serializes one widget and exits");
    line("");
    line("Wall time of the whole `java` process, median of " + run.getProperty("coldstart.runs") + " runs each, the three"
        + " kinds of run interleaved, all on the same class path. The floor is a JVM that builds the same widget and"
        + " writes nothing; the last column is the time beyond it, what the first serialization costs.");
    line("");
    line("| run | median ms | min ms | max ms | × Jackson | beyond the floor, ms |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    double floor = millis("coldstart.floor.median");
    double jackson = millis("coldstart.jackson.median");
    String[][] rows = {
      {"widgetry", "Widgetry: `Widgets.toJsonBytes` (ServiceLoader registry, class loading, one write)"},
      {"jackson", "Jackson databind: `new ObjectMapper` with the mix-ins, `writeValueAsBytes`"},
      {"floor", "Floor: JVM start and building the widget"},
    };
    for (String[] row : rows) {
      double median = millis("coldstart." + row[0] + ".median");
      line("| " + row[1] + " | " + format(median) + " | " + format(millis("coldstart." + row[0] + ".min")) + " | "
          + format(millis("coldstart." + row[0] + ".max")) + " | " + ratio(median, jackson) + " | "
          + format(median - floor) + " |");
    }
    line("");
    double widgetry = millis("coldstart.widgetry.median");
    target("Cold start: at most 0.6× Jackson databind (whole process)", widgetry / jackson, 0.6, false);
    targets.add("| Cold start, beyond the floor (information) | " + format((widgetry - floor) / (jackson - floor))
        + "× Jackson databind | - |");
  }

  private void compileTime() {
    line("## 6. Compile-time cost: javac on " + run.getProperty("compile.records") + " records");
    line("");
    line("Wall time of a `javac` process, median of " + run.getProperty("compile.runs") + " runs each, the five ways"
        + " interleaved in one run. The same records, annotated `@Widget` for widgetry-processor and `@Json` for"
        + " avaje-jsonb's generator (avaje-jsonb-generator " + run.getProperty("compile.avaje.version") + "). With a"
        + " processor, javac also compiles what it generates: widgetry-processor writes a codec, a schema, a strict"
        + " schema and a tool definition per record and one registry; avaje-jsonb writes a JSON adapter per record and"
        + " one component. *Processor alone* is widgetry-processor with `-proc:only`: javac parses and enters the"
        + " sources and runs the processor, and compiles nothing. *Parsing alone* is the same `-proc:only` run with"
        + " no processor found: javac starting, parsing and entering the records. What the processor-alone run takes"
        + " beyond it is the processor's time with the rounds it adds to javac's (the records entered again, the"
        + " generated sources parsed and entered).");
    line("");
    line("| javac | median ms | min ms | max ms | × without | × avaje-jsonb |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    double plain = millis("compile.plain.median");
    double avaje = millis("compile.avaje.median");
    String[][] rows = {
        {"plain", "without a processor (`-proc:none`), the `@Widget` records"},
        {"processor", "with widgetry-processor"},
        {"avaje", "with avaje-jsonb's generator, the `@Json` records"},
        {"processorOnly", "widgetry-processor alone (`-proc:only`)"},
        {"parseOnly", "parsing alone (`-proc:only`, no processor)"}};
    for (String[] row : rows) {
      double median = millis("compile." + row[0] + ".median");
      line("| " + row[1] + " | " + format(median) + " | " + format(millis("compile." + row[0] + ".min")) + " | "
          + format(millis("compile." + row[0] + ".max")) + " | " + ratio(median, plain) + " | " + ratio(median, avaje)
          + " |");
    }
    line("");
    double processor = millis("compile.processor.median");
    target("Compile time with widgetry-processor: at most 1.0× with avaje-jsonb's generator", processor / avaje, 1.0,
        false);
    target("Compile time with widgetry-processor: at most 2.0× plain javac", processor / plain, 2.0, false);
    double alone = millis("compile.processorOnly.median");
    boolean aloneMet = alone < 1000;
    targets.add("| Compile time, widgetry-processor alone (`-proc:only`): under 1 s for "
        + run.getProperty("compile.records") + " records | " + format(alone) + " ms | "
        + (aloneMet ? "met" : "**missed** (" + format(alone) + " ms against 1,000 ms)") + " |");
    targets.add("| Compile time, widgetry-processor and the rounds it adds: alone, beyond parsing alone"
        + " (information) | " + format(alone - millis("compile.parseOnly.median")) + " ms | - |");
  }

  private void widgetStream() {
    line("## 7. Stream a widget through 20 states as ChatKit events (" + run.getProperty("bytes.widgetStream")
        + " bytes of JSON at the end)");
    line("");
    line("Each state diffed against the one before and every update written as a Server-Sent Event (text deltas,"
        + " component updates, a root update). *Jackson trees* is the same diff as a Java team writes it today:"
        + " `valueToTree` on each state, trees compared with `equals`, events built as `ObjectNode`s and written with"
        + " `writeValueAsBytes`. Throughput in streams (19 diffs and their events) per millisecond; figures as in"
        + " section 1.");
    line("");
    line("| contender | ops/ms | × Jackson trees | B/op | alloc × Jackson trees |");
    line("| --- | ---: | ---: | ---: | ---: |");
    Score jackson = jmh.score("WidgetStreamBenchmark.jackson", null);
    String[][] rows = {
      {"widgetry", "Widgetry (`WidgetDiff` on the typed trees, the server's `EventSink`)"},
      {"jackson", "Jackson trees (`valueToTree`, `equals`, `writeValueAsBytes`)"},
    };
    for (String[] row : rows) {
      Score s = jmh.score("WidgetStreamBenchmark." + row[0], null);
      line("| " + row[1] + " | " + s.throughputText() + " | " + ratio(s.ops, jackson.ops) + " | " + bytes(s.allocated)
          + " | " + ratio(s.allocated, jackson.allocated) + " |");
    }
    line("");
    Score widgetry = jmh.score("WidgetStreamBenchmark.widgetry", null);
    target("Widget stream: at least 5× the diff over Jackson trees", widgetry.ops / jackson.ops, 5.0, true);
    targets.add("| Widget stream, allocation (information) | " + ratio(widgetry.allocated, jackson.allocated)
        + " Jackson trees | - |");
  }

  private void template() {
    line("## 8. Render a Widget Builder template of " + run.getProperty("template.rows") + " list rows to UTF-8 bytes");
    line("");
    line("`order_list.widget`, a Builder export (one line of JSON with holes, the comma trick around a loop of"
        + " ListViewItems), rendered from the same data and serialized (" + run.getProperty("bytes.template")
        + " bytes of JSON). The compiled template and the same tree built by hand with the catalog's builders are"
        + " measured by JMH as in section 1 (the set-up checks they write the same bytes). chatkit-python's build"
        + " steps (Jinja2 render with StrictUndefined, `json.loads`, pydantic validation of the root, JSON dump;"
        + " " + run.getProperty("template.python.versions") + ") are timed by `run.sh` in one python3 process, after"
        + " checking they render the same widget: ten one-second rounds after five warm-up rounds, their median and"
        + " range.");
    line("");
    line("| contender | ops/ms | × chatkit-python | × hand-built | B/op |");
    line("| --- | ---: | ---: | ---: | ---: |");
    Score template = jmh.score("TemplateBenchmark.template", null);
    Score handBuilt = jmh.score("TemplateBenchmark.handBuilt", null);
    double python = millis("template.python.median");
    line("| Widgetry: `OrderListTemplate.render(data)`, `Widgets.toJsonBytes` | " + template.throughputText() + " | "
        + ratio(template.ops, python) + " | " + ratio(template.ops, handBuilt.ops) + " | " + bytes(template.allocated) + " |");
    line("| Built by hand with the catalog's builders, `Widgets.toJsonBytes` | " + handBuilt.throughputText() + " | "
        + ratio(handBuilt.ops, python) + " | " + ratio(handBuilt.ops, handBuilt.ops) + " | " + bytes(handBuilt.allocated)
        + " |");
    line("| chatkit-python's `WidgetTemplate.build` steps, python3 | " + format(python) + " ("
        + format(millis("template.python.min")) + "–" + format(millis("template.python.max")) + ") | 1.00× | "
        + ratio(python, handBuilt.ops) + " | - |");
    line("");
    target("Template: at least 50× chatkit-python's build", template.ops / python, 50, true);
    target("Template: at least 0.9× the same tree built by hand", template.ops / handBuilt.ops, 0.9, true);
  }

  private void a2ui() {
    line("## 9. A2UI: write a surface, read and validate one");
    line("");
    line("An order surface of the basic catalog (Card, Columns, a Row per order line, Texts bound to the data model,"
        + " `formatNumber` and `formatCurrency` calls, a TextField with a check, a CheckBox, a Button with an event)"
        + " as the JSON array of its createSurface, updateComponents and updateDataModel messages. Figures as in"
        + " section 1.");
    line("");
    line("### Build, flatten and write 60 components and the data model (" + run.getProperty("bytes.a2uiWrite")
        + " bytes of JSON)");
    line("");
    line("*ObjectNode tree* is what a Java team writes today: the messages built as a Jackson `ObjectNode` tree with"
        + " a few helpers, flat with the ids it picks, the data model by `valueToTree`, written by"
        + " `writeValueAsString`. The set-up checks that both write the same JSON. Throughput in operations per"
        + " millisecond.");
    line("");
    line("| contender | ops/ms | × ObjectNode tree | B/op | alloc × ObjectNode tree |");
    line("| --- | ---: | ---: | ---: | ---: |");
    Score tree = jmh.score("A2uiWriteBenchmark.jackson", null);
    String[][] writers = {
      {"widgetry", "Widgetry: `Surface` builder over the generated typed paths, flattened, `A2ui.toJsonArray`"},
      {"jackson", "ObjectNode tree, `valueToTree` of the data model, `writeValueAsString`"},
    };
    for (String[] row : writers) {
      Score s = jmh.score("A2uiWriteBenchmark." + row[0], null);
      line("| " + row[1] + " | " + s.throughputText() + " | " + ratio(s.ops, tree.ops) + " | " + bytes(s.allocated)
          + " | " + ratio(s.allocated, tree.allocated) + " |");
    }
    line("");
    line("### Read and validate 200 components (" + run.getProperty("bytes.a2uiRead") + " bytes of JSON)");
    line("");
    line("*networknt* is `readTree`, networknt's json-schema-validator on the official v0.9 schemas"
        + " (`server_to_client_list.json` with the basic catalog), then the integrity rules (duplicate ids, no root,"
        + " dangling references, cycles, depth) written over the `JsonNode` tree. Widgetry's `A2ui.validate` checks"
        + " more (unreachable components, call depth, pointers, message order). The set-up checks that both accept"
        + " the surface and both refuse a duplicate id, a dangling reference, a cycle, a missing root, a tree 60"
        + " deep and an unknown prop. Throughput in operations per second.");
    line("");
    Score networknt = readRows("A2uiReadBenchmark", "networknt", new String[][] {
      {"widgetry", "Widgetry: `A2ui.parseMessages`, `A2ui.validate`"},
      {"networknt", "`readTree`, networknt on the official schemas, integrity rules over the tree"},
    });
    readV1();
    Score writer = jmh.score("A2uiWriteBenchmark.widgetry", null);
    Score reader = jmh.score("A2uiReadBenchmark.widgetry", null);
    target("A2UI write: at least 3× the ObjectNode tree", writer.ops / tree.ops, 3.0, true);
    targets.add("| A2UI write, allocation (information) | " + ratio(writer.allocated, tree.allocated)
        + " ObjectNode tree | - |");
    target("A2UI read and validate: at least 5× networknt and the rules over JsonNode", reader.ops / networknt.ops, 5.0,
        true);
    targets.add("| A2UI read and validate, allocation (information) | " + ratio(reader.allocated, networknt.allocated)
        + " networknt | - |");
  }

  private void readV1() {
    line("### Read and validate the same 200 components in A2UI v1.0 (" + run.getProperty("bytes.a2uiReadV1")
        + " bytes of JSON)");
    line("");
    line("The same surface as the v1.0 writer writes it (its three `agent_to_renderer` messages), read by"
        + " `A2ui.reader(A2uiVersion.V1_0)` and validated by `A2ui.validate(A2uiVersion.V1_0, ...)`. *networknt* is"
        + " `readTree`, networknt on the official v1.0 schemas (`agent_to_renderer_list.json` with the basic catalog),"
        + " then the same integrity rules over the tree, which also take the components a v1.0 createSurface carries."
        + " The set-up checks that both accept the surface and both refuse the defects above, and a dangling reference"
        + " among the components of a createSurface. Throughput in operations per second.");
    line("");
    readRows("A2uiReadV1Benchmark", "networknt v1.0", new String[][] {
      {"widgetry", "Widgetry: `A2ui.reader(V1_0).parseMessages`, `A2ui.validate(V1_0, ...)`"},
      {"networknt", "`readTree`, networknt on the official v1.0 schemas, integrity rules over the tree"},
    });
  }

  /**
   * The table of a read benchmark's rows ({benchmark method, contender}), each with its ratios to the
   * benchmark's networknt row, named {@code networkntName} in the heading; returns that row's score.
   */
  private Score readRows(String benchmark, String networkntName, String[][] rows) {
    line("| contender | ops/s | × " + networkntName + " | B/op | alloc × " + networkntName + " |");
    line("| --- | ---: | ---: | ---: | ---: |");
    Score networknt = jmh.score(benchmark + ".networknt", null);
    for (String[] row : rows) {
      Score s = jmh.score(benchmark + "." + row[0], null);
      line("| " + row[1] + " | " + s.throughputText() + " | " + ratio(s.ops, networknt.ops) + " | " + bytes(s.allocated)
          + " | " + ratio(s.allocated, networknt.allocated) + " |");
    }
    line("");
    return networknt;
  }

  void target(String what, double measured, double bound, boolean atLeast) {
    boolean met = atLeast ? measured >= bound : measured <= bound;
    String verdict;
    if (met) {
      verdict = "met";
    } else if (atLeast) {
      verdict = "**missed** by " + percent(1 - measured / bound) + " (" + format(measured) + "× against " + format(bound) + "×)";
    } else {
      verdict = "**missed** by " + percent(measured / bound - 1) + " (" + format(measured) + "× against " + format(bound) + "×)";
    }
    targets.add("| " + what + " | " + format(measured) + "× | " + verdict + " |");
  }

  private double millis(String key) {
    String value = run.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("run.properties has no " + key);
    }
    return Double.parseDouble(value);
  }

  private static Score best(Score a, Score b) {
    return a.ops >= b.ops ? a : b;
  }

  private static String ratio(double a, double b) {
    return format(a / b) + "×";
  }

  private static String bytes(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }

  void line(String text) {
    page.append(text).append('\n');
  }
}
