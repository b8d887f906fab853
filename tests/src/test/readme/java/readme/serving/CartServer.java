package readme.serving;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import java.io.IOException;
import java.net.InetSocketAddress;
import readme.actions.CartHandlers;

final class CartServer {
  private CartServer() {}

  // README snippet: serving/user-types

  // README snippet: serving/serve
}
