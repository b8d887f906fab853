package dev.widgetry.chatkit.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids are a prefix and 16 hex digits: 64 random bits, where chatkit-python's 8 digits hold 32. */
class IdsTest {

  @Test
  void eachKindOfIdHasItsPrefixAndSixteenHexDigits() {
    assertTrue(Ids.thread().matches("thr_[0-9a-f]{16}"));
    assertTrue(Ids.message().matches("msg_[0-9a-f]{16}"));
    assertTrue(Ids.attachment().matches("atc_[0-9a-f]{16}"));
  }

  @Test
  void idsDoNotRepeatWhereThirtyTwoBitsWouldHaveBegunTo() {
    // 100,000 ids of 32 random bits share a value with a probability of 69%; of 64 bits, of 3 in 10^10.
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(Ids.message());
    }
    assertEquals(100_000, seen.size());
  }
}
