package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.DecimalMax;
import dev.widgetry.tests.constraints.Email;
import dev.widgetry.tests.constraints.Max;
import dev.widgetry.tests.constraints.Min;
import dev.widgetry.tests.constraints.NotBlank;
import dev.widgetry.tests.constraints.Pattern;
import dev.widgetry.tests.constraints.Positive;
import dev.widgetry.tests.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sign-up form, with constraints the parser enforces.
 *
 * @param user the login name
 */
@Widget(description = "A new account.")
public record Signup(
    @NotBlank @Size(max = 20) String user,
    @Email @JsonPropertyDescription("Where we write to.") String email,
    @Min(18) @Max(130) int age,
    @Positive @DecimalMax("10000") BigDecimal budget,
    @Pattern(regexp = "[A-Z]{3}") @JsonProperty("currency_code") String currency,
    @Size(min = 1, max = 3) List<@NotBlank String> tags) {}
