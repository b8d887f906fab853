package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Parses the payload of an action of a known type, from the parser's current token. */
@FunctionalInterface
interface PayloadParser {
  Object parse(String type, JsonParser parser) throws IOException;
}
