package dev.widgetry.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * A {@link WidgetHttpMessageConverter} bean, and an {@link A2uiHttpMessageConverter} when A2UI is on
 * the class path: Spring Boot puts converter beans ahead of its own, so a controller that returns a
 * widget, a surface or A2UI messages has them written by the generated code rather than by Jackson.
 */
@AutoConfiguration
@ConditionalOnClass(HttpMessageConverter.class)
@ConditionalOnBooleanProperty(name = "widgetry.http-converter.enabled", matchIfMissing = true)
public final class WidgetryHttpMessageConverterAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  WidgetHttpMessageConverter widgetHttpMessageConverter() {
    return new WidgetHttpMessageConverter();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.widgetry.a2ui.A2ui")
  static final class A2uiConverter {

    @Bean
    @ConditionalOnMissingBean
    A2uiHttpMessageConverter a2uiHttpMessageConverter() {
      return new A2uiHttpMessageConverter();
    }
  }
}
