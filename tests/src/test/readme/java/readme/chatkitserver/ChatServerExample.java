package readme.chatkitserver;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.tests.readme.ReadmeExample;
import dev.widgetry.tests.readme.ReadmeHttp;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The README's ChatKit exchanges against one server on a store in a temporary folder: a new thread
 * (answered by the assistant), then the action of the widget the README names (thread thr_1, item
 * msg_1, put in the store first), then the thread reloaded, then an attachment created.
 */
public class ChatServerExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    Path folder = Files.createTempDirectory("readme-chat");
    try (SqliteStore store = SqliteStore.open(folder.resolve("chat.db"))) {
      seed(store);
      HttpServer server = ChatServer.serve(store, folder.resolve("files"), 0);
      try {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        for (String id : new String[] {"chatkit-server/create", "chatkit-server/action", "chatkit-server/reload",
            "chatkit-server/attach"}) {
          readme.output(id, ReadmeHttp.exchange(base, readme.input(id)));
        }
      } finally {
        server.stop(0);
      }
    }
  }

  private static void seed(ThreadStore store) {
    Instant now = Instant.now();
    store.saveThread(ThreadMetadata.of("thr_1", now).withTitle("Lisbon"), ActionContext.empty());
    store.addItem(new WidgetItem("msg_1", "thr_1", now, ForecastHandlers.card("Lisbon", 21), null),
        ActionContext.empty());
  }
}
