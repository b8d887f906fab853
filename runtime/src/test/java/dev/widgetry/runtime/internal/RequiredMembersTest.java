package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.RequiredMembers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each {@link RequiredMembers} call writes the name and the value the two calls it stands for wrote. */
class RequiredMembersTest {
  private static final EncodedString FLAG = EncodedString.of("flag");
  private static final EncodedString COUNT = EncodedString.of("count");
  private static final EncodedString TOTAL = EncodedString.of("total");
  private static final EncodedString PRICE = EncodedString.of("price");

  @Test
  void writesTheNameAndTheValue() {
    Utf8Writer out = new Utf8Writer(16);
    out.reset(false);
    out.beginObject();
    RequiredMembers.writeBoolean(out, FLAG, false);
    RequiredMembers.writeInt(out, COUNT, -3);
    RequiredMembers.writeLong(out, TOTAL, 1L << 40);
    RequiredMembers.writeDouble(out, PRICE, 2.5);
    out.endObject();
    assertEquals("{\"flag\":false,\"count\":-3,\"total\":1099511627776,\"price\":2.5}",
        new String(out.toByteArray(), StandardCharsets.UTF_8));
  }
}
