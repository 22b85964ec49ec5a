package io.maskmark.detect.pattern;

import io.maskmark.detect.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One regular expression that proposes an entity, with its base score, an optional validator and
 * the context words that make it more likely. If the pattern has a group named {@code v}, the
 * span covers that group only (so look-around context can be matched without being reported).
 *
 * @param validatorName reported in explanations; null when there is no validator
 * @param contextWords  lower-case words (any language) that raise the score when found nearby
 */
public record PatternRule(String name, EntityType type, Pattern pattern, double baseScore,
                          String validatorName, Validator validator, List<String> contextWords) {

  public PatternRule {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(pattern);
    contextWords = List.copyOf(contextWords);
    if ((validator == null) != (validatorName == null)) {
      throw new IllegalArgumentException("validator and its name go together: " + name);
    }
  }

  public static PatternRule of(String name, EntityType type, String regex, double baseScore,
                               List<String> contextWords) {
    return new PatternRule(name, type, Pattern.compile(regex), baseScore, null, null, contextWords);
  }

  public PatternRule validatedBy(String validatorName, Validator v) {
    return new PatternRule(name, type, pattern, baseScore, validatorName, v, contextWords);
  }
}
