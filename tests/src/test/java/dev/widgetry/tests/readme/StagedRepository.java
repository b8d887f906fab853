package dev.widgetry.tests.readme;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A throwaway local Maven repository holding the reactor's own artifacts as if installed, built
 * from what this test runs against: each module of the reactor on the test class path (its
 * packaged jar, or its {@code target/classes} made into one), its pom, and the parent pom. Nothing
 * is installed into the shared local repository.
 */
final class StagedRepository {
  private StagedRepository() {}

  /**
   * Stages the reactor rooted at {@code root} into {@code repository}.
   *
   * @return the staged artifacts, {@code groupId:artifactId:version}
   */
  static List<String> stage(Path root, Path repository) throws IOException {
    Map<String, Path> staged = new TreeMap<>();
    Poms parent = Poms.read(root.resolve("pom.xml"));
    staged.put(coordinates(parent), install(repository, parent, root.resolve("pom.xml"), null));
    Path self = Paths.get("").toAbsolutePath();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Paths.get(entry).toAbsolutePath().normalize();
      Path target = path.getParent();
      if (target == null || !target.getFileName().toString().equals("target") || !path.startsWith(root)) {
        continue;
      }
      Path module = target.getParent();
      String file = path.getFileName().toString();
      boolean classes = file.equals("classes") && Files.isDirectory(path);
      // A module's test jar (the a2ui module's, which this module's tests use) is no artifact a README build needs.
      boolean jar = file.endsWith(".jar") && !file.endsWith("-tests.jar");
      if (module.equals(self) || !(classes || jar) || !Files.exists(module.resolve("pom.xml"))) {
        continue;
      }
      Poms pom = Poms.read(module.resolve("pom.xml"));
      staged.put(coordinates(pom), install(repository, pom, module.resolve("pom.xml"), path));
    }
    return List.copyOf(staged.keySet());
  }

  private static String coordinates(Poms pom) {
    return pom.groupId() + ":" + pom.artifactId() + ":" + pom.version();
  }

  private static Path install(Path repository, Poms pom, Path pomFile, Path content) throws IOException {
    Path folder = repository.resolve(pom.groupId().replace('.', '/')).resolve(pom.artifactId()).resolve(pom.version());
    Files.createDirectories(folder);
    String base = pom.artifactId() + "-" + pom.version();
    Files.copy(pomFile, folder.resolve(base + ".pom"));
    if (content != null && Files.isDirectory(content)) {
      jar(content, folder.resolve(base + ".jar"));
    } else if (content != null) {
      Files.copy(content, folder.resolve(base + ".jar"));
    }
    return folder;
  }

  private static void jar(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
