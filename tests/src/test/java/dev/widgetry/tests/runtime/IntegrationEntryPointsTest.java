package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import dev.widgetry.tests.actions.CartHandlers;
import dev.widgetry.tests.model.Length;
import dev.widgetry.tests.model.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a framework integration (the Spring Boot starter, say) uses of the runtime: finding a
 * type's codec without failing, telling handler classes apart, writing the standard error, and
 * writing a widget through a writer of another JSON library.
 */
class IntegrationEntryPointsTest {

  /** A record no processor ran on. */
  record Plain(String name) {}

  /** A subclass made of a handler class, as a framework's proxy is. */
  static class ProxiedCart extends CartHandlers {}

  @Test
  void findCodecFindsAGeneratedCodecAndNothingForOtherTypes() {
    Optional<WidgetCodec<Tag>> tag = Widgets.findCodec(Tag.class);

    assertTrue(tag.isPresent());
    assertSame(Widgets.codec(Tag.class), tag.get());
    assertTrue(Widgets.findCodec(Length.class).isPresent(), "a union has a codec of its own");
    assertEquals(Optional.empty(), Widgets.findCodec(Plain.class));
    assertEquals(Optional.empty(), Widgets.findCodec(String.class));
    assertThrows(NullPointerException.class, () -> Widgets.findCodec(null));
  }

  @Test
  void hasHandlersTellsTheClassesDispatchersTake() {
    assertTrue(ActionDispatcher.hasHandlers(CartHandlers.class));
    assertTrue(ActionDispatcher.hasHandlers(ProxiedCart.class));
    assertFalse(ActionDispatcher.hasHandlers(Object.class));
    assertFalse(ActionDispatcher.hasHandlers(Plain.class));

    assertEquals(ActionDispatcher.of(new CartHandlers()).actionTypes(), ActionDispatcher.of(new ProxiedCart()).actionTypes());
    assertThrows(IllegalArgumentException.class, () -> ActionDispatcher.of(new Plain("x")));
  }

  @Test
  void anErrorIsWrittenAsEveryEndpointWritesOne() {
    ActionResponse response = ActionResponse.error(ActionError.NOT_FOUND, "No \"atc_1\" here.");

    assertEquals(404, response.status());
    assertEquals(Optional.of("not_found"), response.errorCode());
    assertEquals(ActionResponse.JSON, response.contentType());
    assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"No \\\"atc_1\\\" here.\"}}", response.bodyText());
    assertEquals(Optional.of("No \"atc_1\" here."), response.errorMessage());
  }

  @Test
  void anErrorWithProblemsPointsAtEachAndKeepsItsMessage() {
    ActionResponse response = ActionResponse.error(ActionError.INVALID_PAYLOAD, "The payload is not a Step.",
        List.of(new ParseProblem("/by", "a number", "\"one\"", 0, 0, "")));

    assertEquals(422, response.status());
    assertEquals(Optional.of("The payload is not a Step."), response.errorMessage());
    assertEquals("{\"error\":{\"code\":\"invalid_payload\",\"message\":\"The payload is not a Step.\","
        + "\"problems\":[{\"pointer\":\"/by\",\"expected\":\"a number\",\"found\":\"\\\"one\\\"\","
        + "\"message\":\"At /by: expected a number, found \\\"one\\\".\"}]}}", response.bodyText());
  }

  @Test
  void aSuccessAndAnErrorGivenAsABodyHaveNoMessage() {
    assertEquals(Optional.empty(), ActionResponse.ok(ActionResponse.JSON, new byte[] {'{', '}'}).errorMessage());
    assertEquals(Optional.empty(), ActionResponse.error(ActionError.NOT_FOUND, new byte[] {'{', '}'}).errorMessage());
  }

  @Test
  void aWriterOfAnotherLibraryWritesEverySampleAsToJsonDoes() throws IOException {
    for (Object sample : Samples.all()) {
      assertArrayEquals(Widgets.toJsonBytes(sample), throughForeignWriter(sample), sample.getClass().getSimpleName());
    }
  }

  @Test
  void aForeignWriterRefusesNumbersJsonCannotHoldAsTheOthersDo() {
    WidgetWriter writer = new ForeignWriter(null);

    assertThrows(IllegalArgumentException.class, () -> writer.value(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> writer.value(Float.POSITIVE_INFINITY));
  }

  @SuppressWarnings("unchecked") // the codec of a sample's own class writes that sample
  private static byte[] throughForeignWriter(Object sample) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = new JsonFactory().createGenerator(bytes)) {
      ((WidgetCodec<Object>) Widgets.codec(sample.getClass())).write(new ForeignWriter(generator), sample);
    }
    return bytes.toByteArray();
  }

  /**
   * A writer as another library's integration would write one: only the primitive calls, each a
   * plain call on that library's generator; doubles and floats come from the seam's defaults.
   */
  private static final class ForeignWriter implements WidgetWriter {
    private final JsonGenerator out;

    ForeignWriter(JsonGenerator out) {
      this.out = out;
    }

    private interface Call {
      void run() throws IOException;
    }

    private void write(Call call) {
      try {
        call.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void beginObject() {
      write(out::writeStartObject);
    }

    @Override
    public void endObject() {
      write(out::writeEndObject);
    }

    @Override
    public void beginArray() {
      write(out::writeStartArray);
    }

    @Override
    public void endArray() {
      write(out::writeEndArray);
    }

    @Override
    public void name(EncodedString name) {
      write(() -> out.writeFieldName(name.value()));
    }

    @Override
    public void name(String name) {
      write(() -> out.writeFieldName(name));
    }

    @Override
    public void value(EncodedString value) {
      write(() -> out.writeString(value.value()));
    }

    @Override
    public void value(String value) {
      write(() -> out.writeString(value));
    }

    @Override
    public void value(boolean value) {
      write(() -> out.writeBoolean(value));
    }

    @Override
    public void value(int value) {
      write(() -> out.writeNumber(value));
    }

    @Override
    public void value(long value) {
      write(() -> out.writeNumber(value));
    }

    @Override
    public void value(BigInteger value) {
      write(() -> out.writeNumber(value));
    }

    @Override
    public void value(BigDecimal value) {
      write(() -> out.writeNumber(value));
    }

    @Override
    public void numberText(String text) {
      write(() -> out.writeNumber(text));
    }

    @Override
    public void nullValue() {
      write(out::writeNull);
    }
  }
}
