package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.List;

/**
 * Signature blocks: the people and companies above an address, one per line, that the model
 * (trained on short blocks) may run into the address. The address starts at its street line, the
 * first line with a number; a line above it that reads as a name is a person.
 */
final class AddressBlock {

  private AddressBlock() {
  }

  /**
   * The first token of the first line of {@code [a, b)} that holds a number, or {@code a} when the
   * span is one line or has none. An address block starts at its street line; lines before it in
   * a signature ({@code Daniel Okafor / Brightfold / 44 Lindqvistgatan 12 / ...}) are the people
   * and companies it belongs to, which the model, trained on short blocks, may run into it.
   */
  static int streetLine(Tokens chunk, int a, int b) {
    int lineStart = a;
    for (int k = a; k < b; k++) {
      String w = chunk.word(k);
      if (w.equals(Tokens.NEWLINE)) {
        lineStart = k + 1;
      } else if (hasDigit(w)) {
        return lineStart;
      }
    }
    return a;
  }

  /**
   * The lines before an address block's street line that read as a person's name become PERSON
   * spans; returns whether there was one (then those lines are no part of the address; without
   * one, they may be the end of an address the model split, such as a city line).
   */
  static boolean namesAbove(Tokens chunk, int a, int b, double score, Lexicon lexicon,
                            List<Span> out) {
    boolean found = false;
    int lineStart = a;
    for (int k = a; k <= b; k++) {
      if (k == b || chunk.word(k).equals(Tokens.NEWLINE)) {
        int s = lineStart;
        int e = k;
        while (s < e && !EnglishNerDetector.content(chunk.word(s))) {
          s++;
        }
        while (e > s && !EnglishNerDetector.content(chunk.word(e - 1))) {
          e--;
        }
        if (e - s >= 2 && e - s <= 4 && EnglishWords.titleCase(chunk, s, e)
            && lexicon.is(chunk.word(s), Lexicon.FIRST)) {
          out.add(new Span(EntityType.PERSON, chunk.start(s), chunk.end(e - 1), score,
              EnglishNerDetector.NAME, Explanation.of("en-ner:name-above-address", score)));
          found = true;
        }
        lineStart = k + 1;
      }
    }
    return found;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
