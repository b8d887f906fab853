package dev.widgetry.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium of its own: a fresh profile, DevTools on a port it picks, its output in a
 * log file. {@link #close} ends the browser and every process it started, and deletes the profile.
 */
final class Chromium implements AutoCloseable {
  /** Where to look when {@code WIDGETRY_CHROMIUM} names no browser. */
  private static final List<String> KNOWN_PATHS = List.of(
      "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final int port;

  private Chromium(Process process, Path profile, int port) {
    this.process = process;
    this.profile = profile;
    this.port = port;
  }

  /** The browser to run: {@code WIDGETRY_CHROMIUM}, else the first of the usual paths that exists. */
  static Optional<Path> find() {
    String configured = System.getenv("WIDGETRY_CHROMIUM");
    Stream<String> candidates = configured == null || configured.isBlank()
        ? KNOWN_PATHS.stream()
        : Stream.of(configured);
    return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Starts the browser with DevTools on a free port; its output goes to {@code log}. */
  static Chromium launch(Path binary, Path log) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("widgetry-chromium-");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(binary.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--no-first-run", "--no-default-browser-check", "--disable-quic",
        "--hide-scrollbars", "--mute-audio", "--force-color-profile=srgb", "--lang=en-US",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
        "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    Chromium chromium = null;
    try {
      chromium = new Chromium(process, profile, readPort(process, profile.resolve("DevToolsActivePort"), log));
      return chromium;
    } finally {
      if (chromium == null) {
        stop(process);
        deleteTree(profile);
      }
    }
  }

  /** The DevTools WebSocket of the browser's first tab. */
  URI pageWebSocket() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .timeout(Duration.ofSeconds(10)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      JsonNode targets = MAPPER.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode target : targets) {
        if (target.path("type").asText().equals("page") && target.has("webSocketDebuggerUrl")) {
          return URI.create(target.get("webSocketDebuggerUrl").asText());
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Chromium opened no tab within " + START_TIMEOUT.toSeconds() + " s");
  }

  @Override
  public void close() {
    stop(process);
    deleteTree(profile);
  }

  /** Waits for the browser to write the port DevTools listens on. */
  private static int readPort(Process process, Path portFile, Path log) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(portFile)) {
        List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited with status " + process.exitValue() + " before DevTools"
            + " started; its output is in " + log.toAbsolutePath());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Chromium did not start DevTools within " + START_TIMEOUT.toSeconds()
        + " s; its output is in " + log.toAbsolutePath());
  }

  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static void deleteTree(Path root) {
    // The browser's last helper processes may still be writing: try a few times.
    for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException | UncheckedIOException e) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
