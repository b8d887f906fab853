package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.AndCall;
import dev.widgetry.a2ui.BooleanLiteral;
import dev.widgetry.a2ui.BooleanReturn;
import dev.widgetry.a2ui.DataPath;
import dev.widgetry.a2ui.DynamicBoolean;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.DynamicValue;
import dev.widgetry.a2ui.EmailCall;
import dev.widgetry.a2ui.FormatCurrencyCall;
import dev.widgetry.a2ui.FormatDateCall;
import dev.widgetry.a2ui.FormatNumberCall;
import dev.widgetry.a2ui.FormatStringCall;
import dev.widgetry.a2ui.IndexCall;
import dev.widgetry.a2ui.LengthCall;
import dev.widgetry.a2ui.NotCall;
import dev.widgetry.a2ui.NumberLiteral;
import dev.widgetry.a2ui.NumericCall;
import dev.widgetry.a2ui.OpenUrlCall;
import dev.widgetry.a2ui.OrCall;
import dev.widgetry.a2ui.PluralizeCall;
import dev.widgetry.a2ui.RegexCall;
import dev.widgetry.a2ui.RequiredCall;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.StringReturn;
import dev.widgetry.a2ui.ValuePath;
import dev.widgetry.a2ui.VoidReturn;
import java.util.ArrayList;
import java.util.List;

/**
 * The basic catalog's 14 functions, and A2UI v1.0's system function {@code @index}, as typed
 * calls. Each factory sets the call's {@code returnType} (v1.0's {@code @index} has none), and each
 * returns the kind of value the function gives: {@code Text.of(formatCurrency(total, "USD"))}
 * compiles, {@code Text.of(required(name))} does not, since {@code required} gives a boolean, nor
 * does {@code Text.of(index())}, since {@code @index} gives a number.
 */
public final class Functions {
  private Functions() {}

  // ---------------------------------------------------------------- strings

  /**
   * {@code formatString}: interpolates {@code ${/absolute/path}}, {@code ${relative/path}} and
   * {@code ${function(name: arg)}} expressions in {@code template}; {@code \${} is a literal
   * {@code ${}. The expressions are not checked here: prefer {@link #formatText}, whose paths are.
   */
  public static FormatStringCall formatString(String template) {
    return formatString(new StringLiteral(template));
  }

  /** {@code formatString} of a template that is itself bound or computed. */
  public static FormatStringCall formatString(DynamicString template) {
    return new FormatStringCall(new FormatStringCall.Args(template), StringReturn.STRING, null);
  }

