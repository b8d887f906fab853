package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.spi.GeneratedCodec;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BasicComponentWriterTest {
  /** A catalog of no components: a v0.9 surface of it has no basic component either. */
  private static final ComponentCatalog KIOSK =
      ComponentCatalog.builder("https://kiosk.example/basic-writer-test.json").build();

  @Test
  void itKnowsEveryTypeTheBasicCatalogPermitsAndWritesEachAsItsGeneratedCodecDoes() {
    Set<Class<?>> written = new HashSet<>();
    for (String name : OfficialExamples.names()) {
      for (ServerMessage message : A2ui.parseMessages(OfficialExamples.text(name))) {
        if (message instanceof UpdateComponents) {
          for (A2uiComponent component : ((UpdateComponents) message).components()) {
            Utf8Writer byClass = new Utf8Writer(256);
            assertTrue(BasicComponentWriter.write(byClass, component, null), component.getClass().getName());
            assertEquals(byCodec(component), byClass.toUtf8String(), name);
            written.add(component.getClass());
          }
        }
      }
    }
    assertEquals(Set.copyOf(BasicComponentWriter.TYPES), written,
        "the official examples hold a component of every basic type");
    Set<String> typeNames = new HashSet<>();
    BasicComponentWriter.TYPES.forEach(type -> typeNames.add(type.getSimpleName()));
    assertEquals(Set.copyOf(BasicCatalog.CATALOG.componentNames()), typeNames,
        "the sealed interface permits the basic catalog's components, no more and no fewer");
  }

  @Test
  void itWritesNothingOfAComponentOfAnotherType() {
    Utf8Writer out = new Utf8Writer(64);
    A2uiComponent other = new A2uiComponent() {
      @Override
      public String id() {
        return "x";
      }

      @Override
      public A2uiComponent withId(String id) {
        return this;
      }
    };

    assertFalse(BasicComponentWriter.write(out, other, null));
    assertEquals(0, out.size());
  }

  @Test
  void onlyACatalogWithEveryBasicTypeSaysSo() {
    assertTrue(BasicCatalog.CATALOG.hasEveryBasicComponent());
    assertTrue(BasicCatalog.CATALOG.withId("https://elsewhere.example/basic.json").hasEveryBasicComponent());
    assertFalse(KIOSK.hasEveryBasicComponent());
  }

  @Test
  void v09StillRefusesABasicComponentOnASurfaceWhoseCatalogLacksIt() {
    Surface surface = Surface.builder("k", KIOSK).root(Column.of(Text.of("Hi"))).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> A2ui.toJsonArray(surface.messages()));

    assertTrue(e.getMessage().startsWith("Component \"root\" of surface \"k\": Column is not in "), e.getMessage());
  }

  @Test
  void aSurfaceOfTheBasicCatalogWritesAlikeWithAndWithoutItsCreateSurface() {
    Surface surface = Surface.builder("s").root(Column.of(Text.of("a\"b"), Text.of("ü"))).build();

    String alone = A2ui.toJson(surface.update());
    String afterCreate = A2ui.toJsonArray(List.of(surface.create(), surface.update()));

    assertEquals("{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"root-0\",\"root-1\"]},"
        + "{\"component\":\"Text\",\"id\":\"root-0\",\"text\":\"a\\\"b\"},"
        + "{\"component\":\"Text\",\"id\":\"root-1\",\"text\":\"ü\"}]}}", alone);
    assertTrue(afterCreate.endsWith("," + alone + "]"), afterCreate);
  }

  private static String byCodec(A2uiComponent component) {
    @SuppressWarnings("unchecked")
    GeneratedCodec<A2uiComponent> codec = (GeneratedCodec<A2uiComponent>) Widgets.codec(component.getClass());
    Utf8Writer out = new Utf8Writer(256);
    codec.write(out, component);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }
}
