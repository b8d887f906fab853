package dev.widgetry.tests.actions;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile action requests from real ones, reproducibly from a seed: bytes flipped, inserted,
 * deleted, repeated and spliced between requests, tokens that broke readers and writers before
 * (lone surrogates, huge exponents, deep nesting, duplicate keys, a pair cut at 40 characters),
 * and truncations. Every request of {@link #SEEDS} is one the test handlers answer.
 */
public final class RequestMutator {
  /** Page requests, both ChatKit server requests, and a request of another ChatKit type. */
  public static final List<String> SEEDS = List.of(
      "{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":2}},\"itemId\":\"w1\"}",
      "{\"itemId\":\"w1\",\"action\":{\"payload\":{\"sku\":\"tea\",\"quantity\":1},\"type\":\"cart.add\"}}",
      "{\"action\":{\"type\":\"cart.clear\",\"handler\":\"server\",\"loadingBehavior\":\"self\"}}",
      "{\"action\":{\"type\":\"ping\"}}",
      "{\"action\":{\"type\":\"cart.quantity\",\"payload\":3}}",
      "{\"action\":{\"type\":\"cart.tags\",\"payload\":[\"a\",\"b\"]},\"itemId\":null}",
      "{\"action\":{\"type\":\"newsletter.subscribe\",\"payload\":{\"plan\":\"weekly\",\"email\":\"ann@example.com\"}}}",
      "{\"action\":{\"type\":\"order.show\"}}",
      "{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":\"t1\",\"item_id\":\"i7\",\"action\":"
          + "{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}}",
      "{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t1\",\"item_id\":\"i7\",\"action\":"
          + "{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":3}}}}",
      "{\"params\":{\"action\":{\"payload\":[\"x\"],\"type\":\"cart.tags\"},\"thread_id\":\"t\"},"
          + "\"type\":\"threads.custom_action\"}",
      "{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":\"t\",\"item_id\":null,\"action\":"
          + "{\"type\":\"newsletter.subscribe\",\"payload\":{\"plan\":\"daily\",\"email\":\"bo@example.com\"}}}}",
      "{\"type\":\"threads.create\",\"params\":{}}");

  /** Fragments that broke a reader or a writer once, or sit on a boundary. */
  private static final List<String> TOKENS = List.of(
      "\\ud800", "\\udc00", "\\uD83D\\uDE00", "\uD83D\uDE00", "\\u0000", "\\\"", "\\\\", "\u00e9", "\u2028",
      "a".repeat(39) + "\uD83D\uDE00", "1e2147483648", "0e2147483648", "1e-2147483649", "1E+2147483647", "-0",
      "9".repeat(1200), "0.1", "1.5e300", "null", "true", "[]", "{}", "\"\"", ",", ":", "\"type\":\"cart.add\",",
      "\"payload\":{},", "\"payload\":null,", ",\"payload\":[1]", "\"action\":{\"type\":\"ping\"},", ",\"itemId\":\"x\"",
      "\"type\":\"threads.sync_custom_action\",", "\"params\":{},", "\"thread_id\":7,", "{\"type\":",
      "[".repeat(300), "{\"a\":".repeat(150), "]".repeat(50), "}".repeat(50), "\"" + "x".repeat(5000) + "\"");
  private static final byte[] BYTES = {'{', '}', '[', ']', '"', ',', ':', '\\', ' ', '0', '9', '-', 'e', 'a', 0,
      (byte) 0x80, (byte) 0xC3, (byte) 0xED, (byte) 0xEF, (byte) 0xFE, (byte) 0xFF};

  private final Random random;

  public RequestMutator(long seed) {
    this.random = new Random(seed);
  }

  /** The next request: a seed with one to four mutations. */
  public byte[] next() {
    byte[] request = utf8(SEEDS.get(random.nextInt(SEEDS.size())));
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      request = mutate(request);
    }
    return request;
  }

  private byte[] mutate(byte[] in) {
    int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
    switch (random.nextInt(9)) {
      case 0:
        return replace(in, at, 1, new byte[] {(byte) random.nextInt(256)});
      case 1:
        return replace(in, at, 0, new byte[] {BYTES[random.nextInt(BYTES.length)]});
      case 2:
        return replace(in, at, random.nextInt(1 + Math.min(16, in.length - at)), new byte[0]);
      case 3:
        return replace(in, at, 0, range(in));
      case 4:
        return splice(in, at);
      case 5:
        return replace(in, at, 0, utf8(TOKENS.get(random.nextInt(TOKENS.size()))));
      case 6:
        return replaceString(in);
      case 7:
        return Arrays.copyOf(in, at);
      default:
        return repeat(in, at);
    }
  }

  /** Some bytes of {@code in}, to be copied elsewhere: a duplicate key, a second action... */
  private byte[] range(byte[] in) {
    int from = random.nextInt(in.length + 1);
    int length = random.nextInt(1 + Math.min(40, in.length - from));
    return Arrays.copyOfRange(in, from, from + length);
  }

  /** The start of {@code in} with the end of another seed. */
  private byte[] splice(byte[] in, int at) {
    byte[] other = utf8(SEEDS.get(random.nextInt(SEEDS.size())));
    int from = random.nextInt(other.length + 1);
    return replace(in, at, in.length - at, Arrays.copyOfRange(other, from, other.length));
  }

  /** The contents of one string literal replaced with a token. */
  private byte[] replaceString(byte[] in) {
    String text = new String(in, StandardCharsets.ISO_8859_1);
    int open = text.indexOf('"', random.nextInt(text.length() + 1));
    int close = open < 0 ? -1 : text.indexOf('"', open + 1);
    if (close < 0) {
      return in;
    }
    return replace(in, open + 1, close - open - 1, utf8(TOKENS.get(random.nextInt(TOKENS.size()))));
  }

  /** A range repeated many times: long arrays, many properties, bodies past a limit. */
  private byte[] repeat(byte[] in, int at) {
    byte[] piece = range(in);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 1 + random.nextInt(random.nextInt(8) == 0 ? 5000 : 50); i > 0; i--) {
      out.writeBytes(piece);
    }
    return replace(in, at, 0, out.toByteArray());
  }

  private static byte[] replace(byte[] in, int at, int removed, byte[] inserted) {
    int end = Math.min(in.length, at + removed);
    byte[] out = new byte[at + inserted.length + in.length - end];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(in, end, out, at + inserted.length, in.length - end);
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
