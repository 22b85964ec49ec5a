package io.maskmark.detect.pattern;

import io.maskmark.detect.Detector;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Regex rules with validators and context scoring, as Presidio's pattern recognizers: a passing
 * validator raises the score to at least {@link #VALIDATED_SCORE}, a failing one drops the
 * candidate, and a context word within {@link #CONTEXT_WINDOW} characters adds
 * {@link #CONTEXT_BOOST}.
 */
public class PatternDetector implements Detector {

  static final double VALIDATED_SCORE = 0.9;
  static final double CONTEXT_BOOST = 0.35;
  static final int CONTEXT_WINDOW = 24;

  private final String name;
  private final List<PatternRule> rules;
  private final Set<EntityType> types;

  public PatternDetector(String name, List<PatternRule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
    EnumSet<EntityType> t = EnumSet.noneOf(EntityType.class);
    rules.forEach(r -> t.add(r.type()));
    this.types = Set.copyOf(t);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<EntityType> types() {
    return types;
  }

  @Override
  public List<Span> detect(NormalizedText input, Language language) {
    String text = input.text();
    List<Span> out = new ArrayList<>();
    for (PatternRule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      boolean group = rule.pattern().pattern().contains("(?<v>");
      while (m.find()) {
        int s = group ? m.start("v") : m.start();
        int e = group ? m.end("v") : m.end();
        if (s < 0 || e <= s) {
          continue;
        }
        Span span = score(rule, text, s, e);
        if (span != null) {
          out.add(span);
        }
      }
    }
    return out;
  }

  private Span score(PatternRule rule, String text, int s, int e) {
    double score = rule.baseScore();
    Explanation why = Explanation.of(rule.name(), score);
    if (rule.validator() != null) {
      boolean ok = rule.validator().test(text.subSequence(s, e));
      if (!ok) {
        return null;
      }
      why = why.withValidator(rule.validatorName(), true);
      score = Math.max(score, VALIDATED_SCORE);
    }
    String word = ContextWords.find(text, s, e, rule.contextWords(), CONTEXT_WINDOW);
    if (word != null) {
      why = why.withContext(word);
      score = Math.min(1.0, score + CONTEXT_BOOST);
    }
    return new Span(rule.type(), s, e, score, name, why);
  }
}
