package io.maskmark.detect.ner.zh;

import io.maskmark.detect.Detector;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import io.maskmark.detect.ner.ScriptRuns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chinese person, place, address and organisation names: HanLP's segmenter and role-tagging
 * recognizers, then the project's rules ({@link PersonRules}, {@link PlaceRules},
 * {@link OrganizationRules}, {@link AddressGrammar}) on its words. Only Han text is read: Latin
 * words (two letters or more) split the text and are left to the English engine. Immutable and
 * thread-safe; the HanLP model is shared.
 */
final class ChineseNerDetector implements Detector {

  static final String NAME = "zh-ner";

  private static final Set<EntityType> TYPES =
      Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ADDRESS, EntityType.ORGANIZATION);

  /** Which candidate wins an overlap inside this detector: the larger structure first. */
  private static final Comparator<Found> PRIORITY = Comparator
      .comparingInt(ChineseNerDetector::rank)
      .thenComparing(Found::length, Comparator.reverseOrder())
      .thenComparingInt(Found::start);

  private final HanlpSegmenter segmenter;
  private final PersonRules persons;
  private final TransliteratedNames transliterated;
  private final JapaneseNames japanese;
  private final NameLists lists;
  private final PlaceRules places;
  private final OrganizationRules organizations;
  private final AddressGrammar addresses;

  ChineseNerDetector(HanlpSegmenter segmenter, Lexicon lexicon) {
    this.segmenter = segmenter;
    this.persons = new PersonRules(lexicon);
    this.transliterated = new TransliteratedNames(lexicon);
    this.japanese = new JapaneseNames(lexicon);
    this.lists = new NameLists(lexicon);
    this.places = new PlaceRules(lexicon);
    this.organizations = new OrganizationRules(lexicon);
    this.addresses = new AddressGrammar(lexicon);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public List<Span> detect(NormalizedText input, Language language) {
    String text = input.text();
    List<Span> out = new ArrayList<>();
    if (!hasHan(text, 0, text.length())) {
      return out;
    }
    int regionStart = -1;
    List<ScriptRuns.Run> runs = ScriptRuns.of(text);
    for (ScriptRuns.Run r : runs) {
      boolean han = r.script() == ScriptRuns.Script.HAN
          || r.script() == ScriptRuns.Script.LATIN && latinLetters(text, r) <= 1;
      if (han && regionStart < 0) {
        regionStart = r.start();
      } else if (!han && regionStart >= 0) {
        region(text, regionStart, r.start(), out);
        regionStart = -1;
      }
    }
    if (regionStart >= 0) {
      region(text, regionStart, text.length(), out);
    }
    return out;
  }

  /** A stretch of Han text, read sentence by sentence. */
  private void region(String text, int from, int to, List<Span> out) {
    int s = from;
    for (int i = from; i < to; i++) {
      if (isSentenceEnd(text.charAt(i))) {
        sentence(text, s, i + 1, out);
        s = i + 1;
      }
    }
    if (s < to) {
      sentence(text, s, to, out);
    }
  }

  private void sentence(String text, int from, int to, List<Span> out) {
    if (!hasHan(text, from, to)) {
      return;
    }
    List<Token> toks = words(text, from, to);
    List<Found> found = new ArrayList<>();
    persons.find(text, toks, found);
    transliterated.find(text, toks, found);
    japanese.find(text, toks, found);
    places.find(text, toks, found);
    organizations.find(toks, found);
    addresses.find(text, toks, to, found);
    found.sort(PRIORITY);
    List<Found> kept = new ArrayList<>();
    for (Found f : found) {
      if (kept.stream().noneMatch(k -> k.overlaps(f))) {
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    kept.addAll(lists.between(text, kept));
    for (Found f : kept) {
      out.add(new Span(f.type(), f.start(), f.end(), f.score(), NAME, Explanation.of(f.rule(), f.score())));
    }
  }

  /** HanLP's words, with implausible organisations read again without organisation recognition. */
  private List<Token> words(String text, int from, int to) {
    List<Token> toks = segmenter.segment(text, from, to);
    List<Token> out = null;
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.isOrganization() && !organizations.plausible(t)) {
        if (out == null) {
          out = new ArrayList<>(toks.subList(0, i));
        }
        out.addAll(segmenter.segmentWithoutOrganizations(text, t.start(), t.end()));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? toks : out;
  }

  /**
   * Addresses, then named organisations, buildings and places named by a unit, then persons, then
   * other places.
   */
  private static int rank(Found f) {
    return switch (f.type()) {
      case ADDRESS -> 0;
      case ORGANIZATION -> 1;
      case PERSON -> 2;
      default -> f.rule().equals("facility") || PlaceRules.outranksPerson(f) ? 1 : 3;
    };
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';'
        || c == '\n' || c == '\r';
  }

  private static boolean hasHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '\u2E80' && (Character.isIdeographic(c) || Character.isSurrogate(c)
          && Language.isHan(text.codePointAt(i)))) {
        return true;
      }
    }
    return false;
  }

  private static int latinLetters(String text, ScriptRuns.Run r) {
    int n = 0;
    for (int i = r.start(); i < r.end(); i++) {
      char c = text.charAt(i);
      if (c < 0x250 && Character.isLetter(c)) {
        n++;
      }
    }
    return n;
  }
}
