package readme.a2uiactions;

import com.sun.net.httpserver.HttpServer;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiFunctionResponseHook;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.CallRendererFunction;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.RendererFunctionCalls;
import dev.widgetry.a2ui.RendererFunctionResponse;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import dev.widgetry.tests.readme.ReadmeExample;
import dev.widgetry.tests.readme.ReadmeHttp;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A v1.0 action's metadata reaching its handler, and the renderer's answer to a function the agent
 * called reaching the RendererFunctionCalls hook, which completes the call's future.
 */
public class RendererAnswersExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    // README snippet: renderer-answers/calls
    if (!sent.contains("\"functionCallId\":\"price-1\"")) {
      throw new AssertionError("the call sent is not price-1's: " + sent);
    }
    HttpServer server = ActionServers.create(new InetSocketAddress("127.0.0.1", 0), 4);
    ActionEndpoint.of(dispatcher).mountOn(server, "/api/widget-action");
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      for (String id : new String[] {"renderer-answers/action", "renderer-answers/response"}) {
        readme.output(id, ReadmeHttp.exchange(base, readme.input(id)));
      }
    } finally {
      server.stop(0);
    }
    readme.output("renderer-answers/price", price.getNow(null).value().toString());
  }
}
