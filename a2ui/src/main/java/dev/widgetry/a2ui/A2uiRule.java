package dev.widgetry.a2ui;

/** The integrity and protocol rules {@link A2ui#validate} and {@link A2uiSession} check beyond the schema. */
public enum A2uiRule {
  /** Two components with one id in one updateComponents message. */
  DUPLICATE_ID,
  /** A surface whose components include none with the id {@code root}. */
  NO_ROOT,
  /** A reference to a component the surface does not have. */
  DANGLING_REFERENCE,
  /** A component that names itself as a child. */
  SELF_REFERENCE,
  /** Components that name each other in a circle. */
  CYCLE,
  /** A component nothing reachable from {@code root} names. */
  UNREACHABLE,
  /** JSON, a component tree or a data model nested more than 50 levels deep. */
  TOO_DEEP,
  /** A function call inside the arguments of 5 enclosing calls. */
  CALLS_TOO_DEEP,
  /** A binding or data model path that is not a usable JSON Pointer. */
  MALFORMED_POINTER,
  /** A message for a surface before its createSurface. */
  UPDATE_BEFORE_CREATE,
  /** A createSurface for a surface that is already live. */
  CREATED_TWICE,
  /** A message for a surface that was deleted. */
  DELETED,
  /**
   * A component that is not in its catalog: the one its {@code catalogId} names (which must be one
   * of the catalogs given), else its surface's, else its own catalog if given (as A2UI v1.0 lets it
   * name that in its {@code catalogId}); or a function call whose {@code catalogId} names a catalog
   * not given, or one without its function. In a stream validated as A2UI v0.9, which has no
   * {@code catalogId}: any {@code catalogId} on a component or a call, and a component outside its
   * surface's catalog (v0.9 cannot name another).
   */
  NOT_IN_CATALOG,
  /** An {@code @index} call in a component no list template reaches: there is no item to count. */
  INDEX_OUTSIDE_TEMPLATE,
  /**
   * In a stream validated as one A2UI version, what that version does not have and its writer
   * refuses: a prop, a union member ({@code @index}), an enum constant or a binding where only a
   * literal goes, of a later or earlier version; a v1.0 createSurface's theme, a v0.9 one's
   * metadata; a null stored by a v1.0 updateDataModel (v1.0 deletes at a null).
   */
  NOT_IN_VERSION
}
