package dev.widgetry.processor;

import com.palantir.javapoet.JavaFile;
import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Writes what the processor generates through the {@link Filer}, each file tied to the element it came from. */
final class Files {
  private final Filer filer;
  private final Diagnostics diagnostics;
  /** Every type generated so far, with the element it was generated for. */
  private final Map<String, Element> generated = new HashMap<>();

  Files(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes a source file for {@code origin}. Returns false, with an error on {@code origin}, when
   * another element already generated a type of that name ({@code Outer.Inner} and {@code
   * Outer_Inner} both get {@code Outer_InnerWidgetCodec}).
   */
  boolean source(JavaFile file, Element origin) {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    Element earlier = generated.putIfAbsent(name, origin);
    if (earlier != null) {
      diagnostics.error(origin, Message.GENERATED_NAME_CLASH, describe(earlier), describe(origin), name);
      return false;
    }
    write(file, name, origin);
    return true;
  }

  /** Writes a source file that aggregates many elements: the registry. */
  void aggregate(JavaFile file, Element... originatingElements) {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    write(file, name, originatingElements);
  }

  private void write(JavaFile file, String name, Element... originatingElements) {
    try {
      JavaFileObject source = filer.createSourceFile(name, originatingElements);
      try (Writer writer = source.openWriter()) {
        file.writeTo(writer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Element element) {
    return element instanceof TypeElement ? ((TypeElement) element).getQualifiedName().toString() : element.toString();
  }

  /** A resource in a widget's package, beside its class. */
  void resource(JavaName owner, String name, String content, Element... originatingElements) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, owner.packageName(), name, originatingElements);
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      throw new UncheckedIOException(e);
    }
  }
}
