package dev.widgetry.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UniqueNames against JavaPoet's NameAllocator, whose names the generated sources were written with. */
class UniqueNamesTest {

  @Test
  void collisionsGetTheSameUnderscoreSuffixes() {
    assertSameNames("value", "value", "value", "value_", "value__", "index", "index");

    UniqueNames names = new UniqueNames();
    assertEquals(List.of("value", "value_", "class_", "class__", "_1st"),
        List.of(names.newName("value"), names.newName("value"), names.newName("class"), names.newName("class"),
            names.newName("1st")));
  }

  @Test
  void keywordsAndReservedWordsAreSuffixed() {
    assertSameNames("class", "class", "default", "int", "_", "true", "null", "var", "record", "yield");
  }

  @Test
  void invalidIdentifiersAreSanitised() {
    assertSameNames("1st", "a-b c", "-lead", "tab\tin", "caf\u00e9", "x\u200by", "\u00001", "$", "a.b.c",
        "\uD835\uDC00bold", "1", "1", "", "", "9\uD83D\uDE00");
  }

  @Test
  void theNamesTheProcessorAsksForComeOutTheSame() {
    assertSameNames("in", "problems", "typeRead", "present", "present0", "present1", "index", "e", "sink",
        "component", "value", "i", "j", "k", "k", "INSTANCE", "write", "read", "read", "TYPE_NAMES", "TYPE_NAMES");
  }

  private static void assertSameNames(String... suggestions) {
    NameAllocator oracle = new NameAllocator();
    UniqueNames names = new UniqueNames();
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String suggestion : suggestions) {
      expected.add(oracle.newName(suggestion));
      actual.add(names.newName(suggestion));
    }
    assertEquals(expected, actual);
  }
}
