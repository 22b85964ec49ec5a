package io.maskmark.detect;

import java.util.Locale;

/**
 * Language of a record, decided by Unicode script rather than a statistical detector: OpenNLP's
 * language detector is unreliable on short strings, while the Han/Latin split is exactly what the
 * engines need for routing.
 */
public enum Language {
  EN("en"), ZH("zh"), MIXED("mixed"), UNDETERMINED("und");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Language parse(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    if (c.startsWith("zh")) {
      return ZH;
    }
    if (c.startsWith("en")) {
      return EN;
    }
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unsupported language '" + code + "' (use en, zh or mixed)");
  }

  /**
   * Counts Han characters against Latin words (one Chinese character carries about as much as one
   * English word). A side with under 15% of the units does not make the text mixed.
   */
  public static Language detect(CharSequence text) {
    int han = 0;
    int latinWords = 0;
    int runStart = -1;
    int n = text.length();
    for (int i = 0; i <= n; ) {
      int cp = i < n ? Character.codePointAt(text, i) : ' ';
      boolean latin = i < n && cp < 0x250 && Character.isLetter(cp);
      if (latin && runStart < 0) {
        runStart = i;
      } else if (!latin && runStart >= 0) {
        if (i - runStart >= 2 && isWord(text, runStart, i)) {
          latinWords++;
        }
        runStart = -1;
      }
      if (i < n && isHan(cp)) {
        han++;
      }
      i += i < n ? Character.charCount(cp) : 1;
    }
    int total = han + latinWords;
    if (total == 0) {
      return UNDETERMINED;
    }
    if (han <= 0.15 * total) {
      return EN;
    }
    if (latinWords <= 0.15 * total) {
      return ZH;
    }
    return MIXED;
  }

  /** A letter run glued to an e-mail, URL or code ({@code zhang@example.com}) is not prose. */
  private static boolean isWord(CharSequence text, int start, int end) {
    return !(start > 0 && glue(text.charAt(start - 1))) && !(end < text.length() && glue(text.charAt(end)));
  }

  private static boolean glue(char c) {
    return c == '@' || c == '.' || c == '/' || c == ':' || c == '_' || c == '=' || (c >= '0' && c <= '9');
  }

  public static boolean isHan(int codePoint) {
    if (codePoint < 0x2E80) {
      return false; // below the CJK radicals: Latin, Greek, Cyrillic, punctuation...
    }
    if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) {
      return true; // CJK Unified Ideographs as of Unicode 13 (JDK 17): most of any Chinese text
    }
    if (codePoint >= 0x3000 && codePoint <= 0x303F) { // CJK punctuation: 。、「」 and a few Han marks
      return codePoint == 0x3005 || codePoint == 0x3007 || (codePoint >= 0x3021 && codePoint <= 0x3029)
          || (codePoint >= 0x3038 && codePoint <= 0x303B);
    }
    if (codePoint >= 0xFF00 && codePoint <= 0xFFEF) {
      return false; // full-width and half-width forms: ，：（） and full-width digits
    }
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
