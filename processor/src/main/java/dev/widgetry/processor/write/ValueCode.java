package dev.widgetry.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The code that reads and writes one value of a JSON type. Scalars become a single call on the
 * reader or writer; enums, arrays and maps get a private helper method, written once per type, that
 * checks each element's constraints ({@link ConstraintCode}), except a list of strings without
 * constraints, which the runtime's {@code StringLists} reads and writes.
 */
final class ValueCode {
  private final CodecContext context;
  private final ConstraintCode constraints;

  ValueCode(CodecContext context) {
    this.context = context;
    this.constraints = new ConstraintCode(context);
  }

  // ---------------------------------------------------------------- reading

  /** An expression that reads a value of {@code use} starting at the reader's current token. */
  CodeBlock read(TypeUse use, String path) {
    JsonType type = use.type();
    if (type instanceof JsonType.Scalar) {
      return CodeBlock.of("in.$N()", readerMethod(((JsonType.Scalar) type).scalar()));
    }
    if (type instanceof JsonType.EnumType) {
      return versionChecked((JsonType.EnumType) type,
          CodeBlock.of("in.readEnum($N)", context.enumNames((JsonType.EnumType) type)));
    }
    if (type instanceof JsonType.WidgetRef) {
      return CodeBlock.of("$T.INSTANCE.read(in)", codecOf((JsonType.WidgetRef) type));
    }
    if (type instanceof JsonType.OptionalOf) {
      return read(((JsonType.OptionalOf) type).element(), path);
    }
    if (isPlainStringList(type)) {
      return CodeBlock.of("$T.read(in, $S)", RuntimeNames.STRING_LISTS, ExpectedText.of(type));
    }
    String helper = context.helper(new Helper("read", use), "read" + CodecContext.capitalize(path),
        name -> type instanceof JsonType.Sequence
            ? sequenceReader(name, (JsonType.Sequence) type, path)
            : mapReader(name, (JsonType.MapOf) type, path));
    return CodeBlock.of("$N(in)", helper);
  }

  /**
   * Reads a value that may be a JSON null, read as null: strings and enums in one runtime call
   * ({@code readNullableString}, {@code readNullableEnum}), others behind {@code in.isNull()}.
   */
  CodeBlock readNullable(TypeUse use, String path) {
    JsonType type = use.type();
    if (type instanceof JsonType.OptionalOf) {
      return readNullable(((JsonType.OptionalOf) type).element(), path);
    }
    if (type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar() == ScalarKind.STRING) {
      return CodeBlock.of("in.readNullableString()");
    }
    if (type instanceof JsonType.EnumType) {
      return versionChecked((JsonType.EnumType) type,
          CodeBlock.of("in.readNullableEnum($N)", context.enumNames((JsonType.EnumType) type)));
    }
    if (isPlainStringList(type)) {
      return CodeBlock.of("$T.readNullable(in, $S)", RuntimeNames.STRING_LISTS, ExpectedText.of(type));
    }
    return CodeBlock.of("in.isNull() ? null : $L", read(use, path));
  }

  /** {@code read}, checked against the reader's A2UI version when only some versions have some of the constants. */
  private CodeBlock versionChecked(JsonType.EnumType type, CodeBlock read) {
    return type.versioned() ? CodeBlock.of("$N.read(in, $L)", context.enumVersions(type), read) : read;
  }

