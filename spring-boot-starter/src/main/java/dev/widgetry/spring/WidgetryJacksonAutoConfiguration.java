package dev.widgetry.spring;

import dev.widgetry.spring.jackson.WidgetryJackson2Module;
import dev.widgetry.spring.jackson.WidgetryJacksonModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * Jackson modules as beans, which Spring Boot registers in the mappers it builds: the Jackson 3
 * {@code JsonMapper} that Spring MVC uses by default, and the Jackson 2 {@code ObjectMapper} of an
 * application that still uses Boot's Jackson 2 support. A widget inside any object those write is
 * then written by its generated codec. Widgetry's core reads and writes with Jackson 2 itself; the
 * two Jackson lines live side by side in their own packages.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "widgetry.jackson.enabled", matchIfMissing = true)
public final class WidgetryJacksonAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  WidgetryJackson2Module widgetryJackson2Module() {
    return new WidgetryJackson2Module();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JacksonModule.class)
  static class Jackson3Configuration {

    @Bean
    @ConditionalOnMissingBean
    WidgetryJacksonModule widgetryJacksonModule() {
      return new WidgetryJacksonModule();
    }
  }
}
