package dev.widgetry.spring;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.A2uiWriter;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes what a controller returns for an A2UI renderer (a {@link Surface}, one {@link ServerMessage},
 * or a collection of them) as the JSON array of server messages the renderer reads, by A2UI's
 * generated writers. A surface is its messages in order: {@code createSurface}, its components,
 * then its data model. It writes only: request bodies are Jackson's to read.
 */
public class A2uiHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {
  private static final A2uiWriter V0_9 = A2ui.writer(A2uiVersion.V0_9);

  public A2uiHttpMessageConverter() {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Surface.class.isAssignableFrom(type) || ServerMessage.class.isAssignableFrom(type);
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
    throw new HttpMessageNotReadableException(getClass().getSimpleName() + " writes A2UI messages; it does not read them",
        input);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return canWrite(mediaType) && (supports(valueClass) || isCollectionOfMessages(type));
  }

  @Override
  protected void writeInternal(Object value, ResolvableType type, HttpOutputMessage output, Map<String, Object> hints)
      throws IOException {
    output.getBody().write(V0_9.toJsonArrayBytes(messages(value)));
  }

  private static List<ServerMessage> messages(Object value) {
    if (value instanceof Surface) {
      return ((Surface) value).messages();
    }
    if (value instanceof ServerMessage) {
      return List.of((ServerMessage) value);
    }
    return ((Collection<?>) value).stream().map(ServerMessage.class::cast).toList();
  }

  private static boolean isCollectionOfMessages(ResolvableType type) {
    ResolvableType collection = type.asCollection();
    return collection != ResolvableType.NONE
        && ServerMessage.class.isAssignableFrom(collection.getGeneric(0).toClass());
  }
}
