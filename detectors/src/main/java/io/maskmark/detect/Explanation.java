package io.maskmark.detect;

/**
 * Why a span was reported, for debugging (like Presidio's decision process). Never holds the
 * matched value itself, so it is safe to log.
 *
 * @param rule        pattern or model rule that proposed the span
 * @param baseScore   score before validation and context
 * @param validator   name of the checksum/format validator, or null when none applies
 * @param validated   whether the validator passed (always true when {@code validator} is null)
 * @param contextWord the context word that raised the score, or null
 */
public record Explanation(String rule, double baseScore, String validator, boolean validated,
                          String contextWord) {

  public static Explanation of(String rule, double baseScore) {
    return new Explanation(rule, baseScore, null, true, null);
  }

  public Explanation withValidator(String name, boolean passed) {
    return new Explanation(rule, baseScore, name, passed, contextWord);
  }

  public Explanation withContext(String word) {
    return new Explanation(rule, baseScore, validator, validated, word);
  }
}
