package dev.widgetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.junit.jupiter.api.Test;

class ParseOptionsTest {
  private static final ParseOptions CHANGED = ParseOptions.defaults()
      .withWireVersion("v0.9")
      .withMapEntryLists(true)
      .withIgnoreUnknownProperties(true)
      .withNullAsAbsent(false)
      .withMaxNestingDepth(7)
      .withMaxStringLength(300)
      .withMaxDocumentLength(4_000)
      .withMaxProblems(3);

  @Test
  void eachCopyKeepsWhatItDoesNotChange() {
    assertEquals("v0.9", CHANGED.wireVersion());
    assertTrue(CHANGED.readsMapEntryLists());
    assertTrue(CHANGED.ignoresUnknownProperties());
    assertFalse(CHANGED.nullAsAbsent());
    assertEquals(7, CHANGED.maxNestingDepth());
    assertEquals(300, CHANGED.maxStringLength());
    assertEquals(4_000, CHANGED.maxDocumentLength());
    assertEquals(3, CHANGED.maxProblems());
  }

  @Test
  void theFactoryEnforcesTheLimitsLastSet() {
    StreamReadConstraints limits = CHANGED.jsonFactory().streamReadConstraints();

    assertEquals(7, limits.getMaxNestingDepth());
    assertEquals(300, limits.getMaxStringLength());
    assertEquals(300, limits.getMaxNameLength());
    assertEquals(4_000, limits.getMaxDocumentLength());
  }

  @Test
  void aCopyThatChangesNoLimitSharesTheFactory() {
    ParseOptions base = ParseOptions.defaults();

    assertSame(base.jsonFactory(), base.withIgnoreUnknownProperties(true).jsonFactory());
    assertSame(base.jsonFactory(), base.withNullAsAbsent(false).jsonFactory());
    assertSame(base.jsonFactory(), base.withMaxProblems(9).jsonFactory());
    assertSame(base.jsonFactory(), base.withWireVersion("v1.0").withMapEntryLists(true).jsonFactory());
    assertNotSame(base.jsonFactory(), base.withMaxNestingDepth(9).jsonFactory());
  }

  @Test
  void aLimitMustBePositive() {
    ParseOptions base = ParseOptions.defaults();

    assertEquals("maxNestingDepth must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> base.withMaxNestingDepth(0)).getMessage());
    assertEquals("maxStringLength must be positive, was -1",
        assertThrows(IllegalArgumentException.class, () -> base.withMaxStringLength(-1)).getMessage());
    assertEquals("maxDocumentLength must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> base.withMaxDocumentLength(0)).getMessage());
    assertEquals("maxProblems must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> base.withMaxProblems(0)).getMessage());
  }
}
