package dev.widgetry.processor.template.check;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.file.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Collects the problems the checker finds, located in the file; a quiet sink (an exploratory pass
 * over a loop or over facts still settling) drops them. The same message at the same place is kept once.
 */
final class Sink {
  private final IntUnaryOperator fileOffset;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private boolean quiet;

  /** @param fileOffset the file offset of a template index */
  Sink(IntUnaryOperator fileOffset) {
    this.fileOffset = fileOffset;
  }

  boolean quiet(boolean quiet) {
    boolean was = this.quiet;
    this.quiet = quiet;
    return was;
  }

  void error(Message message, int pos, Object... args) {
    add(Problem.error(message, fileOffset.applyAsInt(pos), args));
  }

  /** An error at an offset in the file, rather than an index in the template. */
  void errorInFile(Message message, int fileOffset, Object... args) {
    add(Problem.error(message, fileOffset, args));
  }

  /** A new sink for the same file that collects, for a check whose problems become one message. */
  Sink collecting() {
    return new Sink(fileOffset);
  }

  void warning(Message message, int pos, Object... args) {
    add(Problem.warning(message, fileOffset.applyAsInt(pos), args));
  }

  private void add(Problem problem) {
    if (quiet) {
      return;
    }
    if (seen.add(problem.offset() + " " + problem.message() + " " + problem.args())) {
      problems.add(problem);
    }
  }

  List<Problem> problems() {
    return problems;
  }

}
