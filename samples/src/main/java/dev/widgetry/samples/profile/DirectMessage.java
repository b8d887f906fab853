package dev.widgetry.samples.profile;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.Size;

/**
 * What the message composer sends.
 *
 * @param text the message
 */
@Widget
public record DirectMessage(@FormField @NotBlank @Size(max = 500) String text) {}
