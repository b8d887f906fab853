package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Every scalar of the type mapping, primitive and boxed. */
@Widget
public record Scalars(
    String text,
    char letter,
    Character maybeLetter,
    boolean flag,
    Boolean maybeFlag,
    byte tiny,
    short small,
    int count,
    long big,
    Byte boxedByte,
    Short boxedShort,
    Integer boxedInt,
    Long boxedLong,
    BigInteger huge,
    float ratio,
    double amount,
    Float boxedFloat,
    Double boxedDouble,
    BigDecimal price) {}
