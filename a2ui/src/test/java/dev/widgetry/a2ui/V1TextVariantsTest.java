package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.internal.Utf8Writers;
import dev.widgetry.runtime.spi.GeneratedCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text's heading variants are v0.9's only ({@link A2uiUntil} on the enum constants): v0.9 reads and
 * writes them, v1.0's reader refuses them where its schema does, v1.0's writer makes a heading
 * Markdown, and the codec refuses a heading constant to a v1.0 writer that did not rewrite it.
 */
class V1TextVariantsTest {
  private static final String COMPONENT = "{\"component\":\"Text\",\"id\":\"t\",\"text\":\"Title\",\"variant\":\"h2\"}";
  private static final String V09 = "[{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
      + COMPONENT + "]}}]";
  private static final String V1 = V09.replace("v0.9", "v1.0");

  @Test
  void v09ReadsAHeadingVariant() {
    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json",
        OfficialExamples.parse(V09)));

    UpdateComponents read = (UpdateComponents) A2ui.reader(A2uiVersion.V0_9).parseMessages(V09).get(0);

    assertEquals(Text.Variant.H2, ((Text) read.components().get(0)).variant());
  }

  @Test
  void v1RefusesAHeadingVariantAtItsPointerAsTheOfficialSchemaDoes() {
    assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer_list.json", OfficialExamples.parse(V1))
        .isEmpty(), "the official v1.0 schema refuses it");

    List<ParseProblem> problems = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(V1)).problems();

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("/0/updateComponents/components/0/variant", problems.get(0).pointer());
    assertEquals("one of \"caption\", \"body\" (the Variant names of A2UI v1.0)", problems.get(0).expected());
    assertEquals("\"h2\", A2UI v0.9's", problems.get(0).found());
  }

  @Test
  void v1ReadsTheVariantsItHas() {
    String caption = V1.replace("\"h2\"", "\"caption\"");
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(caption)));

    UpdateComponents read = (UpdateComponents) A2ui.reader(A2uiVersion.V1_0).parseMessages(caption).get(0);

    assertEquals(Text.Variant.CAPTION, ((Text) read.components().get(0)).variant());
  }

  @Test
  void v1WritesAHeadingAsMarkdownValidByTheOfficialSchema() {
    UpdateComponents message = new UpdateComponents("s", List.of(Text.of("Title", Text.Variant.H2).withId("t")));

    JsonNode written = OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(List.of(message)));

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", written));
    assertEquals("## Title", written.at("/0/updateComponents/components/0/text").asText());
    assertFalse(written.at("/0/updateComponents/components/0").has("variant"));
    assertEquals(OfficialExamples.parse(V09), OfficialExamples.parse(A2ui.toJsonArray(List.of(message))));
  }

  @Test
  void theCodecRefusesAHeadingToAV1WriterNamingItAndWhere() {
    Text heading = Text.of("Title", Text.Variant.H5).withId("t");
    @SuppressWarnings("unchecked") // Text's own codec
    GeneratedCodec<Text> codec = (GeneratedCodec<Text>) Widgets.codec(Text.class);

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> Utf8Writers.toUtf8String(out -> {
          out.wireVersion(A2uiVersion.V1_0.wireName());
          codec.write(out, heading);
        }));

    assertEquals("A2UI v1.0 has no Variant \"h5\" (A2UI v0.9 has): write it with A2ui.writer(A2uiVersion.V0_9),"
        + " or choose one of \"caption\", \"body\"", refused.getMessage());
    assertEquals("/variant", RefusalPointer.of(heading, A2uiVersion.V1_0));
    assertEquals("", RefusalPointer.of(heading, A2uiVersion.V0_9));
  }

  @Test
  void eachVersionsDocumentListsItsVariants() {
    JsonNode v09 = OfficialExamples.parse(BasicCatalog.CATALOG.document(A2uiVersion.V0_9));
    JsonNode v1 = OfficialExamples.parse(BasicCatalog.CATALOG.document(A2uiVersion.V1_0));

    assertEquals(OfficialExamples.parse("[\"h1\",\"h2\",\"h3\",\"h4\",\"h5\",\"caption\",\"body\"]"),
        v09.at("/components/Text/allOf/2/properties/variant/enum"));
    assertEquals(OfficialExamples.parse("[\"caption\",\"body\"]"), v1.at("/components/Text/properties/variant/enum"));
  }
}
