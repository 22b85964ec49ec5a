package io.maskmark.detect.ner.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the English engine on their own, without the model. */
class EnglishRulesTest {

  private static List<String> addresses(String text) {
    List<Span> out = new ArrayList<>();
    AddressGrammar.find(text, out);
    return out.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void usAddressIsOneSpanWithUnitCityStateAndZip() {
    assertEquals(List.of("1600 Pennsylvania Ave NW, Washington, DC 20500"),
        addresses("Send it to 1600 Pennsylvania Ave NW, Washington, DC 20500 please."));
    assertEquals(List.of("42 Maple Street, Apt 4B\nSpringfield, IL 62704"),
        addresses("Mail: 42 Maple Street, Apt 4B\nSpringfield, IL 62704"));
    assertEquals(List.of("221B Baker Street"), addresses("He lived at 221B Baker Street in London."));
    assertEquals(List.of("P.O. Box 1234"), addresses("Write to P.O. Box 1234 instead."));
    assertEquals(List.of("PSC 1234, Box 5678\nAPO AE 09012"), addresses("PSC 1234, Box 5678\nAPO AE 09012"));
  }

  @Test
  void lowerCaseAddressNeedsAStrongStreetTypeAndNoCommonWords() {
    assertEquals(List.of("12 elm street"), addresses("i live at 12 elm street now"));
    assertEquals(List.of(), addresses("it is 5 minutes down the road"));
    assertEquals(List.of(), addresses("we have 3 kids in the park"));
    assertEquals(List.of(), addresses("Version 2 of the Way we work"));
  }

  private static List<String> spans(String text, EntityType type) {
    List<Span> out = new ArrayList<>();
    Lexicon lx = Lexicon.get();
    for (Tokens t : LatinTokenizer.chunks(text)) {
      new TitleRule(lx).find(t, out);
      PlaceGazetteer.get().find(t, out);
      new OrganizationRule(lx).find(t, out);
    }
    return out.stream().filter(s -> s.type() == type).map(s -> text.substring(s.start(), s.end())).toList();
  }

  /** Whether a model PERSON reading of the words [a, b) of the only chunk of {@code text} stands. */
  private static boolean personLike(String text, int a, int b) {
    Tokens t = LatinTokenizer.chunks(text).get(0);
    return new EnglishNerDetector(NameModel.get(), Lexicon.get())
        .personLike(t, a, b, TitleRule.oneCase(t));
  }

  @Test
  void lowerCaseModelNamesNeedAListedNameOrTextWithoutCapitals() {
    assertTrue(personLike("Then Maria called", 1, 2), "capitalised");
    assertTrue(personLike("then maria called", 1, 2), "a listed given name, one-case text");
    assertFalse(personLike("Then bluxom called", 1, 2), "capitals elsewhere, none here");
    assertTrue(personLike("then bluxom called", 1, 2), "one-case text: capitals say nothing");
    assertFalse(personLike("why is he so impulsive", 4, 5), "an adjective ending");
    assertFalse(personLike("and sadly she left", 1, 2), "an adverb ending");
  }

  @Test
  void titleIntroducesANameAndIsPartOfIt() {
    assertEquals(List.of("Mr. Grimes"), spans("Mr. Grimes is fifty.", EntityType.PERSON));
    assertEquals(List.of("Dr. Ana de la Cruz"), spans("Ask Dr. Ana de la Cruz today.", EntityType.PERSON));
    assertEquals(List.of("mrs. okafor"), spans("hello this is mrs. okafor", EntityType.PERSON));
    // one-case text: a common word that is also a name ends the name unless it comes first
    assertEquals(List.of("dr. wilson"), spans("dr. wilson will see you at noon", EntityType.PERSON));
    assertEquals(List.of("ms. rivera"), spans("ms. rivera said no", EntityType.PERSON));
    assertEquals(List.of("mr. will hart"), spans("ask mr. will hart", EntityType.PERSON));
    assertEquals(List.of(), spans("The General Assembly met.", EntityType.PERSON));
  }

  @Test
  void gazetteerFindsCapitalisedPlacesAndLeavesAmbiguousWordsToContext() {
    assertEquals(List.of("South Korea", "New York"),
        spans("South Korea and New York were fun.", EntityType.LOCATION));
    assertEquals(List.of(), spans("Jordan called me yesterday.", EntityType.LOCATION));
    assertEquals(List.of("Jordan"), spans("We flew to Jordan yesterday.", EntityType.LOCATION));
    assertEquals(List.of(), spans("the south korea thing", EntityType.PERSON));
  }

  @Test
  void legalFormClosesAnOrganisation() {
    assertEquals(List.of("Acme Corp"), spans("Contact us at Acme Corp today", EntityType.ORGANIZATION));
    assertEquals(List.of("Müller & Söhne GmbH"),
        spans("Invoice from Müller & Söhne GmbH attached.", EntityType.ORGANIZATION));
    assertEquals(List.of(), spans("We are a group of friends.", EntityType.ORGANIZATION));
  }

  @Test
  void tokenizerKeepsAbbreviationsAndSplitsPossessivesAndSkipsOtherScripts() {
    List<Tokens> c = LatinTokenizer.chunks("Mr. O'Neill's flat, Hauptstr. 5. Then 王小明 left");
    assertEquals(List.of("Mr.", "O'Neill", "'s", "flat", ",", "Hauptstr.", "5", "."),
        List.of(c.get(0).words()));
    assertEquals(List.of("Then"), List.of(c.get(1).words()));
    assertEquals(List.of("left"), List.of(c.get(2).words()));
    assertEquals("Hauptstr.", "Mr. O'Neill's flat, Hauptstr. 5. Then 王小明 left"
        .substring(c.get(0).start(5), c.get(0).end(5)));
  }

  @Test
  void tokenizerSkipsEmailsAndUrlsAndMarksLineBreaks() {
    List<Tokens> c = LatinTokenizer.chunks("Anna Berg\nanna.berg@example.com\nhttps://example.com/x");
    assertEquals(1, c.size());
    assertEquals(List.of("Anna", "Berg"), List.of(c.get(0).words()));
    List<Tokens> d = LatinTokenizer.chunks("Anna Berg\n12 Elm Street");
    assertEquals(List.of("Anna", "Berg", Tokens.NEWLINE, "12", "Elm", "Street"), List.of(d.get(0).words()));
  }

  @Test
  void lexiconKnowsClassesAndHoldsNoHeldOutName() {
    Lexicon lx = Lexicon.get();
    assertTrue(lx.is("Street", Lexicon.STREET));
    assertTrue(lx.is("Mr.", Lexicon.TITLE));
    assertTrue(lx.is("france", Lexicon.COUNTRY));
    assertTrue(lx.is("thanks", Lexicon.COMMON));
    int held = 0;
    for (String name : List.of("Kimberly", "Sharon", "Chloe")) {
      assertTrue(Holdout.isHeldOut(name), name);
      assertFalse(lx.is(name, Lexicon.FIRST | Lexicon.LAST), name + " is held out");
      held++;
    }
    assertEquals(3, held);
  }

  private static Span span(EntityType type, String text, String word) {
    int at = text.indexOf(word);
    return new Span(type, at, at + word.length(), 0.8, EnglishNerDetector.NAME, null);
  }

  @Test
  void listWithTwoPersonsIsAListOfPersons() {
    String text = "We met Anna, Bruno, Carla, Dmitri and Esther there.";
    // as the model may read it: two persons, and an address across the commas between them
    List<Span> read = List.of(span(EntityType.PERSON, text, "Anna"),
        span(EntityType.ADDRESS, text, "Bruno, Carla"), span(EntityType.PERSON, text, "Esther"));
    List<String> out = NameLists.complete(text, read).stream()
        .map(x -> x.type() + ":" + text.substring(x.start(), x.end())).toList();
    assertEquals(List.of("PERSON:Anna", "PERSON:Bruno", "PERSON:Carla", "PERSON:Dmitri", "PERSON:Esther"), out);
  }

  @Test
  void listWithOnePersonIsLeftAlone() {
    String text = "Flights to Paris, Lyon, Nice and Anna are late.";
    List<Span> read = List.of(span(EntityType.LOCATION, text, "Paris"), span(EntityType.PERSON, text, "Anna"));
    assertEquals(read, NameLists.complete(text, read));
  }

  @Test
  void aVeryLongListIsReadWithoutBacktracking() {
    // a regular expression for the whole list overflowed the stack at 2,000 items
    String items = "Ab, ".repeat(200_000);
    assertEquals(List.of(), NameLists.complete(items, List.of()));
    String listed = items + "Anna, Bruno and Esther";
    List<Span> done = NameLists.complete(listed, List.of(span(EntityType.PERSON, listed, "Anna"),
        span(EntityType.PERSON, listed, "Esther")));
    assertEquals(200_003, done.size(), "every item of the list is a person");
  }
}
