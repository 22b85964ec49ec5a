package io.maskmark.detect.ner.en.train;

import io.maskmark.detect.ner.en.Holdout;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Values for the slots of the training templates, drawn from datafaker (Apache-2.0) in many
 * locales, in the varied forms real text uses: a name alone or with initials, a street line with or
 * without a flat number, a whole postal address on one line or several.
 */
final class Fillers {

  private final Random rnd;
  private final Map<String, Faker> fakers = new HashMap<>();
  private final int totalWeight;
  private final List<String> countries;
  private final List<String> regions;
  private final List<String> cities;
  private final List<String> titles;
  private final List<String> orgSuffixes;

  Fillers(long seed, List<String> countries, List<String> regions, List<String> cities,
          List<String> titles, List<String> orgSuffixes) {
    this.rnd = new Random(seed);
    this.countries = countries;
    this.regions = regions;
    this.cities = cities;
    this.titles = titles;
    this.orgSuffixes = orgSuffixes;
    int w = 0;
    for (Locales.Weighted l : Locales.ALL) {
      w += l.weight();
    }
    totalWeight = w;
  }

  /** A faker of a locale drawn by weight; the same locale is used for one sentence. */
  Faker pickLocale() {
    int r = rnd.nextInt(totalWeight);
    for (Locales.Weighted l : Locales.ALL) {
      r -= l.weight();
      if (r < 0) {
        return fakers.computeIfAbsent(l.tag(),
            t -> new Faker(Locale.forLanguageTag(t), new Random(rnd.nextLong())));
      }
    }
    throw new IllegalStateException();
  }

  Random random() {
    return rnd;
  }

  /** Draws until the value is Latin script and holds no held-out name. */
  private String draw(Supplier<String> s) {
    for (int k = 0; k < 30; k++) {
      String v = s.get();
      if (v != null && !v.isBlank() && latin(v) && noHeldOut(v)) {
        return v.strip();
      }
    }
    return "Taylor";
  }

