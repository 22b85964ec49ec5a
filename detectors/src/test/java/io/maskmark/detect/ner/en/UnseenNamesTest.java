package io.maskmark.detect.ner.en;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generalisation: names the engine has never seen, neither in its lexicon nor in its training
 * corpus (the {@link Holdout} tenth of the name lists, and invented names), in sentences written
 * here and not among the training templates. Scored as the share of name characters found.
 */
class UnseenNamesTest {

  private static final String[] CONTEXTS = {
      "I finally got hold of %s on the phone this morning.",
      "According to %s, the shipment left on time.",
      "The contract was countersigned by %s last week",
      "We are delighted to welcome %s to the board.",
      "%s has been promoted to regional manager.",
      "Could you forward the minutes to %s?",
      "Our thanks go to %s for organising the trip.",
      "Witness statement of %s, taken at the station.",
      "My landlord, %s, refuses to fix the heating.",
      "In 1998 %s opened a small bakery near the harbour.",
      "Applicant: %s",
      "please add %s to the mailing list",
      "The award went to %s, who thanked her family.",
      "I was interviewed by %s and two colleagues.",
  };

  private static final Analyzer EN = Detectors.analyzer(List.of("en-ner"));

  @Test
  void heldOutListNamesAreFoundInNewContexts() throws Exception {
    List<String> first = heldOut("first_name", "male_first_name", "female_first_name");
    List<String> last = heldOut("last_name");
    assertTrue(first.size() > 50 && last.size() > 20, "too few held-out names to test with");
    Random rnd = new Random(11);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String f = first.get(rnd.nextInt(first.size()));
      String l = last.get(rnd.nextInt(last.size()));
      names.add(i % 3 == 0 ? f : f + " " + l);
    }
    double recall = recall(names, rnd);
    System.out.printf(Locale.ROOT, "held-out names: character recall %.3f%n", recall);
    assertTrue(recall >= 0.80, "recall on held-out names " + recall);
  }

  @Test
  void inventedNamesAreFoundInNewContexts() {
    Random rnd = new Random(5);
    String[] on = {"Zor", "Quen", "Bal", "Tam", "Vel", "Osk", "Mir", "Dra", "Kel", "Fen", "Ysol", "Arn"};
    String[] mid = {"a", "e", "i", "o", "u", "ae", "ie"};
    String[] coda = {"vath", "nel", "dric", "mora", "lin", "vik", "sson", "rova", "dez", "quist", "ard"};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String f = on[rnd.nextInt(on.length)] + mid[rnd.nextInt(mid.length)] + coda[rnd.nextInt(coda.length)];
      String l = on[rnd.nextInt(on.length)] + mid[rnd.nextInt(mid.length)] + coda[rnd.nextInt(coda.length)];
      names.add(f + " " + l);
    }
    double recall = recall(names, rnd);
    System.out.printf(Locale.ROOT, "invented names: character recall %.3f%n", recall);
    assertTrue(recall >= 0.80, "recall on invented names " + recall);
  }

  private static double recall(List<String> names, Random rnd) {
    long found = 0;
    long total = 0;
    for (String name : names) {
      String ctx = CONTEXTS[rnd.nextInt(CONTEXTS.length)];
      if (ctx.startsWith("please")) {
        name = name.toLowerCase(Locale.ROOT);
      }
      String text = String.format(Locale.ROOT, ctx, name);
      int start = text.indexOf(name);
      Analysis a = EN.analyze(text);
      for (int k = start; k < start + name.length(); k++) {
        if (text.charAt(k) == ' ') {
          continue;
        }
        total++;
        for (Span s : a.spans()) {
          if (s.type() == EntityType.PERSON && s.start() <= k && k < s.end()) {
            found++;
            break;
          }
        }
      }
    }
    return (double) found / total;
  }

  /** Capitalised Latin-script names of datafaker's English list that the holdout kept out. */
  private static List<String> heldOut(String... keys) throws Exception {
    JsonNode name;
    try (InputStream in = UnseenNamesTest.class.getResourceAsStream("/en/name.yml")) {
      name = new ObjectMapper(new YAMLFactory()).readTree(in).path("en").path("faker").path("name");
    }
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      for (JsonNode v : name.path(k)) {
        String s = v.asText();
        if (!s.contains("#{") && s.matches("[A-Z][a-z]+") && Holdout.isHeldOut(s)
            && !Lexicon.get().is(s, Lexicon.FIRST | Lexicon.LAST)) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
