package dev.widgetry.samples.spring;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Refunds, which only some users may give. The button that fires {@code order.refund} can be hidden
 * from the others, but a client can post any action: the handler itself checks the user Spring
 * Security signed in, which the starter puts in the request's context.
 */
public class RefundHandlers {
  /** The authority a user needs to refund an order. */
  public static final String AUTHORITY = "orders.refund";

  private final Set<String> refunded = ConcurrentHashMap.newKeySet();

  @OnAction("order.refund")
  public ActionResult refund(RefundRequest request, ActionContext context) {
    Optional<Authentication> user = context.get(Authentication.class);
    if (user.isEmpty()) {
      return ActionResult.none().withMessage("Sign in to refund an order.");
    }
    if (user.get().getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(AUTHORITY::equals)) {
      return ActionResult.none().withMessage(user.get().getName() + " may not refund orders.");
    }
    refunded.add(request.orderId());
    return ActionResult.none().withMessage("Order #" + request.orderId() + " is refunded, by " + user.get().getName() + ".");
  }

  /** Whether the order has been refunded. */
  public boolean isRefunded(String orderId) {
    return refunded.contains(orderId);
  }
}
