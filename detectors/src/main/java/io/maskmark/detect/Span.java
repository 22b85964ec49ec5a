package io.maskmark.detect;

import java.util.Objects;

/**
 * A piece of personal data found in a text.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units), end exclusive. Everything the
 * project writes as JSON converts them to Unicode code points with {@link CodePoints}; inside the
 * JVM, UTF-16 indices keep substring and regex work cheap.
 *
 * @param detector name of the detector that produced the span
 * @param why      decision trail for {@code --explain}; may be null
 */
public record Span(EntityType type, int start, int end, double score, String detector,
                   Explanation why) {

  public Span {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detector, "detector");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span offsets [" + start + ", " + end + ")");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public Span withOffsets(int newStart, int newEnd) {
    return new Span(type, newStart, newEnd, score, detector, why);
  }

  public Span withScore(double newScore) {
    return new Span(type, start, end, newScore, detector, why);
  }
}
