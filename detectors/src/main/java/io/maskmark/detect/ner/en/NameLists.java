package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.ArrayList;
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
  private static final Pattern LIST = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}'-]+(?:, \\p{Lu}[\\p{L}'-]+)+,? (?:and|or|&) \\p{Lu}[\\p{L}'-]+\\b");
  private static final Pattern ITEM = Pattern.compile("\\p{Lu}[\\p{L}'-]+");

  private NameLists() {
  }

  /** {@code spans} (sorted, disjoint) with the lists of persons in {@code text} completed. */
  static List<Span> complete(String text, List<Span> spans) {
    Matcher list = LIST.matcher(text);
    List<Span> out = spans;
    while (list.find()) {
      List<int[]> items = new ArrayList<>();
      Matcher item = ITEM.matcher(text).region(list.start(), list.end());
      while (item.find()) {
        items.add(new int[] {item.start(), item.end()});
      }
      int persons = 0;
      for (int[] it : items) {
        if (covered(out, it, EntityType.PERSON)) {
          persons++;
        }
      }
      if (persons >= 2 && persons < items.size()) {
        out = rewrite(out, list.start(), list.end(), items);
      }
    }
    return out;
  }

  private static List<Span> rewrite(List<Span> spans, int from, int to, List<int[]> items) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      boolean inside = s.start() >= from && s.end() <= to;
      if (!inside || s.type() == EntityType.PERSON) {
        out.add(s);
      }
    }
    for (int[] it : items) {
      if (!covered(out, it, EntityType.PERSON)) {
        out.add(new Span(EntityType.PERSON, it[0], it[1], SCORE, EnglishNerDetector.NAME,
            Explanation.of("en-ner:list", SCORE)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean covered(List<Span> spans, int[] item, EntityType type) {
    for (Span s : spans) {
      if (s.type() == type && s.start() <= item[0] && s.end() >= item[1]) {
        return true;
      }
    }
    return false;
  }
}
