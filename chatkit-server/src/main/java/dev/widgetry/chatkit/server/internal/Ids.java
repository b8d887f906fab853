package dev.widgetry.chatkit.server.internal;

import java.security.SecureRandom;

/**
 * New ids, as chatkit-python spells them (a prefix that says what the id names, then hex digits),
 * with 16 digits (64 random bits) rather than its 8. With 32 bits, two of some 77,000 ids already
 * share a value one time in two, and a store of millions of items would refuse new ones as
 * duplicates; and a thread's id is what a client presents to reach it, so it should not be
 * guessable. Nothing reads the digits: ids from elsewhere (a chatkit-python store moved over, an
 * application's own) of any length are kept and served as they are.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  /** A thread's id: {@code thr_...}. */
  public static String thread() {
    return of("thr_");
  }

  /** A message's or widget's id: {@code msg_...}. */
  public static String message() {
    return of("msg_");
  }

  /** A client tool call's id: {@code tc_...}. */
  public static String toolCall() {
    return of("tc_");
  }

  /** A workflow's id: {@code wf_...}. */
  public static String workflow() {
    return of("wf_");
  }

  /** A task's id: {@code tsk_...}. */
  public static String task() {
    return of("tsk_");
  }

  /** An attachment's id: {@code atc_...}. */
  public static String attachment() {
    return of("atc_");
  }

  private static String of(String prefix) {
    long bits = RANDOM.nextLong();
    char[] id = new char[prefix.length() + 16];
    prefix.getChars(0, prefix.length(), id, 0);
    for (int i = id.length - 1; i >= prefix.length(); i--) {
      id[i] = HEX[(int) (bits & 0xf)];
      bits >>>= 4;
    }
    return new String(id);
  }
}
