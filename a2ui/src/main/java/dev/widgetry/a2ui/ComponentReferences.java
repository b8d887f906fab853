package dev.widgetry.a2ui;

/**
 * Tells which props of one kind of component hold the ids of other components (Card's
 * {@code child}, Row's {@code children}, each tab's {@code child}...): written by the processor
 * for each component of a catalog, from its {@code ChildList} props and its {@link ComponentRef}
 * props, and used by validation.
 */
@FunctionalInterface
public interface ComponentReferences {

  /** Reports each reference {@code component} holds to {@code sink}. */
  void report(A2uiComponent component, Sink sink);

  /** What the references of a component are reported to. */
  interface Sink {

    /**
     * A reference to component {@code id}, at {@code pointer} within the component
     * ({@code "/child"}, {@code "/tabs/1/child"}).
     */
    void reference(String pointer, String id);

    /** A template that repeats {@code componentId} over the list at {@code path}. */
    void template(String pointer, String componentId, String path);

    /** The references of a {@code ChildList} at {@code pointer}. */
    default void children(String pointer, ChildList children) {
      if (children instanceof ChildList.Template) {
        ChildList.Template template = (ChildList.Template) children;
        template(pointer + "/componentId", template.componentId(), template.path());
      } else if (children != null) {
        java.util.List<String> ids = ((ChildList.Ids) children).ids();
        for (int i = 0; i < ids.size(); i++) {
          reference(pointer + "/" + i, ids.get(i));
        }
      }
    }

    /** The reference at {@code pointer}, when there is one. */
    default void optional(String pointer, String id) {
      if (id != null) {
        reference(pointer, id);
      }
    }
  }
}
