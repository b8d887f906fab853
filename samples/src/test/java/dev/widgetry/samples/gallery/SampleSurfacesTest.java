package dev.widgetry.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.samples.invoice.Invoice;
import dev.widgetry.samples.invoice.InvoiceHandlers;
import dev.widgetry.samples.invoice.InvoiceStatus;
import dev.widgetry.samples.invoice.InvoiceSurface;
import dev.widgetry.samples.profile.DirectMessage;
import dev.widgetry.samples.profile.Profile;
import dev.widgetry.samples.profile.ProfileHandlers;
import dev.widgetry.samples.profile.ProfileSurface;
import dev.widgetry.samples.tasks.TaskHandlers;
import dev.widgetry.samples.tasks.TaskList;
import dev.widgetry.samples.tasks.TaskSurface;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The task, invoice and profile surfaces, each state of them, without a browser: they pass {@link
 * A2ui#validate} and read back to the same JSON; every binding (a component's or an action
 * context's {@code {"path"}}, a {@code ${/path}} in a formatString) points at a value of the data
 * model the surface sends; and their buttons fire the very actions the ChatKit widgets fire.
 */
class SampleSurfacesTest {
  private static final Pattern TEMPLATE_PATH = Pattern.compile("\\$\\{(/[^}]*)}");

  @Test
  void theTaskSurfaceBindsTheListAndTheFieldAndFiresTheTaskActions() throws Exception {
    TaskList list = new TaskHandlers().list();
    JsonNode messages = checked(TaskSurface.of(list), TaskHandlers.class);

    assertEquals(new TreeSet<>(List.of("tasks.add", "tasks.clear", "tasks.toggle")), actionNames(messages));
    JsonNode model = messages.at("/2/updateDataModel/value");
    assertEquals("Write the release notes", model.at("/list/tasks/0/title").asText());
    assertEquals("", model.at("/draft/title").asText(), "the field starts empty");
    JsonNode field = component(messages, "TextField");
    assertEquals("/draft/title", field.at("/value/path").asText());
    JsonNode add = action(messages, "tasks.add");
    assertEquals(RunningGallery.MAPPER.readTree("{\"title\": {\"path\": \"/draft/title\"}}"), add.get("context"));
    JsonNode toggle = action(messages, "tasks.toggle");
    assertEquals("/list/tasks/0/id", toggle.at("/context/id/path").asText());
    assertEquals("not", toggle.at("/context/done/call").asText(), "the box's opposite state, read at the click");
    assertEquals("/list/tasks/0/done", toggle.at("/context/done/args/value/path").asText());

    TaskList noneDone = new TaskList(list.title(), list.tasks().stream().map(task -> task.withDone(false)).toList());
    assertEquals(new TreeSet<>(List.of("tasks.add", "tasks.toggle")),
        actionNames(checked(TaskSurface.of(noneDone), TaskHandlers.class)), "nothing to clear, no Clear button");
  }

  @Test
  void theInvoiceSurfaceBindsTheInvoiceAndFiresTheInvoiceActions() throws Exception {
    Invoice due = new InvoiceHandlers().invoice();
    JsonNode messages = checked(InvoiceSurface.of(due), InvoiceHandlers.class);
    assertEquals(new TreeSet<>(List.of("invoice.pay", "invoice.remind")), actionNames(messages));
    assertTrue(paths(messages).containsAll(List.of("/number", "/customer", "/issued", "/due", "/lines/3/description")),
        paths(messages).toString());

    Invoice paid = new Invoice(due.number(), due.customer(), due.issued(), due.due(), due.lines(), due.taxPercent(),
        InvoiceStatus.PAID);
    assertEquals(Set.of("invoice.reopen"), actionNames(checked(InvoiceSurface.of(paid), InvoiceHandlers.class)));
    JsonNode reminded = checked(InvoiceSurface.of(due, "Reminder sent."), InvoiceHandlers.class);
    assertTrue(reminded.toString().contains("\"Reminder sent.\""), reminded.toString());
  }

  @Test
  void theProfileSurfaceBindsTheProfileAndTheComposerAndFiresTheProfileActions() throws Exception {
    Profile profile = new ProfileHandlers().profile();
    JsonNode plain = checked(ProfileSurface.of(profile), ProfileHandlers.class);
    assertEquals(new TreeSet<>(List.of("profile.follow", "profile.message")), actionNames(plain));
    assertTrue(paths(plain).containsAll(List.of("/profile/name", "/profile/avatar", "/profile/followers",
        "/profile/skills/3")), paths(plain).toString());

    JsonNode composing = checked(ProfileSurface.composing(profile), ProfileHandlers.class);
    assertEquals(new TreeSet<>(List.of("profile.follow", "profile.message", "profile.send")), actionNames(composing));
    assertEquals(RunningGallery.MAPPER.readTree("{\"text\": {\"path\": \"/draft/text\"}}"),
        action(composing, "profile.send").get("context"));
    assertEquals("/draft/text", component(composing, "TextField").at("/value/path").asText());

    JsonNode sent = checked(ProfileSurface.sent(profile, new DirectMessage(" Hello Ada ")), ProfileHandlers.class);
    assertTrue(sent.toString().contains("\"“Hello Ada”\""), sent.toString());
    assertFalse(actionNames(sent).contains("profile.send"), "the composer is gone");
  }

  /**
   * The surface's messages as JSON, once they validate (by A2ui.validate and by the official
   * schema), read back the same, bind only to values the data model has, and fire only actions
   * {@code handlers} answer.
   */
  private static JsonNode checked(Surface surface, Class<?> handlers) throws Exception {
    assertEquals(List.of(), A2ui.validate(surface.messages()), surface.surfaceId());
    String json = A2ui.toJsonArray(surface.messages());
    JsonNode messages = RunningGallery.MAPPER.readTree(json);
    assertEquals(List.of(), OfficialA2uiSchema.problems(messages), surface.surfaceId() + ": " + json);
    assertEquals(messages, RunningGallery.MAPPER.readTree(A2ui.toJsonArray(A2ui.parseMessages(json))));
    assertEquals(3, messages.size(), "createSurface, updateComponents, updateDataModel");
    assertEquals("/", messages.at("/2/updateDataModel/path").asText("/"), "the whole model");
    JsonNode model = messages.at("/2/updateDataModel/value");
    List<String> paths = paths(messages);
    assertFalse(paths.isEmpty(), "the surface binds to its data model");
    for (String path : paths) {
      assertTrue(path.startsWith("/"), path + ": no template here, so every path is absolute");
      JsonNode value = model.at(path);
      assertFalse(value.isMissingNode() || value.isNull(), path + " is not in the data model " + model);
    }
    Set<String> answered = ActionDispatcher.of(handlers.getConstructor().newInstance()).actionTypes();
    assertTrue(answered.containsAll(actionNames(messages)), actionNames(messages) + " are not all in " + answered);
    return messages;
  }

  /** Every path the components bind to: {@code {"path"}} values and {@code ${/path}} in templates. */
  private static List<String> paths(JsonNode messages) {
    List<String> paths = new ArrayList<>();
    collectPaths(messages.at("/1/updateComponents/components"), paths);
    return paths;
  }

  private static void collectPaths(JsonNode node, List<String> paths) {
    if (node.isObject() && node.has("path") && node.get("path").isTextual() && node.size() == 1) {
      paths.add(node.get("path").asText());
    } else if (node.isTextual()) {
      Matcher matcher = TEMPLATE_PATH.matcher(node.asText());
      while (matcher.find()) {
        paths.add(matcher.group(1));
      }
    }
    node.forEach(child -> collectPaths(child, paths));
  }

  private static TreeSet<String> actionNames(JsonNode messages) {
    TreeSet<String> names = new TreeSet<>();
    for (JsonNode component : messages.at("/1/updateComponents/components")) {
      JsonNode name = component.at("/action/event/name");
      if (!name.isMissingNode()) {
        names.add(name.asText());
      }
    }
    return names;
  }

  /** The event of the first component that fires {@code name}. */
  private static JsonNode action(JsonNode messages, String name) {
    for (JsonNode component : messages.at("/1/updateComponents/components")) {
      if (component.at("/action/event/name").asText().equals(name)) {
        return component.at("/action/event");
      }
    }
    throw new AssertionError("no component fires " + name);
  }

  private static JsonNode component(JsonNode messages, String type) {
    for (JsonNode component : messages.at("/1/updateComponents/components")) {
      if (component.get("component").asText().equals(type)) {
        return component;
      }
    }
    throw new AssertionError("no " + type + " on the surface");
  }
}
