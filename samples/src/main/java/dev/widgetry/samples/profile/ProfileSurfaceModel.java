package dev.widgetry.samples.profile;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotNull;

/**
 * The profile surface's data model: the profile the ChatKit card shows, and the message being
 * typed into the surface's composer, which the renderer keeps in its data model until Send sends it.
 *
 * @param profile the person's profile
 * @param draft what the composer's field holds
 */
@Widget
public record ProfileSurfaceModel(@NotNull Profile profile, @NotNull DirectMessage draft) {}
