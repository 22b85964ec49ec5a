package io.maskmark.detect.pattern;

import io.maskmark.detect.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One regular expression that proposes an entity, with its scores, an optional validator, the
 * context words that make it more likely, and the first characters a match can have (so the
 * engine only tries it where it can match). If the pattern has a group named {@code v}, the span
 * covers that group only (so a label such as "born on" can be matched without being reported).
 *
 * <p>Patterns must stay linear: possessive or bounded quantifiers only, never {@code \b} (it does
 * not fire between a Han character and a digit), explicit look-arounds at the edges.
 */
public final class PatternRule {

  private final String name;
  private final EntityType type;
  private final Pattern pattern;
  private final boolean valueGroup;
  private final double baseScore;
  private final double validatedScore;
  private final String validatorName;
  private final Validator validator;
  private final List<String> contextWords;
  /** The context words made of ASCII letters only, lower case: labels a number may be glued to. */
  private final java.util.Set<String> letterLabels;
  private final ContextWords context;
  private final boolean contextRequired;
  private final boolean vetoable;
  private final CharSet[] prefix;
  private final char anchor;
  private final CharSet anchorBack;
  private final int anchorMaxBack;
  private final Extent extent;
  private final Gate gate;
  private final long alnumLengths;
  private final long digitLengths;

  /**
   * A cheap test of a start position, run before the pattern is tried: {@code alnum} and
   * {@code digits} are the lengths of the runs of ASCII letters-or-digits and of digits at
   * {@code i}, computed once per position for every rule.
   */
  @FunctionalInterface
  interface Gate {
    boolean mayStartAt(CharSequence text, int i, int alnum, int digits);
  }

