package dev.widgetry.processor.template.syntax;

import java.util.List;

/** What the lexer splits a template into: text, and the tags between it. */
sealed interface Segment {

  int pos();

  /** Template text, after whitespace control. */
  record Data(String text, int pos) implements Segment {}

  /** {@code {{ ... }}} ({@code output} true) or {@code {% ... %}}, with its tokens, the last one END. */
  record Tag(boolean output, List<Token> tokens, int pos) implements Segment {
    public Tag {
      tokens = List.copyOf(tokens);
    }
  }
}
