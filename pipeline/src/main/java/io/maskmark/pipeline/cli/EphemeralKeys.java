package io.maskmark.pipeline.cli;

import io.maskmark.deid.keys.KeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A key ring that lives as long as this process, for commands that run without one (demo, bench):
 * pseudonyms in their output cannot be linked to any later run.
 */
final class EphemeralKeys {

  private EphemeralKeys() {
  }

  static Path file() throws IOException {
    Path dir = Files.createTempDirectory("maskmark-keys");
    Path file = dir.resolve("keys.json");
    KeyRing.generate().writeNew(file);
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return file;
  }
}
