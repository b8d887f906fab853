package dev.widgetry.chatkit;

import java.util.List;
import java.util.Map;

/** Realistic widgets built with the catalog, one per method, as a backend would write them. */
final class CompositeWidgets {
  private CompositeWidgets() {}

  /** The README example: a compact order summary with pay and cancel buttons. */
  static Card orderSummary() {
    return Card.builder()
        .size(Card.Size.SM)
        .children(
            Title.of("Order #1042"),
            Caption.of("2 items, arriving Friday"),
            Divider.of(),
            Row.of(Text.of("Oat milk x2"), Spacer.of(), Text.of("$7.00")),
            Row.of(Text.of("Sourdough loaf"), Spacer.of(), Text.of("$11.50")),
            Divider.of(),
            Row.of(bold("Total"), Spacer.of(), bold("$18.50")))
        .confirm(CardAction.of("Pay $18.50", ActionConfig.of("order.pay", Json.parse("{\"orderId\": \"1042\"}"))))
        .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
        .build();
  }

  /** A list of flights; clicking one selects it. */
  static ListView flightPicker() {
    return ListView.builder()
        .status(WidgetStatus.of("Flights to Lisbon", IconName.GLOBE))
        .limit(Limit.of(3))
        .children(
            flight("TP1351", "08:05 - 10:50", "2h 45m, nonstop", "$189"),
            flight("FR7311", "13:20 - 16:15", "2h 55m, nonstop", "$74"),
            flight("IB3102", "17:40 - 22:05", "4h 25m, 1 stop", "$132"))
        .build();
  }

  private static ListViewItem flight(String number, String times, String details, String price) {
    return ListViewItem.builder()
        .gap(Dimension.of(3))
        .align(Alignment.CENTER)
        .onClickAction(ActionConfig.builder()
            .type("flight.select")
            .payload(Json.parse("{\"flight\": \"" + number + "\"}"))
            .loadingBehavior(ActionConfig.LoadingBehavior.SELF)
            .build())
        .children(
            Icon.builder().name(IconName.SUITCASE).size(IconSize.LG).color(Color.of("secondary")).build(),
            Col.builder()
                .gap(Dimension.of(0.5))
                .children(Title.builder().value(times).size(TitleSize.SM).build(), Caption.of(number + ", " + details))
                .build(),
            Spacer.of(),
            Badge.builder().label(price).color(Badge.Color.SUCCESS).pill(true).build())
        .build();
  }

  /** A booking form that uses every control ChatKit has. */
  static Card bookingForm() {
    return Card.of(Form.builder()
        .onSubmitAction(ActionConfig.of("booking.submit"))
        .direction(Direction.COL)
        .gap(Dimension.of(3))
        .children(
            Title.of("Book a table"),
            Label.of("Your name", "guest.name"),
            Input.builder().name("guest.name").placeholder("Ada Lovelace").required(true).build(),
            Label.of("Email", "guest.email"),
            Input.builder().name("guest.email").inputType(Input.Type.EMAIL).required(true).build(),
            DatePicker.builder().name("booking.date").min("2025-06-01").placeholder("Pick a date").build(),
            Select.of("booking.time", SelectOption.of("19:00", "7 pm"), SelectOption.of("20:30", "8:30 pm")),
            RadioGroup.builder()
                .name("booking.seating")
                .direction(Direction.ROW)
                .options(RadioOption.of("inside", "Inside"), RadioOption.of("terrace", "Terrace"))
                .defaultValue("inside")
                .build(),
            Textarea.builder().name("booking.notes").rows(3).placeholder("Allergies, occasions").build(),
            Checkbox.of("guest.newsletter", "Tell me about new menus"),
            Text.builder().value("Party of 2").editable(Editable.field("booking.party")).build(),
            Button.builder().label("Book").submit(true).style(Button.Style.PRIMARY).block(true).build())
        .build());
  }

