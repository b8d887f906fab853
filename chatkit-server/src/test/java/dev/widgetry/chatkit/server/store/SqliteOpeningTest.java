package dev.widgetry.chatkit.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite store that cannot be opened says so with a {@link StoreException}, and leaves no file open. */
class SqliteOpeningTest {
  @TempDir Path folder;

  @Test
  void aFolderThatCannotBeMadeIsAStoreException() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("plain"), "a file, not a folder");

    assertThrows(StoreException.class, () -> SqliteStore.open(notAFolder.resolve("chat.db")));
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedAndClosed() throws IOException {
    Path garbage = Files.write(folder.resolve("chat.db"),
        "not a SQLite database, only text long enough to fill its header and more".repeat(20)
            .getBytes(StandardCharsets.UTF_8));

    assertThrows(StoreException.class, () -> SqliteStore.open(garbage));

    assertEquals(List.of(), openFilesNamed(garbage));
  }

  /** The files this process holds open that are {@code file}: Linux's /proc lists them. */
  private static List<Path> openFilesNamed(Path file) throws IOException {
    Path descriptors = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(descriptors), "no /proc/self/fd here to see which files are open");
    Path real = file.toRealPath();
    try (Stream<Path> open = Files.list(descriptors)) {
      return open.flatMap(descriptor -> {
        try {
          return Stream.of(Files.readSymbolicLink(descriptor));
        } catch (IOException | UnsupportedOperationException gone) {
          return Stream.empty();
        }
      }).filter(real::equals).toList();
    }
  }
}
