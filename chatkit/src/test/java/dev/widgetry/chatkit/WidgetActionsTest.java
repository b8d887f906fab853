package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.Widgets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link WidgetActions}: the action of each component, every action of a widget, and none missed. */
class WidgetActionsTest {
  private static final ActionConfig PAY = ActionConfig.of("order.pay");
  private static final ActionConfig PROBE = ActionConfig.of("probe");

  @Test
  void ofNamesTheActionAComponentFiresItself() {
    assertEquals(Optional.of(PAY), WidgetActions.of(Button.of("Pay", PAY)));
    assertEquals(Optional.of(PAY), WidgetActions.of(Form.of(PAY, Input.of("card"))));
    assertEquals(Optional.of(PAY), WidgetActions.of(Select.builder().name("plan").options(List.of())
        .onChangeAction(PAY).build()));
    assertEquals(Optional.of(PAY), WidgetActions.of(DatePicker.builder().name("day").onChangeAction(PAY).build()));
    assertEquals(Optional.of(PAY), WidgetActions.of(Checkbox.builder().name("terms").onChangeAction(PAY).build()));
    assertEquals(Optional.of(PAY), WidgetActions.of(RadioGroup.builder().name("size").onChangeAction(PAY).build()));
    assertEquals(Optional.empty(), WidgetActions.of(Button.submit("Save")));
    assertEquals(Optional.empty(), WidgetActions.of(Text.of("Pay")));
    assertEquals(Optional.empty(), WidgetActions.of(Row.of(Button.of("Pay", PAY))));
  }

  @Test
  void allListsEveryActionOfAWidgetChildrenBeforeTheirContainer() {
    Basic widget = Basic.of(
        Card.builder()
            .children(Form.of(ActionConfig.of("order.note"), Button.of("Clear", ActionConfig.of("order.clear"))))
            .confirm(CardAction.of("Pay", PAY))
            .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
            .build(),
        ListView.of(
            ListViewItem.builder().children(Text.of("#1041")).onClickAction(ActionConfig.of("order.open")).build(),
            ListViewItem.of(Text.of("#1040"))));

    assertEquals(
        List.of(ActionConfig.of("order.clear"), ActionConfig.of("order.note"), PAY, ActionConfig.of("order.cancel"),
            ActionConfig.of("order.open")),
        WidgetActions.all(widget));
    assertEquals(List.of(), WidgetActions.all(Card.of(Text.of("No actions"))));
  }

  @Test
  void theActionPropsAreTheOnesWidgetActionsIsWrittenFor() {
    Set<String> props = new TreeSet<>();
    for (RecordComponent prop : actionProps()) {
      props.add(CatalogRecords.name(prop));
    }

    assertEquals(
        Set.of("Button.onClickAction", "Card.cancel", "Card.confirm", "CardAction.action", "Checkbox.onChangeAction",
            "DatePicker.onChangeAction", "Form.onSubmitAction", "ListViewItem.onClickAction",
            "RadioGroup.onChangeAction", "Select.onChangeAction"),
        props,
        "A catalog type carries an action in a new place: teach WidgetActions and WidgetRewrites, then update this list");
  }

  @Test
  void everyActionPropIsFoundAndRemovable() {
    List<String> missed = new ArrayList<>();
    for (RecordComponent prop : actionProps()) {
      Class<?> type = prop.getDeclaringRecord();
      if (type == CardAction.class) {
        continue;
      }
      Object value = prop.getType() == CardAction.class ? CardAction.of("Probe", PROBE) : PROBE;
      Object part = CatalogRecords.instance(type, Map.of(prop.getName(), value));
      WidgetRoot widget = part instanceof WidgetRoot root ? root
          : part instanceof ListViewItem item ? ListView.of(item)
          : Card.of((WidgetComponent) part);
      if (part instanceof WidgetComponent component && !WidgetActions.of(component).equals(Optional.of(PROBE))) {
        missed.add(CatalogRecords.name(prop) + " by of()");
      }
      if (!WidgetActions.all(widget).equals(List.of(PROBE))) {
        missed.add(CatalogRecords.name(prop) + " by all()");
      }
      if (Widgets.toJson(WidgetRewrites.withoutActions(PROBE::equals).rewrite(widget)).contains("probe")) {
        missed.add(CatalogRecords.name(prop) + " by withoutActions()");
      }
    }

    assertEquals(List.of(), missed);
  }

  /** Every prop of a catalog record that holds an action, or a card's footer button with one. */
  private static List<RecordComponent> actionProps() {
    List<RecordComponent> props = new ArrayList<>();
    for (Class<?> type : CatalogRecords.reachable()) {
      for (RecordComponent prop : type.getRecordComponents()) {
        Class<?> element = CatalogRecords.elementType(prop);
        if (element == ActionConfig.class || element == CardAction.class) {
          props.add(prop);
        }
      }
    }
    return props;
  }
}
