package dev.widgetry.samples;

import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.samples.gallery.GalleryServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the widget gallery on {@code http://127.0.0.1:8080/} (another port with {@code -Dport=...};
 * a free one when 8080 is taken) and serves it until the JVM is stopped. Its chat page keeps its
 * threads in the SQLite file {@code widgetry-chat.db} in the working folder (another with
 * {@code -Dchat.db=...}), so they are there after a restart. With the argument
 * {@code --walkthrough} it prints {@link ModelWalkthrough} instead.
 */
public final class SampleApp {
  private static final int DEFAULT_PORT = 8080;

  private SampleApp() {}

  public static void main(String[] args) throws IOException {
    if (List.of(args).contains("--walkthrough")) {
      ModelWalkthrough.print(System.out);
      return;
    }
    GalleryServer gallery = start(System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(gallery::close, "widgetry-gallery-stop"));
    System.out.println("Widgetry gallery: " + gallery.uri());
    System.out.println("Open it in a browser and click around; every click goes to POST " + gallery.uri()
        .resolve(GalleryServer.ACTION_PATH) + ". The chat is at " + gallery.uri().resolve("chat.html")
        + ", its threads in " + chatDatabase().toAbsolutePath() + ". Press Ctrl-C to stop.");
  }

  private static GalleryServer start(PrintStream out) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    Integer port = Integer.getInteger("port");
    if (port != null) {
      return GalleryServer.start(new InetSocketAddress(loopback, port), SqliteStore.open(chatDatabase()));
    }
    SqliteStore chats = SqliteStore.open(chatDatabase());
    try {
      return GalleryServer.start(new InetSocketAddress(loopback, DEFAULT_PORT), chats);
    } catch (BindException e) {
      out.println("Port " + DEFAULT_PORT + " is taken; using a free port instead (or pass -Dport=...).");
      return GalleryServer.start(new InetSocketAddress(loopback, 0), chats);
    }
  }

  private static Path chatDatabase() {
    return Path.of(System.getProperty("chat.db", "widgetry-chat.db"));
  }
}
