package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.spi.EncodedString;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The v1.0 writer's wrapper on its own: a member of a union tagged by {@code "call"} loses its
 * {@code returnType} whatever its record (the basic calls' codecs drop theirs before it sees them,
 * so only a call of another catalog, whose record has it unmarked, takes this path), while an
 * object merely holding a {@code call} property keeps its own {@code returnType}.
 */
class WithoutReturnTypeTest {

  @Test
  void aCallOfAnotherCatalogLosesItsReturnTypeAndARecordNamingACallKeepsIt() {
    Utf8Writer out = new Utf8Writer(128);
    WithoutReturnType writer = new WithoutReturnType(out);

    writer.beginObject();
    writer.name("text");
    writer.beginTagged(EncodedString.of("call"), EncodedString.of("dial"));
    writer.name("args");
    writer.beginObject();
    writer.name("number");
    writer.value("+31 20 555 0100");
    writer.endObject();
    writer.name(EncodedString.of("returnType"));
    writer.value(EncodedString.of("string"));
    writer.endObject();
    writer.name("callback");
    writer.beginObject();
    writer.name("call");
    writer.value("+31 20 555 0100");
    writer.name("returnType");
    writer.value("quote");
    writer.endObject();
    writer.endObject();

    assertEquals("{\"text\":{\"call\":\"dial\",\"args\":{\"number\":\"+31 20 555 0100\"}},"
        + "\"callback\":{\"call\":\"+31 20 555 0100\",\"returnType\":\"quote\"}}",
        new String(out.toByteArray(), StandardCharsets.UTF_8));
  }
}
