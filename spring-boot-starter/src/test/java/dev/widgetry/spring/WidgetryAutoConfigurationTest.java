package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.spring.fixtures.NoteHandlers;
import dev.widgetry.spring.fixtures.OrderedMiddleware;
import dev.widgetry.spring.fixtures.OtherHandlers;
import dev.widgetry.spring.jackson.WidgetryJackson2Module;
import dev.widgetry.spring.jackson.WidgetryJacksonModule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** What the starter puts in a context, and what it leaves out, property by property. */
class WidgetryAutoConfigurationTest {
  private static final AutoConfigurations WIDGETRY = AutoConfigurations.of(
      WidgetryActionsAutoConfiguration.class, WidgetryEndpointsAutoConfiguration.class,
      WidgetryHttpMessageConverterAutoConfiguration.class, WidgetryJacksonAutoConfiguration.class);

  private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(WIDGETRY);

  @Test
  void anApplicationWithoutHandlersGetsNoDispatcherAndServesNothing() {
    web.run(context -> {
      assertThat(context).hasNotFailed()
          .doesNotHaveBean(ActionDispatcher.class)
          .doesNotHaveBean(RequestHandlerRegistration.class);
      assertThat(mapping(context).getHandlerMap()).isEmpty();
    });
  }

  @Test
  void handlerBeansAreDispatchedToAndServedAtTheDefaultPath() {
    web.withBean(NoteHandlers.class).run(context -> {
      ActionDispatcher dispatcher = context.getBean(ActionDispatcher.class);
      assertThat(dispatcher.actionTypes()).containsExactlyInAnyOrder("note.add", "note.later", "context.show");
      assertThat(dispatcher.maxBodyBytes()).isEqualTo(1024 * 1024);
      assertThat(context.getBean(RequestHandlerRegistration.class))
          .isEqualTo(new RequestHandlerRegistration("/api/widget-action", dispatcher));
      assertThat(mapping(context).getHandlerMap()).containsOnlyKeys("/api/widget-action");
    });
  }

  @Test
  void theDispatcherCallsTheBeanItself() {
    web.withBean(NoteHandlers.class).run(context -> {
      ActionResponse response = context.getBean(ActionDispatcher.class)
          .handle("{\"action\":{\"type\":\"note.add\",\"payload\":{\"text\":\"tea\",\"size\":1}}}", ActionContext.empty());
      assertThat(response.status()).isEqualTo(200);
      assertThat(context.getBean(NoteHandlers.class).notes).containsExactly("tea");
    });
  }

  @Test
  void propertiesSetThePathTheBodyLimitAndTheHandlerTimeout() {
    web.withBean(NoteHandlers.class)
        .withPropertyValues("widgetry.actions.path=/actions", "widgetry.actions.max-body-size=2KB",
            "widgetry.actions.handler-timeout=50ms")
        .run(context -> {
          ActionDispatcher dispatcher = context.getBean(ActionDispatcher.class);
          assertThat(context.getBean(RequestHandlerRegistration.class).path()).isEqualTo("/actions");
          assertThat(dispatcher.maxBodyBytes()).isEqualTo(2048);
          // note.later's stage is never completed: only the timeout answers it.
          ActionResponse late = dispatcher.handle("{\"action\":{\"type\":\"note.later\"}}", ActionContext.empty());
          assertThat(late.errorCode()).contains("handler_failed");
          assertThat(late.bodyText()).contains("did not answer in time");
        });
  }

  @Test
  void actionsCanBeSwitchedOff() {
    web.withBean(NoteHandlers.class).withPropertyValues("widgetry.actions.enabled=false").run(context -> {
      assertThat(context).hasNotFailed()
          .doesNotHaveBean(ActionDispatcher.class)
          .doesNotHaveBean(RequestHandlerRegistration.class);
      assertThat(mapping(context).getHandlerMap()).isEmpty();
    });
  }

