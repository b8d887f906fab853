package readme.a2uiactions;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.EventAction;
import dev.widgetry.a2ui.Tree;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import dev.widgetry.tests.readme.ReadmeExample;
import dev.widgetry.tests.readme.ReadmeHttp;
import java.net.InetSocketAddress;
import java.net.URI;

/** The A2UI actions section: the typed event a Button carries, and the endpoint answering A2UI's messages. */
public class A2uiActionsExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    // README snippet: a2ui-actions/button
    readme.output("a2ui-actions/event", Widgets.toJson(pay));
    if (button == null) {
      throw new AssertionError("no button");
    }
    // README snippet: a2ui-actions/dispatcher
    HttpServer server = ActionServers.create(new InetSocketAddress("127.0.0.1", 0), 4);
    ActionEndpoint.of(dispatcher).mountOn(server, "/api/widget-action");
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      for (String id : new String[] {"a2ui-actions/action", "a2ui-actions/stream"}) {
        readme.output(id, ReadmeHttp.exchange(base, readme.input(id)));
      }
    } finally {
      server.stop(0);
    }
  }
}
