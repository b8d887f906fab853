package dev.widgetry.tests.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client on a plain socket that starts a request and never finishes it. */
final class Attacker implements AutoCloseable {
  /** How long {@link #readAnswer} waits before it calls the server hung: a bound, not a timing. */
  private static final int PATIENCE_MILLIS = 30_000;

  private final Socket socket;

  private Attacker(int port, String start) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(PATIENCE_MILLIS);
      socket.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the request line and part of a header, and no more. */
  static Attacker withHeaderThatNeverEnds(int port, String path) {
    return new Attacker(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
  }

  /** Declares a body of {@code length} bytes and sends none of it. */
  static Attacker declaringBodyItNeverSends(int port, String path, long length) {
    return new Attacker(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + length + "\r\n\r\n");
  }

  /** Declares {@code body} and sends its first half. */
  static Attacker withBodyThatStalls(int port, String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new Attacker(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + bytes.length
        + "\r\n\r\n" + body.substring(0, body.length() / 2));
  }

  /** The status line, headers and body of the answer the server sent, read while the connection stays open. */
  String readAnswer() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("The server closed the connection before answering: " + head);
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
