package dev.widgetry.runtime.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON names of one enum's constants, encoded once for writing and tabled for reading. Built
 * from explicit (constant, name) pairs and indexed by the constant's ordinal at run time, so an
 * enum compiled separately may reorder its constants without breaking the names.
 *
 * @param <E> the enum
 */
public final class EnumNames<E extends Enum<E>> {
  private final EncodedString[] byOrdinal;
  private final NameTable table;
  /** The constants in the table's order. */
  private final List<E> constants;

  private EnumNames(EncodedString[] byOrdinal, NameTable table, List<E> constants) {
    this.byOrdinal = byOrdinal;
    this.table = table;
    this.constants = constants;
  }

  public static <E extends Enum<E>> Builder<E> builder() {
    return new Builder<>();
  }

  /** The encoded JSON name of a constant. */
  public EncodedString name(E constant) {
    return byOrdinal[constant.ordinal()];
  }

  /** The JSON names in declaration order, for messages. */
  public List<String> jsonNames() {
    return table.names();
  }

  NameTable table() {
    return table;
  }

  /** The constant whose name is at {@code index} of {@link #table()}. */
  E constant(int index) {
    return constants.get(index);
  }

  /** Collects (constant, name) pairs. */
  public static final class Builder<E extends Enum<E>> {
    private final List<E> constants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    private Builder() {}

    public Builder<E> add(E constant, String jsonName) {
      constants.add(constant);
      names.add(jsonName);
      return this;
    }

    public EnumNames<E> build() {
      int size = 0;
      for (E constant : constants) {
        size = Math.max(size, constant.ordinal() + 1);
      }
      EncodedString[] byOrdinal = new EncodedString[size];
      for (int i = 0; i < constants.size(); i++) {
        byOrdinal[constants.get(i).ordinal()] = EncodedString.of(names.get(i));
      }
      return new EnumNames<>(byOrdinal, NameTable.of(names.toArray(new String[0])), List.copyOf(constants));
    }
  }

  @Override
  public String toString() {
    return Arrays.toString(byOrdinal);
  }
}
