package io.maskmark.detect.ner.en;

import io.maskmark.detect.Detector;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English named entities in the Latin-script runs of a text: the statistical name finder
 * ({@link NameModel}) proposes person, place, address and organisation spans, and rules add what
 * a model trained on generated text may miss or cut short: whole street addresses
 * ({@link AddressGrammar}, {@link Intersection}), names after a title ({@link TitleRule}), known places
 * ({@link PlaceGazetteer}) and organisations with a legal suffix ({@link OrganizationRule}).
 * {@link SpanMerger} reconciles them into one span per entity.
 *
 * <p>Immutable and thread-safe: the model is shared, each thread tags with its own finder.
 */
public final class EnglishNerDetector implements Detector {

  public static final String NAME = "en-ner";

  /** Model spans score between these; rules use fixed scores inside the same range. */
  static final double MODEL_FLOOR = 0.45;
  static final double MODEL_RANGE = 0.4;

  private final NameModel model;
  private final Lexicon lexicon;
  private final TitleRule titles;
  private final PlaceGazetteer places;
  private final OrganizationRule organizations;

  EnglishNerDetector(NameModel model, Lexicon lexicon) {
    this.model = model;
    this.lexicon = lexicon;
    this.titles = new TitleRule(lexicon);
    this.places = PlaceGazetteer.get();
    this.organizations = new OrganizationRule(lexicon);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ADDRESS,
        EntityType.ORGANIZATION);
  }

  @Override
  public List<Span> detect(NormalizedText text, Language language) {
    String s = text.text();
    if (!hasLatinLetter(s)) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (Tokens chunk : LatinTokenizer.chunks(s)) {
      modelSpans(chunk, out);
      titles.find(chunk, out);
      places.find(chunk, out);
      organizations.find(chunk, out);
    }
    AddressGrammar.find(s, out);
    Intersection.find(s, out);
    return NameLists.complete(s, SpanMerger.merge(out));
  }

  private void modelSpans(Tokens chunk, List<Span> out) {
    boolean oneCase = TitleRule.oneCase(chunk);
    for (NameModel.TokenSpan m : model.tag(chunk.words())) {
      int a = m.start();
      int b = m.end();
      while (a < b && !content(chunk.word(a))) {
        a++;
      }
      while (b > a && !content(chunk.word(b - 1))) {
        b--;
      }
      if (a >= b) {
        continue;
      }
      EntityType type = type(m.type());
      if (type == EntityType.PERSON && b - a > 1 && EnglishWords.titleCase(chunk, a, b)
          && EnglishWords.only(chunk, a, b, lexicon, Lexicon.FIRST | Lexicon.LAST)) {
        type = EntityType.ORGANIZATION; // "Propeller Health": the name of a thing, not a person
      }
      if (type == EntityType.PERSON && !personLike(chunk, a, b, oneCase)) {
        continue;
      }
      if (type != EntityType.PERSON && type != EntityType.ORGANIZATION
          && EnglishWords.only(chunk, a, b, lexicon, Lexicon.CITY | Lexicon.COUNTRY | Lexicon.REGION)
          && (Character.isLowerCase(chunk.word(a).charAt(0))
              || EnglishWords.uninformativeCapital(chunk, a, b))) {
        continue; // "on this street", "Discipline is": no place is named
      }
      if (type == EntityType.ADDRESS) {
        int street = AddressBlock.streetLine(chunk, a, b);
        if (street > a && AddressBlock.namesAbove(chunk, a, street,
            MODEL_FLOOR + MODEL_RANGE * m.prob(), lexicon, out)) {
          a = street;
          while (a < b && !content(chunk.word(a))) {
            a++; // the quotation mark of a quoted line
          }
        }
        if (!addressLike(chunk, a, b)) {
          continue;
        }
        if (a > 0 && isHouseNumber(chunk.word(a - 1))) {
          a--; // "36 Netelaan 399": a house number before a street that ends in its own number
        }
      }
      double score = MODEL_FLOOR + MODEL_RANGE * m.prob();
      int end = chunk.end(b - 1);
      if (type == EntityType.PERSON && sentencePeriod(chunk.word(b - 1))) {
        end--; // "date of birth. it's": the tokenizer kept the period on the word
      }
      out.add(new Span(type, chunk.start(a), end, score, NAME,
          Explanation.of("en-ner:model:" + m.type(), score)));
    }
  }

  /** English endings of adjectives, adverbs and abstract nouns; given and family names rarely end so. */
  private static final String[] WORD_ENDINGS = {"ly", "ive", "ous", "ful", "less", "ness", "ment",
      "tion", "sion", "able", "ible", "ity"};

  /**
   * A model PERSON reading is dropped when its words are lower-case and none is a listed name,
   * and either the text around uses capitals (so a name would have them) or it is one word that
   * is frequent in English or has an adjective, adverb or abstract-noun ending
   * ({@code impulsive}, {@code sadly}).
   */
  boolean personLike(Tokens chunk, int a, int b, boolean oneCase) {
    if (EnglishWords.only(chunk, a, b, lexicon, Lexicon.FIRST | Lexicon.LAST)
        && EnglishWords.uninformativeCapital(chunk, a, b)) {
      return false; // "Battery is", "Entertainment Weekly": capitalised, but no name in it
    }
    for (int k = a; k < b; k++) {
      String w = chunk.word(k);
      if (!Character.isLowerCase(w.charAt(0)) || lexicon.is(w, Lexicon.FIRST | Lexicon.LAST)) {
        return true;
      }
    }
    if (!oneCase) {
      return false;
    }
    if (b - a > 1) {
      return true;
    }
    String w = chunk.word(a).toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (lexicon.is(w, Lexicon.COMMON)) {
      return false; // one frequent word (list, help) in text without capitals
    }
    for (String ending : WORD_ENDINGS) {
      if (w.endsWith(ending) && w.length() > ending.length() + 2) {
        return false;
      }
    }
    return true;
  }

  /** A word of three or more letters that ends in a period: the period ends a sentence. */
  static boolean sentencePeriod(String w) {
    return w.length() > 3 && w.endsWith(".") && w.indexOf('.') == w.length() - 1
        && !LatinTokenizer.abbreviation(w.substring(0, w.length() - 1));
  }

  /**
   * An address has a word with letters in it; a run of digits alone is a phone, card or order
   * number, except a lone postal code (4 to 6 digits, or ZIP+4).
   */
  static boolean addressLike(Tokens chunk, int a, int b) {
    for (int k = a; k < b; k++) {
      String w = chunk.word(k);
      for (int i = 0; i < w.length(); i++) {
        if (Character.isLetter(w.charAt(i))) {
          return true;
        }
      }
    }
    if (b - a == 1) {
      String w = chunk.word(a);
      return w.length() >= 4 && w.length() <= 6 || w.matches("\\d{5}-\\d{4}");
    }
    return false;
  }

  static boolean isHouseNumber(String w) {
    if (w.isEmpty() || w.length() > 5) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A token that can carry an entity: a word, not a line break or a lone comma. */
  static boolean content(String w) {
    if (w.equals(Tokens.NEWLINE)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static EntityType type(String modelType) {
    return switch (modelType) {
      case "person" -> EntityType.PERSON;
      case "location" -> EntityType.LOCATION;
      case "address" -> EntityType.ADDRESS;
      case "organization" -> EntityType.ORGANIZATION;
      default -> throw new IllegalStateException("en-ner model has an unknown type " + modelType);
    };
  }

  private static boolean hasLatinLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        return true;
      }
      if (c >= 0xC0 && c < 0x250 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }
}
