package dev.widgetry.samples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The gallery behind Spring Security ({@code secured} profile): actions and the chat need a signed-in user, and
 * the refund handler, reading the user Spring Security signed in from the action's context, refuses
 * the one who may not refund.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("secured")
class SecuredGalleryTest {
  private static final String REFUND_1042 = "{\"action\":{\"type\":\"order.refund\",\"payload\":{\"orderId\":\"1042\"}}}";
  private static final String REFUND_1043 = "{\"action\":{\"type\":\"order.refund\",\"payload\":{\"orderId\":\"1043\"}}}";

  @LocalServerPort int port;
  @Autowired RefundHandlers refunds;

  private GalleryClient gallery;

  @BeforeEach
  void client() {
    gallery = new GalleryClient(port);
  }

  @Test
  void aRequestWithoutCredentialsIsRefusedBeforeAnyHandler() throws Exception {
    HttpResponse<String> response = gallery.act(REFUND_1042);

    assertEquals(401, response.statusCode());
    assertFalse(refunds.isRefunded("1042"));
  }

  @Test
  void wrongCredentialsAreRefusedBeforeAnyHandler() throws Exception {
    assertEquals(401, gallery.actAs("ada", "babbage", REFUND_1042).statusCode());
    assertFalse(refunds.isRefunded("1042"));
  }

  @Test
  void aUserWhoMayNotRefundIsRefusedByTheHandler() throws Exception {
    HttpResponse<String> response = gallery.actAs("bob", "difference", REFUND_1042);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":\"none\",\"message\":\"bob may not refund orders.\"}", response.body());
    assertFalse(refunds.isRefunded("1042"));
  }

  @Test
  void aBodyPostedAsAFormAsCurlDashDPostsItReachesTheHandlerWhole() throws Exception {
    HttpResponse<String> response = gallery.send(gallery.request(GalleryClient.ACTION_PATH)
        .header("Authorization", GalleryClient.basic("bob", "difference"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(REFUND_1042)));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":\"none\",\"message\":\"bob may not refund orders.\"}", response.body());
  }

  @Test
  void aUserWhoMayRefundRefunds() throws Exception {
    HttpResponse<String> response = gallery.actAs("ada", "analytical", REFUND_1043);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":\"none\",\"message\":\"Order #1043 is refunded, by ada.\"}", response.body());
    assertTrue(refunds.isRefunded("1043"));
  }

  @Test
  void aSignedInUserUsesTheGallerysOtherActions() throws Exception {
    HttpResponse<String> response = gallery.actAs("bob", "difference",
        "{\"action\":{\"type\":\"profile.follow\"},\"itemId\":\"profile\"}");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("{\"result\":\"update\""), response.body());
  }

  @Test
  void theChatNeedsASignedInUserToo() throws Exception {
    String listThreads = "{\"type\":\"threads.list\",\"params\":{\"limit\":30,\"order\":\"desc\"}}";

    HttpResponse<String> anonymous = gallery.chat(listThreads);
    HttpResponse<String> signedIn = gallery.send(gallery.chatRequest(listThreads)
        .header("Authorization", GalleryClient.basic("bob", "difference")));

    assertEquals(401, anonymous.statusCode());
    assertEquals(200, signedIn.statusCode(), signedIn.body());
    assertTrue(signedIn.body().startsWith("{\"data\":["), signedIn.body());
  }
}
