package dev.widgetry.spring.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.widgetry.runtime.Widgets;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/**
 * A Jackson 3 module that writes every type with a generated codec (a {@code @Widget} record, a
 * widget union) through that codec, wherever it appears: a controller's DTO, a message, a log
 * line. Spring Boot registers it in its {@code JsonMapper}; elsewhere, {@code
 * JsonMapper.builder().addModule(new WidgetryJacksonModule())}.
 */
public final class WidgetryJacksonModule extends JacksonModule {

  @Override
  public String getModuleName() {
    return "widgetry";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers());
  }

  /** Finds the generated codec of a type, once per type and mapper: Jackson caches what it returns. */
  private static final class CodecSerializers extends Serializers.Base {
    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      return Widgets.findCodec(type.getRawClass()).map(CodecSerializer::new).orElse(null);
    }
  }
}
