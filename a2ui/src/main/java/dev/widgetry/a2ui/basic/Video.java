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
 * A video player.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param url the URL of the video to display
 * @param posterUrl the URL of the poster image to display before the video plays; A2UI v1.0 and later
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Video(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString url,
    @A2uiSince(A2uiVersion.V1_0) DynamicString posterUrl,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Video {
    Objects.requireNonNull(url, "Video.url is required");
  }

  /** A player for the video at {@code url}. */
  public static Video of(String url) {
    return of(new StringLiteral(url));
  }

  /** A player for the video at {@code url}: a literal, a binding or a call. */
  public static Video of(DynamicString url) {
    return builder().url(url).build();
  }

  /** A builder that sets this component's props one by one. */
  public static VideoBuilder builder() {
    return new VideoBuilder();
  }

  @Override
  public Video withId(String id) {
    return VideoBuilder.from(this).id(id).build();
  }
}
