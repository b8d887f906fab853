package readme.chatkitserver;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.http.AttachmentEndpoint;
import dev.widgetry.chatkit.server.store.LocalAttachmentStore;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;

final class ChatServer {
  private ChatServer() {}

  // README snippet: chatkit-server/serve
}
