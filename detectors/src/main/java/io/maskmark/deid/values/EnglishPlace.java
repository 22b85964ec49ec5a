package io.maskmark.deid.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Coarse parts of an English address ({@code 1600 Amphitheatre Parkway, Mountain View, CA 94043})
 * by its commas: the first part and the street lines after it (a number first, or a flat/unit)
 * are dropped, postal codes removed; what is left is the city level, and its last non-country
 * part the state level.
 */
public final class EnglishPlace {

  /** A part below the city: starts with a number, or names a flat, unit, suite or floor. */
  private static final Pattern STREET_LINE =
      Pattern.compile("^(?:\\d|#|(?i:apt|apartment|unit|suite|ste|flat|floor|fl|room|building|bldg)\\b)");

  private EnglishPlace() {
  }

  /** City, state and country parts, without street lines or postal codes; empty if none. */
  static List<String> regionParts(String address) {
    String[] parts = address.split("[,\\n]");
    List<String> out = new ArrayList<>();
    boolean inStreet = true;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.isEmpty()) {
        continue;
      }
      if (inStreet && (i == 0 || STREET_LINE.matcher(p).find()) && i < parts.length - 1) {
        continue; // street line, flat, building
      }
      inStreet = false;
      String kept = withoutPostcodes(p);
      if (!kept.isEmpty()) {
        out.add(kept);
      }
    }
    return out;
  }

  /** The address at city level ({@code Mountain View, CA}), if it has a region part. */
  public static Optional<String> cityLevel(String address) {
    if (!address.contains(",") && !address.contains("\n")) {
      return FakerLists.get().isStateOrCountry(address) ? Optional.of(address.strip()) : Optional.empty();
    }
    List<String> parts = regionParts(address);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  /** The state or province ({@code CA}), else the country, if the address names one. */
  public static Optional<String> stateLevel(String address) {
    if (!address.contains(",") && !address.contains("\n")) {
      return FakerLists.get().isStateOrCountry(address) ? Optional.of(address.strip()) : Optional.empty();
    }
    List<String> parts = regionParts(address);
    if (parts.size() >= 2 && FakerLists.get().isCountry(parts.get(parts.size() - 1))) {
      return Optional.of(parts.get(parts.size() - 2));
    }
    return parts.size() >= 2 ? Optional.of(parts.get(parts.size() - 1)) : Optional.empty();
  }

  /** Drops words with digits (ZIP codes, both halves of a UK postcode such as NW1 6XE). */
  private static String withoutPostcodes(String part) {
    StringBuilder sb = new StringBuilder();
    for (String w : part.split("\\s+")) {
      if (w.chars().noneMatch(Character::isDigit)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w);
      }
    }
    return sb.toString();
  }
}
