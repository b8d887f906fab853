package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameTableTest {

  @Test
  void findsEveryNameInASpanOfALargerBufferAndAsAString() {
    NameTable table = NameTable.of("Text", "Title", "Box", "Table.Row");

    for (int i = 0; i < table.names().size(); i++) {
      String name = table.names().get(i);
      char[] buffer = ("xx" + name + "yy").toCharArray();
      assertEquals(i, table.indexOf(buffer, 2, name.length()), name);
      assertEquals(i, table.indexOf(new String(buffer, 2, name.length())), name);
    }
  }

  @Test
  void missesPrefixesExtensionsOtherCasesAndTheEmptyName() {
    NameTable table = NameTable.of("Text", "Title", "Box");

    for (String other : List.of("Tex", "Texts", "text", "BOX", "", "Table")) {
      assertEquals(-1, table.indexOf(other.toCharArray(), 0, other.length()), other);
      assertEquals(-1, table.indexOf(other), other);
    }
  }

  @Test
  void tellsApartNamesWithTheSameHash() {
    // "Aa" and "BB" share String.hashCode(), so they probe the same slot.
    NameTable table = NameTable.of("Aa", "BB");

    assertEquals(0, table.indexOf("Aa".toCharArray(), 0, 2));
    assertEquals(1, table.indexOf("BB".toCharArray(), 0, 2));
    assertEquals(1, table.indexOf("BB"));
    assertEquals(-1, NameTable.of("Aa").indexOf("BB"));
  }

  @Test
  void findsEveryNameOfALargeTable() {
    String[] names = IntStream.range(0, 300).mapToObj(i -> "icon-" + i).toArray(String[]::new);
    NameTable table = NameTable.of(names);

    for (int i = 0; i < names.length; i++) {
      assertEquals(i, table.indexOf(names[i].toCharArray(), 0, names[i].length()));
    }
    assertEquals(-1, table.indexOf("icon-300"));
  }

  @Test
  void givesBackTheInstancesItWasBuiltWith() {
    String box = new String("Box".toCharArray());
    NameTable table = NameTable.of("Text", box);

    assertSame(box, table.name(table.indexOf("Box".toCharArray(), 0, 3)));
  }

  @Test
  void refusesRepeatedNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameTable.of("Box", "Text", "Box"));

    assertEquals("Names repeat: [Box, Text, Box]", e.getMessage());
  }
}
