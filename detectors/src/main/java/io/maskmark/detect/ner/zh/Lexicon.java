package io.maskmark.detect.ner.zh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the Chinese rules use, read once from class-path resources beside this class.
 * Each file names its public source in its header; none is derived from evaluation data.
 */
final class Lexicon {

  /** Sets of characters as bit sets (read-only after construction, so safe to share). */
  final BitSet surnames;
  final Set<String> compoundSurnames;
  final WordSet titles;
  final WordSet orgSuffixes;
  final WordSet facilitySuffixes;
  final Set<String> organizations;
  final WordSet adminUnits;
  final WordSet roadUnits;
  final WordSet numberUnits;
  final WordSet buildingUnits;
  final BitSet countryAbbreviations;
  final BitSet provinceAbbreviations;
  final Set<String> regions;
  final BitSet transliteration;

  private static final Lexicon INSTANCE = new Lexicon();

  static Lexicon get() {
    return INSTANCE;
  }

  private Lexicon() {
    surnames = codePoints(words("surnames.txt"));
    compoundSurnames = words("compound-surnames.txt");
    titles = new WordSet(words("titles.txt"));
    orgSuffixes = new WordSet(words("org-suffixes.txt"));
    facilitySuffixes = new WordSet(words("facility-suffixes.txt"));
    organizations = words("organizations.txt");
    Map<String, Set<String>> address = sections("address-units.txt");
    adminUnits = new WordSet(address.get("admin"));
    roadUnits = new WordSet(address.get("road"));
    numberUnits = new WordSet(address.get("number"));
    buildingUnits = new WordSet(address.get("building"));
    Map<String, Set<String>> abbr = sections("place-abbreviations.txt");
    countryAbbreviations = codePoints(abbr.get("countries"));
    provinceAbbreviations = codePoints(abbr.get("provinces"));
    regions = abbr.get("regions");
    transliteration = codePoints(words("transliteration.txt"));
  }

  boolean isSurname(int codePoint) {
    return surnames.get(codePoint);
  }

  /** Whether {@code s[start, end)} is all characters of the transliteration syllable table. */
  boolean transliterated(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!transliteration.get(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Length of the surname that starts {@code s} at {@code i}: 2, 1, or 0 for none. */
  int surnameAt(CharSequence s, int i) {
    if (i + 2 <= s.length() && compoundSurnames.contains(s.subSequence(i, i + 2).toString())) {
      return 2;
    }
    return i < s.length() && surnames.get(s.charAt(i)) ? 1 : 0;
  }

  /** A title word: HanLP's {@code nnt} or one of the title list (经理, 女士, 总统). */
  boolean isTitle(Token t) {
    return t.tag().equals("nnt") || t.length() >= 2 && titles.contains(t.word());
  }

  /** Length of the longest title that ends {@code s} and leaves something before it, or 0. */
  int titleSuffix(String s) {
    return titles.longestSuffix(s, s.length() - 1);
  }

  /** Length of the longest organisation suffix that ends {@code s}, or 0. */
  int orgSuffix(String s) {
    return orgSuffixes.longestSuffix(s, s.length());
  }

  private static BitSet codePoints(Set<String> words) {
    BitSet out = new BitSet();
    for (String w : words) {
      w.codePoints().forEach(out::set);
    }
    return out;
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      for (String w : line.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** Lines of the form {@code name: word word ...}. */
  private static Map<String, Set<String>> sections(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines(resource)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(resource + ": line without a section name");
      }
      Set<String> words = new HashSet<>(List.of(line.substring(colon + 1).trim().split("\\s+")));
      words.remove("");
      out.computeIfAbsent(line.substring(0, colon).trim(), k -> new HashSet<>()).addAll(words);
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
