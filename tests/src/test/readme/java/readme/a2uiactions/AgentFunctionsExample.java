package readme.a2uiactions;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import dev.widgetry.tests.readme.ReadmeExample;
import dev.widgetry.tests.readme.ReadmeHttp;
import java.net.InetSocketAddress;
import java.net.URI;

/** "Agent functions": a v1.0 renderer's callAgentFunction, answered under its id, and one that fails. */
public class AgentFunctionsExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    HttpServer server = ActionServers.create(new InetSocketAddress("127.0.0.1", 0), 4);
    ActionEndpoint.of(ActionDispatcher.of(new PriceHandlers())).mountOn(server, "/api/widget-action");
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      for (String id : new String[] {"agent-functions/call", "agent-functions/invalid"}) {
        readme.output(id, ReadmeHttp.exchange(base, readme.input(id)));
      }
    } finally {
      server.stop(0);
    }
  }
}
