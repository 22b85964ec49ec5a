package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;

/** Localised type tags: {@code <PERSON>} in English text, {@code [姓名]} in Chinese text. */
final class Tags {

  private Tags() {
  }

  static String tag(EntityType type, Language language, String suffix) {
    if (language == Language.ZH) {
      return "[" + type.chineseTag() + suffix + "]";
    }
    return "<" + type.name() + suffix + ">";
  }

  static String tag(EntityType type, Language language) {
    return tag(type, language, "");
  }
}
