package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Widgets compiled in one module and used from another, as a multi-module build or a library jar
 * does: the second compilation finds the first one's codecs and embeds its shipped schemas.
 */
class SeparateCompilationTest {
  private static final JavaFileObject SEAT = source("venue.Seat", """
      package venue;

      import dev.widgetry.annotations.Widget;

      /**
       * A seat in a hall.
       *
       * @param row the row letter
       * @param number the seat number in its row
       */
      @Widget
      public record Seat(String row, int number) {}
      """);

  private static final JavaFileObject TICKET = source("box.Ticket", """
      package box;

      import dev.widgetry.annotations.Widget;
      import java.util.List;
      import venue.Seat;

      /** A ticket for some seats. */
      @Widget
      public record Ticket(String event, List<Seat> seats) {}
      """);

  @TempDir Path library;

  @Test
  void aWidgetFromAnotherCompilationIsUsedThroughItsCodecAndItsShippedSchema() throws IOException {
    Compilation first = compiler(List.of()).compile(SEAT);
    assertThat(first).succeededWithoutWarnings();
    CompiledOutput.writeTo(first, library);

    Compilation second = compiler(List.of(library.toFile())).compile(TICKET);

    assertThat(second).succeededWithoutWarnings();
    String part = GeneratedSourcesTest.resource(second, "box/Ticket.schema.json").getCharContent(true).toString();
    assertTrue(part.contains("\"venue/Seat\": \"embedded\""), part);
    assertFalse(part.contains("the seat number in its row"), "the part refers to the other compilation's:\n" + part);
    String schema = AssembledSchemas.of("box/Ticket.schema.json", second, first);
    assertTrue(schema.contains("\"$ref\": \"#/$defs/Seat\""), schema);
    assertTrue(schema.contains("\"description\": \"the seat number in its row\""),
        "the Javadoc of a widget compiled elsewhere reaches the schema through its shipped schema:\n" + schema);
    assertThat(second).generatedSourceFile("box.TicketWidgetCodec").contentsAsUtf8String().contains("SeatWidgetCodec.INSTANCE");
  }

  @Test
  void aWidgetCompiledWithoutTheProcessorIsReported() throws IOException {
    Compilation first = com.google.testing.compile.Compiler.javac().withProcessors().compile(SEAT);
    assertThat(first).succeeded();
    CompiledOutput.writeTo(first, library);

    Compilation second = compiler(List.of(library.toFile())).compile(TICKET);

    assertThat(second).hadErrorCount(1);
    assertThat(second).hadErrorContaining("[MissingCodec] Component Ticket.seats has type venue.Seat, a @Widget"
            + " compiled without widgetry-processor, so it has no codec (venue.SeatWidgetCodec is missing). Put"
            + " widgetry-processor on that module's annotation processor path.")
        .inFile(TICKET).onLineContaining("record Ticket");
  }

  @Test
  void anIncrementalBuildKeepsTheWidgetsAnEarlierBuildRegistered() throws IOException {
    JavaFileObject seat = source("shop.Seat", "package shop;\n@dev.widgetry.annotations.Widget public record Seat(int n) {}\n");
    JavaFileObject bench = source("shop.Bench", "package shop;\n@dev.widgetry.annotations.Widget public record Bench(int n) {}\n");
    Compilation full = compiler(List.of()).compile(seat, bench);
    assertThat(full).succeededWithoutWarnings();
    CompiledOutput.writeTo(full, library);

    Compilation incremental = compiler(List.of(library.toFile())).compile(bench);

    assertThat(incremental).succeededWithoutWarnings();
    String registry = incremental.generatedSourceFile("shop.WidgetryRegistry").orElseThrow().getCharContent(true).toString();
    assertTrue(registry.contains("case \"shop.Seat\":"), registry);
    assertTrue(registry.contains("case \"shop.Bench\":"), registry);
    String services = GeneratedSourcesTest.resource(incremental, "META-INF/services/dev.widgetry.runtime.spi.WidgetRegistry")
        .getCharContent(true).toString();
    assertEquals("shop.WidgetryRegistry\n", services);
  }

  private static com.google.testing.compile.Compiler compiler(List<File> extraClasspath) {
    List<File> classpath = new ArrayList<>(extraClasspath);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withClasspath(classpath);
  }
}
