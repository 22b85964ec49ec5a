package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Names in lists: the items between two names, in a list of names, are names too when they all
 * look like one (王建国、刘晓梅、孙丽华; 王建国 刘晓梅 孙丽华). The HMM reads each item alone and misses the
 * ones it does not know; the list says what they are. An item qualifies when it is 2 to 3 Han
 * characters after a surname (or of transliteration characters), holds no title or function word,
 * and is no dictionary word. Inside a chain of names glued together without separators, a run
 * between two of them is split where each part starts with a surname.
 */
final class NameLists {

  static final double SCORE = 0.75;
  private static final String SEPARATORS = "、，,／/ \u3000";

  private final Lexicon lex;

  NameLists(Lexicon lex) {
    this.lex = lex;
  }

  /** Names found between consecutive persons of {@code kept} (sorted by start). */
  List<Found> between(String text, List<Found> kept) {
    List<Found> persons = kept.stream().filter(f -> f.type() == EntityType.PERSON).toList();
    List<Found> out = new ArrayList<>();
    for (int k = 1; k < persons.size(); k++) {
      // items glued together without separators are read only inside a chain of adjacent names
      boolean chain = k >= 2 && persons.get(k - 2).end() == persons.get(k - 1).start()
          || k + 1 < persons.size() && persons.get(k).end() == persons.get(k + 1).start();
      gap(text, persons.get(k - 1).end(), persons.get(k).start(), chain, out);
    }
    return out;
  }

  private void gap(String text, int from, int to, boolean chain, List<Found> out) {
    if (from >= to) {
      return;
    }
    int s = from;
    int e = to;
    boolean separated = false;
    while (s < e && SEPARATORS.indexOf(text.charAt(s)) >= 0) {
      s++;
      separated = true;
    }
    while (e > s && SEPARATORS.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
      separated = true;
    }
    if (e - s < 2 || !separated && (!chain || e - s > 9)) {
      return;
    }
    List<Found> items = new ArrayList<>();
    int itemStart = s;
    for (int i = s; i <= e; i++) {
      if (i == e || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        if (i > itemStart && !item(text, itemStart, i, items, separated)) {
          return; // one item that is no name: this is no list of names
        }
        itemStart = i + 1;
      } else if (!Character.isIdeographic(text.charAt(i))) {
        return;
      }
    }
    out.addAll(items);
  }

  /** One list item: a name, or (between glued names) several names without separators. */
  private boolean item(String text, int s, int e, List<Found> out, boolean separated) {
    if (e - s <= 3 && name(text, s, e)) {
      out.add(new Found(EntityType.PERSON, s, e, SCORE, "name-list"));
      return true;
    }
    return !separated && split(text, s, e, out);
  }

  /** 孙丽华周志强: names of 2 or 3 characters, each starting with a surname, longest first. */
  private boolean split(String text, int s, int e, List<Found> out) {
    List<Found> parts = new ArrayList<>();
    int i = s;
    while (i < e) {
      int len = e - i >= 3 && name(text, i, i + 3) && (e - i - 3 == 0 || e - i - 3 >= 2) ? 3
          : e - i >= 2 && name(text, i, i + 2) && e - i - 2 != 1 ? 2 : 0;
      if (len == 0) {
        return false;
      }
      parts.add(new Found(EntityType.PERSON, i, i + len, SCORE, "name-list"));
      i += len;
    }
    out.addAll(parts);
    return true;
  }

  private boolean name(String text, int s, int e) {
    if (e - s < 2) {
      return false;
    }
    String w = text.substring(s, e);
    if (HanlpSegmenter.dictionaryHas(w) && !HanlpSegmenter.dictionaryHas(w, "nr")) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (NameShapes.FUNCTION_CHARS.indexOf(text.charAt(i)) >= 0 || lex.titles.longestAt(text, i, e) > 0) {
        return false; // a title or a function word is no part of a name
      }
    }
    int sn = lex.surnameAt(text, s);
    return sn > 0 && e - s - sn >= 1 && e - s - sn <= 2 || lex.transliterated(text, s, e);
  }
}
