package io.maskmark.detect;

/**
 * Converts between Java's UTF-16 indices and Unicode code point offsets, which is what every
 * JSON the project emits uses (as Python and Presidio count). Characters outside the BMP, such as
 * rare Han ideographs in extension B or emoji, are two UTF-16 units but one code point.
 */
public final class CodePoints {

  private final String text;
  /** prefix[i] = number of code points in text[0, i); null when the text has no surrogates. */
  private final int[] prefix;

  private CodePoints(String text, int[] prefix) {
    this.text = text;
    this.prefix = prefix;
  }

  public static CodePoints of(String text) {
    int n = text.length();
    int firstSurrogate = -1;
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        firstSurrogate = i;
        break;
      }
    }
    if (firstSurrogate < 0) {
      return new CodePoints(text, null);
    }
    int[] prefix = new int[n + 1];
    int cp = 0;
    for (int i = 0; i < n; i++) {
      prefix[i] = cp;
      char c = text.charAt(i);
      if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cp++;
      }
    }
    prefix[n] = cp;
    return new CodePoints(text, prefix);
  }

  /** Code point offset of a UTF-16 index. */
  public int toCodePoint(int utf16Index) {
    return prefix == null ? utf16Index : prefix[utf16Index];
  }

  /** UTF-16 index of a code point offset; throws if the offset is beyond the text. */
  public int toUtf16(int codePointOffset) {
    if (prefix == null) {
      if (codePointOffset < 0 || codePointOffset > text.length()) {
        throw new IndexOutOfBoundsException("code point offset " + codePointOffset
            + " outside text of " + text.length());
      }
      return codePointOffset;
    }
    return text.offsetByCodePoints(0, codePointOffset);
  }

  public int length() {
    return toCodePoint(text.length());
  }
}