  private MethodSpec sequenceReader(String name, JsonType.Sequence sequence, String path) {
    TypeUse element = sequence.element();
    TypeName elementType = TypeNames.of(element);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.of(sequence))
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .beginControlFlow("if (!in.beginArray($S))", ExpectedText.of(sequence))
        .addStatement("return null")
        .endControlFlow();
    CodeBlock read = read(element, path + "Item");
    CodeBlock checks = constraints.checks(element, "item", elementType.isPrimitive());
    if (sequence.sequence() == JsonType.SequenceKind.ARRAY && elementType.isPrimitive()) {
      return method
          .addStatement("$T items = new $T[8]", ArrayTypeName.of(elementType), elementType)
          .addStatement("int size = 0")
          .beginControlFlow("while (in.nextItem())")
          .beginControlFlow("if (size == items.length)")
          .addStatement("items = $T.copyOf(items, size * 2)", Arrays.class)
          .endControlFlow()
          .addStatement("$T item = $L", elementType, read)
          .addCode(checks)
          .addStatement("items[size++] = item")
          .endControlFlow()
          .addStatement("return $T.copyOf(items, size)", Arrays.class)
          .build();
    }
    boolean set = sequence.sequence() == JsonType.SequenceKind.SET;
    ClassName collection = ClassName.get(set ? Set.class : List.class);
    method.addStatement("$T items = new $T<>()", ParameterizedTypeName.get(collection, elementType.box()),
            set ? LinkedHashSet.class : ArrayList.class)
        .beginControlFlow("while (in.nextItem())")
        .addStatement("$T item = $L", elementType, read)
        .addCode(checks);
    if (set) {
      method.beginControlFlow("if (!items.add(item) && item != null)")
          .addStatement("in.duplicateItem()")
          .endControlFlow();
    } else {
      method.addStatement("items.add(item)");
    }
    method.endControlFlow();
    switch (sequence.sequence()) {
      case LIST:
        return method.addStatement("return $T.unmodifiableList(items)", Collections.class).build();
      case SET:
        return method.addStatement("return $T.unmodifiableSet(items)", Collections.class).build();
      default:
        return method.addStatement("return items.toArray($L)", emptyArray(elementType)).build();
    }
  }

  private MethodSpec mapReader(String name, JsonType.MapOf map, String path) {
    TypeUse value = map.value();
    TypeName valueType = TypeNames.of(value);
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.of(map))
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .beginControlFlow("if (!in.beginMap($S))", ExpectedText.of(map))
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T entries = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), valueType.box()),
            LinkedHashMap.class)
        .beginControlFlow("for ($T key = in.nextKey(); key != null; key = in.nextKey())", String.class)
        .beginControlFlow("if (entries.containsKey(key))")
        .addStatement("in.duplicateKey(key)")
        .endControlFlow()
        .addStatement("$T entry = $L", valueType, read(value, path + "Value"))
        .addCode(constraints.checks(value, "entry", valueType.isPrimitive()))
        .addStatement("entries.put(key, entry)")
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(entries)", Collections.class)
        .build();
  }

  // ---------------------------------------------------------------- writing

  /** Statements that write the non-null value {@code value} of type {@code use}. */
  CodeBlock write(TypeUse use, CodeBlock value, String path) {
    JsonType type = use.type();
    if (type instanceof JsonType.Scalar) {
      return CodeBlock.of("out.value($L);\n", scalarValue(((JsonType.Scalar) type).scalar(), value));
    }
    if (type instanceof JsonType.EnumType && ((JsonType.EnumType) type).versioned()) {
      return CodeBlock.of("out.value($N.name(out, $L));\n", context.enumVersions((JsonType.EnumType) type), value);
    }
    if (type instanceof JsonType.EnumType) {
      return CodeBlock.of("out.value($N.name($L));\n", context.enumNames((JsonType.EnumType) type), value);
    }
    if (type instanceof JsonType.WidgetRef) {
      return CodeBlock.of("$T.INSTANCE.write(out, $L);\n", codecOf((JsonType.WidgetRef) type), value);
    }
    if (isPlainStringList(type)) {
      return CodeBlock.of("$T.write(out, $L, $S);\n", RuntimeNames.STRING_LISTS, value, nullItemMessage(path));
    }
    return CodeBlock.of("$N(out, $L);\n", containerWriter(use, path), value);
  }

  /**
   * The helper method that writes a whole array or map of type {@code use}, {@code (WidgetWriter out,
   * <container> value)}, written once per type.
   */
  String containerWriter(TypeUse use, String path) {
    JsonType type = use.type();
    return context.helper(new Helper("write", use), "write" + CodecContext.capitalize(path),
        name -> type instanceof JsonType.Sequence
            ? sequenceWriter(name, (JsonType.Sequence) type, path)
            : mapWriter(name, (JsonType.MapOf) type, path));
  }

  private CodeBlock scalarValue(ScalarKind kind, CodeBlock value) {
    switch (kind) {
      case CHAR:
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
      case LOCAL_DATE:
      case INSTANT:
        return CodeBlock.of("$L.toString()", value);
      case LOCAL_DATE_TIME:
        // The ISO formatters always write seconds; toString() drops them when zero.
        return CodeBlock.of("$T.ISO_LOCAL_DATE_TIME.format($L)", DateTimeFormatter.class, value);
      case OFFSET_DATE_TIME:
        return CodeBlock.of("$T.ISO_OFFSET_DATE_TIME.format($L)", DateTimeFormatter.class, value);
      default:
        return value;
    }
  }

  private MethodSpec sequenceWriter(String name, JsonType.Sequence sequence, String path) {
    TypeUse element = sequence.element();
    TypeName elementType = TypeNames.of(element);
    CodeBlock item = elementType.isPrimitive()
        ? CodeBlock.of("item")
        : CodeBlock.of("$T.requireNonNull(item, $S)", Objects.class, label(path) + " contains null");
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(RuntimeNames.WIDGET_WRITER, "out")
        .addParameter(TypeNames.of(sequence), "items");
    if (sequence.sequence() != JsonType.SequenceKind.LIST) {
      return method.addStatement("out.beginArray()")
          .beginControlFlow("for ($T item : items)", elementType)
          .addCode(write(element, item, path + "Item"))
          .endControlFlow()
          .addStatement("out.endArray()")
          .build();
    }
    // An indexed loop, as a hand-written writer has (no iterator to step and check); a list
    // without a fast get(i), such as a LinkedList, is copied first. Records usually hold lists
    // that have one.
    return method
        .addStatement("$T list = items instanceof $T ? items : new $T<>(items)", TypeNames.of(sequence),
            RandomAccess.class, ArrayList.class)
        .addStatement("out.beginArray()")
        .beginControlFlow("for (int i = 0, n = list.size(); i < n; i++)")
        .addStatement("$T item = list.get(i)", elementType)
        .addCode(write(element, item, path + "Item"))
        .endControlFlow()
        .addStatement("out.endArray()")
        .build();
  }

  /**
   * A map as an object; for the strict form ({@code out.explicitNulls()}, asked once a map) as the
   * list of its entries, which the strict schema describes, in a method of its own so the object
   * path stays as small as it was.
   */
  private MethodSpec mapWriter(String name, JsonType.MapOf map, String path) {
    String entryList = entryListWriter(name + "Entries", map, path);
    return mapMethod(name, map)
        .beginControlFlow("if (out.explicitNulls())")
        .addStatement("$N(out, entries)", entryList)
        .addStatement("return")
        .endControlFlow()
        .addStatement("out.beginObject()")
        .beginControlFlow("for ($T entry : entries.entrySet())", entryType(map))
        .addStatement("out.name(entry.getKey())")
        .addCode(write(map.value(), entryValue(path), path + "Value"))
        .endControlFlow()
        .addStatement("out.endObject()")
        .build();
  }

  /** {@code [{"key": ..., "value": ...}, ...]}: a map in the strict form. */
  private String entryListWriter(String name, JsonType.MapOf map, String path) {
    return context.helper(new Helper("writeEntries", map), name, method -> mapMethod(method, map)
        .addStatement("out.beginArray()")
        .beginControlFlow("for ($T entry : entries.entrySet())", entryType(map))
        .addStatement("out.beginObject()")
        .addStatement("out.name($S)", "key")
        .addStatement("out.value(entry.getKey())")
        .addStatement("out.name($S)", "value")
        .addCode(write(map.value(), entryValue(path), path + "Value"))
        .addStatement("out.endObject()")
        .endControlFlow()
        .addStatement("out.endArray()")
        .build());
  }

  private static MethodSpec.Builder mapMethod(String name, JsonType.MapOf map) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(RuntimeNames.WIDGET_WRITER, "out")
        .addParameter(TypeNames.of(map), "entries");
  }

  private static TypeName entryType(JsonType.MapOf map) {
    return ParameterizedTypeName.get(
        ClassName.get(Map.Entry.class), ClassName.get(String.class), TypeNames.of(map.value()).box());
  }

  private CodeBlock entryValue(String path) {
    return CodeBlock.of("$T.requireNonNull(entry.getValue(), $S)", Objects.class,
        label(path) + " maps a key to null");
  }

  // ---------------------------------------------------------------- shared

  /**
   * A {@code List<String>} whose items have no constraints: read and written by the runtime's
   * {@code StringLists}, the same code a helper of the codec's own would be, written once for all.
   */
  static boolean isPlainStringList(JsonType type) {
    if (!(type instanceof JsonType.Sequence) || ((JsonType.Sequence) type).sequence() != JsonType.SequenceKind.LIST) {
      return false;
    }
    TypeUse element = ((JsonType.Sequence) type).element();
    return element.type() instanceof JsonType.Scalar
        && ((JsonType.Scalar) element.type()).scalar() == ScalarKind.STRING
        && element.constraints().isEmpty();
  }

  /** The message of a list's null item: "Card.tags contains null". */
  String nullItemMessage(String path) {
    return label(path) + " contains null";
  }

  static ClassName codecOf(JsonType.WidgetRef ref) {
    return TypeNames.of(GeneratedNames.codec(ref.name()));
  }

  private String label(String path) {
    return context.widget().simpleName() + "." + path.replaceAll("(Item|Value)+$", "");
  }

  private static String readerMethod(ScalarKind kind) {
    switch (kind) {
      case STRING:
        return "readString";
      case CHAR:
        return "readChar";
      case BOOLEAN:
        return "readBoolean";
      case BYTE:
        return "readByte";
      case SHORT:
        return "readShort";
      case INT:
        return "readInt";
      case LONG:
        return "readLong";
      case FLOAT:
        return "readFloat";
      case DOUBLE:
        return "readDouble";
      case BIG_INTEGER:
        return "readBigInteger";
      case BIG_DECIMAL:
        return "readBigDecimal";
      case LOCAL_DATE:
        return "readLocalDate";
      case LOCAL_DATE_TIME:
        return "readLocalDateTime";
      case OFFSET_DATE_TIME:
        return "readOffsetDateTime";
      case INSTANT:
        return "readInstant";
      default:
        return "readTree";
    }
  }

  /** {@code new T[0]}, where T may itself be an array type ({@code new int[0][]}). */
  private static CodeBlock emptyArray(TypeName element) {
    int dimensions = 0;
    TypeName base = element;
    while (base instanceof ArrayTypeName) {
      base = ((ArrayTypeName) base).componentType();
      dimensions++;
    }
    return CodeBlock.of("new $T[0]$L", base, "[]".repeat(dimensions));
  }

  /** A cache key for helpers: what they do and for which type. */
  private record Helper(String role, Object type) {}
}
