package io.maskmark.detect.pattern;

import io.maskmark.detect.Detector;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Regex rules with validators and context scoring, as Presidio's pattern recognizers.
 *
 * <p>Scores: a candidate starts at its rule's base score; a validator that fails drops it, one
 * that passes raises the score to the rule's validated score (a plausible-but-unconfirmed verdict
 * keeps the base); a context word nearby adds {@link #CONTEXT_BOOST}, a little less the farther
 * it is (so of two types proposed for one value, the one whose label is nearer wins); words in an
 * earlier sentence do not count. A vetoable rule's candidate right after an order, tracking or
 * transaction label in the same sentence is dropped unless a context word is nearer.
 * The analyzer then applies per-type thresholds.
 *
 * <p>Speed: the text is scanned once. Each rule declares the characters a match can start with
 * (or an anchor character such as {@code @}), so at each position only the rules that can match
 * there are tried, anchored with {@link Matcher#lookingAt()}; an ASCII letter or digit is only a
 * start when the character before is not one (a match inside a longer run is never tried).
 * Before the pattern, cheap gates test the first characters and the length of the letter/digit
 * run at the position (computed once for all rules), and rules that need a context word are
 * skipped for texts that contain none. One exception to the run rule: a number glued to a label
 * of its rule ({@code IP10.0.0.7}, {@code Tel13812345678}) starts where the digits do.
 */
public class PatternDetector implements Detector {

  static final double VALIDATED_SCORE = 0.9;
  static final double CONTEXT_BOOST = 0.35;
  /** Per character between the candidate and its context word: the nearest label wins a tie. */
  static final double DISTANCE_PENALTY = 0.001;
  /** Longest letter run that is looked up as a label glued to the number after it. */
  private static final int MAX_GLUED_LABEL = 12;

  private final String name;
  private final PatternRule[] rules;
  private final Set<EntityType> types;
  /**
   * Rule indices by the character a match can start with (or anchor on), then by the length of
   * the letter/digit run there (63 for 63 or more); null when none.
   */
  private final int[][][] byChar = new int[65536][][];
  /** Matchers per thread, reset onto each text: creating ~40 per text would dominate short texts. */
  private final ThreadLocal<Matcher[]> matcherCache;
  /** Rules that need a context word, whose words are looked for once per text. */
  private final int[] contextRules;
  /** The context words of those rules, by first character, with the rules (bits) they serve. */
  private final String[][] contextWordsByFirst = new String[65536][];
  private final long[][] contextRulesByFirst = new long[65536][];

  public PatternDetector(String name, List<PatternRule> rules) {
    this.name = name;
    this.rules = rules.toArray(new PatternRule[0]);
    EnumSet<EntityType> t = EnumSet.noneOf(EntityType.class);
    rules.forEach(r -> t.add(r.type()));
    this.types = Set.copyOf(t);
    this.matcherCache = ThreadLocal.withInitial(() -> new Matcher[this.rules.length]);
    this.contextRules = java.util.stream.IntStream.range(0, this.rules.length)
        .filter(r -> this.rules[r].contextRequired()).toArray();
    if (contextRules.length > 64) {
      throw new IllegalArgumentException("at most 64 rules may require context words");
    }
    for (int k = 0; k < contextRules.length; k++) {
      for (String w : this.rules[contextRules[k]].contextWords()) {
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        char f = lw.charAt(0);
        String[] ws = contextWordsByFirst[f];
        int at = ws == null ? -1 : Arrays.asList(ws).indexOf(lw);
        if (at < 0) {
          ws = ws == null ? new String[1] : Arrays.copyOf(ws, ws.length + 1);
          ws[ws.length - 1] = lw;
          long[] bits = contextRulesByFirst[f];
          bits = bits == null ? new long[1] : Arrays.copyOf(bits, bits.length + 1);
          contextWordsByFirst[f] = ws;
          contextRulesByFirst[f] = bits;
          at = ws.length - 1;
        }
        contextRulesByFirst[f][at] |= 1L << k;
      }
    }
    for (int r = 0; r < this.rules.length; r++) {
      PatternRule rule = this.rules[r];
      int index = r;
      if (rule.anchor() != 0) {
        add(rule.anchor(), index);
      } else {
        rule.start().forEach(c -> add((char) c, index));
      }
    }
  }

  private void add(char c, int rule) {
    if (byChar[c] == null) {
      byChar[c] = new int[64][];
    }
    for (int len = 0; len < 64; len++) {
      if (rules[rule].alnumLengthFits(len)) {
        int[] old = byChar[c][len];
        int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = rule;
        byChar[c][len] = now;
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<EntityType> types() {
    return types;
  }

  public List<PatternRule> rules() {
    return List.of(rules);
  }

  @Override
  public List<Span> detect(NormalizedText input, Language language) {
    return detect(input.text());
  }

  /** Candidate spans over an already normalised text. */
  public List<Span> detect(CharSequence text) {
    int n = text.length();
    // the scan reads every character, most more than once: an array spares String.charAt's
    // bounds and coder checks (detector alone +6%, interleaved JMH forks)
    char[] cs = text.toString().toCharArray();
    List<Span> out = new ArrayList<>();
    Matcher[] matchers = matcherCache.get();
    boolean[] reset = new boolean[rules.length];
    int[] next = new int[rules.length];
    boolean[] contextPresent = null; // by rule, filled on first need
    boolean prevWord = false;
    int runStart = 0;
    boolean runLetters = false; // the ASCII word run so far holds letters only
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      boolean word = isAsciiWordChar(c);
      boolean continues = word && prevWord;
      prevWord = word;
      boolean glued = false;
      if (!continues) {
        runStart = i;
        runLetters = isAsciiLetter(c);
      } else if (runLetters && !isAsciiLetter(c)) {
        glued = i - runStart <= MAX_GLUED_LABEL; // the first digit after a letter run
        runLetters = false;
      }
      int[][] byLength = byChar[c];
      if (byLength == null || (continues && !glued)) {
        continue;
      }
      int alnum = word ? run(cs, i, false) : 0;
      int[] candidates = byLength[Math.min(alnum, 63)];
      if (candidates == null) {
        continue;
      }
      int digits = -1;
      for (int r : candidates) {
        PatternRule rule = rules[r];
        int start = i;
        if (glued && (rule.anchor() != 0 || !rule.labelledBy(text, runStart, i))) {
          continue;
        }
        if (rule.anchor() != 0) {
          start = rule.anchoredStart(text, i);
          if (start < 0) {
            continue;
          }
        } else {
          if (i < next[r]) {
            continue;
          }
          if (digits < 0) {
            digits = run(cs, i, true);
          }
          if (!rule.digitLengthFits(digits) || !rule.prefixFits(cs, i)
              || !rule.gateOpen(text, i, alnum, digits)) {
            continue;
          }
        }
        if (start < next[r]) {
          continue;
        }
        if (rule.contextRequired()) {
          if (contextPresent == null) {
            contextPresent = contextWordsPresent(cs);
          }
          if (!contextPresent[r]) {
            next[r] = n; // no context word anywhere in this text
            continue;
          }
        }
        Matcher m = matchers[r];
        if (m == null) {
          m = rule.pattern().matcher(text);
          m.useAnchoringBounds(false);
          matchers[r] = m;
        } else if (!reset[r]) {
          m.reset(text);
        }
        reset[r] = true;
        m.region(start, n);
        m.useTransparentBounds(!glued); // glued: the label before must not fail the look-behind
        if (!m.lookingAt()) {
          continue;
        }
        next[r] = m.end();
        int s = rule.valueGroup() ? m.start("v") : m.start();
        int e = rule.valueGroup() ? m.end("v") : m.end();
        if (s < 0 || e <= s) {
          continue;
        }
        if (rule.extent() != null) {
          e = rule.extent().end(text, s, e);
          if (e <= s) {
            continue;
          }
        }
        Span span = score(rule, text, cs, s, e);
        if (span != null) {
          out.add(span);
        }
      }
    }
    return out;
  }

  /** One pass over the text: which context-requiring rules have a context word somewhere. */
  private boolean[] contextWordsPresent(char[] text) {
    long all = contextRules.length == 64 ? -1L : (1L << contextRules.length) - 1;
    long found = 0;
    for (int p = 0, n = text.length; p < n && found != all; p++) {
      char c = ContextWords.lower(text[p]);
      String[] ws = contextWordsByFirst[c];
      if (ws == null || (p > 0 && isAsciiLetter(c) && isAsciiLetter(text[p - 1]))) {
        continue; // Latin context words start words
      }
      long[] bits = contextRulesByFirst[c];
      // most words that share a first letter differ at the second: test it before the whole word
      char second = p + 1 < n ? ContextWords.lower(text[p + 1]) : 0;
      for (int k = 0; k < ws.length; k++) {
        String w = ws[k];
        if ((bits[k] & ~found) != 0 && (w.length() == 1 || w.charAt(1) == second)
            && ContextWords.matchesAt(text, p, w)) {
          found |= bits[k];
        }
      }
    }
    boolean[] present = new boolean[rules.length];
    for (int k = 0; k < contextRules.length; k++) {
      present[contextRules[k]] = (found >>> k & 1) != 0;
    }
    return present;
  }

  private Span score(PatternRule rule, CharSequence text, char[] cs, int s, int e) {
    double score = rule.baseScore();
    Explanation why = Explanation.of(rule.name(), score);
    if (rule.validator() != null) {
      Validator.Verdict v = rule.validator().check(text.subSequence(s, e));
      if (v == Validator.Verdict.INVALID) {
        return null;
      }
      boolean valid = v == Validator.Verdict.VALID;
      why = why.withValidator(rule.validatorName(), valid);
      if (valid) {
        score = Math.max(score, rule.validatedScore());
      }
    }
    ContextWords.Found ctx = rule.context().around(cs, s, e, rule.vetoable());
    if (ctx.vetoed() || (rule.contextRequired() && ctx.word() == null)) {
      return null;
    }
    if (ctx.word() != null) {
      why = why.withContext(ctx.word());
      score = Math.min(1.0, score + CONTEXT_BOOST - ctx.distance() * DISTANCE_PENALTY);
    }
    return new Span(rule.type(), s, e, score, name, why);
  }

  /** Length of the run of ASCII letters-or-digits (or of digits only) starting at {@code i}. */
  private static int run(char[] text, int i, boolean digitsOnly) {
    int n = text.length;
    int j = i;
    while (j < n) {
      char c = text[j];
      if (digitsOnly ? c < '0' || c > '9' : !isAsciiWordChar(c)) {
        break;
      }
      j++;
    }
    return j - i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isAsciiWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
