package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in lists: in "Anna, Bruno, Carla, Dmitri and Esther" the model reads some items
 * as persons and the commas between others as an address. When at least two items of a list of
 * single capitalised words are persons, the list is a list of persons: every item becomes one, and
 * spans of another type that cross the list's commas are dropped.
 */
final class NameLists {

  static final double SCORE = 0.75;
  /** The end of a list: ", and Esther", " or Esther", " & Esther". */
  private static final Pattern TAIL = Pattern.compile(",? (?:and|or|&) (\\p{Lu}[\\p{L}'-]+)\\b");

  private NameLists() {
  }

  /**
   * {@code spans} (sorted, disjoint) with the lists of persons in {@code text} completed. Linear
   * in the text: each list is found from its tail and read backwards, never past the previous one
   * (a regular expression for the whole list backtracks, and overflows the stack on a long one),
   * and the spans are rewritten once at the end.
   */
  static List<Span> complete(String text, List<Span> spans) {
    Matcher tail = TAIL.matcher(text);
    List<int[]> lists = new ArrayList<>(); // {from, to} of each list of persons
    List<Span> added = new ArrayList<>();
    int limit = 0;
    while (tail.find()) {
      List<int[]> items = itemsBefore(text, tail.start(), limit);
      limit = tail.end();
      if (items.size() < 2) {
        continue;
      }
      items.add(new int[] {tail.start(1), tail.end(1)});
      List<int[]> missing = new ArrayList<>();
      for (int[] it : items) {
        if (!personCovers(spans, it)) {
          missing.add(it);
        }
      }
      if (items.size() - missing.size() >= 2 && !missing.isEmpty()) {
        lists.add(new int[] {items.get(0)[0], tail.end()});
        for (int[] it : missing) {
          added.add(new Span(EntityType.PERSON, it[0], it[1], SCORE, EnglishNerDetector.NAME,
              Explanation.of("en-ner:list", SCORE)));
        }
      }
    }
    return lists.isEmpty() ? spans : rewrite(spans, lists, added);
  }

  /** The capitalised words joined by ", " that end at {@code end}, not before {@code limit}, in order. */
  private static List<int[]> itemsBefore(String text, int end, int limit) {
    List<int[]> items = new ArrayList<>();
    int e = end;
    while (true) {
      int b = e;
      while (b > limit && wordChar(text.charAt(b - 1))) {
        b--;
      }
      if (e - b < 2 || !Character.isUpperCase(text.charAt(b))
          || b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
        break;
      }
      items.add(new int[] {b, e});
      if (b - 2 < limit || !text.startsWith(", ", b - 2)) {
        break;
      }
      e = b - 2;
    }
    Collections.reverse(items);
    return items;
  }

  private static boolean wordChar(char c) {
    return Character.isLetter(c) || c == '\'' || c == '-';
  }

  /** Spans outside the lists, persons inside them, and the added items, in order. */
  private static List<Span> rewrite(List<Span> spans, List<int[]> lists, List<Span> added) {
    List<Span> out = new ArrayList<>(added);
    int l = 0;
    for (Span s : spans) {
      while (l < lists.size() && lists.get(l)[1] <= s.start()) {
        l++;
      }
      boolean inside = l < lists.size() && s.start() >= lists.get(l)[0] && s.end() <= lists.get(l)[1];
      if (!inside || s.type() == EntityType.PERSON) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(Span::start));
    return out;
  }

  /** Whether a PERSON span of {@code spans} (sorted by start, disjoint) covers the item. */
  private static boolean personCovers(List<Span> spans, int[] item) {
    int lo = 0;
    int hi = spans.size() - 1;
    int last = -1; // the last span starting at or before the item
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start() <= item[0]) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (last < 0) {
      return false;
    }
    Span s = spans.get(last);
    return s.type() == EntityType.PERSON && s.end() >= item[1];
  }
}
