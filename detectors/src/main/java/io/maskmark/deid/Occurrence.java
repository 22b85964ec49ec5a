package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;

/**
 * One entity to transform. {@code value} is the original text and must never be logged.
 *
 * @param language {@link Language#EN} or {@link Language#ZH}: the record's language, or for mixed
 *                 and undetermined records the script of the value itself
 * @param index    1-based number of this distinct value among the record's values of its type
 */
public record Occurrence(EntityType type, String value, Language language, int index) {

  @Override
  public String toString() {
    return "Occurrence[" + type + " #" + index + "]"; // never the value
  }
}
