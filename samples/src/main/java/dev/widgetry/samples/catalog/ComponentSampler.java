package dev.widgetry.samples.catalog;

import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.AreaSeries;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Basic;
import dev.widgetry.chatkit.Border;
import dev.widgetry.chatkit.BorderStyle;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.CaptionSize;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Chart;
import dev.widgetry.chatkit.ChartValue;
import dev.widgetry.chatkit.Checkbox;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.CurveType;
import dev.widgetry.chatkit.DatePicker;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Direction;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.IconSize;
import dev.widgetry.chatkit.Input;
import dev.widgetry.chatkit.Label;
import dev.widgetry.chatkit.Limit;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.RadioGroup;
import dev.widgetry.chatkit.RadioOption;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Select;
import dev.widgetry.chatkit.SelectOption;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.TextSize;
import dev.widgetry.chatkit.Textarea;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.Transition;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetStatus;
import dev.widgetry.chatkit.Wrap;
import dev.widgetry.chatkit.XAxisConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A style guide of the ChatKit catalog in one {@code Basic} root: every component, the variants
 * of buttons and badges, every icon, and a card and a list nested in it, as roots may be.
 */
public final class ComponentSampler {
  private ComponentSampler() {}

  /** The sampler: one section per kind of component, then a card and a list nested as roots. */
  public static Basic render() {
    return Basic.builder()
        .gap(Dimension.of(5))
        .children(
            section("Buttons", buttons()),
            section("Badges", badges()),
            section("Type", type()),
            section("Icons", icons()),
            section("Fields", fields()),
            section("Boxes", boxes()),
            section("Chart", sparkline()),
            Card.builder()
                .status(WidgetStatus.of("Checked at compile time", IconName.CHECK_CIRCLE))
                .children(Text.of("A card nested in a Basic root, with a status line."))
                .build(),
            ListView.builder()
                .limit(Limit.of(2))
                .status(WidgetStatus.of("Three releases", IconName.BOOK_CLOCK))
                .children(release("0.3", "Strict schemas"), release("0.2", "Action dispatch"), release("0.1", "Codecs")).build())
        .build();
  }

  private static Col section(String name, WidgetComponent content) {
    return Col.builder().gap(Dimension.of(2)).children(
        Caption.builder().value(name).weight(FontWeight.SEMIBOLD).color(Color.of("tertiary")).build(), content).build();
  }

  private static Row buttons() {
    return Row.builder().gap(Dimension.of(2)).wrap(Wrap.WRAP).children(
        button("Primary", Button.Color.PRIMARY, ControlVariant.SOLID),
        button("Secondary", Button.Color.SECONDARY, ControlVariant.SOFT),
        button("Info", Button.Color.INFO, ControlVariant.OUTLINE),
        button("Ghost", Button.Color.SECONDARY, ControlVariant.GHOST),
        Button.builder().label("Success").color(Button.Color.SUCCESS).pill(true).iconStart(IconName.CHECK).build(),
        button("Danger", Button.Color.DANGER, ControlVariant.SOFT),
        button("Discovery", Button.Color.DISCOVERY, ControlVariant.SOLID),
        button("Caution", Button.Color.CAUTION, ControlVariant.SOFT),
        button("Warning", Button.Color.WARNING, ControlVariant.OUTLINE),
        Button.builder().label("Disabled").disabled(true).build(),
        Button.builder().iconStart(IconName.SEARCH).uniform(true).variant(ControlVariant.OUTLINE)
            .color(Button.Color.SECONDARY).build())
        .build();
  }

  private static Button button(String label, Button.Color color, ControlVariant variant) {
    return Button.builder().label(label).color(color).variant(variant).build();
  }

  private static Row badges() {
    List<WidgetComponent> badges = new ArrayList<>();
    for (Badge.Color color : Badge.Color.values()) {
      String name = color.name().charAt(0) + color.name().substring(1).toLowerCase(Locale.ROOT);
      badges.add(Badge.of(name, color));
    }
    badges.add(Badge.builder().label("Solid").color(Badge.Color.INFO).variant(Badge.Variant.SOLID).build());
    badges.add(Badge.builder().label("Outline").color(Badge.Color.DANGER).variant(Badge.Variant.OUTLINE).build());
    badges.add(Badge.builder().label("Pill").color(Badge.Color.DISCOVERY).pill(true).size(Badge.Size.LG).build());
    return Row.builder().gap(Dimension.of(2)).wrap(Wrap.WRAP).children(badges).build();
  }

