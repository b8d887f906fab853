package dev.widgetry.processor.model;

import java.util.List;

/** What the processor knows about one {@code @Widget} type, independent of javac's elements. */
public sealed interface WidgetModel {

  JavaName name();

  /** The schema description of the type itself, or {@code ""}. */
  String description();

  /** The JSON kind this type is written as. */
  JsonKind kind();

  /**
   * A {@code @Widget} record.
   *
   * @param tag the {@code "type"} it writes first, or null when it has none
   * @param valueRecord whether it is written as its single component's value ({@code @JsonValue})
   * @param builder whether a builder is generated beside it ({@code @WidgetBuilder})
   */
  record RecordWidget(
      JavaName name,
      String description,
      String tag,
      boolean valueRecord,
      List<Property> properties,
      boolean builder)
      implements WidgetModel {
    public RecordWidget {
      properties = List.copyOf(properties);
    }

    @Override
    public JsonKind kind() {
      return valueRecord ? properties.get(0).type().type().kind() : JsonKind.OBJECT;
    }
  }

  /** A sealed {@code @Widget} interface: a choice between records, tagged by {@code "type"} or by JSON kind. */
  record UnionWidget(JavaName name, String description, boolean tagged, List<UnionMember> members)
      implements WidgetModel {
    public UnionWidget {
      members = List.copyOf(members);
    }

    @Override
    public JsonKind kind() {
      return tagged ? JsonKind.OBJECT : JsonKind.ANY;
    }
  }

  /**
   * A record of a union.
   *
   * @param tag its {@code "type"} name
   * @param kind the JSON kind it is written as
   * @param properties its JSON property names, in order: how an untagged union tells objects apart
   */
  record UnionMember(JavaName name, String tag, JsonKind kind, List<String> properties) {
    public UnionMember {
      properties = List.copyOf(properties);
    }
  }
}
