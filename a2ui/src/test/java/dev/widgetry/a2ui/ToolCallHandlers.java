package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.annotations.OnAction;
import java.util.List;

/** Handlers a model calls as tools, one for each kind of server messages a handler may return. */
public class ToolCallHandlers {

  @OnAction("greet.answer")
  public A2uiAnswer answer() {
    return new A2uiAnswer(List.of(UpdateDataModel.at("welcome", new StringPath("/greeting"), "Hello Ada"),
        new DeleteSurface("old")));
  }

  @OnAction("greet.surface")
  public Surface surface() {
    return Surface.builder("welcome").root(Text.of("Hello Ada")).build();
  }

  @OnAction("greet.list")
  public List<ServerMessage> list() {
    return List.of(new DeleteSurface("old"), new DeleteSurface("older"));
  }
}
