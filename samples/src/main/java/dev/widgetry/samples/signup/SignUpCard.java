package dev.widgetry.samples.signup;

import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Checkbox;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Direction;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.IconSize;
import dev.widgetry.chatkit.Input;
import dev.widgetry.chatkit.Label;
import dev.widgetry.chatkit.RadioGroup;
import dev.widgetry.chatkit.RadioOption;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.WidgetComponent;
import java.util.Locale;

/** Draws the sign-up form as a ChatKit card that is a form, and the welcome that replaces it. */
public final class SignUpCard {
  private SignUpCard() {}

  /** The empty form. Its fields are named as {@link SignUp}'s components, which is how their values reach it. */
  public static Card form() {
    return Card.builder()
        .asForm(true)
        .children(
            Col.builder().gap(Dimension.of(1)).children(
                Title.of("Create your account"),
                Caption.of("Free for 14 days. No card needed."))
                .build(),
            field("Name", "name", Input.builder().name("name").placeholder("Ada Lovelace").build()),
            field("Email", "email", Input.builder().name("email").inputType(Input.Type.EMAIL).placeholder("ada@example.com").build()),
            field("Password", "password", Input.builder().name("password").inputType(Input.Type.PASSWORD)
                .placeholder("At least 8 characters").build()),
            field("Plan", "plan", RadioGroup.builder()
                .name("plan")
                .ariaLabel("Plan")
                .direction(Direction.ROW)
                .defaultValue("pro")
                .options(RadioOption.of("free", "Free"), RadioOption.of("pro", "Pro"), RadioOption.of("team", "Team"))
                .build()),
            Checkbox.of("updates", "Email me product news"))
        .confirm(CardAction.of("Create account", SignUpHandlersActions.submit()))
        .build();
  }

  /** What the person sees once their account exists. */
  public static Card welcome(SignUp account) {
    String plan = account.plan().name().charAt(0) + account.plan().name().substring(1).toLowerCase(Locale.ROOT);
    return Card.builder()
        .children(
            Row.builder().gap(Dimension.of(3)).children(
                Icon.builder().name(IconName.CONFETTI).size(IconSize.TWO_XL).color(Color.of("discovery")).build(),
                Col.of(Title.of("Welcome, " + firstName(account.name()) + "!"), Caption.of(account.email())))
                .build(),
            Text.of("Your " + plan + " plan is ready. We sent a link to confirm your address."),
            Row.builder().gap(Dimension.of(2)).children(
                Badge.of(plan + " plan", Badge.Color.DISCOVERY),
                Badge.of(account.updates() ? "Product news: on" : "Product news: off"))
                .build(),
            Button.builder().label("Sign up someone else").onClickAction(SignUpHandlersActions.restart())
                .variant(ControlVariant.SOFT).color(Button.Color.SECONDARY).build())
        .build();
  }

  private static WidgetComponent field(String label, String name, WidgetComponent control) {
    return Col.builder().gap(Dimension.of(1)).children(Label.of(label, name), control).build();
  }

  private static String firstName(String name) {
    String trimmed = name.trim();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }
}
