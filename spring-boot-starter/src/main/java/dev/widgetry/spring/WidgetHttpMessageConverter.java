package dev.widgetry.spring;

import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a controller's widget (any type with a generated codec: a {@code @Widget} record, a widget
 * union such as ChatKit's {@code WidgetRoot}) or a collection of them as JSON, by the generated
 * code, straight into the response as UTF-8. A value is written by the codec of its declared type
 * when it has one (a union writes its member as the union does), else by its own class's; a
 * collection by the codec of its declared element type. Anything else is left to the other
 * converters. It writes only: request bodies are Jackson's to read.
 */
public class WidgetHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {

  public WidgetHttpMessageConverter() {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Widgets.findCodec(type).isPresent();
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    return false;
  }

  @Override
  public boolean canRead(ResolvableType type, MediaType mediaType) {
    return false;
  }

  @Override
  public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) {
    throw new HttpMessageNotReadableException(getClass().getSimpleName() + " writes widgets; it does not read them", input);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return canWrite(mediaType) && (valueCodec(type, valueClass) != null || elementCodec(type) != null);
  }

  @Override
  protected void writeInternal(Object value, ResolvableType type, HttpOutputMessage output, Map<String, Object> hints)
      throws IOException {
    OutputStream body = output.getBody();
    WidgetCodec<Object> codec = valueCodec(type, value.getClass());
    if (codec != null) {
      codec.write(value, body);
      return;
    }
    WidgetCodec<Object> elements = elementCodec(type);
    body.write('[');
    boolean first = true;
    for (Object element : (Collection<?>) value) {
      if (!first) {
        body.write(',');
      }
      first = false;
      elements.write(element, body);
    }
    body.write(']');
  }

  /** The codec of the declared type when it has one and takes the value, else the value's own class's. */
  private static WidgetCodec<Object> valueCodec(ResolvableType type, Class<?> valueClass) {
    Class<?> declared = type.toClass();
    WidgetCodec<Object> codec = codec(declared);
    return codec != null && declared.isAssignableFrom(valueClass) ? codec : codec(valueClass);
  }

  /** The codec of a collection's declared element type, or null when it is no collection of widgets. */
  private static WidgetCodec<Object> elementCodec(ResolvableType type) {
    ResolvableType collection = type.asCollection();
    return collection == ResolvableType.NONE ? null : codec(collection.getGeneric(0).toClass());
  }

  @SuppressWarnings("unchecked") // a codec found for a type writes the instances of that type
  private static WidgetCodec<Object> codec(Class<?> type) {
    return (WidgetCodec<Object>) Widgets.findCodec(type).orElse(null);
  }
}
