package dev.widgetry.samples.a2ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The npm packages samples/npm/package-lock.json pins ({@code @a2ui/lit}, {@code
 * @ag-ui/a2ui-middleware}...), installed from the npm registry into {@code target/npm} by {@code npm
 * ci} once, and again only when the lock file changes. Without npm, the tests that need them skip
 * with a message, unless {@code WIDGETRY_NPM_REQUIRED=1} (as CI sets it) makes that a failure.
 */
public final class NpmPackages {
  public static final String REQUIRED = "WIDGETRY_NPM_REQUIRED";
  private static final Path SOURCE = Path.of("npm");
  private static final Path TARGET = Path.of("target", "npm");
  private static final long INSTALL_MINUTES = 10;

  private static Path installed;
  private static String unavailable;

  private NpmPackages() {}

  /** The installed {@code node_modules} folder, or empty with {@link #whyNot()} saying why. */
  public static synchronized Optional<Path> install() {
    if (installed == null && unavailable == null) {
      try {
        installed = installNow();
      } catch (IOException e) {
        unavailable = "npm ci failed: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unavailable = "interrupted while npm ci ran";
      }
    }
    return Optional.ofNullable(installed);
  }

  /** Why {@link #install()} found nothing: no npm, or npm failed. */
  public static synchronized String whyNot() {
    return unavailable;
  }

  /** The first of {@code names} found on the PATH. */
  public static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    return path == null ? Optional.empty() : Arrays.stream(path.split(java.io.File.pathSeparator))
        .map(folder -> Path.of(folder, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Path installNow() throws IOException, InterruptedException {
    Optional<Path> npm = onPath("npm");
    if (npm.isEmpty()) {
      unavailable = "No npm on the PATH to install @a2ui/lit and @ag-ui/a2ui-middleware with. Install the Debian"
          + " packages nodejs and npm.";
      return null;
    }
    Files.createDirectories(TARGET);
    Path lock = TARGET.resolve("package-lock.json");
    Path modules = TARGET.resolve("node_modules");
    boolean current = Files.exists(modules.resolve(".package-lock.json")) && Files.exists(lock)
        && Files.exists(TARGET.resolve("package.json"))
        && Files.mismatch(lock, SOURCE.resolve("package-lock.json")) == -1
        && Files.mismatch(TARGET.resolve("package.json"), SOURCE.resolve("package.json")) == -1;
    if (current) {
      return modules;
    }
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(SOURCE.resolve(file), TARGET.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path log = TARGET.resolve("npm-ci.log");
    Process process = new ProcessBuilder(npm.get().toString(), "ci", "--no-audit", "--no-fund", "--ignore-scripts")
        .directory(TARGET.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("it ran for more than " + INSTALL_MINUTES + " minutes; its output is in " + log.toAbsolutePath());
    }
    if (process.exitValue() != 0) {
      String output;
      try (Stream<String> lines = Files.lines(log)) {
        output = String.join("\n", lines.toList());
      }
      throw new IOException("exit status " + process.exitValue() + ":\n" + output);
    }
    return modules;
  }
}