  @Test
  void anApplicationsOwnDispatcherIsServedAndNoneIsMadeBesideIt() {
    ActionDispatcher own = ActionDispatcher.of(new OtherHandlers());
    web.withBean(NoteHandlers.class).withBean("ownDispatcher", ActionDispatcher.class, () -> own).run(context -> {
      assertThat(context).getBean(ActionDispatcher.class).isSameAs(own);
      assertThat(context.getBean(RequestHandlerRegistration.class).handler()).isSameAs(own);
    });
  }

  @Test
  void twoBeansOfOneHandlerClassStopTheApplication() {
    web.withBean("notes", NoteHandlers.class).withBean("moreNotes", NoteHandlers.class).run(context ->
        assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("The beans [notes, moreNotes] cannot share one action dispatcher: Action type \"")
            .hasStackTraceContaining("\" is handled twice"));
  }

  @Test
  void twoRegistrationsOfOnePathStopTheApplication() {
    web.withBean(NoteHandlers.class)
        .withBean("other", RequestHandlerRegistration.class,
            () -> new RequestHandlerRegistration("/api/widget-action", ActionDispatcher.of(new OtherHandlers())))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("Two RequestHandlerRegistration beans claim the path /api/widget-action"));
  }

  @Test
  void aBodyLimitAJavaArrayCannotHoldIsRefusedAtStartUp() {
    web.withBean(NoteHandlers.class).withPropertyValues("widgetry.actions.max-body-size=3GB").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("widgetry.actions.max-body-size must be more than 0 bytes and at most 2GB, was 3221225472B"));
  }

  @Test
  void middlewareBeansRunInTheirOrderWhateverTheOrderTheyAreDeclaredIn() {
    web.withBean(NoteHandlers.class).withUserConfiguration(OrderedMiddleware.class).run(context -> {
      ActionResponse response = context.getBean(ActionDispatcher.class)
          .handle("{\"action\":{\"type\":\"note.add\",\"payload\":{\"text\":\"tea\",\"size\":1}}}", ActionContext.empty());
      assertThat(response.bodyText()).contains("\"value\":\"tea, first, second\"");
    });
  }

  @Test
  void withoutAServletWebApplicationTheDispatcherIsMadeButNothingIsServed() {
    new ApplicationContextRunner().withConfiguration(WIDGETRY).withBean(NoteHandlers.class).run(context ->
        assertThat(context).hasNotFailed()
            .hasSingleBean(ActionDispatcher.class)
            .doesNotHaveBean(RequestHandlerRegistration.class)
            .doesNotHaveBean("widgetryHandlerMapping"));
  }

  @Test
  void theConverterAndTheJacksonModulesAreOnByDefaultAndEachCanBeSwitchedOff() {
    web.run(context -> assertThat(context)
        .hasSingleBean(WidgetHttpMessageConverter.class)
        .hasSingleBean(A2uiHttpMessageConverter.class)
        .hasSingleBean(WidgetryJacksonModule.class)
        .hasSingleBean(WidgetryJackson2Module.class));
    web.withPropertyValues("widgetry.http-converter.enabled=false").run(context -> assertThat(context)
        .doesNotHaveBean(WidgetHttpMessageConverter.class)
        .doesNotHaveBean(A2uiHttpMessageConverter.class)
        .hasSingleBean(WidgetryJacksonModule.class));
    web.withPropertyValues("widgetry.jackson.enabled=false").run(context -> assertThat(context)
        .hasSingleBean(WidgetHttpMessageConverter.class)
        .doesNotHaveBean(WidgetryJacksonModule.class)
        .doesNotHaveBean(WidgetryJackson2Module.class));
  }

  @Test
  void theA2uiConverterNeedsA2uiOnTheClassPath() {
    web.withClassLoader(new FilteredClassLoader("dev.widgetry.a2ui")).run(context -> assertThat(context)
        .hasSingleBean(WidgetHttpMessageConverter.class)
        .doesNotHaveBean(A2uiHttpMessageConverter.class));
  }

  private static SimpleUrlHandlerMapping mapping(org.springframework.context.ApplicationContext context) {
    return context.getBean("widgetryHandlerMapping", SimpleUrlHandlerMapping.class);
  }
}
