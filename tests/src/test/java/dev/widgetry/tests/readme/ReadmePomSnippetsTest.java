package dev.widgetry.tests.readme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's pom fragments other than the Quick start's (which {@link ReadmeMavenBuildTest} builds):
 * each scaffold under {@code tests/src/test/readme/poms} is a user's pom around one. It must be a
 * well-formed pom, and every Widgetry artifact it names must be one the reactor builds, at the
 * reactor's version.
 */
class ReadmePomSnippetsTest {
  private static final Path ROOT = Readme.PATH.toAbsolutePath().normalize().getParent();

  @TempDir Path work;

  @Test
  void everyWidgetryArtifactAPomSnippetNamesIsTheReactors() throws Exception {
    List<String> reactor = StagedRepository.stage(ROOT, work.resolve("repository"));
    List<Scaffolds.AssembledFile> poms = Scaffolds.assemble(Scaffolds.ROOT.resolve("poms"), Readme.read(), new HashSet<>());
    assertFalse(poms.isEmpty(), "no scaffold under " + Scaffolds.ROOT.resolve("poms"));
    for (Scaffolds.AssembledFile file : poms) {
      Path pom = work.resolve(file.path().getFileName());
      Files.writeString(pom, file.text(), StandardCharsets.UTF_8);
      List<String> named = Poms.read(pom).coordinatesOfGroup("dev.widgetry");
      assertFalse(named.isEmpty(), file.path() + " holds no Widgetry artifact");
      for (String wanted : named) {
        assertTrue(reactor.contains(wanted), "README's " + file.path() + " names " + wanted + ", but the reactor offers "
            + reactor + ": a module a README snippet uses must be a dependency of tests/, and the README must name the"
            + " reactor's version");
      }
    }
  }
}
