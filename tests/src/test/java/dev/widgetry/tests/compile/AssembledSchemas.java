package dev.widgetry.tests.compile;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.widgetry.runtime.internal.SchemaAssembly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The schema documents users get: assembled by the runtime from the parts the processor wrote (one
 * {@code <Type>.schema.json} a widget), as a codec's {@code schema()} assembles them from the class path.
 */
final class AssembledSchemas {
  private AssembledSchemas() {}

  /**
   * The document of the widget whose part is {@code path} ({@code shop/Product.schema.json}), its
   * parts read from the compilations' output, the first that has each.
   */
  static String of(String path, Compilation... compilations) {
    String id = path.substring(0, path.length() - ".schema.json".length());
    int slash = id.lastIndexOf('/');
    String rootId = id.substring(0, slash).replace('/', '.') + id.substring(slash);
    return SchemaAssembly.document(rootId, part -> text(part, compilations));
  }

  private static String text(String id, Compilation... compilations) {
    int slash = id.indexOf('/');
    for (Compilation compilation : compilations) {
      Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, id.substring(0, slash),
          id.substring(slash + 1) + ".schema.json");
      if (file.isPresent()) {
        try {
          return file.get().getCharContent(true).toString();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return fail("no compilation wrote the schema part of " + id);
  }
}
