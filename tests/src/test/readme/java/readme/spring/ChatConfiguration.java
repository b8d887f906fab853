package readme.spring;

import dev.widgetry.chatkit.server.Responder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the README's Responder bean is declared: any configuration class of the application's. */
@Configuration(proxyBeanMethods = false)
public class ChatConfiguration {
  // README snippet: spring/assistant
}
