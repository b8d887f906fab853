package dev.widgetry.processor.template;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Finds the {@code .widget} files templates name: under the folders the processor option {@code
 * widgetry.templates} lists, under the resource folders of the project being compiled (found from
 * where the compiler writes classes: {@code target/classes} is beside {@code src/main/resources},
 * Gradle's {@code build/classes/java/main} too), and in the class output, where Maven has already
 * copied resources.
 */
final class TemplateResources {
  /** A file that was found, or the folders searched for it. */
  record Lookup(String text, Path found, List<Path> searched, IOException failure) {}

  private final Filer filer;
  private final List<Path> optionRoots;
  private List<Path> projectRoots;

  TemplateResources(Filer filer, String option) {
    this.filer = filer;
    Set<Path> roots = new LinkedHashSet<>();
    if (option != null) {
      for (String root : option.split(File.pathSeparator)) {
        if (!root.isBlank()) {
          roots.add(Paths.get(root.trim()).toAbsolutePath().normalize());
        }
      }
    }
    this.optionRoots = List.copyOf(roots);
  }

  Lookup read(String path) {
    List<Path> searched = new ArrayList<>();
    Lookup found = search(optionRoots, path, searched);
    return found != null ? found : Objects.requireNonNullElseGet(search(projectRoots(), path, searched),
        () -> new Lookup(null, null, searched, null));
  }

  private static Lookup search(List<Path> roots, String path, List<Path> searched) {
    for (Path root : roots) {
      Path file = root.resolve(path).normalize();
      searched.add(root);
      if (Files.isRegularFile(file)) {
        try {
          return new Lookup(Files.readString(file, StandardCharsets.UTF_8), file, searched, null);
        } catch (IOException e) {
          return new Lookup(null, file, searched, e);
        }
      }
    }
    return null;
  }

  /**
   * The project's resource folders and class output, found the first time a file is not in the
   * option's folders: asking the Filer where classes go is not free of effects in every compiler
   * (an in-memory one lists the answer among its outputs), so compilations that do not need it do not ask.
   */
  private List<Path> projectRoots() {
    if (projectRoots == null) {
      Set<Path> roots = new LinkedHashSet<>();
      Path classes = classOutput(filer);
      if (classes != null) {
        roots.addAll(resourceFolders(classes));
        roots.add(classes);
      }
      roots.removeAll(optionRoots);
      projectRoots = List.copyOf(roots);
    }
    return projectRoots;
  }

  /** The folder classes are written to, when it is a folder on disk. */
  private static Path classOutput(Filer filer) {
    try {
      URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "widgetry-templates.probe").toUri();
      return "file".equals(uri.getScheme()) ? Paths.get(uri).getParent() : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code src/<set>/resources} for the source set whose classes go to {@code classes}. */
  private static List<Path> resourceFolders(Path classes) {
    List<Path> folders = new ArrayList<>();
    Path parent = classes.getParent();
    String name = classes.getFileName() == null ? "" : classes.getFileName().toString();
    if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")) {
      Path project = parent.getParent();
      if (name.equals("test-classes")) {
        folders.add(project.resolve("src/test/resources"));
      }
      folders.add(project.resolve("src/main/resources"));
    }
    // Gradle: build/classes/java/<set>
    if (parent != null && parent.getParent() != null && parent.getParent().getParent() != null
        && parent.getParent().getFileName().toString().equals("classes")
        && parent.getParent().getParent().getFileName().toString().equals("build")) {
      Path project = parent.getParent().getParent().getParent();
      folders.add(project.resolve("src/" + name + "/resources"));
      if (!name.equals("main")) {
        folders.add(project.resolve("src/main/resources"));
      }
    }
    return folders;
  }
}
