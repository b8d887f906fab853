package dev.widgetry.processor.template.syntax;

/** A token inside a Jinja tag. {@code value} is the name, the operator, or the literal's value. */
record Token(Kind kind, Object value, int pos) {

  enum Kind {
    NAME,
    STRING,
    INTEGER,
    FLOAT,
    OPERATOR,
    /** The tag's closing delimiter. */
    END
  }

  boolean is(Kind kind, String value) {
    return this.kind == kind && this.value.equals(value);
  }

  boolean isOperator(String operator) {
    return is(Kind.OPERATOR, operator);
  }

  boolean isName(String name) {
    return is(Kind.NAME, name);
  }

  String describe() {
    switch (kind) {
      case END:
        return "the end of the tag";
      case STRING:
        return "a string";
      case INTEGER:
      case FLOAT:
        return "the number " + value;
      default:
        return "'" + value + "'";
    }
  }
}
