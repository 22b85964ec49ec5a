package io.maskmark.pipeline.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps metric label values few and safe. A value must look like an identifier (letters, digits,
 * {@code _ . : / + -}, at most 64 characters) and each label may take at most a fixed number of
 * distinct values; anything else is reported as {@code other}. Callers pass only values the code
 * chose (types, stages, detector names), so this is a guard against a bug or a hostile
 * configuration turning free text into labels, not a normal path.
 */
final class LabelValues {

  static final String OTHER = "other";
  static final String NONE = "none";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:/+-]{1,64}");

  private final int maxDistinct;
  private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

  LabelValues(int maxDistinct) {
    this.maxDistinct = maxDistinct;
  }

  String of(String label, String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    // Only values that passed SAFE are kept, so a known one skips the regex (called per record).
    Set<String> values = seen.computeIfAbsent(label, k -> ConcurrentHashMap.newKeySet());
    if (values.contains(value)) {
      return value;
    }
    if (!SAFE.matcher(value).matches()) {
      return OTHER;
    }
    synchronized (values) {
      if (values.size() >= maxDistinct) {
        return OTHER;
      }
      values.add(value);
      return value;
    }
  }
}
