package io.maskmark.detect.ner.zh;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

/**
 * How often HanLP's person-role dictionary saw a character as a surname, as part of a given name,
 * or next to a name (context). The dictionary is loaded with HanLP's name recognizer and never
 * changes afterwards, so reading it from several threads is safe.
 */
final class HanlpRoles {

  private HanlpRoles() {
  }

  /**
   * Seen as a surname at all (果, 展: a handful of times), for names the role tagger has already
   * proposed; {@link #surname} asks for more where nothing else vouches for the name.
   */
  static boolean rareSurname(char c) {
    EnumItem<NR> e = PersonDictionary.dictionary.get(String.valueOf(c));
    return e != null && e.getFrequency(NR.B) >= 3;
  }

  /** Mostly a surname: seen as one often, and more often than in context around names. */
  static boolean surname(char c) {
    EnumItem<NR> e = PersonDictionary.dictionary.get(String.valueOf(c));
    if (e == null) {
      return false;
    }
    int b = e.getFrequency(NR.B);
    return b >= 50 && b > context(e);
  }

  /** A surname seen at least a thousand times (张, 刘, 高; not 童 or 钱, which are also words). */
  static boolean commonSurname(char c) {
    EnumItem<NR> e = PersonDictionary.dictionary.get(String.valueOf(c));
    return e != null && e.getFrequency(NR.B) >= 1000 && surname(c);
  }

  /** Mostly part of a given name. */
  static boolean given(char c) {
    EnumItem<NR> e = PersonDictionary.dictionary.get(String.valueOf(c));
    if (e == null) {
      return false;
    }
    int g = e.getFrequency(NR.C) + e.getFrequency(NR.D) + e.getFrequency(NR.E);
    return g >= 20 && g > 2 * context(e);
  }

  /**
   * Often the last character of a given name, whatever else it is (之 ends 龚育之 and is a
   * function word elsewhere): the counts that call it mostly context do not rule it out.
   */
  static boolean endsGivenNames(char c) {
    EnumItem<NR> e = PersonDictionary.dictionary.get(String.valueOf(c));
    return e != null && e.getFrequency(NR.D) >= 100;
  }

  private static int context(EnumItem<NR> e) {
    return e.getFrequency(NR.K) + e.getFrequency(NR.L) + e.getFrequency(NR.M);
  }
}
