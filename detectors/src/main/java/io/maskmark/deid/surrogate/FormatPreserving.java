package io.maskmark.deid.surrogate;

import io.maskmark.deid.values.FakerLists;
import io.maskmark.detect.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Character-class-preserving substitution, the fallback surrogate for identifiers. */
final class FormatPreserving {

  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";

  private FormatPreserving() {
  }

  /**
   * Replaces each ASCII digit with a random digit, each letter with a random letter of the same
   * case, each Han character with a random name character; keeps the first {@code keep} code
   * points and everything else (separators, punctuation).
   */
  static String replace(String v, int keep, Random rnd) {
    StringBuilder sb = new StringBuilder(v.length());
    int k = 0;
    for (int i = 0; i < v.length(); k++) {
      int cp = v.codePointAt(i);
      i += Character.charCount(cp);
      if (k < keep) {
        sb.appendCodePoint(cp);
      } else if (cp >= '0' && cp <= '9') {
        sb.append(pick(DIGITS, rnd));
      } else if (cp >= 'A' && cp <= 'Z') {
        sb.append(pick(UPPER, rnd));
      } else if (cp >= 'a' && cp <= 'z') {
        sb.append(pick(LOWER, rnd));
      } else if (Language.isHan(cp)) {
        sb.append(pick(hanPool(), rnd));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** Number of leading ASCII letters (a document-type prefix such as E, G, H, M, AB). */
  static int leadingLetters(String v) {
    int i = 0;
    while (i < v.length() && i < 2 && Character.isLetter(v.charAt(i)) && v.charAt(i) < 128) {
      i++;
    }
    return i;
  }

  /**
   * Writes {@code chars} into the letter/digit positions of {@code original}, keeping its
   * separators: {@code 6222 0212 3456 7890} stays grouped in fours.
   */
  static String reformat(String original, String chars) {
    StringBuilder sb = new StringBuilder(original.length());
    int j = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isLetterOrDigit(c) && j < chars.length()) {
        char n = chars.charAt(j++);
        sb.append(Character.isLowerCase(c) ? Character.toLowerCase(n) : n);
      } else if (Character.isLetterOrDigit(c)) {
        continue; // the new value is shorter (never for same-length generators)
      } else {
        sb.append(c);
      }
    }
    sb.append(chars, j, chars.length());
    return sb.toString();
  }

  /** The letters and digits of {@code v}, upper-cased. */
  static String alnum(String v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  static String digits(int n, Random rnd) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(pick(DIGITS, rnd));
    }
    return sb.toString();
  }

  static char pick(String alphabet, Random rnd) {
    return alphabet.charAt(rnd.nextInt(alphabet.length()));
  }

  static <T> T pick(List<T> list, Random rnd) {
    return list.get(rnd.nextInt(list.size()));
  }

  /** Han characters used in given names: a natural pool for replacing Han text. */
  static String hanPool() {
    return HanPool.POOL;
  }

  private static final class HanPool {
    static final String POOL = build();

    private static String build() {
      FakerLists l = FakerLists.get();
      Set<String> chars = new LinkedHashSet<>();
      List<String> names = new ArrayList<>(l.zhGivenNames1);
      names.addAll(l.zhGivenNames2);
      for (String n : names) {
        n.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
      }
      return String.join("", chars);
    }
  }
}
