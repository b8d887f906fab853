package dev.widgetry.runtime.internal;

/**
 * Why a class has no generated code, for the errors that find none. Each cause here leaves a green
 * build with nothing generated, so the error at run time is the first a user hears of it.
 */
public final class MissingGeneratedCode {
  /** The likely causes, as a sentence that follows the error's own. */
  public static final String LIKELY_CAUSES = "widgetry-processor did not run on it. Likely causes: the processor"
      + " is not on maven-compiler-plugin's <annotationProcessorPaths> (Gradle: annotationProcessor); the plugin"
      + " has no <version>, so Maven 3.8 uses 3.1, which ignores annotationProcessorPaths without a word (set 3.5"
      + " or newer); the processor is only on the class path, which javac 23 and newer ignore without a word (put"
      + " it on annotationProcessorPaths, or pass -proc:full); or an IDE compiled the class without annotation"
      + " processing.";

  private MissingGeneratedCode() {}
}
