package dev.widgetry.spring.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;

/**
 * A Jackson 2 module that writes every type with a generated codec through that codec, inside
 * whatever a Jackson 2 {@code ObjectMapper} writes: {@code new ObjectMapper().registerModule(new
 * WidgetryJackson2Module())}. As a bean, Spring Boot's Jackson 2 support (when the application
 * still uses it) registers it in its mapper.
 */
public final class WidgetryJackson2Module extends Module {

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
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
      return Widgets.findCodec(type.getRawClass()).map(CodecSerializer::new).orElse(null);
    }
  }

  /**
   * Writes one widget type into a Jackson 2 generator through its generated code. Jackson's
   * serializers are {@code Serializable}; this one holds a generated codec, which is not.
   */
  @SuppressWarnings("serial")
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private final WidgetCodec<T> codec;

    CodecSerializer(WidgetCodec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      codec.write(value, generator);
    }
  }
}