  /** Monthly sales as bars, returns as a line and visits as an area. */
  static Card salesChart() {
    return Card.builder()
        .size(Card.Size.LG)
        .children(
            Title.of("Sales, first quarter"),
            Chart.builder()
                .data(List.of(month("Jan", 120, 10, 900), month("Feb", 150, 12, 1100), month("Mar", 170.5, 9, 1250)))
                .series(
                    BarSeries.builder().dataKey("sales").label("Sales").color(Color.of("blue-500")).build(),
                    LineSeries.builder().dataKey("returns").label("Returns").curveType(CurveType.MONOTONE).build(),
                    AreaSeries.builder().dataKey("visits").color(Color.theme("green-200", "green-800")).build())
                .xAxis(XAxisConfig.builder().dataKey("month").labels(Map.of("Jan", "January", "Mar", "March")).build())
                .showLegend(true)
                .height(Dimension.of(220))
                .build())
        .build();
  }

  private static Map<String, ChartValue> month(String name, double sales, double returns, double visits) {
    return Map.of(
        "month", ChartValue.of(name),
        "sales", ChartValue.of(sales),
        "returns", ChartValue.of(returns),
        "visits", ChartValue.of(visits));
  }

  /** An invoice as a table, with a header row and a total spanning two columns. */
  static Card invoiceTable() {
    return Card.of(
        Title.of("Invoice INV-7"),
        Table.of(
            TableRow.header(TableCell.of("Item"), right("Qty"), right("Price")),
            TableRow.of(TableCell.of("Design review"), right("2"), right("$300")),
            TableRow.of(TableCell.of("Hosting"), right("1"), right("$40")),
            TableRow.of(
                TableCell.builder().colSpan(2).padding(Spacing.xy(0, 2)).children(bold("Total")).build(),
                right("$340"))));
  }

  private static TableCell right(String text) {
    return TableCell.builder().align(TableCell.Align.END).children(Text.of(text)).build();
  }

  /** A person's card: avatar, name, a short bio and two actions. */
  static Card profileCard() {
    return Card.builder()
        .padding(Spacing.of(5))
        .children(
            Row.builder()
                .gap(Dimension.of(3))
                .align(Alignment.CENTER)
                .children(
                    Image.builder()
                        .src("https://example.com/ada.jpg")
                        .alt("Ada Lovelace")
                        .size(Dimension.of(56))
                        .radius(Radius.FULL)
                        .fit(Image.Fit.COVER)
                        .build(),
                    Col.of(Title.builder().value("Ada Lovelace").size(TitleSize.MD).build(), Caption.of("Analyst, London")),
                    Spacer.of(),
                    Badge.builder().label("Pro").color(Badge.Color.DISCOVERY).variant(Badge.Variant.SOFT).build())
                .build(),
            Markdown.of("Writes about **engines** that weave algebraic patterns."),
            Row.builder()
                .gap(Dimension.of(2))
                .children(
                    Button.builder()
                        .label("Message")
                        .iconStart(IconName.MAIL)
                        .variant(ControlVariant.OUTLINE)
                        .onClickAction(ActionConfig.of("profile.message", Json.parse("{\"user\": \"ada\"}")))
                        .build(),
                    Button.builder()
                        .label("Follow")
                        .iconStart(IconName.PLUS)
                        .onClickAction(ActionConfig.builder()
                            .type("profile.follow")
                            .payload(Json.parse("{\"user\": \"ada\"}"))
                            .handler(ActionConfig.Handler.CLIENT)
                            .build())
                        .build())
                .build())
        .build();
  }

  /** A to-do list whose items each have their own toggle and menu buttons. */
  static ListView taskList() {
    return ListView.of(
        task("t1", "Buy oat milk", false),
        task("t2", "Call the plumber", true),
        task("t3", "File the tax return", false));
  }