  private PatternRule(Builder b) {
    this.name = Objects.requireNonNull(b.name);
    this.type = Objects.requireNonNull(b.type);
    this.pattern = Objects.requireNonNull(b.pattern, "pattern of " + b.name);
    this.valueGroup = b.pattern.pattern().contains("(?<v>");
    this.baseScore = b.baseScore;
    this.validatedScore = b.validatedScore;
    this.validatorName = b.validatorName;
    this.validator = b.validator;
    this.contextWords = List.copyOf(b.contextWords);
    this.letterLabels = contextWords.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
        .filter(w -> w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.context = new ContextWords(contextWords);
    this.contextRequired = b.contextRequired;
    this.vetoable = b.vetoable;
    this.prefix = b.prefix;
    this.anchor = b.anchor;
    this.anchorBack = b.anchorBack;
    this.anchorMaxBack = b.anchorMaxBack;
    this.extent = b.extent;
    this.gate = b.gate;
    this.alnumLengths = b.alnumLengths;
    this.digitLengths = b.digitLengths;
    if (prefix == null && anchor == 0) {
      throw new IllegalArgumentException("rule " + name + " needs start characters or an anchor");
    }
  }

  public static Builder builder(String name, EntityType type) {
    return new Builder(name, type);
  }

  public String name() {
    return name;
  }

  public EntityType type() {
    return type;
  }

  public Pattern pattern() {
    return pattern;
  }

  public double baseScore() {
    return baseScore;
  }

  public double validatedScore() {
    return validatedScore;
  }

  public String validatorName() {
    return validatorName;
  }

  public Validator validator() {
    return validator;
  }

  public List<String> contextWords() {
    return contextWords;
  }

  ContextWords context() {
    return context;
  }

  /** Whether text[from, to) is one of this rule's letter-only context words, in any case. */
  boolean labelledBy(CharSequence text, int from, int to) {
    return !letterLabels.isEmpty()
        && letterLabels.contains(text.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a candidate without a context word nearby is dropped, whatever its score. */
  public boolean contextRequired() {
    return contextRequired;
  }

  /** Whether an order/tracking/transaction label right before the candidate drops it. */
  public boolean vetoable() {
    return vetoable;
  }

  boolean valueGroup() {
    return valueGroup;
  }

  /** Characters a match can start with; null for anchored rules. */
  CharSet start() {
    return prefix == null ? null : prefix[0];
  }

  /** Whether the first characters at {@code i} fit the rule's prefix classes. */
  boolean prefixFits(char[] text, int i) {
    int n = text.length;
    for (int k = 1; k < prefix.length; k++) {
      if (i + k >= n || !prefix[k].contains(text[i + k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a match can start on a letter/digit run of this length (63: 63 or more). */
  boolean alnumLengthFits(int alnum) {
    return (alnumLengths >>> Math.min(alnum, 63) & 1) != 0;
  }

  /** Whether a match can start on a digit run of this length. */
  boolean digitLengthFits(int digits) {
    return (digitLengths >>> Math.min(digits, 63) & 1) != 0;
  }

  /** Whether the gate (if any) lets the rule try position {@code i}. */
  boolean gateOpen(CharSequence text, int i, int alnum, int digits) {
    return gate == null || gate.mayStartAt(text, i, alnum, digits);
  }

  /**
   * Lengths as a bit mask: {@code "9"}, {@code "7-11"}, {@code "3,4,11"}, {@code "26-"} (26 or
   * more), {@code "*"} (any); bit 63 stands for 63 or more.
   */
  static long lengths(String spec) {
    if (spec.equals("*")) {
      return -1L;
    }
    long mask = 0;
    for (String part : spec.split(",")) {
      int dash = part.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
      int to = dash < 0 ? from : dash == part.length() - 1 ? 63 : Integer.parseInt(part.substring(dash + 1));
      for (int k = Math.min(from, 63); k <= Math.min(to, 63); k++) {
        mask |= 1L << k;
      }
    }
    return mask;
  }

  char anchor() {
    return anchor;
  }

  /** Where a match containing the anchor at {@code at} would start, or -1. */
  int anchoredStart(CharSequence text, int at) {
    int j = at;
    int limit = Math.max(0, at - anchorMaxBack);
    while (j > limit && anchorBack.contains(text.charAt(j - 1))) {
      j--;
    }
    return j == at ? -1 : j;
  }

  Extent extent() {
    return extent;
  }

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }

  /** Builds a rule; every setter returns the builder. */
  public static final class Builder {
    private final String name;
    private final EntityType type;
    private Pattern pattern;
    private double baseScore = 0.5;
    private double validatedScore = PatternDetector.VALIDATED_SCORE;
    private String validatorName;
    private Validator validator;
    private List<String> contextWords = List.of();
    private boolean vetoable;
    private boolean contextRequired;
    private CharSet[] prefix;
    private char anchor;
    private CharSet anchorBack;
    private int anchorMaxBack;
    private Extent extent;
    private Gate gate;
    private long alnumLengths = -1L;
    private long digitLengths = -1L;

    private Builder(String name, EntityType type) {
      this.name = name;
      this.type = type;
    }

    public Builder regex(String regex) {
      this.pattern = Pattern.compile(regex);
      return this;
    }

    public Builder regex(String regex, int flags) {
      this.pattern = Pattern.compile(regex, flags);
      return this;
    }

    /**
     * Classes of the first characters of every match ({@code "0-9+", "0-9 -"}); the first is
     * required, the others narrow where the pattern is tried.
     */
    public Builder startsWith(String... classes) {
      this.prefix = new CharSet[classes.length];
      for (int i = 0; i < classes.length; i++) {
        prefix[i] = CharSet.of(classes[i]);
      }
      return this;
    }

    /**
     * Tries the rule at each occurrence of {@code c} instead, starting the match up to
     * {@code maxBack} characters earlier over characters in {@code back} (the local part of an
     * e-mail address before its {@code @}).
     */
    public Builder anchoredAt(char c, String back, int maxBack) {
      this.anchor = c;
      this.anchorBack = CharSet.of(back);
      this.anchorMaxBack = maxBack;
      return this;
    }

    public Builder score(double base) {
      this.baseScore = base;
      return this;
    }

    public Builder validator(String validatorName, Validator v, double validatedScore) {
      this.validatorName = validatorName;
      this.validator = v;
      this.validatedScore = validatedScore;
      return this;
    }

    public Builder context(String... words) {
      this.contextWords = List.of(words);
      return this;
    }

    public Builder context(List<String> words) {
      this.contextWords = List.copyOf(words);
      return this;
    }

    /**
     * Candidates need a context word: numbers of a generic shape (eight digits, a 9-digit SSN)
     * mean nothing without a label. Lets the engine skip the pattern where no word is near.
     */
    public Builder requiresContext() {
      this.contextRequired = true;
      return this;
    }

    /** An order, tracking or transaction label right before the candidate drops it. */
    public Builder vetoable() {
      this.vetoable = true;
      return this;
    }

    Builder extent(Extent e) {
      this.extent = e;
      return this;
    }

    /**
     * The lengths the run of ASCII letters-or-digits and the run of digits at a match's start
     * can have (see {@link #lengths}): two bit tests before the pattern is tried.
     */
    public Builder runs(String alnum, String digits) {
      this.alnumLengths = lengths(alnum);
      this.digitLengths = lengths(digits);
      return this;
    }

    Builder gate(Gate g) {
      this.gate = g;
      return this;
    }

    public PatternRule build() {
      return new PatternRule(this);
    }
  }
}
