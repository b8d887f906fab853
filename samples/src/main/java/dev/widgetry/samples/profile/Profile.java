package dev.widgetry.samples.profile;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.Min;
import dev.widgetry.samples.constraints.NotBlank;
import java.util.List;

/**
 * A person's profile, as a people-search assistant shows it.
 *
 * @param name the person's full name
 * @param handle their user name, without the "@"
 * @param role what they do
 * @param location where they are
 * @param avatar the path of their picture
 * @param bio a few lines about them, in Markdown
 * @param skills what they are known for
 * @param followers how many people follow them
 * @param projects how many projects they lead
 * @param followed whether the viewer follows them
 */
@Widget
public record Profile(
    @NotBlank String name,
    @NotBlank String handle,
    String role,
    String location,
    String avatar,
    String bio,
    List<String> skills,
    @Min(0) int followers,
    @Min(0) int projects,
    boolean followed) {}