  private static ListViewItem task(String id, String title, boolean done) {
    return ListViewItem.builder()
        .key(id)
        .align(Alignment.CENTER)
        .gap(Dimension.of(2))
        .children(
            Icon.of(done ? IconName.CHECK_CIRCLE_FILLED : IconName.EMPTY_CIRCLE),
            Text.builder().value(title).lineThrough(done).build(),
            Spacer.of(),
            Button.builder()
                .iconStart(IconName.CHECK)
                .uniform(true)
                .variant(ControlVariant.GHOST)
                .size(ControlSize.SM)
                .onClickAction(ActionConfig.of("task.toggle", Json.parse("{\"id\": \"" + id + "\"}")))
                .build(),
            Button.builder()
                .iconStart(IconName.DOTS_HORIZONTAL)
                .uniform(true)
                .variant(ControlVariant.GHOST)
                .size(ControlSize.SM)
                .onClickAction(ActionConfig.of("task.menu", Json.parse("{\"id\": \"" + id + "\"}")))
                .build())
        .build();
  }

  /** A morning dashboard: a bare layout holding a title, a card and a list. */
  static Basic dashboard() {
    return Basic.builder()
        .direction(Direction.COL)
        .gap(Dimension.of(4))
        .children(
            Title.of("Good morning"),
            Card.builder()
                .background(Color.theme("sky-50", "sky-950"))
                .children(Row.builder()
                    .align(Alignment.CENTER)
                    .gap(Dimension.of(3))
                    .children(
                        Icon.builder().name(IconName.SPARKLE).size(IconSize.XL).build(),
                        Col.of(Title.of("18 C, sunny"), Caption.of("Lisbon")))
                    .build())
                .build(),
            ListView.of(ListViewItem.of(Text.of("Stand-up at 09:30")), ListViewItem.of(Text.of("Lunch with Sam"))))
        .build();
  }

  /** An answer streaming in, with its sources count animated in below. */
  static Card streamingAnswer() {
    return Card.builder()
        .status(WidgetStatus.favicon("Searching docs.example.com", "https://docs.example.com/favicon.ico", true))
        .children(
            Markdown.builder().value("The **retry** policy backs off ").streaming(true).id("answer").build(),
            Transition.of(Box.builder()
                .padding(Spacing.xy(3, 2))
                .radius(Radius.MD)
                .background(Color.of("gray-100"))
                .children(Caption.of("3 sources"))
                .build()))
        .build();
  }

  /** A calendar event on a dark card with a colored bar on its left edge. */
  static Card calendarEvent() {
    return Card.builder()
        .theme(Theme.DARK)
        .border(Borders.builder().left(Border.line(4, Color.of("purple-500"), BorderStyle.SOLID)).build())
        .children(
            Row.builder()
                .gap(Dimension.of(2))
                .align(Alignment.CENTER)
                .children(
                    Icon.of(IconName.CALENDAR),
                    Caption.builder().value("Tue 14 Oct, 15:00 - 16:00").weight(FontWeight.MEDIUM).build())
                .build(),
            Title.builder().value("Quarterly planning").size(TitleSize.LG).build(),
            Text.builder().value("Room 4B and online").color(Color.of("secondary")).build())
        .confirm(CardAction.of("Add to calendar", ActionConfig.builder()
            .type("calendar.add")
            .payload(Json.parse("{\"event\": \"q-planning\"}"))
            .streaming(false)
            .build()))
        .build();
  }

  /** An email draft whose subject and body are edited in place. */
  static Card emailDraft() {
    return Card.builder()
        .asForm(true)
        .children(
            Row.builder()
                .gap(Dimension.of(2))
                .children(Caption.of("To"), Text.builder().value("sam@example.com").editable(Editable.off()).build())
                .build(),
            Divider.builder().flush(true).build(),
            Text.builder()
                .value("Lunch on Friday?")
                .weight(FontWeight.SEMIBOLD)
                .editable(Editable.Field.builder().name("email.subject").required(true).build())
                .build(),
            Text.builder()
                .value("Hi Sam, are you free for lunch on Friday?")
                .minLines(4)
                .editable(Editable.Field.builder().name("email.body").autoFocus(true).build())
                .build())
        .confirm(CardAction.of("Send", ActionConfig.of("email.send")))
        .cancel(CardAction.of("Discard", ActionConfig.builder()
            .type("email.discard")
            .handler(ActionConfig.Handler.CLIENT)
            .build()))
        .build();
  }

  private static Text bold(String value) {
    return Text.builder().value(value).weight(FontWeight.SEMIBOLD).build();
  }
}
