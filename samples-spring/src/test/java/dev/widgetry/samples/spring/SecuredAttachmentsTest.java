package dev.widgetry.samples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the {@code secured} profile the chat's attachments need a signed-in user wherever the
 * starter serves them, here below a ChatKit path written with a trailing '/'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "widgetry.chatkit.path=/chat/")
@ActiveProfiles("secured")
class SecuredAttachmentsTest {
  @LocalServerPort int port;

  @Test
  void attachmentsBelowAPathEndingInASlashNeedASignedInUser() throws Exception {
    GalleryClient gallery = new GalleryClient(port);

    int anonymous = gallery.send(gallery.request("/chat/attachments/atc_0123456789abcdef").GET()).statusCode();
    int signedIn = gallery.send(gallery.request("/chat/attachments/atc_0123456789abcdef")
        .header("Authorization", GalleryClient.basic("bob", "difference")).GET()).statusCode();

    assertEquals(401, anonymous);
    assertEquals(404, signedIn);
  }
}
