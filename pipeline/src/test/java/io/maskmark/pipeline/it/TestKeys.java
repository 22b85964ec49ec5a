package io.maskmark.pipeline.it;

import io.maskmark.deid.keys.KeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh de-identification key ring file per test JVM, for the default keyed policy. */
final class TestKeys {

  private static Path file;

  private TestKeys() {
  }

  static synchronized Path file() {
    if (file == null) {
      try {
        Path dir = Files.createTempDirectory("maskmark-test-keys");
        file = dir.resolve("keys.json");
        KeyRing.generate().writeNew(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }
}
