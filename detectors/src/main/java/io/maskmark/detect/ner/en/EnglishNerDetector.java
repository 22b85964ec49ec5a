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
      if (type == EntityType.PERSON && b - a > 1 && titleCase(chunk, a, b)
          && ordinaryWords(chunk, a, b, Lexicon.FIRST | Lexicon.LAST)) {
        type = EntityType.ORGANIZATION; // "Propeller Health": the name of a thing, not a person
      }
      if (type == EntityType.PERSON && !personLike(chunk, a, b, oneCase)) {
        continue;
      }
      if (type != EntityType.PERSON && type != EntityType.ORGANIZATION
          && ordinaryWords(chunk, a, b, Lexicon.CITY | Lexicon.COUNTRY | Lexicon.REGION)
          && (Character.isLowerCase(chunk.word(a).charAt(0)) || uninformativeCapital(chunk, a, b))) {
        continue; // "on this street", "Discipline is": no place is named
      }
      if (type == EntityType.ADDRESS) {
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
    if (ordinaryWords(chunk, a, b, Lexicon.FIRST | Lexicon.LAST) && uninformativeCapital(chunk, a, b)) {
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

  /**
   * Whether every word of {@code [a, b)} is ordinary English ({@link EnglishWords}) and none
   * carries one of the {@code named} lexicon classes (a listed name or place).
   */
  boolean ordinaryWords(Tokens chunk, int a, int b, int named) {
    boolean any = false;
    for (int k = a; k < b; k++) {
      String w = chunk.word(k);
      if (!content(w)) {
        continue;
      }
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (!EnglishWords.contains(w) || lexicon.is(bare, named)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether a capital says nothing about a name here: several words in title case, a word that
   * starts a sentence, line or quotation, or one next to other capitalised words ("Killed My
   * Baby"). One capitalised word inside a lower-case sentence ("call me Mark", "Dr. Fields") is
   * the signal a name gives, and is kept even when the word is ordinary English.
   */
  static boolean uninformativeCapital(Tokens chunk, int a, int b) {
    if (b - a > 1 || sentenceStart(chunk, a)) {
      return true;
    }
    boolean capitalBefore = Character.isUpperCase(chunk.word(a - 1).charAt(0))
        && !sentenceStart(chunk, a - 1); // "Then Maria called": the capital of Then says nothing
    return capitalBefore || (b < chunk.size() && Character.isUpperCase(chunk.word(b).charAt(0)));
  }

  /** Word {@code k} opens the chunk, a line, a quotation or a bracket, or follows a sentence end. */
  private static boolean sentenceStart(Tokens chunk, int k) {
    if (k == 0) {
      return true;
    }
    String before = chunk.word(k - 1);
    if (!content(before)) {
      return true;
    }
    char last = before.charAt(before.length() - 1);
    return (last == '.' && !LatinTokenizer.abbreviation(before.substring(0, before.length() - 1)))
        || last == '!' || last == '?' || last == ':';
  }

  private static boolean titleCase(Tokens chunk, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!Character.isUpperCase(chunk.word(k).charAt(0))) {
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