  private static Col type() {
    return Col.builder().gap(Dimension.of(2)).children(
        Row.builder().gap(Dimension.of(4)).align(Alignment.BASELINE).children(
            Title.builder().value("Title 2xl").size(TitleSize.TWO_XL).build(),
            Title.builder().value("lg").size(TitleSize.LG).build(),
            Title.builder().value("sm").size(TitleSize.SM).build(),
            Text.builder().value("Text lg").size(TextSize.LG).build(),
            Text.builder().value("xs").size(TextSize.XS).build(),
            Caption.builder().value("Caption lg").size(CaptionSize.LG).build())
            .build(),
        Row.builder().gap(Dimension.of(4)).wrap(Wrap.WRAP).children(
            Text.builder().value("Italic").italic(true).build(),
            Text.builder().value("Struck through").lineThrough(true).build(),
            Text.builder().value("Bold danger").weight(FontWeight.BOLD).color(Color.of("danger")).build(),
            Text.builder().value("Purple by theme").color(Color.theme("purple-600", "purple-300")).build())
            .build(),
        Markdown.of("**Markdown**, _safely_: `code`, [a link](https://github.com/), and lists:\n\n"
            + "- typed records\n- generated codecs\n1. compile\n2. ship"),
        Transition.of(Text.builder().value("A transition fades its child in when it changes.")
            .color(Color.of("secondary")).size(TextSize.SM).build()))
        .build();
  }

  private static Box icons() {
    List<WidgetComponent> icons = Arrays.stream(IconName.values())
        .map(name -> Icon.builder().name(name).size(IconSize.LG).color(Color.of("secondary")).build())
        .collect(Collectors.toList());
    return Box.builder().key("icons").direction(Direction.ROW).wrap(Wrap.WRAP).gap(Dimension.of(3)).children(icons).build();
  }

  private static Row fields() {
    return Row.builder().gap(Dimension.of(4)).align(Alignment.START).wrap(Wrap.WRAP).children(
        Col.builder().gap(Dimension.of(2)).flex(Dimension.of(1)).minWidth(Dimension.of(220)).children(
            Label.of("Project", "project"),
            Input.builder().name("project").defaultValue("Widgetry").build(),
            Label.of("Notes", "notes"),
            Textarea.builder().name("notes").rows(2).placeholder("Anything the team should know").build(),
            Label.of("Launch day", "launch"),
            DatePicker.builder().name("launch").defaultValue("2025-06-12").build())
            .build(),
        Col.builder().gap(Dimension.of(2)).flex(Dimension.of(1)).minWidth(Dimension.of(220)).children(
            Label.of("Region", "region"),
            Select.builder().name("region").placeholder("Pick a region").clearable(true)
                .options(SelectOption.of("eu", "Europe"), SelectOption.of("us", "Americas"), SelectOption.of("ap", "Asia Pacific"))
                .build(),
            Checkbox.builder().name("beta").label("Join the beta").defaultChecked(true).build(),
            RadioGroup.builder().name("size").ariaLabel("Team size").defaultValue("small")
                .options(RadioOption.of("small", "2–10 people"), RadioOption.of("large", "11 or more"),
                    new RadioOption("solo", "Just me", true))
                .build())
            .build())
        .build();
  }

  private static Row boxes() {
    return Row.builder().gap(Dimension.of(3)).wrap(Wrap.WRAP).children(
        Box.builder().padding(Spacing.of(3)).radius(Radius.LG).background(Color.theme("blue-50", "blue-950"))
            .children(Text.builder().value("Themed background").size(TextSize.SM).color(Color.theme("blue-700", "blue-200")).build())
            .build(),
        Box.builder().padding(Spacing.of(3)).radius(Radius.LG)
            .border(Border.line(1, Color.of("tertiary"), BorderStyle.DASHED))
            .children(Text.builder().value("Dashed border").size(TextSize.SM).build())
            .build(),
        Box.builder().padding(Spacing.xy(4, 2)).radius(Radius.FULL).background(Color.of("surface-tertiary"))
            .children(Row.builder().gap(Dimension.of(2)).children(
                Icon.builder().name(IconName.SPARKLE).color(Color.of("discovery")).build(),
                Text.builder().value("Pill box").size(TextSize.SM).build()).build())
            .build(),
        Col.builder().flex(Dimension.of(1)).minWidth(Dimension.of(160)).gap(Dimension.of(2)).children(
            Caption.of("Divider"),
            Divider.of(),
            Caption.of("Divider, 2 px, blue-400"),
            Divider.builder().color(Color.of("blue-400")).size(Dimension.of(2)).build())
            .build())
        .build();
  }

  private static Chart sparkline() {
    String[] weeks = {"May 5", "May 12", "May 19", "May 26", "Jun 2", "Jun 9", "Jun 16", "Jun 23"};
    double[] visits = {320, 410, 380, 520, 610, 580, 740, 820};
    List<Map<String, ChartValue>> data = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < visits.length; i++) {
      Map<String, ChartValue> row = new LinkedHashMap<>();
      row.put("week", ChartValue.of("w" + (i + 1)));
      row.put("visits", ChartValue.of(visits[i]));
      data.add(row);
      labels.put("w" + (i + 1), weeks[i]);
    }
    return Chart.builder()
        .data(data)
        .xAxis(XAxisConfig.builder().dataKey("week").labels(labels).build())
        .series(AreaSeries.builder().dataKey("visits").label("Visits").color(Color.of("discovery"))
            .curveType(CurveType.MONOTONE).build())
        .height(Dimension.of(120))
        .build();
  }

  private static ListViewItem release(String version, String summary) {
    return ListViewItem.builder().gap(Dimension.of(3)).children(
        Badge.builder().label(version).variant(Badge.Variant.OUTLINE).build(),
        Text.of(summary))
        .build();
  }
}
