package dev.widgetry.samples.signup;

import static dev.widgetry.samples.A2uiButtons.button;

import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.EventAction;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import java.util.List;
import java.util.Locale;

/**
 * The sign-up form as an A2UI surface. Its data model is a {@link SignUp}, the record the handler
 * reads: each field is bound to its property by a typed path ({@code SignUpPaths}), and each
 * plan's button sends them all as the action's context, so {@link SignUpHandlers#submit} gets the
 * same payload, checked by the same generated parser, as from the ChatKit form. The plan is a
 * button rather than a ChoicePicker: a ChoicePicker writes a list of strings, and {@code plan} is one.
 */
public final class SignUpSurface {
  /** The surface's id, also the gallery entry's. */
  public static final String ID = "signup";
  /** What the form holds before anyone types. */
  static final SignUp EMPTY = new SignUp("", "", "", Plan.PRO, false);

  private SignUpSurface() {}

  /** The form, or the welcome once {@code account} exists. */
  public static Surface of(SignUp account) {
    SignUpPaths paths = SignUpPaths.root();
    return Surface.builder(ID)
        .root(Card.of(account == null ? form(paths) : welcome(account)))
        .dataModel(account == null ? EMPTY : account)
        .build();
  }

  private static Node form(SignUpPaths form) {
    return Column.of(
        Text.of("Create your account", Text.Variant.H3),
        Text.of("Free for 14 days. No card needed.", Text.Variant.CAPTION),
        field("Name", form.name(), TextField.Variant.SHORT_TEXT,
            CheckRule.of(Functions.required(form.name()), "Say what we should call you")),
        field("Email", form.email(), TextField.Variant.SHORT_TEXT,
            CheckRule.of(Functions.email(form.email()), "An email address, such as ada@example.com")),
        field("Password", form.password(), TextField.Variant.OBSCURED,
            CheckRule.of(Functions.minLength(form.password(), 8), "At least 8 characters")),
        CheckBox.of("Email me product news", form.updates()),
        Text.of("Create the account on the plan:", Text.Variant.CAPTION),
        Row.of(
            button("Free", submit(form, Plan.FREE), Button.Variant.DEFAULT),
            button("Pro", submit(form, Plan.PRO), Button.Variant.PRIMARY),
            button("Team", submit(form, Plan.TEAM), Button.Variant.DEFAULT)));
  }

  /** {@code signup.submit} with every field of the form, and {@code plan}. */
  private static EventAction submit(SignUpPaths form, Plan plan) {
    return SignUpHandlersActions.A2ui.submit(form.name(), form.email(), form.password(),
        DynamicString.of(plan.name().toLowerCase(Locale.ROOT)), form.updates());
  }

  private static Node field(String label, StringPath value, TextField.Variant variant, CheckRule check) {
    return TextField.builder()
        .label(new StringLiteral(label))
        .value(value)
        .variant(variant)
        .checks(List.of(check))
        .build();
  }

  private static Node welcome(SignUp account) {
    String plan = account.plan().name().charAt(0) + account.plan().name().substring(1).toLowerCase(Locale.ROOT);
    SignUpPaths paths = SignUpPaths.root();
    return Column.of(
        Text.of("Welcome, " + firstName(account.name()) + "!", Text.Variant.H3),
        Text.of(paths.email(), Text.Variant.CAPTION),
        Text.of("Your " + plan + " plan is ready. We sent a link to confirm your address."),
        Text.of(account.updates() ? "Product news: on" : "Product news: off", Text.Variant.CAPTION),
        button("Sign up someone else", SignUpHandlersActions.A2ui.restart(), Button.Variant.DEFAULT));
  }

  private static String firstName(String name) {
    String trimmed = name.trim();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }
}
