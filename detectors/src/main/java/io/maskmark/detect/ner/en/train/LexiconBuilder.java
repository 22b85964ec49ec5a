package io.maskmark.detect.ner.en.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.maskmark.detect.ner.en.Holdout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the given names, family names, cities, regions, countries and street words of the
 * Latin-script datafaker locales (Apache-2.0 data) into word classes for {@code lexicon.tsv}.
 * Held-out names ({@link Holdout}) are left out.
 */
final class LexiconBuilder {

  /** Word -> class letters (see {@code Lexicon.CODES}). */
  private final Map<String, Set<Character>> classes = new TreeMap<>();
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  static final List<String> FIRST_KEYS = List.of("first_name", "male_first_name",
      "female_first_name", "man_first_name", "woman_first_name", "first_name_men",
      "first_name_women");
  static final List<String> LAST_KEYS = List.of("last_name", "man_last_name", "woman_last_name",
      "last_name_men", "last_name_women");

  Map<String, Set<Character>> build() {
    Set<String> files = new LinkedHashSet<>();
    files.add("/en/name.yml");
    files.add("/en/address.yml");
    for (Locales.Weighted l : Locales.ALL) {
      files.add("/" + l.tag() + ".yml");
      int dash = l.tag().indexOf('-');
      if (dash > 0 && !l.tag().startsWith("en")) {
        files.add("/" + l.tag().substring(0, dash) + ".yml");
      }
    }
    for (String f : files) {
      JsonNode root = read(f);
      if (root == null) {
        continue;
      }
      for (JsonNode locale : root) {
        JsonNode faker = locale.path("faker");
        JsonNode name = faker.path("name");
        JsonNode address = faker.path("address");
        for (String k : FIRST_KEYS) {
          names(name.path(k), 'F');
        }
        for (String k : LAST_KEYS) {
          names(name.path(k), 'L');
        }
        places(address.path("city"), 'C');
        places(address.path("city_name"), 'C');
        places(address.path("state"), 'R');
        places(address.path("province"), 'R');
        places(address.path("region"), 'R');
        places(address.path("country"), 'K');
        places(address.path("street_suffix"), 'S');
        places(address.path("street_prefix"), 'S');
        places(address.path("common_street_suffix"), 'S');
      }
    }
    return classes;
  }

  private void names(JsonNode list, char cls) {
    for (String v : strings(list)) {
      for (String w : v.split("[\\s]+")) {
        if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Holdout.isHeldOut(w)
            && !w.endsWith(".")) {
          put(w, cls);
        }
      }
    }
  }

  private void places(JsonNode list, char cls) {
    for (String v : strings(list)) {
      for (String w : v.split("[\\s,()]+")) {
        if (w.length() > 1 && !(Character.isLowerCase(w.charAt(0)) && w.length() <= 3)) {
          put(w, cls);
        }
      }
    }
  }

  private void put(String word, char cls) {
    classes.computeIfAbsent(word.toLowerCase(java.util.Locale.ROOT), k -> new java.util.TreeSet<>())
        .add(cls);
  }

  /** The plain strings of a YAML list (or of a map of lists), skipping templates. */
  static List<String> strings(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    if (node.isTextual()) {
      String s = node.asText();
      if (!s.contains("#{") && !s.isBlank()) {
        out.add(s.strip());
      }
    } else if (node.isContainerNode()) {
      for (JsonNode c : node) {
        out.addAll(strings(c));
      }
    }
    return out;
  }

  private JsonNode read(String resource) {
    try (InputStream in = LexiconBuilder.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read datafaker resource " + resource, e);
    }
  }
}
