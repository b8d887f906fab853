package dev.widgetry.tests.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md's fenced code blocks, each with the role the HTML comment on the line above gives it:
 * {@code <!-- snippet: id -->}, {@code <!-- output: id -->}, {@code <!-- input: id -->} or
 * {@code <!-- exchange: id -->}. Every Java and XML block must be a snippet, so none escapes the
 * harness; ids are unique.
 */
final class Readme {
  /** README.md at the root of the repository; the build passes its path. */
  static final Path PATH = Paths.get(System.getProperty("widgetry.readme", "../README.md"));

  private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
  private static final Pattern ROLE = Pattern.compile("^<!--\\s*(\\w+):\\s*(\\S+)\\s*-->\\s*$");

  private final Map<String, ReadmeBlock> byId;
  private final List<ReadmeBlock> blocks;
  private final List<String> problems;

  private Readme(List<ReadmeBlock> blocks, List<String> problems) {
    this.blocks = List.copyOf(blocks);
    this.problems = new ArrayList<>(problems);
    this.byId = new LinkedHashMap<>();
    for (ReadmeBlock block : blocks) {
      if (block.role() != ReadmeBlock.Role.NONE && byId.putIfAbsent(block.id(), block) != null) {
        this.problems.add(block.where() + ": the name " + block.id() + " is taken by " + byId.get(block.id()).where());
      }
    }
  }

  static Readme read() {
    try {
      return parse(Files.readString(PATH, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Readme parse(String markdown) {
    List<ReadmeBlock> blocks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
        text.append(lines[i]).append('\n');
      }
      if (i == lines.length) {
        problems.add("README.md:" + (start + 1) + ": the code block is never closed");
      }
      String language = open.group(1);
      ReadmeBlock block = role(lines, start, problems)
          .map(role -> new ReadmeBlock(role.role(), role.id(), language, text.toString(), start + 1))
          .orElseGet(() -> new ReadmeBlock(ReadmeBlock.Role.NONE, "", language, text.toString(), start + 1));
      boolean code = language.equals("java") || language.equals("xml");
      if (code && block.role() == ReadmeBlock.Role.NONE) {
        problems.add(block.where() + ": this " + language + " block needs a name on the line above it, such as"
            + " <!-- snippet: section/what -->, and a scaffold under tests/src/test/readme that puts it in place");
      } else if (code && block.role() != ReadmeBlock.Role.SNIPPET) {
        problems.add(block.where() + ": this " + language + " block is compiled, so it is a snippet: name it"
            + " <!-- snippet: " + block.id() + " -->");
      } else if (!code && block.role() == ReadmeBlock.Role.SNIPPET) {
        problems.add(block.where() + ": only java and xml blocks are snippets; name this one an output, input or exchange");
      }
      blocks.add(block);
    }
    return new Readme(blocks, problems);
  }

  private record NamedRole(ReadmeBlock.Role role, String id) {}

  /** The role in the HTML comment on the last non-blank line before the fence, if any. */
  private static Optional<NamedRole> role(String[] lines, int fence, List<String> problems) {
    int i = fence - 1;
    while (i >= 0 && lines[i].isBlank()) {
      i--;
    }
    if (i < 0) {
      return Optional.empty();
    }
    Matcher comment = ROLE.matcher(lines[i].trim());
    if (!comment.matches()) {
      return Optional.empty();
    }
    String name = comment.group(1).toUpperCase(Locale.ROOT);
    for (ReadmeBlock.Role role : ReadmeBlock.Role.values()) {
      if (role != ReadmeBlock.Role.NONE && role.name().equals(name)) {
        return Optional.of(new NamedRole(role, comment.group(2)));
      }
    }
    problems.add("README.md:" + (i + 1) + ": unknown role " + comment.group(1)
        + "; use snippet, output, input or exchange");
    return Optional.empty();
  }

  List<ReadmeBlock> blocks() {
    return blocks;
  }

  /** What is wrong with the blocks' names: a Java or XML block without one, a name used twice. */
  List<String> problems() {
    return problems;
  }

  Optional<ReadmeBlock> block(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<ReadmeBlock> withRole(ReadmeBlock.Role role) {
    return blocks.stream().filter(block -> block.role() == role).toList();
  }
}
