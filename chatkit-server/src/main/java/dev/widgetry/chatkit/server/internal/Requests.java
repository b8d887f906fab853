package dev.widgetry.chatkit.server.internal;

import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;

/** Reads a ChatKit request with its generated parser, ignoring properties it does not know, as pydantic does. */
public final class Requests {
  private static final ParseOptions OPTIONS = ParseOptions.defaults().withIgnoreUnknownProperties(true);

  private Requests() {}

  /** @throws WidgetParseException when the body is not JSON, or not a request of a known type */
  public static ChatKitRequest read(byte[] body) {
    return ChatKitRequestWidgetCodec.INSTANCE.fromJson(body, OPTIONS);
  }
}
