package io.maskmark.deid.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name and place lists for surrogates and generalisation, read as data from the resources of
 * {@code net.datafaker:datafaker} (Apache-2.0; {@code en/name.yml}, {@code en/address.yml},
 * {@code zh-CN.yml}). The lists are fixed by the pinned datafaker version, which keeps keyed
 * surrogates stable; a datafaker upgrade that changes them changes surrogates, so upgrade it
 * together with a key rotation. Faker itself is not used: its templates would decide the shape
 * of a name, while a surrogate must follow the shape of the original.
 */
public final class FakerLists {

  public final List<String> enFirstNames;
  public final List<String> enLastNames;
  public final List<String> enStreetSuffixes;
  public final List<String> enCityPrefixes;
  public final List<String> enCitySuffixes;
  public final List<String> enStates;
  public final List<String> enStateAbbrs;
  public final List<String> enCountries;
  /** Single-character surnames, then compound ones (司马, 欧阳...) in {@link #zhCompoundSurnames}. */
  public final List<String> zhSurnames;
  public final List<String> zhCompoundSurnames;
  public final List<String> zhGivenNames1;
  public final List<String> zhGivenNames2;
  /** City names without the 市 suffix (深圳, 青岛...). */
  public final List<String> zhCities;
  public final List<String> zhStreetSuffixes;

  private static final List<String> MORE_COUNTRIES = List.of("usa", "us", "u.s.", "u.s.a.",
      "united states", "uk", "u.k.", "england", "scotland", "wales", "northern ireland", "prc",
      "p.r. china");

  private final Set<String> enFirstNameSet = new HashSet<>();
  private final Set<String> enStateSet = new HashSet<>();
  private final Set<String> enCountrySet = new HashSet<>(MORE_COUNTRIES);

  private static final class Holder {
    static final FakerLists INSTANCE = new FakerLists();
  }

  /** The lists, loaded once on first use. */
  public static FakerLists get() {
    return Holder.INSTANCE;
  }

  private FakerLists() {
    JsonNode enName = read("/en/name.yml").path("en").path("faker").path("name");
    JsonNode enAddress = read("/en/address.yml").path("en").path("faker").path("address");
    JsonNode zh = read("/zh-CN.yml").path("zh-CN").path("faker");
    List<String> first = new ArrayList<>(list(enName, "male_first_name"));
    first.addAll(list(enName, "female_first_name"));
    enFirstNames = List.copyOf(first);
    enLastNames = list(enName, "last_name");
    enStreetSuffixes = list(enAddress, "street_suffix");
    enCityPrefixes = list(enAddress, "city_prefix");
    enCitySuffixes = list(enAddress, "city_suffix");
    enStates = list(enAddress, "state");
    enStateAbbrs = list(enAddress, "state_abbr");
    enCountries = list(enAddress, "country");
    List<String> single = new ArrayList<>();
    List<String> compound = new ArrayList<>();
    for (String s : list(zh.path("name"), "last_name")) {
      (s.codePointCount(0, s.length()) == 1 ? single : compound).add(s);
    }
    zhSurnames = List.copyOf(single);
    zhCompoundSurnames = List.copyOf(compound);
    List<String> g1 = new ArrayList<>();
    List<String> g2 = new ArrayList<>();
    for (String s : list(zh.path("name"), "first_name")) {
      int n = s.codePointCount(0, s.length());
      if (n == 1) {
        g1.add(s);
      } else if (n == 2) {
        g2.add(s);
      }
    }
    zhGivenNames1 = List.copyOf(g1);
    zhGivenNames2 = List.copyOf(g2);
    zhCities = list(zh.path("address"), "city");
    zhStreetSuffixes = list(zh.path("address"), "street_suffix");
    enFirstNames.forEach(f -> enFirstNameSet.add(f.toLowerCase(Locale.ROOT)));
    enStates.forEach(f -> enStateSet.add(f.toLowerCase(Locale.ROOT)));
    enStateAbbrs.forEach(f -> enStateSet.add(f.toLowerCase(Locale.ROOT)));
    enCountries.forEach(f -> enCountrySet.add(f.toLowerCase(Locale.ROOT)));
  }

  public boolean isEnglishFirstName(String word) {
    return enFirstNameSet.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A US state (name or abbreviation) or a country: coarse enough to keep when generalising. */
  public boolean isStateOrCountry(String place) {
    String p = place.trim().toLowerCase(Locale.ROOT);
    return enStateSet.contains(p) || enCountrySet.contains(p);
  }

  public boolean isCountry(String place) {
    return enCountrySet.contains(place.trim().toLowerCase(Locale.ROOT));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = FakerLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("datafaker resource " + resource
            + " missing from the class path (is net.datafaker:datafaker there?)");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read datafaker resource " + resource, e);
    }
  }

  private static List<String> list(JsonNode parent, String field) {
    JsonNode n = parent.path(field);
    List<String> out = new ArrayList<>();
    for (JsonNode v : n) {
      String s = v.asText();
      if (!s.isBlank() && !s.contains("#{")) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("datafaker list '" + field + "' is empty or missing");
    }
    return List.copyOf(out);
  }
}
