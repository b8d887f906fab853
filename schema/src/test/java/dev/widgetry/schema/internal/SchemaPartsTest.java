package dev.widgetry.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaPartsTest {

  @Test
  void anIdsCanonicalNameJoinsPackageAndNestedName() {
    assertEquals("com.acme.Outer.Inner", SchemaParts.canonicalName("com.acme/Outer.Inner"));
    assertEquals("Outer.Inner", SchemaParts.canonicalName("/Outer.Inner"));
  }
}
