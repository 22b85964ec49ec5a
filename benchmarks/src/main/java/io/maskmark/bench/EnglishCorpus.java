package io.maskmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated English benchmark text: support tickets, letters, news and resume snippets with names,
 * addresses, places and organisations at a realistic density, written for the benchmark (no
 * evaluation data). Seeded, so every run measures the same bytes.
 */
public final class EnglishCorpus {

  private static final String[] FIRST = {"James", "Maria", "Wei", "Olga", "Ahmed", "Sofia",
      "Liam", "Priya", "Kwame", "Elena", "Tomasz", "Aiko", "Lucas", "Fatima", "Noah", "Ingrid"};
  private static final String[] LAST = {"Walker", "Garcia", "Chen", "Petrova", "Hassan",
      "Rossi", "O'Neill", "Sharma", "Mensah", "Novak", "Kowalski", "Tanaka", "Silva", "Haddad",
      "Bergstrom", "Lindqvist"};
  private static final String[] STREET = {"Maple Avenue", "Oak Street", "Harbor Road",
      "Elm Drive", "Kingsway", "Station Road", "Cedar Lane", "Park Boulevard"};
  private static final String[] CITY = {"Springfield", "Leeds", "Toronto", "Austin", "Dublin",
      "Melbourne", "Portland", "Hamburg"};
  private static final String[] ORG = {"Northwind Traders", "Acme Corp", "Blue Harbor Logistics",
      "Summit Health Group", "Brightline Software Inc.", "Global Freight Ltd"};

  private static final String[] TEMPLATES = {
      "Hi team, %P% called again about order A%N% and asked us to call back tomorrow morning.",
      "Please update the shipping address to %A% before the parcel leaves the warehouse.",
      "Dear %T% %L%,\nthank you for your letter. We have forwarded your complaint to %O%.",
      "The refund was approved yesterday and should appear within five business days.",
      "%P%, a spokesperson for %O%, said the company would open a new office in %C% next year.",
      "Meeting moved to Thursday at 3pm, room 12B. Bring the quarterly figures and the draft contract.",
      "%F% said the courier could not find the building, so the package went back to %C%.",
      "Experience: senior analyst at %O%, %C% (2016-2021); before that at %O%.",
      "We shipped 1,250 units in March, up 12 percent on February, and expect a similar April.",
      "Name: %P%\nAddress: %A%\nNotes: prefers e-mail, no calls after 6pm.",
      "The login fails after the password reset; the user is on build 4.2.17 of the mobile app.",
      "I met %F% and %F% at the conference in %C%; they both work for %O% now.",
  };

  private EnglishCorpus() {
  }

  /** {@code count} documents of roughly {@code docChars} characters. */
  public static List<String> documents(int count, int docChars, long seed) {
    Random rnd = new Random(seed);
    List<String> docs = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      StringBuilder sb = new StringBuilder(docChars + 200);
      while (sb.length() < docChars) {
        sb.append(fill(TEMPLATES[rnd.nextInt(TEMPLATES.length)], rnd)).append(' ');
      }
      docs.add(sb.toString());
    }
    return docs;
  }

  private static String fill(String t, Random rnd) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < t.length()) {
      int p = t.indexOf('%', i);
      if (p < 0) {
        sb.append(t, i, t.length());
        break;
      }
      int q = t.indexOf('%', p + 1);
      sb.append(t, i, p);
      String slot = t.substring(p + 1, q);
      sb.append(switch (slot) {
        case "P" -> pick(FIRST, rnd) + " " + pick(LAST, rnd);
        case "F" -> pick(FIRST, rnd);
        case "L" -> pick(LAST, rnd);
        case "T" -> rnd.nextBoolean() ? "Ms." : "Dr.";
        case "A" -> (1 + rnd.nextInt(9999)) + " " + pick(STREET, rnd) + ", " + pick(CITY, rnd)
            + (rnd.nextBoolean() ? ", CA " + (90000 + rnd.nextInt(9999)) : "");
        case "C" -> pick(CITY, rnd);
        case "O" -> pick(ORG, rnd);
        case "N" -> Integer.toString(100000 + rnd.nextInt(900000));
        default -> throw new IllegalStateException(slot);
      });
      i = q + 1;
    }
    return sb.toString();
  }

  private static String pick(String[] a, Random rnd) {
    return a[rnd.nextInt(a.length)];
  }
}
