package dev.widgetry.samples.gallery;

import static dev.widgetry.samples.gallery.RunningGallery.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gallery under the abuse a public server meets: clients that never finish their request and a
 * path built to exhaust the stack. Visitors are answered all the while, and the server ends each
 * unfinished request itself within the time it allows.
 *
 * <p>The timeouts only turn a hang into a failure; nothing here is timed.
 */
class GalleryAbuseTest {
  /** How long a raw client waits for the server before it calls it hung: a bound, not a timing. */
  private static final int PATIENCE_MILLIS = 60_000;

  private final List<Socket> attackers = new ArrayList<>();
  private RunningGallery gallery;

  @BeforeEach
  void start() throws IOException {
    gallery = new RunningGallery();
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket attacker : attackers) {
      attacker.close();
    }
    gallery.close();
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void visitorsAreAnsweredWhileSlowAndRefusedClientsHoldConnections() throws Exception {
    for (int i = 0; i < 50; i++) {
      attack("GET /api/gallery HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
    }
    for (int i = 0; i < 4; i++) {
      Socket refused = attack("POST " + GalleryServer.ACTION_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Length: 10000000\r\n\r\n");
      String answer = readAnswer(refused);
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    }

    assertEquals(200, gallery.get("/api/gallery").statusCode());
    assertEquals(200, gallery.get("/").statusCode());
    HttpResponse<String> action = gallery.act("{\"action\":{\"type\":\"order.restart\"},\"itemId\":\"order\"}");
    assertEquals(200, action.statusCode(), action.body());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void theServerEndsARequestThatIsNeverFinished() throws Exception {
    Socket slowHeader = attack("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
    Socket stalledBody = attack("POST " + GalleryServer.ACTION_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Length: 100\r\n\r\n{\"action\":");

    assertClosedByServer(slowHeader);
    assertClosedByServer(stalledBody);
    assertEquals(200, gallery.get("/").statusCode());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aPathOfThousandsOfSegmentsIsNotFound() throws Exception {
    HttpResponse<String> deep = gallery.get("/a".repeat(3000) + ".css");
    HttpResponse<String> deepApi = gallery.get("/api/schema" + "/a".repeat(3000));

    assertEquals(404, deep.statusCode(), deep.body());
    assertEquals(404, deepApi.statusCode(), deepApi.body());
    assertEquals("not_found", json(deepApi).get("error").get("code").asText());
    assertEquals(200, gallery.get("/css/widgets.css").statusCode());
  }

  private Socket attack(String start) throws IOException {
    Socket socket = new Socket(gallery.uri("/").getHost(), gallery.uri("/").getPort());
    attackers.add(socket);
    socket.setSoTimeout(PATIENCE_MILLIS);
    socket.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return socket;
  }

  /** Whatever the server sends before it closes the connection; it may send an answer first. */
  private static void assertClosedByServer(Socket socket) throws IOException {
    try {
      socket.getInputStream().readAllBytes();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept an unfinished request open for " + PATIENCE_MILLIS + " ms", e);
    } catch (IOException reset) {
      // Closed with a reset: closed all the same.
    }
  }

  /** The status line, headers and body of an answer, read while the connection stays open. */
  private static String readAnswer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new UncheckedIOException(new IOException("closed before an answer: " + head));
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
}
