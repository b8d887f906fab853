package dev.widgetry.processor.template.file;

/**
 * A file's text and the path it was declared by, which turns offsets into the {@code
 * path:line:column} that messages show.
 */
public record SourceText(String path, String text) {

  /** {@code widgets/x.widget:3:14} for an offset: lines and columns count from 1. */
  public String location(int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(Math.max(offset, 0), text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return path + ":" + line + ":" + (end - lineStart + 1);
  }
}
