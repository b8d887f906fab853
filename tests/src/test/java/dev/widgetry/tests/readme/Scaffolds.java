package dev.widgetry.tests.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files around README's snippets, under {@code tests/src/test/readme}: each is a template in
 * which a line {@code // README snippet: id} (or {@code <!-- README snippet: id -->} in XML) stands
 * for the snippet of that name, inserted verbatim. Everything else in a template is what the README
 * leaves to the reader: the package, the imports, the class a fragment of statements runs in.
 */
final class Scaffolds {
  /** The templates' folder; the build passes its path. */
  static final Path ROOT = Paths.get(System.getProperty("widgetry.readme.scaffolds", "src/test/readme"));

  private static final Pattern PLACEHOLDER =
      Pattern.compile("^\\s*(?://|<!--)\\s*README snippet:\\s*(\\S+?)\\s*(?:-->)?\\s*$");

  private Scaffolds() {}

  /**
   * A template with its snippets in place.
   *
   * @param path where it goes, relative to the templates' folder it came from
   * @param text the assembled file
   * @param insertions which lines of {@code text} came from which snippet, for messages
   */
  record AssembledFile(Path path, String text, List<Insertion> insertions) {
    /** Where a line of the assembled file came from: a README line, or the template. */
    String origin(long line) {
      for (Insertion insertion : insertions) {
        if (line >= insertion.firstLine() && line < insertion.firstLine() + insertion.lineCount()) {
          return "README.md:" + (insertion.snippet().line() + line - insertion.firstLine() + 1)
              + " (snippet " + insertion.snippet().id() + ")";
        }
      }
      return "the scaffold " + path + ":" + line;
    }
  }

  /** Lines {@code firstLine} (1-based) onwards of an assembled file are the snippet's. */
  record Insertion(ReadmeBlock snippet, long firstLine, long lineCount) {}

  /** Every template under {@code folder}, assembled; the snippets used are added to {@code used}. */
  static List<AssembledFile> assemble(Path folder, Readme readme, Set<String> used) {
    List<AssembledFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        files.add(assemble(folder.relativize(path), Files.readString(path, StandardCharsets.UTF_8), readme, used));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static AssembledFile assemble(Path path, String template, Readme readme, Set<String> used) {
    StringBuilder text = new StringBuilder();
    List<Insertion> insertions = new ArrayList<>();
    long line = 1;
    for (String templateLine : template.split("\n", -1)) {
      Matcher placeholder = PLACEHOLDER.matcher(templateLine);
      if (!placeholder.matches()) {
        text.append(templateLine).append('\n');
        line++;
        continue;
      }
      String id = placeholder.group(1);
      ReadmeBlock snippet = readme.block(id)
          .filter(block -> block.role() == ReadmeBlock.Role.SNIPPET)
          .orElseThrow(() -> new AssertionError(path + " asks for the snippet " + id + ", which README.md does not have"
              + " (a java or xml block under <!-- snippet: " + id + " -->)"));
      used.add(id);
      long count = snippet.text().lines().count();
      insertions.add(new Insertion(snippet, line, count));
      text.append(snippet.text());
      line += count;
    }
    text.setLength(text.length() - 1);
    return new AssembledFile(path, text.toString(), List.copyOf(insertions));
  }

  /** The snippets no scaffold uses, each with where it is. */
  static List<String> unused(Readme readme, Set<String> used) {
    Set<String> unused = new LinkedHashSet<>();
    for (ReadmeBlock snippet : readme.withRole(ReadmeBlock.Role.SNIPPET)) {
      if (!used.contains(snippet.id())) {
        unused.add(snippet.where());
      }
    }
    return List.copyOf(unused);
  }
}
