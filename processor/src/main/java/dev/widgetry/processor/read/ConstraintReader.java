package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.Constraint;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads Jakarta Validation constraints by simple name and checks that each fits the type it is on.
 */
final class ConstraintReader {
  private static final Set<String> NAMES =
      Set.of(
          "NotBlank", "NotEmpty", "Size", "Min", "Max", "DecimalMin", "DecimalMax", "Positive",
          "PositiveOrZero", "Negative", "NegativeOrZero", "Pattern", "Email");

  private final Annotations annotations;
  private final Diagnostics diagnostics;

  ConstraintReader(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /**
   * The constraints among {@code mirrors}, checked against {@code type}.
   *
   * @param site where to report: the component, and whether a mirror was written on it
   * @param label the component's name in messages, e.g. {@code Product.name}
   */
  List<Constraint> read(List<? extends AnnotationMirror> mirrors, JsonType type, Site site, String label) {
    List<Constraint> constraints = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      String name = Annotations.simpleName(mirror);
      if (NAMES.contains(name)) {
        Constraint constraint = read(mirror, name, type, site, label);
        if (constraint != null) {
          constraints.add(constraint);
        }
      }
    }
    return constraints;
  }

  /**
   * A top-level type with the constraints among {@code mirrors}; constraints written on an
   * Optional constrain its content.
   */
  TypeUse withConstraints(JsonType type, List<? extends AnnotationMirror> mirrors, Site site, String label) {
    if (type instanceof JsonType.OptionalOf) {
      JsonType.OptionalOf optional = (JsonType.OptionalOf) type;
      List<Constraint> inner = new ArrayList<>(optional.element().constraints());
      inner.addAll(read(mirrors, optional.element().type(), site, label));
      return TypeUse.of(new JsonType.OptionalOf(optional.optional(), new TypeUse(optional.element().type(), inner)));
    }
    return new TypeUse(type, read(mirrors, type, site, label));
  }

  /** Whether any of these annotations makes a reference non-null on input. */
  static boolean impliesRequired(List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror mirror : mirrors) {
      String name = Annotations.simpleName(mirror);
      if (name.equals("NotBlank") || name.equals("NotEmpty")) {
        return true;
      }
    }
    return false;
  }

  private Constraint read(AnnotationMirror mirror, String name, JsonType type, Site site, String label) {
    switch (name) {
      case "NotBlank":
        return isString(type) ? new Constraint.NotBlank() : notApplicable(mirror, name, type, site, label, "strings");
      case "Email":
        return isString(type) ? new Constraint.Email() : notApplicable(mirror, name, type, site, label, "strings");
      case "Pattern":
        return isString(type) ? pattern(mirror, site, label) : notApplicable(mirror, name, type, site, label, "strings");
      case "NotEmpty":
        return isSized(type)
            ? new Constraint.Size(1, Integer.MAX_VALUE)
            : notApplicable(mirror, name, type, site, label, "strings, arrays, lists, sets and maps");
      case "Size":
        return isSized(type)
            ? size(mirror, site, label)
            : notApplicable(mirror, name, type, site, label, "strings, arrays, lists, sets and maps");
      default:
        return isNumber(type) ? bound(mirror, name, site, label) : notApplicable(mirror, name, type, site, label, "numbers");
    }
  }

  private Constraint pattern(AnnotationMirror mirror, Site site, String label) {
    String regex = annotations.stringValue(mirror, "regexp");
    try {
      java.util.regex.Pattern.compile(regex);
      return new Constraint.Pattern(regex);
    } catch (PatternSyntaxException e) {
      site.error(diagnostics, mirror, Message.INVALID_CONSTRAINT, "Pattern", label,
          "\"" + regex + "\" is not a valid regular expression (" + e.getDescription() + ")");
      return null;
    }
  }

  private Constraint size(AnnotationMirror mirror, Site site, String label) {
    int min = ((Number) annotations.value(mirror, "min")).intValue();
    int max = ((Number) annotations.value(mirror, "max")).intValue();
    if (min < 0 || max < min) {
      site.error(diagnostics, mirror, Message.INVALID_CONSTRAINT, "Size", label,
          "min " + min + " and max " + max + " admit no size; use 0 <= min <= max");
      return null;
    }
    return new Constraint.Size(min, max);
  }

  private Constraint bound(AnnotationMirror mirror, String name, Site site, String label) {
    switch (name) {
      case "Min":
        return new Constraint.Bound(true, BigDecimal.valueOf(((Number) annotations.value(mirror, "value")).longValue()), false);
      case "Max":
        return new Constraint.Bound(false, BigDecimal.valueOf(((Number) annotations.value(mirror, "value")).longValue()), false);
      case "Positive":
        return new Constraint.Bound(true, BigDecimal.ZERO, true);
      case "PositiveOrZero":
        return new Constraint.Bound(true, BigDecimal.ZERO, false);
      case "Negative":
        return new Constraint.Bound(false, BigDecimal.ZERO, true);
      case "NegativeOrZero":
        return new Constraint.Bound(false, BigDecimal.ZERO, false);
      default:
        return decimalBound(mirror, name, site, label);
    }
  }

  private Constraint decimalBound(AnnotationMirror mirror, String name, Site site, String label) {
    String text = annotations.stringValue(mirror, "value");
    Object inclusive = annotations.value(mirror, "inclusive");
    try {
      return new Constraint.Bound(
          name.equals("DecimalMin"), new BigDecimal(text.trim()), Boolean.FALSE.equals(inclusive));
    } catch (NumberFormatException e) {
      site.error(diagnostics, mirror, Message.INVALID_CONSTRAINT, name, label,
          "\"" + text + "\" is not a decimal number");
      return null;
    }
  }

  private Constraint notApplicable(
      AnnotationMirror mirror, String name, JsonType type, Site site, String label, String appliesTo) {
    site.error(diagnostics, mirror, Message.CONSTRAINT_NOT_APPLICABLE, name, label, TypeWords.describe(type),
        "It applies to " + appliesTo);
    return null;
  }

  private static boolean isString(JsonType type) {
    return type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar() == ScalarKind.STRING;
  }

  private static boolean isSized(JsonType type) {
    return isString(type) || type instanceof JsonType.Sequence || type instanceof JsonType.MapOf;
  }

  private static boolean isNumber(JsonType type) {
    return type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar().isNumeric();
  }

  /**
   * Where a constraint's diagnostics go: an element, and at the annotation when it is written on
   * that element (a constraint inside a type argument has no element of its own).
   *
   * @param element a record component's site, or a method parameter
   * @param onSite finds the annotation as written on {@code element}, if it is
   */
  record Site(Element element, Function<AnnotationMirror, Optional<AnnotationMirror>> onSite) {
    static Site of(ComponentAnnotations component) {
      return new Site(component.site(), component::onSite);
    }

    static Site of(Element element) {
      return new Site(element, mirror -> element.getAnnotationMirrors().contains(mirror) ? Optional.of(mirror) : Optional.empty());
    }

    /** The element, without pointing at annotations: for constraints in type arguments. */
    static Site inside(Element element) {
      return new Site(element, mirror -> Optional.empty());
    }

    void error(Diagnostics diagnostics, AnnotationMirror mirror, Message message, Object... args) {
      Optional<AnnotationMirror> written = onSite.apply(mirror);
      if (written.isPresent()) {
        diagnostics.error(element, written.get(), message, args);
      } else {
        diagnostics.error(element, message, args);
      }
    }
  }
}
