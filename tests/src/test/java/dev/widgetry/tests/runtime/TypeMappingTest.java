package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Border;
import dev.widgetry.tests.model.Containers;
import dev.widgetry.tests.model.Layout;
import dev.widgetry.tests.model.Length;
import dev.widgetry.tests.model.Node;
import dev.widgetry.tests.model.Optionals;
import dev.widgetry.tests.model.Requirements;
import dev.widgetry.tests.model.Scalars;
import dev.widgetry.tests.model.Sizing;
import dev.widgetry.tests.model.Status;
import dev.widgetry.tests.model.Tag;
import dev.widgetry.tests.model.Times;
import dev.widgetry.tests.model.Trees;
import dev.widgetry.tests.model.Wide;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One test per row of DESIGN.md's type mapping: the JSON a value is written as (spelled out here
 * from the mapping, not copied from output), and the equal value it reads back as.
 */
class TypeMappingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void scalarsAreWrittenAsJsonStringsNumbersAndBooleans() {
    Scalars scalars = new Scalars("héllo \"you\"\n", 'x', 'y', true, false, (byte) -8, (short) 300, 70000,
        9_007_199_254_740_993L, (byte) 1, (short) 2, 3, 4L, new BigInteger("123456789012345678901234567890"),
        1.5f, 2.25, 3.5f, 4.75, new BigDecimal("19.990"));

    String json = Widgets.toJson(scalars);

