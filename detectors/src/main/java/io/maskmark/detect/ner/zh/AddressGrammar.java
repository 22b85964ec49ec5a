package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * A Chinese postal address as one span, from the first place name to the last unit:
 * {@code 北京市海淀区中关村大街1号}, {@code 广东省深圳市南山区深南大道9988号3栋2单元501室}.
 *
 * <p>An address is a chain of components, each a place word of HanLP's ({@code 海淀区}), a name
 * with an administrative, road or building unit ({@code 中关村大街}, {@code 文三路},
 * {@code 华星时代广场}), or a number with a unit ({@code 1号}, {@code 3栋}, {@code A座},
 * {@code 501室}). It starts at a place word, or at a road followed by a house number
 * ({@code 住建国路88号}), and only counts as an address once it reaches a road or a number:
 * a bare chain of divisions ({@code 北京市海淀区}) stays a set of places.
 */
final class AddressGrammar {

  static final double SCORE = 0.9;
  private static final int MAX_NAME = 6;
  private static final String NUMERALS = "0123456789零〇一二三四五六七八九十百千两";

  private final Lexicon lex;

  AddressGrammar(Lexicon lex) {
    this.lex = lex;
  }

  void find(String text, List<Token> toks, int chunkEnd, List<Found> out) {
    WordEnds ends = new WordEnds(toks);
    int covered = -1;
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.start() < covered) {
        continue;
      }
      int start = t.start();
      int pos;
      boolean street = false;
      if (t.isPlace()) {
        pos = t.end();
      } else {
        // a road name with a house number and no place before it
        int road = nameWithUnit(text, toks, start, chunkEnd, lex.roadUnits);
        if (road < 0 || !t.tagStarts("n") && !t.isProper() || t.isPerson()
            || number(text, ends, road, chunkEnd) < 0) {
          continue;
        }
        pos = road;
        street = true;
      }
      int last = pos;
      while (pos < chunkEnd) {
        int next;
        Token at = tokenAt(toks, pos);
        if (at != null && at.isPlace()) {
          next = at.end();
        } else if ((next = number(text, ends, pos, chunkEnd)) > 0) {
          street = true;
        } else if ((next = nameWithUnit(text, toks, pos, chunkEnd, lex.roadUnits)) > 0) {
          street |= strongRoad(text, next);
        } else if ((next = nameWithUnit(text, toks, pos, chunkEnd, lex.adminUnits)) > 0
            || (next = nameWithUnit(text, toks, pos, chunkEnd, lex.buildingUnits)) > 0) {
          // keep going
        } else {
          break;
        }
        pos = next;
        last = pos;
      }
      if (street && last - start >= 4) {
        out.add(new Found(EntityType.ADDRESS, start, last, SCORE, "address"));
        covered = last;
      }
    }
  }

  /** 路, 街, 巷, 弄, 胡同, 大道 make an address by themselves; 道, 里, 段, 桥 only with a number. */
  private static boolean strongRoad(String text, int end) {
    char c = text.charAt(end - 1);
    return c == '路' || c == '街' || c == '巷' || c == '弄' || c == '同' && text.charAt(end - 2) == '胡'
        || c == '道' && text.charAt(end - 2) == '大';
  }

  /** Whether a word ends at a position: binary search over the sorted words. */
  private record WordEnds(List<Token> toks) {
    boolean get(int pos) {
      int lo = 0;
      int hi = toks.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int e = toks.get(mid).end();
        if (e < pos) {
          lo = mid + 1;
        } else if (e > pos) {
          hi = mid - 1;
        } else {
          return true;
        }
      }
      return false;
    }
  }

  private static Token tokenAt(List<Token> toks, int pos) {
    int k = indexAt(toks, pos);
    return k < 0 ? null : toks.get(k);
  }

  /**
   * End of {@code name unit} at {@code pos}, or -1: whole words of a place or ordinary noun,
   * at most {@value #MAX_NAME} characters, then the unit, either a word of its own or the end of
   * the last word ({@code 唐宁街}). The name may be empty for a road or building unit.
   */
  private int nameWithUnit(String text, List<Token> toks, int pos, int end, WordSet units) {
    int k = indexAt(toks, pos);
    if (k < 0) {
      return -1;
    }
    for (int j = k; j < toks.size() && toks.get(j).end() <= end; j++) {
      Token t = toks.get(j);
      if (!nominal(t) || t.start() - pos > MAX_NAME) {
        return -1;
      }
      int u = unitEnding(t.word(), units);
      int nameLength = t.end() - u - pos;
      if (u > 0 && (nameLength > 0 || units != lex.adminUnits)
          && !(j == k && t.length() > u && HanlpSegmenter.dictionaryHas(t.word(), "n")
              && !t.isPlace() && units == lex.roadUnits)) {
        return t.end();
      }
    }
    return -1;
  }

  /** Words that can make up a place, road or building name. */
  private static boolean nominal(Token t) {
    if (t.isPerson() || t.tag().equals("nnt") || t.isPunctuation()) {
      return false;
    }
    char c = t.tag().isEmpty() ? 'x' : t.tag().charAt(0);
    return c == 'n' || c == 'm' || c == 'b' || c == 'j' || c == 'g' || c == 'a' || c == 'x' || c == 'q';
  }

  private static int unitEnding(String word, WordSet units) {
    return units.longestSuffix(word, word.length());
  }

  private static int indexAt(List<Token> toks, int pos) {
    int lo = 0;
    int hi = toks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int st = toks.get(mid).start();
      if (st < pos) {
        lo = mid + 1;
      } else if (st > pos) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** End of {@code number unit} at {@code pos} ({@code 88号}, {@code 3-501室}, {@code A座}), or -1. */
  private int number(String text, WordEnds ends, int pos, int end) {
    int p = pos;
    boolean digit = false;
    while (p < end) {
      char c = text.charAt(p);
      if (NUMERALS.indexOf(c) >= 0) {
        digit = true;
      } else if (!(c == '-' || c == '#' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        break;
      }
      p++;
    }
    if (p == pos || p - pos > 8 || !digit && p - pos > 1) {
      return -1;
    }
    int u = unitAt(text, ends, p, end, lex.numberUnits);
    return u > 0 ? p + u : -1;
  }

  /** Length of the longest unit at {@code pos} that ends a word (so 道 in 道歉 is no road). */
  private int unitAt(String text, WordEnds ends, int pos, int end, WordSet units) {
    int len = units.longestAt(text, pos, end);
    while (len > 0 && !ends.get(pos + len)) {
      len = units.longestAt(text, pos, pos + len - 1);
    }
    return len;
  }
}
