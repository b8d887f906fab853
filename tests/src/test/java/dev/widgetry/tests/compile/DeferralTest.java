package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A widget or a handler that refers to a type another processor generates (as Lombok or AutoValue
 * do) waits for that type instead of failing in the round where it is still missing; a type that
 * never appears is reported once processing is over.
 */
class DeferralTest {
  /** A handler class whose payload, {@code test.Coupon}, only another processor declares. */
  private static final JavaFileObject COUPONS = source("test.Coupons", """
      package test;
      import dev.widgetry.annotations.OnAction;
      import java.util.ArrayList;
      import java.util.List;
      public class Coupons {
        public static final List<String> APPLIED = new ArrayList<>();
        @OnAction("coupon.apply")
        public static void apply(
            Coupon coupon) {
          APPLIED.add(coupon.code());
        }
      }
      """);

  @TempDir Path output;

  @Test
  void aWidgetWaitsForATypeAnotherProcessorGenerates() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor(), SourceWritingProcessor.firstRound("test.Address",
            "package test;\n@dev.widgetry.annotations.Widget public record Address(String street) {}\n"))
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(source("test.Order", """
            package test;
            import dev.widgetry.annotations.Widget;
            @Widget
            public record Order(String id, Address shipTo) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OrderWidgetCodec");
    assertThat(compilation).generatedSourceFile("test.AddressWidgetCodec");
    assertThat(compilation).generatedSourceFile("test.WidgetryRegistry").contentsAsUtf8String()
        .contains("WIDGETS = \"test.Address,test.Order\"");
  }

  @Test
  void aHandlerWaitsForAPayloadTypeAnotherProcessorGeneratesAndDispatchesToIt() throws Exception {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor(), SourceWritingProcessor.firstRound("test.Coupon",
            "package test;\n@dev.widgetry.annotations.Widget public record Coupon(String code) {}\n"))
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(COUPONS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.CouponsActions").contentsAsUtf8String()
        .contains("CouponWidgetCodec.INSTANCE.read(in)");
    CompiledOutput.writeTo(compilation, output);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> coupons = loader.loadClass("test.Coupons");
      ActionResponse response = ActionDispatcher.of(coupons)
          .handle("{\"action\":{\"type\":\"coupon.apply\",\"payload\":{\"code\":\"SPRING\"}}}",
              ActionContext.empty());

      assertEquals(200, response.status(), response.bodyText());
      assertEquals(List.of("SPRING"), coupons.getField("APPLIED").get(null));
    }
  }

  @Test
  void aHandlerWhosePayloadTypeNeverAppearsIsReported() {
    Compilation compilation = Compiler.compile(COUPONS);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("[UnresolvedType] Coupons refers to Coupon, which was still missing"
            + " when annotation processing ended, so no actions class was generated for it. Fix the error javac"
            + " reports for Coupons.")
        .inFile(COUPONS).onLineContaining("public class Coupons");
  }

  @Test
  void aWaitingHandlerIsCheckedOnceItsTypesExist() {
    JavaFileObject coupons = source("test.Coupons", """
        package test;
        import dev.widgetry.annotations.OnAction;
        public class Coupons {
          @OnAction("coupon.apply")
          private void apply(Coupon coupon) {}
        }
        """);
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor(), SourceWritingProcessor.firstRound("test.Coupon",
            "package test;\n@dev.widgetry.annotations.Widget public record Coupon(String code) {}\n"))
        .compile(coupons);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[PrivateHandler] @OnAction method Coupons.apply is private")
        .inFile(coupons).onLineContaining("private void apply");
  }

  @Test
  void aWaitingWidgetIsCheckedOnceItsTypesExist() {
    JavaFileObject order = source("test.Order", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        public record Order(Object id, Address shipTo) {}
        """);
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor(), SourceWritingProcessor.firstRound("test.Address",
            "package test;\n@dev.widgetry.annotations.Widget public record Address(String street) {}\n"))
        .compile(order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ObjectType] Component Order.id has type java.lang.Object")
        .inFile(order).onLineContaining("public record Order");
  }
}
