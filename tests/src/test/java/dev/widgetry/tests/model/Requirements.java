package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.NonNull;
import dev.widgetry.tests.constraints.NotBlank;
import dev.widgetry.tests.constraints.NotEmpty;
import dev.widgetry.tests.constraints.NotNull;
import java.util.List;

/** Every way a reference component becomes required. */
@Widget
public record Requirements(
    @NotNull String id,
    @NonNull String name,
    @NotBlank String title,
    @NotEmpty List<String> items,
    @JsonProperty(required = true) String code,
    String optional) {}
