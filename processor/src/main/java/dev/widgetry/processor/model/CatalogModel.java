package dev.widgetry.processor.model;

import java.util.List;
import java.util.Map;

/**
 * An A2UI catalog ({@code @A2uiCatalog} on a union tagged by {@code "component"}): what its
 * generated catalog class and document say.
 *
 * @param union the sealed interface
 * @param id the catalog's id
 * @param title the document's title
 * @param description the document's description, or {@code ""}
 * @param extendsBasic whether it extends the basic catalog
 * @param components its components, in {@code permits} order
 * @param functions its own functions, in {@code permits} order
 * @param theme the JSON Schema text of its theme, or {@code ""} for the parent's
 * @param instructions the v1.0 document's {@code instructions}, or {@code ""}
 * @param extras what the document needs of each record it describes beyond the record's model
 * @param rewrites the components, and the records they hold, with texts, checks or actions, each once
 */
public record CatalogModel(
    JavaName union,
    String id,
    String title,
    String description,
    boolean extendsBasic,
    List<Component> components,
    List<Function> functions,
    String theme,
    String instructions,
    Map<JavaName, Extras> extras,
    List<Rewrite> rewrites) {

  public CatalogModel {
    components = List.copyOf(components);
    functions = List.copyOf(functions);
    extras = Map.copyOf(extras);
    rewrites = List.copyOf(rewrites);
  }

  /**
   * A function of the catalog: a record tagged by {@code "call"}.
   *
   * @param returnType the one {@code returnType} it may carry, or null
   */
  public record Function(JavaName record, String tag, String returnType) {}

  /**
   * What a record's document says beyond its model.
   *
   * @param schema JSON Schema text merged into its object schema ({@code @A2uiSchema}), or null
   * @param props per JSON name, what a prop's schema says beyond its type
   */
  public record Extras(SchemaText schema, Map<String, PropExtras> props) {
    public Extras {
      props = Map.copyOf(props);
    }
  }

  /**
   * What a prop's schema says beyond its type.
   *
   * @param defaultValue {@code @JsonProperty(defaultValue)}, or null
   * @param schema JSON Schema text merged into its schema ({@code @A2uiSchema}), or null
   * @param componentRef whether it holds component ids ({@code @ComponentRef})
   */
  public record PropExtras(String defaultValue, SchemaText schema, boolean componentRef) {}

  /**
   * The text of an {@code @A2uiSchema}: a JSON object.
   *
   * @param since the {@code A2uiVersion} constant ({@code "V1_0"}) of the first version whose
   *     document takes it, or null for every version
   */
  public record SchemaText(String text, String since) {}

  /**
   * One component of a catalog.
   *
   * @param record its record
   * @param tag its {@code "component"}
   * @param references its props that name other components
   * @param keepsCatalogId whether the record has a {@code String} prop whose JSON name is {@code
   *     catalogId} (A2UI v1.0's component {@code catalogId}, which the basic components keep), so its
   *     codec reads the key
   */
  public record Component(JavaName record, String tag, List<Reference> references, boolean keepsCatalogId) {
    public Component {
      references = List.copyOf(references);
    }
  }

  /**
   * A prop that names other components, or holds records that do.
   *
   * @param jsonName the prop's JSON name
   * @param accessor the record component's name
   * @param kind what it holds
   * @param record for {@code RECORD} and {@code RECORD_LIST}, the record held
   * @param nested for {@code RECORD} and {@code RECORD_LIST}, the references inside the record
   */
  public record Reference(
      String jsonName, String accessor, ReferenceKind kind, JavaName record, List<Reference> nested) {
    public Reference {
      nested = List.copyOf(nested);
    }
  }

  /** What a referencing prop holds. */
  public enum ReferenceKind {
    /** A component id ({@code @ComponentRef String}). */
    ID,
    /** Component ids ({@code @ComponentRef List<String>}). */
    ID_LIST,
    /** A {@code ChildList}: ids, or a template. */
    CHILD_LIST,
    /** A record with references of its own. */
    RECORD,
    /** A list of such records. */
    RECORD_LIST
  }

  /**
   * How a record is rebuilt with its texts and checks changed and its actions shown.
   *
   * @param record the record
   * @param parts its record components, in the canonical constructor's order
   */
  public record Rewrite(JavaName record, List<Part> parts) {
    public Rewrite {
      parts = List.copyOf(parts);
    }
  }

  /**
   * One record component of a {@link Rewrite}.
   *
   * @param accessor the record component's name
   * @param kind what the rewrite does with it
   * @param list whether it is a list of what {@code kind} names
   * @param record for {@code RECORD}, the record held, which has a rewrite of its own
   */
  public record Part(String accessor, PartKind kind, boolean list, JavaName record) {}

  /** What a rewrite does with a record component. */
  public enum PartKind {
    /** Keeps it. */
    KEEP,
    /** Passes the {@code DynamicString} to the change. */
    TEXT,
    /** Passes the {@code CheckRule} to the change. */
    CHECK,
    /** Shows the {@code Action} to the change. */
    ACTION,
    /** Rebuilds the record by its own rewrite. */
    RECORD
  }
}
