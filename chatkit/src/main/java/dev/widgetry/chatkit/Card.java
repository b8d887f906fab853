package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A root widget drawn as a card, optionally with confirm and cancel buttons in its footer.
 *
 * @param children the components inside the card, top to bottom
 * @param size how wide the card is
 * @param padding space between the card's edge and its content
 * @param background the card's background color
 * @param border the card's border
 * @param theme a color scheme that overrides the page's
 * @param status a status line shown above the card
 * @param asForm whether the card is a form: its fields' values go with every action fired inside it
 * @param collapsed whether the card is shown folded
 * @param confirm the primary footer button
 * @param cancel the secondary footer button
 * @param key identifies the card among its siblings when the widget is updated
 * @param id a name that streamed updates use to address the card
 */
@Widget
@WidgetBuilder
public record Card(
    @JsonProperty(required = true) List<WidgetComponent> children,
    Size size,
    Spacing padding,
    Color background,
    Border border,
    Theme theme,
    WidgetStatus status,
    Boolean asForm,
    Boolean collapsed,
    CardAction confirm,
    CardAction cancel,
    String key,
    String id)
    implements WidgetRoot {

  public Card {
    Objects.requireNonNull(children, "children");
  }

  /** A card holding these components. */
  public static Card of(WidgetComponent... children) {
    return builder().children(children).build();
  }

  /** A builder that sets this record's props one by one. */
  public static CardBuilder builder() {
    return new CardBuilder();
  }

  /** How wide a card is drawn. */
  public enum Size {
    @JsonProperty("sm")
    SM,
    @JsonProperty("md")
    MD,
    @JsonProperty("lg")
    LG,
    @JsonProperty("full")
    FULL
  }
}
