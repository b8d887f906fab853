package dev.widgetry.tests.compile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** This JVM's class path without the ChatKit module, as an application of another protocol's module has it. */
public final class ClassPathWithoutChatKit {
  private static final String CHATKIT = "dev/widgetry/chatkit/";

  private ClassPathWithoutChatKit() {}

  /**
   * This JVM's class path, each entry that holds {@code dev.widgetry.chatkit} replaced by a copy
   * without it, made under {@code copies}.
   *
   * @throws IllegalStateException when no entry holds it: a test using it would prove nothing
   */
  public static List<File> of(Path copies) throws IOException {
    List<File> classpath = new ArrayList<>();
    boolean removed = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!holdsChatKit(path)) {
        classpath.add(path.toFile());
        continue;
      }
      Path copy = copies.resolve(String.valueOf(classpath.size()));
      if (Files.isDirectory(path)) {
        copyWithoutChatKit(path, copy);
      } else {
        try (FileSystem jar = openJar(path)) {
          copyWithoutChatKit(jar.getPath("/"), copy);
        }
      }
      classpath.add(copy.toFile());
      removed = true;
    }
    if (!removed) {
      throw new IllegalStateException("no class path entry holds " + CHATKIT + ": this test would prove nothing");
    }
    return classpath;
  }

  /**
   * This JVM's class path without the entries that hold {@code dev.widgetry.chatkit}: the ChatKit
   * modules dropped whole, their service registrations too, as an application that does not depend
   * on them has its class path.
   */
  public static List<File> withoutModules() throws IOException {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!holdsChatKit(path)) {
        classpath.add(path.toFile());
      }
    }
    return classpath;
  }

  /** Whether a class path entry, a directory or a jar, holds {@code dev.widgetry.chatkit}. */
  private static boolean holdsChatKit(Path entry) throws IOException {
    if (Files.isDirectory(entry)) {
      return Files.isDirectory(entry.resolve(CHATKIT));
    }
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return false;
    }
    try (FileSystem jar = openJar(entry)) {
      return Files.isDirectory(jar.getPath("/").resolve(CHATKIT));
    }
  }

  private static FileSystem openJar(Path jar) throws IOException {
    return FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
  }

  private static void copyWithoutChatKit(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        String relative = from.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(CHATKIT)) {
          return;
        }
        try {
          Path target = to.resolve(relative);
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
