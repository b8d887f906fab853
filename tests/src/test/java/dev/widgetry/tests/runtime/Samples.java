package dev.widgetry.tests.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.tests.model.Border;
import dev.widgetry.tests.model.Containers;
import dev.widgetry.tests.model.Layout;
import dev.widgetry.tests.model.Length;
import dev.widgetry.tests.model.Node;
import dev.widgetry.tests.model.Optionals;
import dev.widgetry.tests.model.Requirements;
import dev.widgetry.tests.model.Scalars;
import dev.widgetry.tests.model.Signup;
import dev.widgetry.tests.model.Sizing;
import dev.widgetry.tests.model.Tag;
import dev.widgetry.tests.model.Times;
import dev.widgetry.tests.model.Trees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** One valid value of each test widget, with every kind of content it can hold. */
final class Samples {
  private Samples() {}

  static List<Object> all() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return List.of(
        new Scalars("tab\there \"quoted\" \\ é ✓ 😀 \u0001 \u2028", 'q', '\n', true, null, Byte.MIN_VALUE, Short.MAX_VALUE,
            Integer.MIN_VALUE, Long.MAX_VALUE, (byte) 1, null, 3, null, new BigInteger("-98765432109876543210"),
            Float.MAX_VALUE, -1.0e-300, 0.1f, 1e15, new BigDecimal("1E+5")),
        new Containers(List.of("a", ""), Set.of(1), new String[0], new int[] {-1}, new long[][] {{}},
            Map.of("k", 1.5), List.of(List.of()), Map.of(), new Tag[] {new Tag("t", 0)}),
        new Optionals(Optional.of("x"), OptionalInt.of(-3), OptionalLong.empty(), OptionalDouble.of(2.5),
            Optional.of(new Tag("o", 1)), null),
        new Requirements("1", "n", "t", List.of("i"), "c", "o"),
        new Sizing(Sizing.Size.FULL, List.of(), Sizing.Align.SCALE_DOWN),
        new Times(LocalDate.MIN, LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_000_000),
            OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 1, ZoneOffset.ofHoursMinutes(-9, -30)), Instant.EPOCH),
        new Trees(nodes.objectNode().put("a", 1.25).put("b", new BigDecimal("1.10")).set("c", nodes.arrayNode().add(nodes.nullNode())),
            List.of(nodes.textNode("\u0000")), Map.of("big", nodes.numberNode(new BigInteger("123456789012345678901234567890")))),
        new Node.Box(List.of(new Node.Text("a"), new Node.Image("b"), new Node.Box(List.of(), 0)), 3),
        new Layout(new Length.Sides(null, 1.5), new Border.Edges(1, 2, 3, 4), List.of(new Length.Px(-2))),
        new Signup("ann", "ann@example.com", 30, new BigDecimal("99.5"), "EUR", List.of("x", "y")));
  }

  static final ObjectMapper MAPPER = new ObjectMapper();
}
