package dev.widgetry.samples.gallery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the A2UI page's renderer is installed: the {@code node_modules} folder named by the system
 * property {@code a2ui.modules}, else the one samples' tests install ({@code samples/target/npm},
 * looked for from the repository's root and from {@code samples/}).
 */
final class RendererFolder {
  static final String PROPERTY = "a2ui.modules";

  private RendererFolder() {}

  /** The folder, when it holds {@code @a2ui/lit}. */
  static Optional<Path> find() {
    String configured = System.getProperty(PROPERTY);
    Stream<Path> candidates = configured != null && !configured.isBlank()
        ? Stream.of(Path.of(configured))
        : Stream.of(Path.of("samples", "target", "npm", "node_modules"), Path.of("target", "npm", "node_modules"));
    return candidates.filter(folder -> Files.isDirectory(folder.resolve("@a2ui").resolve("lit"))).findFirst();
  }
}
