package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;

/** Checks that what a test let go of is collected, for the class loader leak tests. */
public final class LeakChecks {
  /** How many collections to ask for before deciding the referent is kept: a bound, not a timing. */
  private static final int COLLECTIONS = 50;

  private LeakChecks() {}

  /** Asks for collections until {@code ref} is cleared, failing, {@code what} named, if it never is. */
  public static void assertCollected(WeakReference<?> ref, String what) throws InterruptedException {
    for (int i = 0; i < COLLECTIONS && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(ref.get(), what + " is still reachable after " + COLLECTIONS + " collections");
  }
}