  private static boolean latin(String v) {
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean noHeldOut(String v) {
    for (String w : v.split("[\\s\\-]+")) {
      if (Holdout.isHeldOut(w)) {
        return false;
      }
    }
    return true;
  }

  String first(Faker f) {
    return draw(() -> f.name().firstName());
  }

  String last(Faker f) {
    return draw(() -> f.name().lastName());
  }

  /** A person's name in one of the forms names take in text. */
  String person(Faker f) {
    int r = rnd.nextInt(100);
    if (r < 38) {
      return first(f) + " " + last(f);
    } else if (r < 53) {
      return first(f);
    } else if (r < 63) {
      return last(f);
    } else if (r < 71) {
      return first(f) + " " + first(f) + " " + last(f);
    } else if (r < 77) {
      return first(f) + " " + (char) ('A' + rnd.nextInt(26)) + ". " + last(f);
    } else if (r < 82) {
      return (char) ('A' + rnd.nextInt(26)) + ". " + last(f);
    } else if (r < 87) {
      return first(f) + " " + last(f) + "-" + last(f);
    } else if (r < 91) {
      String[] particles = {"van", "de", "von", "van der", "da", "di", "del", "le", "dos", "bin", "al"};
      return first(f) + " " + particles[rnd.nextInt(particles.length)] + " " + last(f);
    } else if (r < 95) {
      return draw(() -> f.name().fullName());
    } else {
      return first(f) + " " + last(f) + " " + (rnd.nextBoolean() ? "Jr." : "III");
    }
  }

  String title(Faker f) {
    if (rnd.nextInt(4) == 0) {
      String p = draw(() -> f.name().prefix());
      if (p.length() < 12) {
        return p;
      }
    }
    return titles.get(rnd.nextInt(Math.min(titles.size(), 24)));
  }

  /** The name after a title: family name, or given and family name. */
  String titledName(Faker f) {
    return rnd.nextInt(3) == 0 ? first(f) + " " + last(f) : last(f);
  }

  String street(Faker f) {
    int r = rnd.nextInt(100);
    if (r < 15) {
      return draw(() -> f.address().streetName());
    } else if (r < 65) {
      return draw(() -> f.address().streetAddress());
    } else if (r < 85) {
      return draw(() -> f.address().streetAddress(true));
    } else {
      return draw(() -> f.address().buildingNumber() + " " + f.address().streetAddress());
    }
  }

  String city(Faker f) {
    return rnd.nextInt(10) < 6 ? draw(() -> f.address().city()) : cities.get(rnd.nextInt(cities.size()));
  }

  String region(Faker f) {
    return rnd.nextBoolean() ? draw(() -> f.address().state()) : regions.get(rnd.nextInt(regions.size()));
  }

  String country(Faker f) {
    return rnd.nextInt(10) < 7 ? countries.get(rnd.nextInt(countries.size()))
        : draw(() -> f.address().country());
  }

  String place(Faker f) {
    int r = rnd.nextInt(10);
    return r < 5 ? city(f) : r < 8 ? country(f) : region(f);
  }

  String zip(Faker f) {
    return draw(() -> f.address().zipCode());
  }

  /** A whole postal address: the locale's own format, or parts joined as people write them. */
  String address(Faker f) {
    if (rnd.nextInt(10) < 3) {
      return draw(() -> f.address().fullAddress());
    }
    String sep = switch (rnd.nextInt(6)) {
      case 0, 1 -> ", ";
      case 2 -> "\n";
      case 3 -> ",\n";
      case 4 -> "\n ";
      default -> " ";
    };
    StringBuilder sb = new StringBuilder(street(f));
    if (rnd.nextInt(4) == 0) {
      sb.append(sep.equals(" ") ? " " : rnd.nextBoolean() ? sep : " ")
          .append(draw(() -> f.address().secondaryAddress()));
    }
    int layout = rnd.nextInt(6);
    String city = city(f);
    if (rnd.nextInt(6) == 0) {
      city = city.toUpperCase(Locale.ROOT); // postal style: CAHORS, SANDEFJORD
    }
    String zip = zip(f);
    switch (layout) {
      case 0 -> sb.append(sep).append(city).append(", ").append(stateAbbr(f)).append(' ').append(zip);
      case 1 -> sb.append(sep).append(zip).append(' ').append(city);
      case 2 -> sb.append(sep).append(city).append(sep).append(country(f)).append(' ').append(zip);
      case 3 -> sb.append(sep).append(city).append(' ').append(zip);
      case 4 -> sb.append(sep).append(city);
      default -> sb.append(sep).append(city).append(sep).append(region(f)).append(sep).append(zip);
    }
    if (rnd.nextInt(5) == 0 && layout != 2) {
      sb.append(sep).append(country(f));
    }
    return sb.toString();
  }

  private String stateAbbr(Faker f) {
    try {
      return draw(() -> f.address().stateAbbr());
    } catch (RuntimeException e) {
      return "NY";
    }
  }

  /** An organisation name: datafaker's, or a family name or word with a suffix. */
  String organization(Faker f) {
    int r = rnd.nextInt(12);
    if (r >= 10) {
      return invented();
    }
    if (r < 5) {
      return draw(() -> f.company().name());
    } else if (r < 8) {
      return last(f) + " " + orgSuffixes.get(rnd.nextInt(orgSuffixes.size()));
    } else {
      String[] words = {"Blue", "Northern", "Summit", "Pioneer", "Global", "United", "Royal",
          "Silver", "Green", "Atlas", "Apex", "Evergreen", "Harbor", "Liberty", "Crown"};
      return words[rnd.nextInt(words.length)] + " "
          + orgSuffixes.get(rnd.nextInt(orgSuffixes.size()));
    }
  }

  private static final String[] PARTS = {"data", "cloud", "health", "bio", "geo", "tech", "soft",
      "net", "mind", "flow", "hub", "lab", "labs", "ly", "ify", "works", "logic", "sense", "wave",
      "spark", "path", "grid", "base", "stack", "safe", "clear", "bright", "smart", "open", "true",
      "nova", "zen", "pulse", "loop", "verse", "scape", "cast", "mark", "point", "sight", "ware",
      "gen", "qu", "vox", "ion", "byte", "pixel", "rocket", "lime", "fox", "bee", "owl", "mint"};

  /** A start-up style name made of word parts ({@code Cloudpulse}, {@code DataHub}). */
  String invented() {
    StringBuilder sb = new StringBuilder();
    int n = 2 + rnd.nextInt(2);
    boolean camel = rnd.nextBoolean();
    for (int i = 0; i < n; i++) {
      String p = PARTS[rnd.nextInt(PARTS.length)];
      sb.append(i == 0 || camel ? Character.toUpperCase(p.charAt(0)) + p.substring(1) : p);
    }
    if (rnd.nextInt(5) == 0) {
      sb.append(rnd.nextInt(10));
    }
    return sb.toString();
  }

  String number() {
    return Integer.toString(1000 + rnd.nextInt(900000));
  }

  String date() {
    String[] months = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    return switch (rnd.nextInt(3)) {
      case 0 -> (1 + rnd.nextInt(28)) + " " + months[rnd.nextInt(12)] + " " + (1950 + rnd.nextInt(75));
      case 1 -> months[rnd.nextInt(12)] + " " + (1 + rnd.nextInt(28)) + ", " + (1950 + rnd.nextInt(75));
      default -> (1 + rnd.nextInt(12)) + "/" + (1 + rnd.nextInt(28)) + "/" + (1950 + rnd.nextInt(75));
    };
  }

  String time() {
    return String.format(Locale.ROOT, "%02d:%02d", rnd.nextInt(24), rnd.nextInt(60))
        + (rnd.nextBoolean() ? String.format(Locale.ROOT, ":%02d", rnd.nextInt(60)) : "");
  }

  String card() {
    StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "4" : "5");
    for (int i = 1; i < 16; i++) {
      if (i % 4 == 0 && rnd.nextInt(3) == 0) {
        sb.append(' ');
      }
      sb.append(rnd.nextInt(10));
    }
    return sb.toString();
  }

  String iban() {
    StringBuilder sb = new StringBuilder();
    sb.append((char) ('A' + rnd.nextInt(26))).append((char) ('A' + rnd.nextInt(26)));
    sb.append(10 + rnd.nextInt(90));
    for (int i = 0; i < 4; i++) {
      sb.append((char) ('A' + rnd.nextInt(26)));
    }
    for (int i = 0; i < 14; i++) {
      sb.append(rnd.nextInt(10));
    }
    return sb.toString();
  }

  String ssn() {
    return String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + rnd.nextInt(800), 1 + rnd.nextInt(98),
        1 + rnd.nextInt(9998));
  }

  String ip() {
    return rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256);
  }

  /** An order or ticket code: letters and digits. */
  String code() {
    StringBuilder sb = new StringBuilder();
    int letters = rnd.nextInt(4);
    for (int i = 0; i < letters; i++) {
      sb.append((char) ('A' + rnd.nextInt(26)));
    }
    if (letters > 0 && rnd.nextBoolean()) {
      sb.append('-');
    }
    sb.append(100000 + rnd.nextInt(900000));
    return sb.toString();
  }

  String phone(Faker f) {
    return draw(() -> f.phoneNumber().phoneNumber());
  }
}
