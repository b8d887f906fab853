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
   * message; bindings, function calls (their arguments too) and actions (events' contexts too) stay.
   * The text is the key: return it to leave it. Without a locale in the context, the answer stays
   * as it is.
   *
   * @param catalogs the catalogs of the answer's components beyond the basic one; a component of
   *     none of them fails the middleware
   */
  public static A2uiMiddleware localizedTexts(BiFunction<String, Locale, String> lookup, ComponentCatalog... catalogs) {
    Objects.requireNonNull(lookup, "lookup");
    ComponentCatalog all = withBasic(catalogs);
    return (answer, context) -> {
      Locale locale = context.get(Locale.class).orElse(null);
      if (locale == null) {
        return answer;
      }
      ComponentRewrite.Change translate = new ComponentRewrite.Change() {
        @Override
        public DynamicString text(DynamicString text) {
          if (text instanceof StringLiteral literal) {
            String translated = translated(lookup, literal.value(), locale);
            return translated.equals(literal.value()) ? literal : new StringLiteral(translated);
          }
          return text;
        }

        @Override
        public CheckRule check(CheckRule rule) {
          String translated = translated(lookup, rule.message(), locale);
          return translated.equals(rule.message()) ? rule : new CheckRule(rule.condition(), translated);
        }
      };
      return components(answer, component -> rewritten(all, component, translate, "localizedTexts"));
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

  /** One catalog of the basic components and of {@code catalogs}'. */
  static ComponentCatalog withBasic(ComponentCatalog... catalogs) {
    return ComponentCatalog.combined(A2uiSession.withBasic(List.of(catalogs)));
  }

  /**
   * {@code component} rebuilt by its catalog's rewrite; the same instance when that changed nothing.
   *
   * @throws IllegalArgumentException for a component of none of the catalogs in {@code all}
   */
  static A2uiComponent rewritten(ComponentCatalog all, A2uiComponent component, ComponentRewrite.Change change,
      String middleware) {
    A2uiComponent rewritten = all.rewrite(component, change);
    if (rewritten == null) {
      throw new IllegalArgumentException(middleware + " met a " + component.getClass().getName() + ", a component"
          + " of none of its catalogs (" + all.describe() + "); pass the component's catalog to " + middleware);
    }
    return rewritten.equals(component) ? component : rewritten;
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
