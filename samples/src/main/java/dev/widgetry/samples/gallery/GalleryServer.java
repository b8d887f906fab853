package dev.widgetry.samples.gallery;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import dev.widgetry.samples.chat.Chat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The gallery on the JDK's HTTP server: the page, the gallery's JSON, each entry's schema, tool
 * and action tools, and the action endpoint every click of the page posts to.
 *
 * <pre>
 * GET  /                       the page (and /js/..., /css/..., /img/...)
 * GET  /api/gallery            every entry with its widget as it stands now
 * GET  /api/schema/{id}        the JSON Schema of the entry's record
 * GET  /api/tool/{id}          the tool definition a model is given for it
 * GET  /api/actions/{id}       a tool definition per action of the entry
 * POST /api/widget-action      {"action": {"type", "payload"}, "itemId"}: the handler's answer, or a structured error;
 *                              {"version": "v0.9", "action"} from the A2UI page: a JSON array of messages
 * POST /chatkit                ChatKit's requests, for the chat page (/chat.html): JSON, or Server-Sent Events
 * GET  /api/a2ui[/{id}]        the entries' A2UI surfaces, for the A2UI page (/a2ui.html)
 * GET  /npm/...                the installed @a2ui/lit renderer and what it imports, when a node_modules folder is given
 * </pre>
 */
public final class GalleryServer implements AutoCloseable {
  /** Where the page posts actions. */
  public static final String ACTION_PATH = "/api/widget-action";
  private static final int THREADS = 4;
  /**
   * The JDK server's limits, as system properties it reads when the JVM's first server is made:
   * seconds a client may take to send a whole request (headers and body) before its connection is
   * closed, and connections open at once (beyond, a new one is closed when accepted).
   */
  private static final Map<String, String> LIMITS = Map.of(
      "sun.net.httpserver.maxReqTime", "10",
      "jdk.httpserver.maxConnections", "500");

  private final HttpServer server;
  private final SqliteStore chats;

  private GalleryServer(HttpServer server, SqliteStore chats) {
    this.server = server;
    this.chats = chats;
  }

  /**
   * Starts a gallery, with fresh state, listening on {@code address}; port 0 picks a free port.
   * Sets the JDK server's limits unless the JVM was started with its own (the JDK reads them once,
   * when the JVM's first server is made).
   *
   * @throws java.net.BindException when the port is taken
   */
  public static GalleryServer start(InetSocketAddress address) throws IOException {
    return start(address, SqliteStore.inMemory());
  }

  /**
   * Starts a gallery whose chat page keeps its threads in {@code chats}, which the server closes
   * when it stops.
   */
  public static GalleryServer start(InetSocketAddress address, SqliteStore chats) throws IOException {
    return start(address, chats, RendererFolder.find().orElse(null));
  }

  /**
   * Starts a gallery whose A2UI page loads {@code @a2ui/lit} from {@code rendererModules}, a
   * {@code node_modules} folder where samples/npm/package-lock.json is installed; null when there
   * is none, and the page says how to install it.
   */
  public static GalleryServer start(InetSocketAddress address, SqliteStore chats, Path rendererModules)
      throws IOException {
    LIMITS.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
    Gallery gallery = Gallery.create();
    HttpServer server = ActionServers.create(address, THREADS);
    ActionEndpoint.of(Chat.server(gallery, chats))
        .withContext(ThemePreference::context)
        .mountOn(server, Chat.PATH);
    ActionEndpoint.of(gallery.dispatcher())
        .withContext(ThemePreference::context)
        .mountOn(server, ACTION_PATH);
    mount(server, GalleryRoute.PATH, new GalleryRoute(gallery));
    mount(server, "/api/schema/", new DefinitionRoute("/api/schema/", gallery, entry -> Widgets.schema(entry.dataType())));
    mount(server, "/api/tool/", new DefinitionRoute("/api/tool/", gallery, entry -> Widgets.toolDefinition(entry.dataType())));
    mount(server, "/api/actions/", new DefinitionRoute("/api/actions/", gallery,
        entry -> "[" + String.join(",", entry.actionTools()) + "]"));
    mount(server, A2uiRoute.PATH, new A2uiRoute(gallery, rendererModules != null));
    if (rendererModules != null) {
      mount(server, NpmFiles.PATH, new NpmFiles(rendererModules));
    }
    mount(server, "/api/", HttpAnswers::notFound);
    mount(server, "/", new StaticFiles());
    server.start();
    return new GalleryServer(server, chats);
  }

  private static void mount(HttpServer server, String path, HttpHandler handler) {
    server.createContext(path, HttpAnswers.guarded(handler));
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  /** Stops serving at once. */
  @Override
  public void close() {
    server.stop(0);
    chats.close();
  }
}
