package io.maskmark.detect.ner.zh;

/**
 * One word of the segmenter's output over the detector's text: UTF-16 offsets, end exclusive,
 * and HanLP's part-of-speech tag (PKU-style: {@code nr} person, {@code ns} place, {@code nt}
 * organisation, {@code nnt} title, {@code nis} institution suffix, {@code w} punctuation, ...).
 */
record Token(String word, String tag, int start, int end) {

  int length() {
    return end - start;
  }

  boolean tagStarts(String prefix) {
    return tag.startsWith(prefix);
  }

  boolean isPerson() {
    return tag.startsWith("nr");
  }

  boolean isPlace() {
    return tag.startsWith("ns");
  }

  boolean isOrganization() {
    return tag.startsWith("nt");
  }

  boolean isPunctuation() {
    return tag.startsWith("w");
  }

  /** A proper-noun-like word that can begin an organisation or place name. */
  boolean isProper() {
    return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nz")
        || tag.equals("nx") || tag.equals("j") || tag.startsWith("ni");
  }

  /** Function words: prepositions, conjunctions, particles, pronouns, adverbs, punctuation. */
  boolean isFunction() {
    if (tag.isEmpty()) {
      return true;
    }
    char c = tag.charAt(0);
    return c == 'p' || c == 'c' || c == 'u' || c == 'r' || c == 'd' || c == 'w' || c == 'e'
        || c == 'y' || c == 'o' || c == 'q' || c == 'f';
  }
}
