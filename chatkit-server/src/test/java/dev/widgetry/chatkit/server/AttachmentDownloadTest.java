package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.FileAttachment;
import dev.widgetry.chatkit.server.types.ImageAttachment;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The headers an attachment is served under: the client named its type and its file, so what a
 * browser could run is never served as what it claims to be.
 */
class AttachmentDownloadTest {

  @Test
  void aRasterImageIsShownInPlaceUnderItsOwnType() {
    Map<String, String> headers = headers(image("cat.png", "image/png"));

    assertEquals(List.of("Content-Type", "Content-Disposition", "X-Content-Type-Options", "Content-Security-Policy",
        "Cache-Control"), List.copyOf(headers.keySet()));
    assertEquals("image/png", headers.get("Content-Type"));
    assertEquals("inline; filename=\"cat.png\"; filename*=UTF-8''cat.png", headers.get("Content-Disposition"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("default-src 'none'; sandbox", headers.get("Content-Security-Policy"));
    assertEquals("private, no-cache", headers.get("Cache-Control"));
  }

  @Test
  void theDeclaredTypeIsReadWithoutItsParametersOrCase() {
    assertEquals("image/jpeg", headers(image("a.jpg", "IMAGE/JPEG; q=1")).get("Content-Type"));
  }

  @Test
  void whatABrowserCouldRunIsSentAsBytesToSave() {
    for (String type : List.of("text/html", "image/svg+xml", "application/javascript", "text/plain")) {
      Map<String, String> headers = headers(file("page", type));

      assertEquals("application/octet-stream", headers.get("Content-Type"), type);
      assertEquals("attachment; filename=\"page\"; filename*=UTF-8''page", headers.get("Content-Disposition"), type);
    }
  }

  @Test
  void aNameIsQuotedSafelyAndSpelledWholeInUtf8() {
    Map<String, String> headers = headers(file("na\"me\r\n; x=%2e\\ résumé ✓.pdf", "application/pdf"));

    assertEquals("attachment; filename=\"na_me__; x=_2e_ r_sum_ _.pdf\"; "
        + "filename*=UTF-8''na%22me%0D%0A%3B%20x%3D%252e%5C%20r%C3%A9sum%C3%A9%20%E2%9C%93.pdf",
        headers.get("Content-Disposition"));
  }

  private static Map<String, String> headers(Attachment attachment) {
    return new AttachmentDownload(attachment, new ByteArrayInputStream(new byte[0])).headers();
  }

  private static Attachment image(String name, String type) {
    return new ImageAttachment("atc_1", name, type, null, null, Map.of(), "https://chat.example.com/atc_1");
  }

  private static Attachment file(String name, String type) {
    return new FileAttachment("atc_1", name, type, null, null, Map.of());
  }
}
