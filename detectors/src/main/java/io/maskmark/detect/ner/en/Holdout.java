package io.maskmark.detect.ner.en;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * One tenth of the given and family names of the source lists is kept out of both the lexicon and
 * the training corpus, so that a test can measure how the name finder does on names it has never
 * seen (as most names in real text are). The split is a fixed hash of the lower-cased name.
 */
public final class Holdout {

  private Holdout() {
  }

  public static boolean isHeldOut(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10 == 3;
  }
}
