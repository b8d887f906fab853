package dev.widgetry.processor;

import com.palantir.javapoet.JavaFile;
import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the processor generates through the {@link Filer}, each file tied to the element it
 * came from. A name the compilation already uses is the user's clash to fix, reported on that
 * element with the way out, never a failure of the processor.
 */
final class Files {
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final SpiImports spiImports;
  /** Every type generated so far, with the element it was generated for. */
  private final Map<String, Element> generated = new HashMap<>();
  /**
   * The top-level types of this compilation's sources, every round's: the user's, and those other
   * processors (and this one) generated. A class file from an earlier build is not among them, so
   * an incremental build still replaces the codecs it left.
   */
  private final Set<String> sourceTypes = new HashSet<>();
  /** This round wrote a {@code @Widget} type (a template's data record): the next round brings it in. */
  private boolean wroteWidget;

  Files(Filer filer, Diagnostics diagnostics, SpiImports spiImports) {
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.spiImports = spiImports;
  }

  /** Notes the types a round brings in source; call it before the round writes anything. */
  void recordSources(RoundEnvironment round) {
    wroteWidget = false;
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        sourceTypes.add(((TypeElement) root).getQualifiedName().toString());
      }
    }
  }

  /**
   * Whether a type of this name is declared in this compilation's sources by someone else than
   * this processor: the user, or another processor.
   */
  boolean takenInSources(String qualifiedName) {
    return sourceTypes.contains(qualifiedName) && !generated.containsKey(qualifiedName);
  }

  /** Whether this round wrote the source of a {@code @Widget} type, to be processed in the next round. */
  boolean wroteWidget() {
    return wroteWidget;
  }

  /** Whether this processor generated the type of this name, in this compilation. */
  boolean generatedHere(String qualifiedName) {
    return generated.containsKey(qualifiedName);
  }

  /**
   * Writes a source file for {@code origin}. Returns false, with an error on {@code origin}, when
   * the name is taken: by a type in the compilation, or by another element that already generated
   * a type of that name ({@code Outer.Inner} and {@code Outer_Inner} both get {@code
   * Outer_InnerWidgetCodec}).
   */
  boolean source(JavaFile file, Element origin, Purpose purpose) {
    String name = qualifiedName(file);
    Element earlier = generated.get(name);
    if (earlier != null) {
      diagnostics.error(origin, Message.GENERATED_NAME_CLASH, describe(earlier), describe(origin), name);
      return false;
    }
    if (takenInSources(name)) {
      diagnostics.error(origin, Message.GENERATED_TYPE_TAKEN, name, purpose.role(), name, purpose.otherFix());
      return false;
    }
    generated.put(name, origin);
    wroteWidget |= file.typeSpec().annotations().stream()
        .anyMatch(annotation -> annotation.type().toString().equals(Annotations.WIDGET));
    return write(file, name, purpose, origin, origin);
  }

  /**
   * Writes a source file that aggregates many elements: the registry. Problems are reported without
   * an element, since no one element caused them.
   */
  boolean aggregate(JavaFile file, Purpose purpose, Element... originatingElements) {
    return write(file, qualifiedName(file), purpose, null, originatingElements);
  }

  private boolean write(JavaFile file, String name, Purpose purpose, Element reportOn, Element... originatingElements) {
    try {
      JavaFileObject source = filer.createSourceFile(name, originatingElements);
      try (Writer writer = source.openWriter()) {
        // Formatted into memory first: JavaPoet writes a token at a time, and each write to the
        // Filer's writer goes through its encoder.
        writer.write(spiImports.collapse(file.packageName(), file.toString()));
      }
      return true;
    } catch (FilerException e) {
      // The Filer refuses a name that a source or another processor already gave this compilation.
      report(reportOn, Message.GENERATED_TYPE_REFUSED, name, purpose.role(), e.getMessage(), purpose.otherFix());
    } catch (IOException e) {
      report(reportOn, Message.WRITE_FAILED, name, e);
    }
    return false;
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  private static String describe(Element element) {
    return element instanceof TypeElement ? ((TypeElement) element).getQualifiedName().toString() : element.toString();
  }

  /** A resource in a widget's package, beside its class. */
  void resource(JavaName owner, String name, String content, Element origin) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, owner.packageName(), name, origin);
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
    } catch (IOException e) {
      report(origin, Message.WRITE_FAILED, owner.packageName().replace('.', '/') + "/" + name, e);
    }
  }

  /** The lines of a resource an earlier build left in the class output, or none. */
  List<String> existingLines(String path) {
    List<String> lines = new ArrayList<>();
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (Reader reader = existing.openReader(true); BufferedReader buffered = new BufferedReader(reader)) {
        for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
          lines.add(line);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No earlier build output: nothing to keep.
    }
    return lines;
  }

  /** A resource at the root of the class output, such as a service file; problems have no element. */
  void rootResource(String path, List<String> lines, Element... originatingElements) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originatingElements);
      try (Writer writer = resource.openWriter()) {
        for (String line : lines) {
          writer.write(line);
          writer.write('\n');
        }
      }
    } catch (IOException e) {
      report(null, Message.WRITE_FAILED, path, e);
    }
  }

  private void report(Element element, Message message, Object... args) {
    if (element == null) {
      diagnostics.error(message, args);
    } else {
      diagnostics.error(element, message, args);
    }
  }
}
