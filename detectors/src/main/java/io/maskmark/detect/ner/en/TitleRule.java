package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Set;

/**
 * A name after an honorific: {@code Mr. Grimes}, {@code Dr. Ana de la Cruz}, {@code mrs. okafor}.
 * The PERSON span includes the title: left behind, "Mr." or "Mrs." would still tell the gender.
 * Up to three name words follow the title; name particles (van, de, von...) may stand between them.
 */
final class TitleRule {

  /** Above any model span: after a title, a name is more likely than the model's other readings. */
  static final double SCORE = 0.88;
  static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del",
      "della", "la", "le", "du", "dos", "das", "bin", "al", "el", "ter", "ten", "y");

  private final Lexicon lexicon;

  TitleRule(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void find(Tokens t, List<Span> out) {
    boolean oneCase = oneCase(t);
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.word(i);
      if (!lexicon.is(w, Lexicon.TITLE) || !(Character.isUpperCase(w.charAt(0)) || oneCase)) {
        continue;
      }
      // a title that is an ordinary word ("General", "Officer") needs a listed name after it
      boolean weak = lexicon.is(w, Lexicon.COMMON) || w.length() > 4 && !w.endsWith(".");
      if (weak && !lexicon.is(t.word(i + 1), Lexicon.FIRST | Lexicon.LAST)) {
        continue;
      }
      int j = i + 1;
      int last = -1;
      int words = 0;
      while (j < t.size() && words < 3) {
        String n = t.word(j);
        if (nameWord(n, oneCase && !weak, words > 0)) {
          last = j;
          words++;
        } else if (!(last >= 0 && PARTICLES.contains(n.toLowerCase(java.util.Locale.ROOT)))) {
          break;
        }
        j++;
      }
      if (last > i) {
        out.add(new Span(EntityType.PERSON, t.start(i), t.end(last), SCORE,
            EnglishNerDetector.NAME, Explanation.of("en-ner:title", SCORE)));
        i = last;
      }
    }
  }

  /**
   * Whether {@code n} can be a word of the name. Capitals decide, except in one-case text
   * ({@code anyCase}), where a common word that is also a name ({@code will}, {@code see}) can
   * only be the first word: "dr. wilson will see you" stops after "wilson".
   */
  private boolean nameWord(String n, boolean anyCase, boolean afterFirst) {
    if (n.length() < 2 && !(n.length() == 1 && Character.isUpperCase(n.charAt(0)))) {
      return false;
    }
    char c = n.charAt(0);
    if (!Character.isLetter(c) || !(Character.isUpperCase(c) || anyCase)) {
      return false;
    }
    for (int k = 0; k < n.length(); k++) {
      char x = n.charAt(k);
      if (!(Character.isLetter(x) || x == '-' || x == '\'' || x == '\u2019' || x == '.')) {
        return false;
      }
    }
    int f = lexicon.flags(n);
    if (anyCase && afterFirst && (f & Lexicon.COMMON) != 0) {
      return false;
    }
    boolean nameLike = (f & (Lexicon.FIRST | Lexicon.LAST)) != 0;
    return nameLike || (f & (Lexicon.COMMON | Lexicon.STREET | Lexicon.UNIT | Lexicon.TITLE
        | Lexicon.ORG)) == 0;
  }

  /** All letters of the chunk in one case: capitals carry no information there. */
  static boolean oneCase(Tokens t) {
    return oneCase(t.words());
  }

  /** The chunk uses one case only; line-break tokens ({@code <NL>}) are no words and do not count. */
  static boolean oneCase(String[] words) {
    boolean upper = false;
    boolean lower = false;
    for (String w : words) {
      if (w.equals(Tokens.NEWLINE)) {
        continue;
      }
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        upper |= Character.isUpperCase(c);
        lower |= Character.isLowerCase(c);
      }
    }
    return !(upper && lower);
  }
}
