package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Ready-made {@link A2uiMiddleware} for what middleware does most: set the theme, put literal
 * texts in the user's language, remove what fires actions the user may not invoke. Each returns
 * the answer itself when it has nothing to change.
 */
public final class A2uiRewrites {

  private A2uiRewrites() {}

  /** Every surface the answer creates gets {@code theme} (in place of any it had). */
  public static A2uiMiddleware theme(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    return theme(context -> theme);
  }

  /**
   * Every surface the answer creates gets the theme {@code choose} picks for the request (in place of
   * any it had); when it returns null, the answer stays as it is.
   */
  public static A2uiMiddleware theme(Function<ActionContext, Theme> choose) {
    Objects.requireNonNull(choose, "choose");
    return (answer, context) -> {
      Theme theme = choose.apply(context);
      if (theme == null) {
        return answer;
      }
      return messages(answer, message -> message instanceof CreateSurface create && !theme.equals(create.theme())
          ? new CreateSurface(create.surfaceId(), create.catalogId(), theme, create.sendDataModel(),
              create.metadata())
          : message);
    };
  }

  /**
   * Passes every literal text of every component through {@code lookup} with the request's
   * {@link Locale} ({@code context.get(Locale.class)}): each string literal in a dynamic-string prop
   * (a Text's text, a field's label, a tab's title, an accessibility label...) and each check's
   * message; bindings, function calls and events' contexts stay. The text is the key: return it to
   * leave it. Without
   * a locale in the context, the answer stays as it is.
   */
  public static A2uiMiddleware localizedTexts(BiFunction<String, Locale, String> lookup) {
    Objects.requireNonNull(lookup, "lookup");
    return (answer, context) -> {
      Locale locale = context.get(Locale.class).orElse(null);
      if (locale == null) {
        return answer;
      }
      UnaryOperator<Object> translate = value -> {
        if (value instanceof StringLiteral literal) {
          String text = translated(lookup, literal.value(), locale);
          return text.equals(literal.value()) ? literal : new StringLiteral(text);
        }
        if (value instanceof CheckRule rule) {
          String text = translated(lookup, rule.message(), locale);
          return text.equals(rule.message()) ? rule : new CheckRule(rule.condition(), text);
        }
        return value;
      };
      // An event's context is data for the handler, not text for the user.
      return components(answer, component -> (A2uiComponent) Records.map(component, translate,
          value -> value instanceof Event));
    };
  }

  /**
   * Removes every component whose action sends an event {@code permitted} refuses for the request
   * (a Button, or a component of your own catalog with an action), and what only it held (its
   * label, its children), and the references to it: its id leaves its parent's children, a tab
   * that shows it goes, and a parent that cannot be without it (a Card around it) goes too. So the
   * surface stays valid by {@link A2ui#validate}.
   *
   * @param catalogs the catalogs of the answer's components beyond the basic one
   */
  public static A2uiMiddleware withoutForbiddenActions(
      BiPredicate<String, ActionContext> permitted, ComponentCatalog... catalogs) {
    Objects.requireNonNull(permitted, "permitted");
    ActionRemoval removal = new ActionRemoval(catalogs);
    return (answer, context) -> removal.apply(answer, name -> !permitted.test(name, context));
  }

  private static String translated(BiFunction<String, Locale, String> lookup, String text, Locale locale) {
    String translated = lookup.apply(text, locale);
    if (translated == null) {
      throw new NullPointerException("The text lookup returned null for \"" + text + "\" in " + locale
          + "; return the text itself to leave it");
    }
    return translated;
  }

  /** The answer with {@code change} applied to each message; itself when nothing changed. */
  static A2uiAnswer messages(A2uiAnswer answer, UnaryOperator<ServerMessage> change) {
    List<ServerMessage> changed = new ArrayList<>();
    boolean differs = false;
    for (ServerMessage message : answer.messages()) {
      ServerMessage each = change.apply(message);
      differs |= each != message;
      changed.add(each);
    }
    return differs ? new A2uiAnswer(changed) : answer;
  }

  /** The answer with {@code change} applied to each component it sends; itself when nothing changed. */
  static A2uiAnswer components(A2uiAnswer answer, UnaryOperator<A2uiComponent> change) {
    return messages(answer, message -> {
      if (!(message instanceof UpdateComponents update)) {
        return message;
      }
      List<A2uiComponent> components = new ArrayList<>();
      boolean differs = false;
      for (A2uiComponent component : update.components()) {
        A2uiComponent each = change.apply(component);
        differs |= each != component;
        components.add(each);
      }
      return differs ? new UpdateComponents(update.surfaceId(), components) : update;
    });
  }
}
