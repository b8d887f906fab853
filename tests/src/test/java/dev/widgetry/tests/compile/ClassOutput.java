package dev.widgetry.tests.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.tools.JavaFileObject;

/** A compilation's class files and resources, laid out as a jar would hold them, for a class loader of their own. */
public final class ClassOutput {
  private ClassOutput() {}

  public static void write(Compilation compilation, Path directory) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.SOURCE) {
        continue;
      }
      String name = file.toUri().getPath();
      Path target = directory.resolve(name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
