package dev.widgetry.processor.template.file;

import dev.widgetry.processor.diag.Message;
import java.util.List;

/**
 * Something wrong with a {@code .widget} file, at an offset in the file. The message's first
 * argument is the file location, which the stage fills in from the offset; {@code args} are the rest.
 */
public record Problem(boolean warning, Message message, int offset, List<Object> args) {

  public Problem {
    args = List.copyOf(args);
  }

  public static Problem error(Message message, int offset, Object... args) {
    return new Problem(false, message, offset, List.of(args));
  }

  public static Problem warning(Message message, int offset, Object... args) {
    return new Problem(true, message, offset, List.of(args));
  }

  /** The message's text, located in {@code source}. */
  public String format(SourceText source) {
    Object[] all = new Object[args.size() + 1];
    all[0] = source.location(offset);
    for (int i = 0; i < args.size(); i++) {
      all[i + 1] = args.get(i);
    }
    return message.format(all);
  }
}
