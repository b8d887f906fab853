package dev.widgetry.tests.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.tools.JavaFileObject;

/** What a compile-testing compilation wrote to its class output, put where a class loader can find it. */
final class CompiledOutput {
  private CompiledOutput() {}

  /** Writes the compilation's class files and resources into a directory, as a jar would hold them. */
  static void writeTo(Compilation compilation, Path directory) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.SOURCE) {
        continue;
      }
      String name = file.toUri().getPath();
      String relative = name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      Path target = directory.resolve(relative);
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
