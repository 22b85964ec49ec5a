package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capitalised words ending in a legal form: {@code Acme Corp}, {@code Müller & Söhne GmbH},
 * {@code Baumbach-Lang LLC}. Up to four words before the suffix; {@code &}, {@code and} and
 * {@code of} may join them.
 */
final class OrganizationRule {

  /** Above model spans: a legal form is near-certain evidence of an organisation. */
  static final double SCORE = 0.87;
  static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "incorporated", "corp", "corp.",
      "corporation", "co.", "llc", "l.l.c.", "llp", "ltd", "ltd.", "limited", "plc", "gmbh", "ag",
      "kg", "s.a.", "sas", "sarl", "spa", "s.p.a.", "srl", "bv", "b.v.", "nv", "n.v.", "oy", "oyj",
      "ab", "asa", "a/s", "aps", "pty", "pty.", "group", "holdings");
  private static final Set<String> JOINERS = Set.of("&", "and", "of", "und", "et", "e", "y", "-");

  private final Lexicon lexicon;

  OrganizationRule(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void find(Tokens t, List<Span> out) {
    boolean oneCase = TitleRule.oneCase(t);
    for (int i = 1; i < t.size(); i++) {
      if (!LEGAL_FORMS.contains(t.word(i).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int first = -1;
      int words = 0;
      for (int j = i - 1; j >= 0 && words < 4; j--) {
        String w = t.word(j);
        if (w.equals(",") && j == i - 1) {
          continue; // "Acme, Inc."
        }
        if (JOINERS.contains(w.toLowerCase(Locale.ROOT)) && first >= 0) {
          continue;
        }
        char c = w.charAt(0);
        boolean cap = Character.isUpperCase(c) || Character.isDigit(c) && w.length() > 1
            || oneCase && Character.isLetter(c) && !lexicon.is(w, Lexicon.COMMON);
        if (!cap || w.equals(Tokens.NEWLINE) || lexicon.is(w, Lexicon.TITLE)
            || j == 0 && lexicon.is(w, Lexicon.COMMON)) {
          break;
        }
        first = j;
        words++;
      }
      if (first >= 0) {
        out.add(new Span(EntityType.ORGANIZATION, t.start(first), t.end(i), SCORE,
            EnglishNerDetector.NAME, Explanation.of("en-ner:legal-form", SCORE)));
      }
    }
  }
}
