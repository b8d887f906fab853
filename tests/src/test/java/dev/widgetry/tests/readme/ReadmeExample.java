package dev.widgetry.tests.readme;

/**
 * A class of the README's scaffolds (under {@code tests/src/test/readme/java}) that runs snippets
 * and reports what they print. The harness runs every class that implements it, after compiling
 * the scaffolds with the snippets in place, and compares each output with the README block of
 * that name.
 */
public interface ReadmeExample {

  void run(Blocks readme) throws Exception;

  /** The example's view of README.md. */
  interface Blocks {
    /** The text of an input block, or the request of an exchange. */
    String input(String id);

    /** What the example printed for the output or exchange block {@code id}. */
    void output(String id, String text);
  }
}
