package io.maskmark.detect.pattern;

import java.util.List;
import java.util.Locale;

/**
 * The context words of a rule, found around a candidate. Latin words match case-insensitively
 * and only at the start of a word ({@code tel} is not found in {@code hotel}); words of up to
 * three letters must also end there. Han words match anywhere, as Chinese has no spaces.
 *
 * <p>Each window position is first tested against a bit set of the words' last (or first)
 * characters, so most positions cost one look-up.
 */
final class ContextWords {

  /** How far before a candidate a context word may end, in characters. */
  static final int BEFORE = 32;
  /** How far after a candidate a context word may start (labels such as "... mobile", "(fax)"). */
  static final int AFTER = 16;
  /** How close before a candidate a negative label must end to veto it. */
  static final int VETO_WINDOW = 12;
  /** Length of the longest negative label. */
  private static final int LONGEST_NEGATIVE = 11;

  /**
   * Labels of numbers that are not personal identifiers but share their shape: order, tracking,
   * transaction and invoice numbers, timestamps, product codes, versions.
   */
  static final ContextWords NEGATIVE = new ContextWords(List.of(
      "订单", "单号", "运单", "快递", "物流", "流水", "交易号", "工单", "批次", "发票", "时间戳", "型号",
      "货号", "版本", "order", "tracking", "invoice", "transaction", "txn", "ref", "reference",
      "ticket", "timestamp", "sku", "serial", "shipment", "parcel", "version", "build"));

  private final String[] words;
  /** Bit sets over all UTF-16 units: last and first characters of the words. */
  private final long[] lastChars = new long[1024];
  private final long[] firstChars = new long[1024];

  ContextWords(List<String> words) {
    this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    for (String w : this.words) {
      set(lastChars, w.charAt(w.length() - 1));
      set(firstChars, w.charAt(0));
    }
  }

  static void set(long[] bits, char c) {
    bits[c >>> 6] |= 1L << (c & 63);
  }

  static boolean has(long[] bits, char c) {
    return (bits[c >>> 6] >>> (c & 63) & 1) != 0;
  }

  boolean isEmpty() {
    return words.length == 0;
  }

  /** The outcome for one candidate: the positive word found (or null), and whether it is vetoed. */
  record Found(String word, int distance, boolean vetoed) {
    static final Found NONE = new Found(null, 0, false);
  }

  /** Where labels before a candidate stop being read: the end of the previous sentence or clause. */
  private static boolean clauseEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  /** A veto label is not read across a line break either ("Ticket 42\n138 1234 5678"). */
  private static boolean sentenceEnd(char c) {
    return clauseEnd(c) || c == '\n';
  }

  /** The nearest word before the candidate (else the nearest after), and the veto if asked. */
  Found around(char[] text, int start, int end, boolean vetoable) {
    int positiveAt = -1;
    String positive = null;
    int distance = 0;
    if (words.length > 0) {
      int from = Math.max(0, start - BEFORE);
      // a label in an earlier sentence does not name this value
      for (int p = start; p > from && positive == null && !clauseEnd(text[p - 1]); p--) {
        positive = endingAt(text, p, from);
        if (positive != null) {
          positiveAt = p;
          distance = start - p;
        }
      }
      if (positive == null) {
        int to = Math.min(text.length, end + AFTER);
        for (int p = end; p < to && positive == null; p++) {
          positive = startingAt(text, p, to);
          distance = p - end;
        }
      }
    }
    if (vetoable) {
      // the label must end within the window ("tracking number: " is longer than the window)
      int vetoFrom = Math.max(0, start - VETO_WINDOW);
      int labelFrom = Math.max(0, vetoFrom - LONGEST_NEGATIVE);
      for (int p = start; p > vetoFrom && p > positiveAt && !sentenceEnd(text[p - 1]); p--) {
        if (NEGATIVE.endingAt(text, p, labelFrom) != null) {
          return new Found(null, 0, true); // a negative label nearer than any context word
        }
      }
    }
    return positive == null ? Found.NONE : new Found(positive, distance, false);
  }

  /** A word occupying {@code [p - len, p)} and starting at or after {@code min}. */
  private String endingAt(char[] text, int p, int min) {
    char c = lower(text[p - 1]);
    if (!has(lastChars, c)) {
      return null;
    }
    for (String w : words) {
      int s = p - w.length();
      if (s >= min && w.charAt(w.length() - 1) == c && matchesAt(text, s, w)) {
        return w;
      }
    }
    return null;
  }

  private String startingAt(char[] text, int p, int max) {
    char c = lower(text[p]);
    if (!has(firstChars, c)) {
      return null;
    }
    for (String w : words) {
      if (p + w.length() <= max && w.charAt(0) == c && matchesAt(text, p, w)) {
        return w;
      }
    }
    return null;
  }

  /** Words are ASCII lower case or Han (full-width letters were folded by normalisation). */
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  static boolean matchesAt(char[] text, int s, String w) {
    int n = text.length;
    if (s + w.length() > n) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (lower(text[s + i]) != w.charAt(i)) {
        return false;
      }
    }
    if (isLatinLetter(w.charAt(0))) {
      if (s > 0 && isLatinLetter(text[s - 1])) {
        return false;
      }
      int e = s + w.length();
      return w.length() > 3 || e >= n || !isLatinLetter(text[e]);
    }
    return true;
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
