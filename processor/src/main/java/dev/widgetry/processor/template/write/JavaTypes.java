package dev.widgetry.processor.template.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.template.check.Attribution;
import dev.widgetry.processor.template.check.Conversion;
import dev.widgetry.processor.template.data.DataBinding;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import dev.widgetry.processor.write.TypeNames;
import java.util.List;
import java.util.Map;

/**
 * The Java type a template value of a given {@link Ty} has in generated code: {@code String},
 * {@code long}, {@code double}, {@code boolean} (boxed when it may be none or undefined), lists of
 * those, data records, maps, Jackson trees, or {@code Object} when its kind is known only at run time.
 */
final class JavaTypes {
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  private final DataBinding binding;
  private final Attribution attribution;

  JavaTypes(DataBinding binding, Attribution attribution) {
    this.binding = binding;
    this.attribution = attribution;
  }

  TypeName of(Ty type) {
    Ty present = Tys.present(type);
    boolean nullable = present == null || !present.equals(type);
    if (present == null) {
      return OBJECT;
    }
    List<Ty> members = Tys.members(present);
    if (members.stream().allMatch(member -> member instanceof Ty.Str)) {
      return STRING;
    }
    if (members.size() != 1) {
      return OBJECT;
    }
    Ty member = members.get(0);
    if (member instanceof Ty.Int) {
      return nullable ? TypeName.LONG.box() : TypeName.LONG;
    }
    if (member instanceof Ty.Num) {
      return nullable ? TypeName.DOUBLE.box() : TypeName.DOUBLE;
    }
    if (member instanceof Ty.Bool) {
      return nullable ? TypeName.BOOLEAN.box() : TypeName.BOOLEAN;
    }
    if (member instanceof Ty.Lst) {
      return ParameterizedTypeName.get(LIST, elementOf((Ty.Lst) member).box());
    }
    if (member instanceof Ty.Obj) {
      return TypeNames.of(binding.recordName(((Ty.Obj) member).schema()));
    }
    if (member instanceof Ty.MapOf) {
      return ParameterizedTypeName.get(MAP, STRING, of(((Ty.MapOf) member).values()).box());
    }
    if (member instanceof Ty.Dict) {
      return ofConversion(attribution.conversionOf(((Ty.Dict) member).literal()));
    }
    return member instanceof Ty.Any ? JSON_NODE : OBJECT;
  }

  /** The element type of a list: a list the template built holds what its elements were converted to. */
  TypeName elementOf(Ty.Lst list) {
    if (list.literal() != null) {
      Conversion conversion = attribution.conversionOf(list.literal());
      if (conversion instanceof Conversion.ListOf) {
        Conversion.ListOf elements = (Conversion.ListOf) conversion;
        if (elements.target() != null) {
          return TypeNames.of(elements.target().element());
        }
        return JSON_NODE;
      }
    }
    return list.element() == null ? OBJECT : of(list.element());
  }

  /** The Java type a conversion produces. */
  static TypeName ofConversion(Conversion conversion) {
    if (conversion instanceof Conversion.Build) {
      return TypeNames.of(((Conversion.Build) conversion).target().name());
    }
    if (conversion instanceof Conversion.BuildMap) {
      return ParameterizedTypeName.get(MAP, STRING, OBJECT);
    }
    return JSON_NODE;
  }

  /** The primitive of a boxed type, or the type itself. */
  static TypeName unboxed(TypeName type) {
    return type.isBoxedPrimitive() ? type.unbox() : type;
  }

  /** The Java type of a catalog prop, boxed: what a value for it is held in. */
  static TypeName ofProp(JsonType type) {
    return TypeNames.of(type).box();
  }
}
