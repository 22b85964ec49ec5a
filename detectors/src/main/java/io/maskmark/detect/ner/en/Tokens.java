package io.maskmark.detect.ner.en;

import java.util.Arrays;

/**
 * The tokens of one chunk of Latin-script text, with their UTF-16 offsets in the text they came
 * from. A line break is a token of its own ({@link #NEWLINE}), because the layout of a postal
 * address (street, then city, then country, one per line) is strong evidence.
 */
public final class Tokens {

  /** The token standing for one or more line breaks. */
  public static final String NEWLINE = "<NL>";

  private final String[] words;
  private final int[] starts;
  private final int[] ends;

  Tokens(String[] words, int[] starts, int[] ends) {
    this.words = words;
    this.starts = starts;
    this.ends = ends;
  }

  public int size() {
    return words.length;
  }

  public String[] words() {
    return words;
  }

  public String word(int i) {
    return words[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** Tokens {@code [from, to)} as a chunk of their own (offsets unchanged). */
  Tokens slice(int from, int to) {
    return new Tokens(Arrays.copyOfRange(words, from, to), Arrays.copyOfRange(starts, from, to),
        Arrays.copyOfRange(ends, from, to));
  }

  @Override
  public String toString() {
    return String.join(" ", words);
  }
}
