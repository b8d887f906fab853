package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;

/**
 * A button that fires an action when clicked, or submits the enclosing form.
 *
 * @param label the text on the button
 * @param onClickAction what a click does
 * @param submit whether a click submits the enclosing form
 * @param style whether it is the primary or a secondary button
 * @param color the button's meaning, which picks its color
 * @param variant how strongly it is filled
 * @param size how big it is
 * @param iconStart an icon before the label
 * @param iconEnd an icon after the label
 * @param iconSize how big its icons are
 * @param pill whether its ends are fully rounded
 * @param uniform whether it is as wide as it is high, for a button that shows only an icon
 * @param block whether it takes the full width of its container
 * @param disabled whether it cannot be clicked
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Button(
    String label,
    ActionConfig onClickAction,
    Boolean submit,
    Style style,
    Color color,
    ControlVariant variant,
    ControlSize size,
    IconName iconStart,
    IconName iconEnd,
    IconSize iconSize,
    Boolean pill,
    Boolean uniform,
    Boolean block,
    Boolean disabled,
    String key,
    String id)
    implements WidgetComponent {

  /** A button with this label that fires this action. */
  public static Button of(String label, ActionConfig onClickAction) {
    return builder().label(label).onClickAction(onClickAction).build();
  }

  /** A button with this label that submits the enclosing form. */
  public static Button submit(String label) {
    return builder().label(label).submit(true).build();
  }

  /** A builder that sets this record's props one by one. */
  public static ButtonBuilder builder() {
    return new ButtonBuilder();
  }

  /** Whether a button is the primary one. */
  public enum Style {
    @JsonProperty("primary")
    PRIMARY,
    @JsonProperty("secondary")
    SECONDARY
  }

  /** What a button means, which picks its color. */
  public enum Color {
    @JsonProperty("primary")
    PRIMARY,
    @JsonProperty("secondary")
    SECONDARY,
    @JsonProperty("info")
    INFO,
    @JsonProperty("discovery")
    DISCOVERY,
    @JsonProperty("success")
    SUCCESS,
    @JsonProperty("caution")
    CAUTION,
    @JsonProperty("warning")
    WARNING,
    @JsonProperty("danger")
    DANGER
  }

  /** How big a button's icons are. */
  public enum IconSize {
    @JsonProperty("sm")
    SM,
    @JsonProperty("md")
    MD,
    @JsonProperty("lg")
    LG,
    @JsonProperty("xl")
    XL,
    @JsonProperty("2xl")
    TWO_XL
  }
}