    assertEquals("{\"text\":\"héllo \\\"you\\\"\\n\",\"letter\":\"x\",\"maybeLetter\":\"y\",\"flag\":true,"
        + "\"maybeFlag\":false,\"tiny\":-8,\"small\":300,\"count\":70000,\"big\":9007199254740993,"
        + "\"boxedByte\":1,\"boxedShort\":2,\"boxedInt\":3,\"boxedLong\":4,"
        + "\"huge\":123456789012345678901234567890,\"ratio\":1.5,\"amount\":2.25,\"boxedFloat\":3.5,"
        + "\"boxedDouble\":4.75,\"price\":19.990}", json);
    assertEquals(scalars, Widgets.fromJson(json, Scalars.class));
  }

  @Test
  void nullBoxedScalarsAreOmittedAndReadBackAsNull() {
    Scalars scalars = new Scalars(null, 'a', null, false, null, (byte) 0, (short) 0, 0, 0L, null, null, null, null,
        null, 0f, 0d, null, null, null);

    String json = Widgets.toJson(scalars);

    assertEquals("{\"letter\":\"a\",\"flag\":false,\"tiny\":0,\"small\":0,\"count\":0,\"big\":0,\"ratio\":0,"
        + "\"amount\":0}", json);
    assertEquals(scalars, Widgets.fromJson(json, Scalars.class));
  }

  @Test
  void wholeDoublesAreWrittenWithoutAFractionAndReadBackEqual() {
    Scalars scalars = new Scalars(null, 'a', null, false, null, (byte) 0, (short) 0, 0, 0L, null, null, null, null,
        null, 4f, 12.0, 1e20f, -0.0, null);

    String json = Widgets.toJson(scalars);

    assertEquals("{\"letter\":\"a\",\"flag\":false,\"tiny\":0,\"small\":0,\"count\":0,\"big\":0,\"ratio\":4,"
        + "\"amount\":12,\"boxedFloat\":1.0E20,\"boxedDouble\":-0.0}", json);
    assertEquals(scalars, Widgets.fromJson(json, Scalars.class));
  }

  @Test
  void listsSetsArraysAndMapsAreArraysAndObjects() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("a", 0.5);
    weights.put("b c", 2.0);
    Containers containers = new Containers(List.of("x", "y"), Set.of(7), new String[] {"w"}, new int[] {1, 2, 3},
        new long[][] {{1L}, {}}, weights, List.of(List.of("p"), List.of()),
        Map.of("g", List.of(new Tag("t", 1))), new Tag[] {new Tag("u", 2)});

    String json = Widgets.toJson(containers);

    assertEquals("{\"names\":[\"x\",\"y\"],\"ids\":[7],\"words\":[\"w\"],\"scores\":[1,2,3],\"grid\":[[1],[]],"
        + "\"weights\":{\"a\":0.5,\"b c\":2},\"nested\":[[\"p\"],[]],"
        + "\"groups\":{\"g\":[{\"label\":\"t\",\"weight\":1}]},\"tagArray\":[{\"label\":\"u\",\"weight\":2}]}", json);
    Containers back = Widgets.fromJson(json, Containers.class);
    assertEquals(containers.names(), back.names());
    assertEquals(containers.ids(), back.ids());
    assertArrayEquals(containers.words(), back.words());
    assertArrayEquals(containers.scores(), back.scores());
    assertArrayEquals(containers.grid(), back.grid());
    assertEquals(containers.weights(), back.weights());
    assertEquals(List.of("a", "b c"), List.copyOf(back.weights().keySet()), "maps keep their order");
    assertEquals(containers.nested(), back.nested());
    assertEquals(containers.groups(), back.groups());
    assertArrayEquals(containers.tagArray(), back.tagArray());
  }

  @Test
  void aListOfStringsIsWrittenInItsOrderAndReadBackUnmodifiable() {
    // Such lists are read and written by the runtime's StringLists rather than a helper of the codec's own.
    Containers containers = new Containers(new LinkedList<>(List.of("b", "a", "b")), Set.of(), new String[0],
        new int[0], new long[0][], Map.of(), List.of(new LinkedList<>(List.of("p", "q"))), Map.of(), new Tag[0]);

    String json = Widgets.toJson(containers);

    assertEquals("{\"names\":[\"b\",\"a\",\"b\"],\"ids\":[],\"words\":[],\"scores\":[],\"grid\":[],"
        + "\"weights\":{},\"nested\":[[\"p\",\"q\"]],\"groups\":{},\"tagArray\":[]}", json);
    Containers back = Widgets.fromJson(json, Containers.class);
    assertEquals(List.of("b", "a", "b"), back.names());
    assertEquals(List.of(List.of("p", "q")), back.nested());
    assertThrows(UnsupportedOperationException.class, () -> back.names().add("c"));
    assertThrows(UnsupportedOperationException.class, () -> back.nested().get(0).add("r"));
  }

  @Test
  void aListOfStringsHoldingNullCannotBeWrittenAndANonArrayIsRefusedAtItsPointer() {
    Containers withNull = new Containers(Arrays.asList("a", null), null, null, null, null, null, null, null, null);
    Containers nestedNull = new Containers(null, null, null, null, null, null, List.of(Arrays.asList("a", null)),
        null, null);

    assertEquals("Containers.names contains null",
        assertThrows(NullPointerException.class, () -> Widgets.toJson(withNull)).getMessage());
    assertEquals("Containers.nested contains null",
        assertThrows(NullPointerException.class, () -> Widgets.toJson(nestedNull)).getMessage());
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"nested\":[[\"a\"],{}],\"names\":\"a\"}", Containers.class));
    assertEquals(List.of("/nested/1", "/names"), e.problems().stream().map(p -> p.pointer()).collect(Collectors.toList()));
    assertEquals(2, e.problems().stream().filter(p -> p.message().contains("an array of strings")).count(),
        e.getMessage());
  }

  @Test
  void optionalsAreOmittedWhenEmptyAndWrittenWhenPresent() {
    Optionals empty = new Optionals(Optional.empty(), OptionalInt.empty(), OptionalLong.empty(),
        OptionalDouble.empty(), Optional.empty(), null);
    Optionals full = new Optionals(Optional.of("Bo"), OptionalInt.of(41), OptionalLong.of(5_000_000_000L),
        OptionalDouble.of(0.25), Optional.of(new Tag("v", 3)), "plain");

    assertEquals("{}", Widgets.toJson(empty));
    assertEquals(empty, Widgets.fromJson("{}", Optionals.class));
    String json = Widgets.toJson(full);
    assertEquals("{\"nickname\":\"Bo\",\"age\":41,\"visits\":5000000000,\"score\":0.25,"
        + "\"tag\":{\"label\":\"v\",\"weight\":3},\"plainNullable\":\"plain\"}", json);
    assertEquals(full, Widgets.fromJson(json, Optionals.class));
  }

  @Test
  void explicitNullsReadAsAbsentForOptionalComponents() {
    String json = "{\"nickname\":null,\"age\":null,\"visits\":null,\"score\":null,\"tag\":null,\"plainNullable\":null}";

    assertEquals(new Optionals(Optional.empty(), OptionalInt.empty(), OptionalLong.empty(), OptionalDouble.empty(),
        Optional.empty(), null), Widgets.fromJson(json, Optionals.class));
  }

  @Test
  void requiredComponentsAreWrittenAndRead() {
    Requirements requirements = new Requirements("id-1", "Ann", "Boss", List.of("a"), "C", null);

    String json = Widgets.toJson(requirements);

    assertEquals("{\"id\":\"id-1\",\"name\":\"Ann\",\"title\":\"Boss\",\"items\":[\"a\"],\"code\":\"C\"}", json);
    assertEquals(requirements, Widgets.fromJson(json, Requirements.class));
  }

  @Test
  void enumsAreWrittenByTheirJsonNames() {
    Sizing sizing = new Sizing(Sizing.Size.XXL, List.of(Sizing.Size.XXXS, Sizing.Size.FULL, Sizing.Size.MEDIUM),
        Sizing.Align.TOP_LEFT);

    String json = Widgets.toJson(sizing);

    assertEquals("{\"size\":\"2xl\",\"sizes\":[\"3xs\",\"100%\",\"MEDIUM\"],\"align\":\"top left\"}", json);
    assertEquals(sizing, Widgets.fromJson(json, Sizing.class));
  }

  @Test
  void dateAndTimeTypesAreIsoStringsWithSecondsAlwaysWritten() {
    Times times = new Times(LocalDate.of(2025, 1, 31), LocalDateTime.of(2025, 1, 31, 9, 30),
        OffsetDateTime.of(2025, 1, 31, 9, 30, 0, 0, ZoneOffset.ofHours(1)), Instant.parse("2025-01-31T08:30:00Z"));

    String json = Widgets.toJson(times);

    assertEquals("{\"day\":\"2025-01-31\",\"local\":\"2025-01-31T09:30:00\",\"offset\":\"2025-01-31T09:30:00+01:00\","
        + "\"instant\":\"2025-01-31T08:30:00Z\"}", json);
    assertEquals(times, Widgets.fromJson(json, Times.class));
  }

  @Test
  void jsonNodesAreCopiedThrough() throws Exception {
    JsonNode data = MAPPER.readTree("{\"deep\":[1,2.5,\"x\",null,true,{\"k\":{}}]}");
    Trees trees = new Trees(data, List.of(MAPPER.readTree("3"), MAPPER.readTree("null")),
        Map.of("n", MAPPER.readTree("[]")));

    String json = Widgets.toJson(trees);

    assertEquals("{\"data\":{\"deep\":[1,2.5,\"x\",null,true,{\"k\":{}}]},\"items\":[3,null],\"byName\":{\"n\":[]}}", json);
    assertEquals(trees, Widgets.fromJson(json, Trees.class));
  }

  @Test
  void taggedUnionMembersWriteTheirTypeFirstAndNestRecursively() {
    Node tree = new Node.Box(List.of(new Node.Text("hi"), new Node.Box(List.of(new Node.Image("a.png")), 2)), null);

    String json = Widgets.toJson(tree);

    assertEquals("{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":\"hi\"},"
        + "{\"type\":\"Box\",\"children\":[{\"type\":\"Img\",\"src\":\"a.png\"}],\"gap\":2}]}", json);
    assertEquals(tree, Widgets.fromJson(json, Node.class));
    assertEquals(tree, Widgets.fromJson(json, Node.Box.class));
  }

  @Test
  void aListWithoutRandomAccessIsWrittenInItsOrderToo() {
    // Generated writers loop over a RandomAccess list by index and copy any other list first.
    Node tree = new Node.Box(new LinkedList<>(List.of(new Node.Text("a"), new Node.Image("b.png"), new Node.Text("c"))), null);

    assertEquals("{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":\"a\"},"
        + "{\"type\":\"Img\",\"src\":\"b.png\"},{\"type\":\"Text\",\"value\":\"c\"}]}", Widgets.toJson(tree));
  }

  @Test
  void aTaggedObjectWhoseTypeComesLastIsReadToo() {
    String json = "{\"children\":[{\"value\":\"hi\",\"type\":\"Text\"}],\"gap\":1,\"type\":\"Box\"}";

    assertEquals(new Node.Box(List.of(new Node.Text("hi")), 1), Widgets.fromJson(json, Node.class));
  }

  @Test
  void untaggedUnionMembersAreWrittenAsTheirOwnValue() {
    Layout layout = new Layout(new Length.Px(4), new Border.Line(1, "red", null),
        List.of(new Length.Css("1rem"), new Length.Sides(2.0, null), new Length.Px(0.5)));

    String json = Widgets.toJson(layout);

    assertEquals("{\"padding\":4,\"border\":{\"size\":1,\"color\":\"red\"},"
        + "\"margins\":[\"1rem\",{\"top\":2},0.5]}", json);
    assertEquals(layout, Widgets.fromJson(json, Layout.class));
  }

  @Test
  void untaggedObjectsAreToldApartByTheirPropertyNames() {
    assertEquals(new Border.Edges(1, null, 3, null), Widgets.fromJson("{\"top\":1,\"bottom\":3}", Border.class));
    assertEquals(new Border.Line(2, null, "dashed"), Widgets.fromJson("{\"style\":\"dashed\",\"size\":2}", Border.class));
    assertEquals(new Border.Width(5), Widgets.fromJson("5", Border.class));
  }

  @Test
  void aDeducedUnionWritesItsObjectsWithoutATag() {
    Status withIcon = new Status.WithIcon("Searching", "search");

    assertEquals("{\"text\":\"Searching\",\"icon\":\"search\"}", Widgets.toJson(withIcon));
    assertEquals(withIcon, Widgets.fromJson("{\"icon\":\"search\",\"text\":\"Searching\"}", Status.class));
    assertEquals(new Status.WithFavicon("Done", "f.ico", null),
        Widgets.fromJson("{\"text\":\"Done\",\"favicon\":\"f.ico\"}", Status.class));
  }

  @Test
  void aRecordWithMoreThanFortyComponentsRoundTrips() {
    Object[] values = new Object[45];
    for (int i = 0; i < 45; i++) {
      values[i] = i % 4 == 0 ? "s" + i : i % 4 == 1 ? (Object) i : i % 4 == 2 ? (Object) (i % 3 == 0) : (Object) (i / 2.0);
    }
    Wide wide = newWide(values);

    String json = Widgets.toJson(wide);

    assertEquals(wide, Widgets.fromJson(json, Wide.class));
    assertEquals(45, json.split("\"field").length - 1);
  }

  private static Wide newWide(Object[] values) {
    try {
      Class<?>[] types = new Class<?>[45];
      for (int i = 0; i < 45; i++) {
        types[i] = new Class<?>[] {String.class, int.class, boolean.class, Double.class}[i % 4];
      }
      return Wide.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
