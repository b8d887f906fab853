package readme.serving;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.tests.readme.ReadmeExample;
import dev.widgetry.tests.readme.ReadmeHttp;
import java.net.URI;
import readme.actions.CartHandlers;

/** The README's exchanges, in its order, against one server: each adds tea to the same cart. */
public class ServingExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    HttpServer server = CartServer.serve(new CartHandlers(), cookie -> new CartServer.User("ada"), 0);
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      for (String id : new String[] {"serving/page", "serving/sync", "serving/stream", "serving/invalid"}) {
        readme.output(id, ReadmeHttp.exchange(base, readme.input(id)));
      }
    } finally {
      server.stop(0);
    }
  }
}
