package io.maskmark.detect.ner.en.train;

import io.maskmark.detect.ner.en.LatinTokenizer;
import io.maskmark.detect.ner.en.Lexicon;
import io.maskmark.detect.ner.en.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Generates the name finder's training corpus: the templates in {@code train/templates.txt}
 * filled with values from {@link Fillers}, tokenised exactly as the detector tokenises, with
 * token spans for the types {@code person}, {@code location}, {@code address} and
 * {@code organization}. About one sentence in six is lower-cased and one in fifty upper-cased, as chat
 * and forms are, and one in three loses its final full stop.
 */
public final class CorpusGenerator {

  /** A generated text with its entity spans (UTF-16 offsets, end exclusive). */
  public record Labelled(String text, List<Entity> entities) {
  }

  public record Entity(String type, int start, int end) {
  }

  private final List<String> templates;
  private final Fillers fillers;

  public CorpusGenerator(long seed) {
    this.templates = templates();
    this.fillers = new Fillers(seed, Lexicon.handWritten("countries.txt"),
        Lexicon.handWritten("regions.txt"), Lexicon.handWritten("cities.txt"),
        Lexicon.handWritten("titles.txt"), Lexicon.handWritten("org-suffixes.txt"));
  }

  static List<String> templates() {
    List<String> out = new ArrayList<>();
    try (InputStream in = CorpusGenerator.class.getResourceAsStream("/io/maskmark/detect/ner/en/train/templates.txt")) {
      if (in == null) {
        throw new IllegalStateException("training templates missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l; (l = r.readLine()) != null; ) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.replace("\\n", "\n"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One filled template. */
  public Labelled next() {
    Random rnd = fillers.random();
    String t = templates.get(rnd.nextInt(templates.size()));
    Faker f = fillers.pickLocale();
    StringBuilder sb = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      int open = t.indexOf('{', i);
      if (open < 0) {
        sb.append(t, i, t.length());
        break;
      }
      int close = t.indexOf('}', open);
      sb.append(t, i, open);
      String slot = t.substring(open + 1, close);
      fill(slot, f, sb, entities);
      i = close + 1;
    }
    String raw = sb.toString();
    String text = raw;
    // chat often ends without a full stop
    if (text.length() > 1 && (text.endsWith(".") || text.endsWith("!")) && rnd.nextInt(3) == 0
        && entities.stream().noneMatch(e -> e.end() == raw.length())) {
      text = text.substring(0, text.length() - 1);
    }
    int c = rnd.nextInt(50);
    String cased = c < 9 ? text.toLowerCase(Locale.ROOT) : c == 9 ? text.toUpperCase(Locale.ROOT) : text;
    if (cased.length() == text.length()) { // a few letters change length with case: keep offsets
      text = cased;
    }
    return new Labelled(text, entities);
  }

  private void fill(String slot, Faker f, StringBuilder sb, List<Entity> entities) {
    switch (slot) {
      case "PER" -> entity(sb, entities, "person", fillers.person(f));
      case "FIRST" -> entity(sb, entities, "person", fillers.first(f));
      case "LAST" -> entity(sb, entities, "person", fillers.last(f));
      case "TPER" -> entity(sb, entities, "person", fillers.title(f) + " " + fillers.titledName(f));
      case "ADDR" -> entity(sb, entities, "address", fillers.address(f));
      case "STREET" -> entity(sb, entities, "address", fillers.street(f));
      case "ZIP" -> entity(sb, entities, "address", fillers.zip(f));
      case "CITY" -> entity(sb, entities, "location", fillers.city(f));
      case "COUNTRY" -> entity(sb, entities, "location", fillers.country(f));
      case "REGION" -> entity(sb, entities, "location", fillers.region(f));
      case "LOC" -> entity(sb, entities, "location", fillers.place(f));
      case "ORG" -> entity(sb, entities, "organization", fillers.organization(f));
      case "NUM" -> sb.append(fillers.number());
      case "DATE" -> sb.append(fillers.date());
      case "PHONE" -> sb.append(fillers.phone(f));
      case "TIME" -> sb.append(fillers.time());
      case "CARD" -> sb.append(fillers.card());
      case "IBAN" -> sb.append(fillers.iban());
      case "SSN" -> sb.append(fillers.ssn());
      case "IP" -> sb.append(fillers.ip());
      case "ID" -> sb.append(fillers.code());
      default -> throw new IllegalStateException("unknown template slot {" + slot + "}");
    }
  }

  private static void entity(StringBuilder sb, List<Entity> entities, String type, String value) {
    int s = sb.length();
    sb.append(value);
    entities.add(new Entity(type, s, sb.length()));
  }

  /** The name samples of one labelled text: one per chunk the tokenizer makes of it. */
  public static List<NameSample> samples(Labelled l) {
    List<NameSample> out = new ArrayList<>();
    for (Tokens t : LatinTokenizer.chunks(l.text())) {
      List<Span> spans = new ArrayList<>();
      for (Entity e : l.entities()) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < t.size(); k++) {
          if (t.start(k) < e.end() && e.start() < t.end(k)) {
            if (first < 0) {
              first = k;
            }
            last = k;
          }
        }
        if (first >= 0) {
          spans.add(new Span(first, last + 1, e.type()));
        }
      }
      out.add(new NameSample(t.words(), dropOverlaps(spans).toArray(new Span[0]), true));
    }
    return out;
  }

  private static List<Span> dropOverlaps(List<Span> spans) {
    List<Span> kept = new ArrayList<>();
    for (Span s : spans) {
      if (kept.stream().noneMatch(k -> k.intersects(s))) {
        kept.add(s);
      }
    }
    return kept;
  }
}
