package dev.widgetry.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * A {@link WidgetHttpMessageConverter} bean: Spring Boot puts converter beans ahead of its own, so a
 * controller that returns a widget has it written by the generated code rather than by Jackson.
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
}
