package dev.widgetry.processor.read;

import dev.widgetry.processor.model.CatalogModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds, for the components of a catalog, what their generated rewrites change: the props that
 * hold a {@code DynamicString}, a {@code CheckRule} or an {@code Action} (or a list of them), and
 * the {@code @Widget} records (or lists of records) that hold such props, at any depth.
 */
final class RewriteReader {
  private static final String A2UI = "dev.widgetry.a2ui.";
  private static final Map<String, CatalogModel.PartKind> HELD = Map.of(
      A2UI + "DynamicString", CatalogModel.PartKind.TEXT,
      A2UI + "CheckRule", CatalogModel.PartKind.CHECK,
      A2UI + "Action", CatalogModel.PartKind.ACTION,
      A2UI + "EventAction", CatalogModel.PartKind.ACTION);

  /** The rewrites found so far, by record; a record with nothing to change maps to null. */
  private final Map<TypeElement, CatalogModel.Rewrite> rewrites = new LinkedHashMap<>();
  private final Set<TypeElement> visiting = new HashSet<>();

  /** Reads the rewrite of {@code component} and of the records it holds. */
  void read(TypeElement component) {
    rewrite(component);
  }

  /** Every rewrite read, each record once, in the order first met. */
  List<CatalogModel.Rewrite> rewrites() {
    List<CatalogModel.Rewrite> found = new ArrayList<>();
    rewrites.values().forEach(rewrite -> {
      if (rewrite != null) {
        found.add(rewrite);
      }
    });
    return found;
  }

  private CatalogModel.Rewrite rewrite(TypeElement record) {
    if (rewrites.containsKey(record)) {
      return rewrites.get(record);
    }
    if (!visiting.add(record)) {
      // A record met again inside itself is kept as it is there; its first visit decides the rest.
      return null;
    }
    List<CatalogModel.Part> parts = new ArrayList<>();
    boolean changes = false;
    for (RecordComponentElement component : record.getRecordComponents()) {
      CatalogModel.Part part = part(component);
      changes |= part.kind() != CatalogModel.PartKind.KEEP;
      parts.add(part);
    }
    visiting.remove(record);
    CatalogModel.Rewrite rewrite = changes ? new CatalogModel.Rewrite(JavaNames.of(record), parts) : null;
    rewrites.put(record, rewrite);
    return rewrite;
  }

  private CatalogModel.Part part(RecordComponentElement component) {
    String accessor = component.getSimpleName().toString();
    TypeMirror type = component.asType();
    boolean list = isList(type);
    TypeElement held = declared(list ? ((DeclaredType) type).getTypeArguments().get(0) : type);
    if (held == null) {
      return new CatalogModel.Part(accessor, CatalogModel.PartKind.KEEP, false, null);
    }
    CatalogModel.PartKind kind = HELD.get(held.getQualifiedName().toString());
    if (kind != null) {
      return new CatalogModel.Part(accessor, kind, list, null);
    }
    if (held.getKind() == ElementKind.RECORD && Annotations.isWidget(held) && rewrite(held) != null) {
      return new CatalogModel.Part(accessor, CatalogModel.PartKind.RECORD, list, JavaNames.of(held));
    }
    return new CatalogModel.Part(accessor, CatalogModel.PartKind.KEEP, false, null);
  }

  private static TypeElement declared(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  private static boolean isList(TypeMirror type) {
    TypeElement element = declared(type);
    return element != null && element.getQualifiedName().contentEquals("java.util.List")
        && ((DeclaredType) type).getTypeArguments().size() == 1;
  }
}
