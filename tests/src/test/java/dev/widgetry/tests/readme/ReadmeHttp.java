package dev.widgetry.tests.readme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Sends a README exchange's request and writes the answer the way the README shows one: the
 * status and the headers a reader needs on the first line, then the body.
 *
 * <pre>
 * POST /api/widget-action              the request: method and path,
 * Cookie: session=ada                  any headers,
 * {"action": ...}                      the body
 *
 * 200, Content-Type: application/json; charset=utf-8, Cache-Control: no-store
 * {"result": ...}                      the answer
 * </pre>
 */
public final class ReadmeHttp {
  /** The answer's headers the README shows, in this order, when the answer has them. */
  private static final List<String> SHOWN_HEADERS = List.of("Content-Type", "Cache-Control", "X-Accel-Buffering");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ReadmeHttp() {}

  /** Sends {@code request} (in the README's form) to the server at {@code base} and returns the answer in that form. */
  public static String exchange(URI base, String request) throws IOException, InterruptedException {
    String[] lines = request.strip().split("\n");
    String[] methodAndPath = lines[0].split(" ", 2);
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(methodAndPath[1])).timeout(Duration.ofSeconds(30));
    int line = 1;
    for (; line < lines.length && lines[line].matches("[A-Za-z-]+: .*"); line++) {
      String[] header = lines[line].split(": ", 2);
      builder.header(header[0], header[1]);
    }
    String body = String.join("\n", List.of(lines).subList(line, lines.length));
    HttpResponse<String> response = CLIENT.send(
        builder.method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    StringBuilder answer = new StringBuilder().append(response.statusCode());
    for (String name : SHOWN_HEADERS) {
      response.headers().firstValue(name).ifPresent(value -> answer.append(", ").append(name).append(": ").append(value));
    }
    return answer.append('\n').append(response.body()).toString();
  }
}
