package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Optional components: omitted when empty, absent or null on input. */
@Widget
public record Optionals(
    Optional<String> nickname,
    OptionalInt age,
    OptionalLong visits,
    OptionalDouble score,
    Optional<Tag> tag,
    String plainNullable) {}
