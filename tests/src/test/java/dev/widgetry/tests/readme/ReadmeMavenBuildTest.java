package dev.widgetry.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start as a user's own Maven project: its pom snippet around its Java snippets
 * (the scaffolds under {@code tests/src/test/readme/maven}), built by a real Maven run, offline,
 * then run. The reactor's artifacts come from a {@link StagedRepository}; everything else (plugins,
 * Jackson, JavaPoet) from the local repository this build uses, read as a file-based mirror, so
 * nothing is written there. A pom whose compiler plugin ignores the processor path leaves a green
 * build with nothing generated: this test fails then, on the missing codec.
 */
class ReadmeMavenBuildTest {
  private static final Path ROOT = Readme.PATH.toAbsolutePath().normalize().getParent();
  private static final String MAIN = "weather.QuickStart";

  @TempDir Path work;

  @Test
  void theQuickStartBuildsWithMavenAndRunsAsTheReadmeShows() throws Exception {
    Readme readme = Readme.read();
    Path project = work.resolve("project");
    for (Scaffolds.AssembledFile file : Scaffolds.assemble(Scaffolds.ROOT.resolve("maven"), readme, new HashSet<>())) {
      Path target = project.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.text(), StandardCharsets.UTF_8);
    }
    Path repository = work.resolve("repository");
    List<String> staged = StagedRepository.stage(ROOT, repository);
    for (String wanted : Poms.read(project.resolve("pom.xml")).coordinatesOfGroup("dev.widgetry")) {
      assertTrue(staged.contains(wanted), "README's pom names " + wanted + ", but the reactor offers " + staged
          + ": a module a README snippet uses must be a dependency of tests/ (so the reactor builds it first),"
          + " and the README must name the reactor's version");
    }

    Poms reactor = Poms.read(ROOT.resolve("pom.xml"));
    Path log = work.resolve("maven.log");
    List<String> command = List.of(maven(), "-B", "-q", "-ntp",
        "--offline", "-Daether.offline.protocols=file",   // offline, but for the file-based mirror
        "-s", settings().toString(),
        "-Dmaven.repo.local=" + repository,
        "-Dreactor.resources.version=" + reactor.managedPluginVersion("maven-resources-plugin"),
        "compile");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // A build this short spends most of its CPU time in the JIT's optimizing compiler; without it,
    // and with the serial collector, it takes less than half the CPU time.
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Process maven = builder.start();
    if (!maven.waitFor(5, TimeUnit.MINUTES)) {
      maven.destroyForcibly();
      fail("Maven did not finish in 5 minutes:\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, maven.exitValue(), String.join(" ", command) + "\nfailed:\n" + output);

    assertTrue(Files.exists(project.resolve("target/generated-sources/annotations/weather/WeatherDataWidgetCodec.java")),
        "the build passed and generated no codec: the processor did not run\n" + output);
    Map<String, String> shown = run(project.resolve("target/classes"));
    assertEquals(List.of("quick-start/json", "quick-start/schema"), List.copyOf(shown.keySet()));
    List<String> mismatches = new ArrayList<>();
    shown.forEach((id, text) -> {
      ReadmeBlock block = readme.block(id).orElseThrow();
      Outputs.mismatch(block, text).ifPresent(why -> mismatches.add(block.where() + ": " + why));
    });
    assertEquals(List.of(), mismatches);
  }

  /**
   * Runs the classes Maven built on the runtime this test runs on (the same code Maven compiled
   * against): the codecs and the registry are found through what Maven generated, or not at all.
   */
  @SuppressWarnings("unchecked") // the scaffold's run() returns a Map<String, String>
  private static Map<String, String> run(Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeMavenBuildTest.class.getClassLoader())) {
      return (Map<String, String>) loader.loadClass(MAIN).getMethod("run").invoke(null);
    }
  }

  /** Every repository mirrored by the local one, read as a remote: no network, and nothing written there. */
  private Path settings() throws IOException {
    Path local = Paths.get(System.getProperty("widgetry.maven.repository",
        System.getProperty("user.home") + File.separator + ".m2" + File.separator + "repository"));
    String repository = """
              <id>central</id>
              <url>file:///unused</url>
              <releases><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """;
    Path settings = work.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <mirrors>
            <mirror>
              <id>build-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
          <!-- A local repository often holds files without their checksums: do not ask for them. -->
          <profiles>
            <profile>
              <id>no-checksums</id>
              <repositories><repository>%s</repository></repositories>
              <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>no-checksums</activeProfile></activeProfiles>
        </settings>
        """.formatted(local.toUri(), repository, repository));
    return settings;
  }

  private static String maven() {
    String home = System.getProperty("maven.home");
    String executable = File.separatorChar == '\\' ? "mvn.cmd" : "mvn";
    return home == null ? executable : Paths.get(home, "bin", executable).toString();
  }
}
