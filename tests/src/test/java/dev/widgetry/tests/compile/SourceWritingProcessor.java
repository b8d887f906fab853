package dev.widgetry.tests.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another annotation processor (Lombok, AutoValue...) as the tests need one: it writes the sources
 * it was given in one round, and counts the rounds it was called in.
 */
final class SourceWritingProcessor extends AbstractProcessor {
  private final int writeInRound;
  private final Map<String, String> sources;
  private int rounds;

  /**
   * @param writeInRound the round, counted from 1, in which the sources are written; 0 for none
   * @param sources each source's text by its type's qualified name
   */
  SourceWritingProcessor(int writeInRound, Map<String, String> sources) {
    this.writeInRound = writeInRound;
    this.sources = sources;
  }

  /** Writes one source in the first round. */
  static SourceWritingProcessor firstRound(String qualifiedName, String text) {
    return new SourceWritingProcessor(1, Map.of(qualifiedName, text));
  }

  /** Writes an empty public class of this name in the first round. */
  static SourceWritingProcessor emptyClass(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return firstRound(qualifiedName, "package " + qualifiedName.substring(0, dot) + ";\npublic class "
        + qualifiedName.substring(dot + 1) + " {}\n");
  }

  /** The rounds this processor was called in. */
  int rounds() {
    return rounds;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    rounds++;
    if (rounds != writeInRound) {
      return false;
    }
    sources.forEach((name, text) -> {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return false;
  }
}
