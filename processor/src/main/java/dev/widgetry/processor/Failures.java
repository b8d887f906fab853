package dev.widgetry.processor;

/**
 * What the processor does with a failure of its own: it becomes an error on the element it happened
 * on, and processing goes on, unless the JVM itself is failing.
 */
final class Failures {
  private Failures() {}

  /**
   * Whether the compilation can go on after {@code failure}. Everything but the JVM's own breakdowns
   * can: a {@link StackOverflowError} has unwound by the time it is caught, and a {@link LinkageError}
   * or an {@link AssertionError} concerns one element. Running out of memory cannot.
   */
  static boolean recoverable(Throwable failure) {
    return !(failure instanceof VirtualMachineError) || failure instanceof StackOverflowError;
  }

  /** The failure and the line of Widgetry that led to it, enough for a bug report. */
  static String describe(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.widgetry.")) {
        return failure + " at " + frame;
      }
    }
    return failure.toString();
  }
}
