package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries, first-level regions and major cities (the hand-written {@code countries.txt},
 * {@code regions.txt}, {@code cities.txt}) matched as token sequences, longest first. In mixed
 * case every word must be capitalised ({@code South Korea}, not {@code south korea} inside a
 * normal sentence); a single word that is also a given name or a common word ({@code Jordan},
 * {@code Nice}) counts only after a locative word ({@code in Jordan}), otherwise the model decides.
 */
final class PlaceGazetteer {

  static final double SCORE = 0.7;
  static final int MAX_WORDS = 5;
  /** Words after which an ambiguous single word ("Jordan", "Victoria") is read as a place. */
  private static final java.util.Set<String> LOCATIVE = java.util.Set.of("in", "from", "to",
      "near", "visit", "visiting", "across", "throughout", "outside", "inside", "via");

  private final Map<String, Integer> phrases = new HashMap<>();
  private final Lexicon lexicon;

  private PlaceGazetteer(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String f : List.of("countries.txt", "regions.txt", "cities.txt")) {
      for (String p : Lexicon.handWritten(f)) {
        List<Tokens> chunks = LatinTokenizer.chunks(p);
        if (chunks.size() == 1 && chunks.get(0).size() <= MAX_WORDS) {
          phrases.put(key(chunks.get(0).words(), 0, chunks.get(0).size()), chunks.get(0).size());
        }
      }
    }
  }

  private static final class Holder {
    static final PlaceGazetteer INSTANCE = new PlaceGazetteer(Lexicon.get());
  }

  static PlaceGazetteer get() {
    return Holder.INSTANCE;
  }

  static PlaceGazetteer of(Lexicon lexicon) {
    return new PlaceGazetteer(lexicon);
  }

  boolean contains(String phrase) {
    List<Tokens> c = LatinTokenizer.chunks(phrase);
    return c.size() == 1 && phrases.containsKey(key(c.get(0).words(), 0, c.get(0).size()));
  }

  void find(Tokens t, List<Span> out) {
    boolean oneCase = TitleRule.oneCase(t);
    String[] w = t.words();
    for (int i = 0; i < w.length; i++) {
      char c0 = w[i].charAt(0);
      if (!Character.isLetter(c0) || !(oneCase || Character.isUpperCase(c0))) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, w.length - i); n >= 1; n--) {
        if (!phrases.containsKey(key(w, i, i + n)) || !Character.isLetterOrDigit(w[i + n - 1].charAt(0))
            && !w[i + n - 1].endsWith(".")) {
          continue;
        }
        if (!acceptable(w, i, n, oneCase)) {
          break;
        }
        out.add(new Span(EntityType.LOCATION, t.start(i), t.end(i + n - 1), SCORE,
            EnglishNerDetector.NAME, Explanation.of("en-ner:gazetteer", SCORE)));
        i += n - 1;
        break;
      }
    }
  }

  private boolean acceptable(String[] w, int i, int n, boolean oneCase) {
    if (!oneCase) {
      for (int k = i; k < i + n; k++) {
        char c = w[k].charAt(0);
        if (Character.isLowerCase(c) && w[k].length() > 3) {
          return false;
        }
      }
    }
    if (n == 1) {
      int f = lexicon.flags(w[i]);
      boolean ambiguous = (f & (Lexicon.FIRST | Lexicon.COMMON)) != 0;
      return !ambiguous || i > 0 && LOCATIVE.contains(w[i - 1].toLowerCase(Locale.ROOT));
    }
    return true;
  }

  private static String key(String[] w, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(w[k].toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
