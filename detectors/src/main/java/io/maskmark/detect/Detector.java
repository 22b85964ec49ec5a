package io.maskmark.detect;

import java.util.List;
import java.util.Set;

/**
 * Finds entities in a text: one recognizer in Presidio's sense. Implementations are immutable and
 * thread-safe, because one instance (and its model) is shared by every stream thread.
 *
 * <p>A detector sees only the {@linkplain NormalizedText normalised} text and returns spans over
 * it; the {@link Analyzer} maps them back to the original and resolves overlaps.
 */
public interface Detector {

  /** Short stable name, reported in every span ({@code detector} field) and in metrics. */
  String name();

  /** The entity types this detector can report. */
  Set<EntityType> types();

  /**
   * Candidate spans over {@code text.text()}, in any order, possibly overlapping.
   *
   * @param language the record's language (detected or given), for engines that route by it
   */
  List<Span> detect(NormalizedText text, Language language);
}