  /**
   * {@code formatString} of a template made of literal text and typed paths, in order:
   * {@code formatText("Order ", order.id(), " for ", order.customer().name())} is the template
   * {@code "Order ${/id} for ${/customer/name}"}. A {@code ${} in the text is escaped.
   *
   * @param parts each a {@link CharSequence} (literal text) or a {@link DataPath}
   * @throws IllegalArgumentException for a part of another type, or a path holding {@code "}"}
   */
  public static FormatStringCall formatText(Object... parts) {
    StringBuilder template = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof CharSequence) {
        template.append(part.toString().replace("${", "\\${"));
      } else if (part instanceof DataPath) {
        String pointer = ((DataPath) part).pointer();
        if (pointer.indexOf('}') >= 0) {
          throw new IllegalArgumentException("the path \"" + pointer + "\" holds \"}\", which would end its"
              + " ${...} expression early; bind it with a component instead");
        }
        template.append("${").append(pointer).append('}');
      } else {
        throw new IllegalArgumentException("a part of formatText is literal text or a DataPath, not "
            + (part == null ? "null" : part.getClass().getName()));
      }
    }
    return formatString(template.toString());
  }

  /** {@code formatNumber}: the number with the locale's grouping and decimals. */
  public static FormatNumberCall formatNumber(DynamicNumber value) {
    return new FormatNumberCall(new FormatNumberCall.Args(value, null, null), StringReturn.STRING, null);
  }

  /** {@code formatNumber} with {@code decimals} decimal places, grouped ({@code 1,000}) or not. */
  public static FormatNumberCall formatNumber(DynamicNumber value, int decimals, boolean grouping) {
    return new FormatNumberCall(
        new FormatNumberCall.Args(value, new NumberLiteral(decimals), new BooleanLiteral(grouping)),
        StringReturn.STRING, null);
  }

  /** {@code formatCurrency}: the amount in {@code currency}, an ISO 4217 code such as {@code "EUR"}. */
  public static FormatCurrencyCall formatCurrency(DynamicNumber value, String currency) {
    return new FormatCurrencyCall(
        new FormatCurrencyCall.Args(value, new StringLiteral(currency), null, null), StringReturn.STRING, null);
  }

  /** {@code formatCurrency} with every argument; {@code decimals} and {@code grouping} may be null. */
  public static FormatCurrencyCall formatCurrency(
      DynamicNumber value, DynamicString currency, DynamicNumber decimals, DynamicBoolean grouping) {
    return new FormatCurrencyCall(
        new FormatCurrencyCall.Args(value, currency, decimals, grouping), StringReturn.STRING, null);
  }

  /**
   * {@code formatDate}: the date {@code value} in {@code pattern}, a Unicode TR35 pattern such as
   * {@code "MMM d"}.
   */
  public static FormatDateCall formatDate(DynamicValue value, String pattern) {
    return new FormatDateCall(new FormatDateCall.Args(value, new StringLiteral(pattern)), StringReturn.STRING, null);
  }

  /** {@code formatDate} of the date at {@code value} in the data model. */
  public static FormatDateCall formatDate(DataPath value, String pattern) {
    return formatDate(value.asValue(), pattern);
  }

  /** {@code formatDate} of the date at {@code value}: a {@link ValuePath} is both of the above. */
  public static FormatDateCall formatDate(ValuePath value, String pattern) {
    return formatDate((DynamicValue) value, pattern);
  }

  /** {@code pluralize} in English: {@code one} for a count of 1, {@code other} for any other. */
  public static PluralizeCall pluralize(DynamicNumber count, String one, String other) {
    return pluralize(count, null, new StringLiteral(one), null, null, null, new StringLiteral(other));
  }

  /**
   * {@code pluralize} by the CLDR plural category of {@code count}; every category but
   * {@code other} may be null.
   */
  public static PluralizeCall pluralize(
      DynamicNumber count,
      DynamicString zero,
      DynamicString one,
      DynamicString two,
      DynamicString few,
      DynamicString many,
      DynamicString other) {
    return new PluralizeCall(
        new PluralizeCall.Args(count, zero, one, two, few, many, other), StringReturn.STRING, null);
  }

  // ---------------------------------------------------------------- checks

  /** {@code required}: true when {@code value} is not null, undefined or empty. */
  public static RequiredCall required(DynamicValue value) {
    return new RequiredCall(new RequiredCall.Args(value), BooleanReturn.BOOLEAN, null);
  }

  /** {@code required} of the value at {@code value} in the data model. */
  public static RequiredCall required(DataPath value) {
    return required(value.asValue());
  }

  /** {@code required} of the value at {@code value}: a {@link ValuePath} is both of the above. */
  public static RequiredCall required(ValuePath value) {
    return required((DynamicValue) value);
  }

  /** {@code regex}: true when {@code value} matches {@code pattern}. */
  public static RegexCall regex(DynamicString value, String pattern) {
    return new RegexCall(new RegexCall.Args(value, pattern), BooleanReturn.BOOLEAN, null);
  }

  /** {@code length}: true when {@code value} is {@code min} to {@code max} characters long; one bound may be null. */
  public static LengthCall length(DynamicString value, Integer min, Integer max) {
    return new LengthCall(new LengthCall.Args(value, min, max), BooleanReturn.BOOLEAN, null);
  }

  /** {@code length} with a lower bound only. */
  public static LengthCall minLength(DynamicString value, int min) {
    return length(value, min, null);
  }

  /** {@code length} with an upper bound only. */
  public static LengthCall maxLength(DynamicString value, int max) {
    return length(value, null, max);
  }

  /** {@code numeric}: true when {@code value} is between {@code min} and {@code max}; one bound may be null. */
  public static NumericCall numeric(DynamicNumber value, Double min, Double max) {
    return new NumericCall(new NumericCall.Args(value, min, max), BooleanReturn.BOOLEAN, null);
  }

  /** {@code email}: true when {@code value} is an email address. */
  public static EmailCall email(DynamicString value) {
    return new EmailCall(new EmailCall.Args(value), BooleanReturn.BOOLEAN, null);
  }

  /** {@code and}: true when every value is. */
  public static AndCall and(DynamicBoolean first, DynamicBoolean second, DynamicBoolean... more) {
    return new AndCall(new AndCall.Args(all(first, second, more)), BooleanReturn.BOOLEAN, null);
  }

  /** {@code or}: true when a value is. */
  public static OrCall or(DynamicBoolean first, DynamicBoolean second, DynamicBoolean... more) {
    return new OrCall(new OrCall.Args(all(first, second, more)), BooleanReturn.BOOLEAN, null);
  }

  /** {@code not}: true when {@code value} is false. */
  public static NotCall not(DynamicBoolean value) {
    return new NotCall(new NotCall.Args(value), BooleanReturn.BOOLEAN, null);
  }

  // ---------------------------------------------------------------- numbers (A2UI v1.0)

  /**
   * {@code @index}: the 0-based index of the current item of a list template. Only in a component
   * a {@code ChildList} template names, or inside one; A2UI v1.0 only (a v0.9 writer refuses it).
   * {@code formatNumber(index(1))} shows the item's place counted from 1.
   */
  public static IndexCall index() {
    return new IndexCall(null);
  }

  /** {@code @index} plus {@code offset}: {@code index(1)} counts from 1. */
  public static IndexCall index(double offset) {
    return index(new NumberLiteral(offset));
  }

  /** {@code @index} plus an offset that is itself bound or computed. */
  public static IndexCall index(DynamicNumber offset) {
    return new IndexCall(new IndexCall.Args(offset));
  }

  // ---------------------------------------------------------------- effects

  /** {@code openUrl}: opens {@code url}, an absolute URI, in a browser or handler. */
  public static OpenUrlCall openUrl(String url) {
    return new OpenUrlCall(new OpenUrlCall.Args(url), VoidReturn.VOID, null);
  }

  /**
   * {@code openUrl} of a URL that is bound or computed ({@code {"path": "/links/help"}}): A2UI v1.0
   * and later; v0.9 takes a literal URL only.
   */
  public static OpenUrlCall openUrl(DynamicString url) {
    return new OpenUrlCall(new OpenUrlCall.Args(url), VoidReturn.VOID, null);
  }

  private static List<DynamicBoolean> all(DynamicBoolean first, DynamicBoolean second, DynamicBoolean... more) {
    List<DynamicBoolean> values = new ArrayList<>(2 + more.length);
    values.add(first);
    values.add(second);
    values.addAll(List.of(more));
    return values;
  }
}
