package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The java.time types, as ISO-8601 strings. */
@Widget
public record Times(LocalDate day, LocalDateTime local, OffsetDateTime offset, Instant instant) {}
