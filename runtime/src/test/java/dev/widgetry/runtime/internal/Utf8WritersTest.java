package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WritersTest {

  @Test
  void aWriteInsideAWriteGetsAWriterOfItsOwn() {
    byte[] outer = Utf8Writers.toBytes(out -> {
      out.beginObject();
      out.name("inner");
      out.value(text(Utf8Writers.toBytes(inner -> inner.value("x"))));
      out.name("after");
      out.value(true);
      out.endObject();
    });

    assertEquals("{\"inner\":\"\\\"x\\\"\",\"after\":true}", text(outer));
  }

  @Test
  void aWriteThatFailsLeavesNothingForTheNext() {
    assertThrows(IllegalStateException.class, () -> Utf8Writers.toBytes(out -> {
      out.beginArray();
      out.value("half");
      throw new IllegalStateException("boom");
    }));

    assertEquals("[1]", text(Utf8Writers.toBytes(out -> {
      out.beginArray();
      out.value(1);
      out.endArray();
    })));
  }

  @Test
  void aDocumentPastTheKeepLimitIsWrittenWholeAndTheNextStartsEmpty() {
    String large = "a".repeat(3 << 20);

    assertEquals(large.length() + 2, Utf8Writers.toBytes(out -> out.value(large)).length);
    assertEquals("\"b\"", text(Utf8Writers.toBytes(out -> out.value("b"))));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
