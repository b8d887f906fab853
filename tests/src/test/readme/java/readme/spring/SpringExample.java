package readme.spring;

import dev.widgetry.tests.readme.ReadmeExample;
import dev.widgetry.tests.readme.ReadmeHttp;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's Spring Boot application on Tomcat, with its Responder bean and the README's
 * properties, answering its exchanges; its threads and attachments go to a temporary folder.
 */
public class SpringExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    Properties properties = new Properties();
    properties.load(new StringReader(readme.input("spring/properties")));
    properties.load(new StringReader(readme.input("spring/chat-properties")));
    Path chats = Files.createTempDirectory("readme-spring-chat");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // The scaffolds are compiled into a class loader of their own, which Spring must load through.
    thread.setContextClassLoader(ShopApplication.class.getClassLoader());
    try (ConfigurableApplicationContext application =
        new SpringApplicationBuilder(ShopApplication.class, ChatConfiguration.class)
        .properties(properties)
        .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
            "widgetry.chatkit.store.file=" + chats.resolve("chatkit.db"),
            "widgetry.chatkit.attachments.folder=" + chats.resolve("attachments"))
        .run()) {
      URI base = URI.create("http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port"));
      readme.output("spring/page", ReadmeHttp.exchange(base, readme.input("spring/page")));
      readme.output("spring/chat", ReadmeHttp.exchange(base, readme.input("spring/chat")));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
