package dev.widgetry.processor.template.data;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which Java record holds each object of a template's data, and which component each schema
 * property is: the generated data record, or the user's own record bound with {@code @WidgetTemplate}.
 */
public final class DataBinding {
  private final Map<DataType.ObjectType, WidgetModel.RecordWidget> records = new IdentityHashMap<>();

  public void bind(DataType.ObjectType schema, WidgetModel.RecordWidget record) {
    records.put(schema, record);
  }

  public WidgetModel.RecordWidget record(DataType.ObjectType schema) {
    WidgetModel.RecordWidget record = records.get(schema);
    if (record == null) {
      throw new IllegalStateException("no record holds " + schema.name());
    }
    return record;
  }

  /** The data record named {@code name}, or null when no object of the data is held by it. */
  public WidgetModel.RecordWidget recordNamed(JavaName name) {
    for (WidgetModel.RecordWidget record : records.values()) {
      if (record.name().equals(name)) {
        return record;
      }
    }
    return null;
  }

  public JavaName recordName(DataType.ObjectType schema) {
    return record(schema).name();
  }

  /** The component that holds a schema property of an object. */
  public Property property(DataType.ObjectType schema, String jsonName) {
    Property property = record(schema).property(jsonName);
    if (property == null) {
      throw new IllegalStateException(record(schema).name() + " has no component for " + jsonName);
    }
    return property;
  }
}
