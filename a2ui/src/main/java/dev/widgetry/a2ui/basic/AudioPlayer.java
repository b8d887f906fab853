package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * An audio player.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param url the URL of the audio to be played
 * @param description a description of the audio, such as a title or summary
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record AudioPlayer(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString url,
    DynamicString description,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public AudioPlayer {
    Objects.requireNonNull(url, "AudioPlayer.url is required");
  }

  /** A player for the audio at {@code url}. */
  public static AudioPlayer of(String url) {
    return of(new StringLiteral(url));
  }

  /** A player for the audio at {@code url}: a literal, a binding or a call. */
  public static AudioPlayer of(DynamicString url) {
    return builder().url(url).build();
  }

  /** A builder that sets this component's props one by one. */
  public static AudioPlayerBuilder builder() {
    return new AudioPlayerBuilder();
  }

  @Override
  public AudioPlayer withId(String id) {
    return AudioPlayerBuilder.from(this).id(id).build();
  }
}
