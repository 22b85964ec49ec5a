package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street corner as one address: after {@code corner of}, {@code intersection of} or
 * {@code junction of}, two streets joined by {@code and} or {@code &}, the second ending in a
 * street type or a house number ({@code the corner of Auenweg 85 and Kesä Street}). The cue
 * says these are streets, whatever their names look like: a street named after a person
 * ({@code Hansen Street}) is not a person here.
 */
final class Intersection {

  /** Above any model span, so that a street named for a person is not left a PERSON. */
  static final double SCORE = 0.86;

  /** A word, possibly with inner periods ({@code P.O.}) and an abbreviating one at its end. */
  private static final String WORD = "[\\p{L}\\d](?:[\\p{L}\\d'\u2019\\-]|\\.(?=\\p{L}))*\\.?";
  private static final Pattern CORNER = Pattern.compile(
      "(?<![\\p{L}\\d])(?:corner|intersection|junction)[ \\t]+of[ \\t]+(?:the[ \\t]+)?"
          + "(?<first>" + WORD + "(?:[ \\t]+" + WORD + "){0,5}?)[ \\t]+(?:and|&)[ \\t]+"
          + "(?<second>(?:" + WORD + "[ \\t]+){0,4}?(?:street|avenue|road|boulevard|lane|drive|way"
          + "|place|court|square|highway|parkway|(?:st|ave|rd|blvd|ln|dr|pl|ct|sq|hwy|pkwy)\\.?"
          + "|\\d{1,6}[a-z]?))(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Intersection() {
  }

  static void find(String text, List<Span> out) {
    if (!mentionsCorner(text)) {
      return;
    }
    Matcher m = CORNER.matcher(text);
    while (m.find()) {
      out.add(new Span(EntityType.ADDRESS, m.start("first"), m.end("second"), SCORE,
          EnglishNerDetector.NAME, Explanation.of("en-ner:intersection", SCORE)));
    }
  }

  /** The pattern runs only on text with one of its cue words: most text has none. */
  private static boolean mentionsCorner(String text) {
    for (int i = text.indexOf(" of "); i >= 0; i = text.indexOf(" of ", i + 1)) {
      int s = text.lastIndexOf(' ', i - 1) + 1;
      String cue = text.substring(s, i);
      if (cue.equalsIgnoreCase("corner") || cue.equalsIgnoreCase("intersection")
          || cue.equalsIgnoreCase("junction")) {
        return true;
      }
    }
    return false;
  }
}
