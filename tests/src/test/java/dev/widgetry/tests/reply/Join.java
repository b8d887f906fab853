package dev.widgetry.tests.reply;

import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.NotBlank;

/** What a club's "join" button sends, from a ChatKit widget or an A2UI surface alike. */
@Widget
public record Join(@NotBlank String name) {}
