package dev.widgetry.processor;

import com.google.auto.service.AutoService;
import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.TemplateStage;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Widgetry's annotation processor: {@code @Widget} types become codecs, schemas and builders
 * ({@link WidgetStage}); classes with {@code @OnAction} methods get an actions class
 * ({@link HandlerStage}); A2UI catalogs ({@code @A2uiCatalog} unions) get a catalog class
 * ({@link CatalogStage}); Widget Builder templates become data records and template classes
 * ({@link TemplateStage}). Every problem is reported on the element that caused it, and processing
 * goes on past it. The compilation's registry is written in the round that generated the codecs,
 * and a supplementary one in any later round that brings more (see {@link Registry}). It never
 * claims the annotations.
 */
@AutoService(Processor.class)
// "*", not just Widgetry's annotations: javac hands a processor only the files that carry its
// annotations where it can see them, and @OnAction inside a local class is not such a place; the
// processor must see every file to report it.
@SupportedAnnotationTypes("*")
@SupportedOptions({Registry.OPTION, TemplateStage.OPTION})
public final class WidgetProcessor extends AbstractProcessor {
  private Diagnostics diagnostics;
  private Files files;
  private Registry registry;
  private WidgetStage widgets;
  private HandlerStage handlers;
  private CatalogStage catalogs;
  private TemplateStage templates;
  private VersionPlacement versionPlacement;
  private JavaLangShadows shadows;
  private SpiImports spiImports;
  /** False when the processor could not start: that was reported, and it does nothing more. */
  private boolean ready;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    try {
      super.init(env);
      diagnostics = new Diagnostics(env.getMessager());
      shadows = new JavaLangShadows(env.getElementUtils());
      spiImports = new SpiImports(env.getElementUtils(), shadows);
      files = new Files(env.getFiler(), diagnostics, spiImports);
      registry = new Registry(env.getElementUtils(), diagnostics, env.getOptions().get(Registry.OPTION), shadows);
      widgets = new WidgetStage(env, diagnostics, files, registry, shadows);
      handlers = new HandlerStage(env, diagnostics, files, registry, widgets);
      catalogs = new CatalogStage(env, diagnostics, files, widgets);
      templates = new TemplateStage(env, diagnostics,
          (file, origin, role, fix) -> files.source(file, origin, new Purpose(role, fix)), widgets::model,
          shadows::in, handlers::handled);
      versionPlacement = new VersionPlacement(env, diagnostics);
      ready = true;
    } catch (Throwable e) {
      if (!Failures.recoverable(e)) {
        throw e;
      }
      if (env != null) {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.INTERNAL_ERROR.format("its start", Failures.describe(e)));
      }
    }
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!ready) {
      return false;
    }
    try {
      processRound(round);
    } catch (Throwable e) {
      if (!Failures.recoverable(e)) {
        throw e;
      }
      diagnostics.error(Message.INTERNAL_ERROR, "a round of processing", Failures.describe(e));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    if (round.processingOver()) {
      widgets.reportStillDeferred();
      handlers.reportStillDeferred();
      // javac ends processing early after an error; the build fails then, and a registry written
      // in this last round would only add a warning.
      if (registry.isPending() && !round.errorRaised()) {
        registry.write(files);
      }
      registry.writeServiceFile(files);
      return;
    }
    files.recordSources(round);
    shadows.newRound();
    spiImports.newRound(round);
    widgets.process(round);
    catalogs.process(round);
    handlers.process(round);
    templates.process(round);
    versionPlacement.check(round);
    // Written in this round, beside the codecs, rather than in a round of its own once nothing new
    // arrives: javac enters every tree again in each round. It waits while this processor knows
    // that more of its own will come: types a widget or a handler waits for, a template's data
    // record written this round. An error ends processing after this round, without a registry.
    if (registry.isPending() && widgets.idle() && handlers.idle() && !files.wroteWidget()
        && diagnostics.errorCount() == 0) {
      registry.write(files);
    }
  }
}
