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
   * @param tag the name it writes first, or null when it has none
   * @param discriminator the property that holds {@code tag}: {@code "type"}, or its union's
   *     discriminator; null when it has no tag
   * @param valueRecord whether it is written as its single component's value ({@code @JsonValue})
   * @param builder whether a builder is generated beside it ({@code @WidgetBuilder})
   * @param since the {@code A2uiVersion} constant of {@code @A2uiSince} on a tagged union's member:
   *     the first A2UI version that has the member, whose codec refuses to write it in earlier
   *     ones (and whose unions read its tag as unknown there); null for a member of every version
   * @param until the same for {@code @A2uiUntil}: the last A2UI version that has the member
   */
  record RecordWidget(
      JavaName name,
      String description,
      String tag,
      String discriminator,
      boolean valueRecord,
      List<Property> properties,
      boolean builder,
      String since,
      String until)
      implements WidgetModel {
    public RecordWidget {
      properties = List.copyOf(properties);
    }

    /** A record of every A2UI version. */
    public RecordWidget(
        JavaName name,
        String description,
        String tag,
        String discriminator,
        boolean valueRecord,
        List<Property> properties,
        boolean builder) {
      this(name, description, tag, discriminator, valueRecord, properties, builder, null, null);
    }

    /** The property written under {@code jsonName}, or null when the record has none. */
    public Property property(String jsonName) {
      for (Property property : properties) {
        if (property.jsonName().equals(jsonName)) {
          return property;
        }
      }
      return null;
    }

    /** Whether only some A2UI versions have the record ({@code @A2uiSince} or {@code @A2uiUntil} on it). */
    public boolean versioned() {
      return since != null || until != null;
    }

    @Override
    public JsonKind kind() {
      return valueRecord ? properties.get(0).type().type().kind() : JsonKind.OBJECT;
    }
  }

  /**
   * A sealed {@code @Widget} interface: a choice between records, tagged by a discriminator
   * property, or told apart by JSON kind.
   *
   * @param discriminator the property every member writes its tag in ({@code "type"}, or what
   *     {@code @Widget(discriminator = ...)} says), or null for an untagged union
   * @param members a tagged union's records; an untagged union's records and the tagged unions it
   *     permits, each of those one member
   */
  record UnionWidget(JavaName name, String description, String discriminator, List<UnionMember> members)
      implements WidgetModel {
    public UnionWidget {
      members = List.copyOf(members);
    }

    public boolean tagged() {
      return discriminator != null;
    }

    @Override
    public JsonKind kind() {
      return tagged() ? JsonKind.OBJECT : JsonKind.ANY;
    }
  }

  /**
   * A record of a union, or a tagged union that an untagged one permits.
   *
   * @param tag its name in a tagged union; a nested union's simple name
   * @param kind the JSON kind it is written as
   * @param properties its JSON property names, in order: how an untagged union tells objects apart;
   *     for a nested tagged union, its discriminator and the names all its records share
   * @param since the first A2UI version that has a record member ({@code @A2uiSince} on it), or null
   * @param until the last A2UI version that has a record member ({@code @A2uiUntil} on it), or null
   */
  record UnionMember(JavaName name, String tag, JsonKind kind, List<String> properties, String since, String until) {
    public UnionMember {
      properties = List.copyOf(properties);
    }

    /** A member of every A2UI version. */
    public UnionMember(JavaName name, String tag, JsonKind kind, List<String> properties) {
      this(name, tag, kind, properties, null, null);
    }

    /** Whether only some A2UI versions have the member. */
    public boolean versioned() {
      return since != null || until != null;
    }
  }
}
