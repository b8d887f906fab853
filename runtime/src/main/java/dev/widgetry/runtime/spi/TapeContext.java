package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Where a {@link TapeParser} is, in Jackson's terms: the object or array it is in, the property
 * name or index it is at, and the object whose location problems there get. A context's child is
 * kept and reused, as Jackson's own parsers do, so reading a tape makes no context per container.
 */
final class TapeContext extends JsonStreamContext {
  private final TapeContext parent;
  private TapeContext child;
  private String name;
  /** The innermost object around this context, by its number on the tape. */
  private int object;

  private TapeContext(TapeContext parent, int type, int object) {
    super(type, -1);
    this.parent = parent;
    this.object = object;
    this._nestingDepth = parent == null ? 0 : parent._nestingDepth + 1;
  }

  static TapeContext root() {
    return new TapeContext(null, TYPE_ROOT, 0);
  }

  /** This root context, made ready for a new tape. */
  TapeContext restart() {
    _index = -1;
    name = null;
    return this;
  }

  /** The context of an object that starts in this one, as its {@code objectNumber}-th on the tape. */
  TapeContext enterObject(int objectNumber) {
    return enter(TYPE_OBJECT, objectNumber);
  }

  TapeContext enterArray() {
    return enter(TYPE_ARRAY, object);
  }

  private TapeContext enter(int type, int objectNumber) {
    value();
    if (child == null) {
      child = new TapeContext(this, type, objectNumber);
    } else {
      child._type = type;
      child._index = -1;
      child.name = null;
      child.object = objectNumber;
    }
    return child;
  }

  /** A value starts in this context: in an array, the next index. */
  void value() {
    if (_type != TYPE_OBJECT) {
      _index++;
    }
  }

  /** The property of this object that the parser is at. */
  void name(String name) {
    this.name = name;
  }

  int object() {
    return object;
  }

  @Override
  public TapeContext getParent() {
    return parent;
  }

  @Override
  public String getCurrentName() {
    return name;
  }
}
