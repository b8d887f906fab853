package dev.widgetry.processor.read;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Finds a type that does not exist yet in what an element declares, before any check reports or
 * records anything about it: an element that waits for a later round is then read once, from the
 * start, and each of its problems is reported once.
 */
final class ResolvedTypes {
  private ResolvedTypes() {}

  /**
   * @throws UnresolvedTypeException when a record component's type or a permitted subtype does not
   *     exist yet
   */
  static void requireWidget(TypeElement widget) {
    for (RecordComponentElement component : widget.getRecordComponents()) {
      require(component.asType());
    }
    widget.getPermittedSubclasses().forEach(ResolvedTypes::require);
  }

  /** @throws UnresolvedTypeException when a parameter or return type does not exist yet */
  static void requireMethod(ExecutableElement method) {
    require(method.getReturnType());
    method.getParameters().forEach(parameter -> require(parameter.asType()));
  }

  /** @throws UnresolvedTypeException when the type, or a type in it, does not exist yet */
  private static void require(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        throw new UnresolvedTypeException(type.toString());
      case ARRAY:
        require(((ArrayType) type).getComponentType());
        break;
      case DECLARED:
        ((DeclaredType) type).getTypeArguments().forEach(ResolvedTypes::require);
        break;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          require(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          require(wildcard.getSuperBound());
        }
        break;
      default:
        break;
    }
  }
}
