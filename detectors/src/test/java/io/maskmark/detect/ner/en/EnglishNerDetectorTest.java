package io.maskmark.detect.ner.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The whole engine: model and rules through the analyzer. */
class EnglishNerDetectorTest {

  private static final Analyzer EN = Detectors.analyzer(List.of("en-ner"));

  private static List<String> found(Analysis a, EntityType type) {
    return a.spans().stream().filter(s -> s.type() == type)
        .map(s -> a.text().substring(s.start(), s.end())).toList();
  }

  @Test
  void mixedTextLeavesHanRunsAloneAndFindsTheLatinOrganisation() {
    Analysis a = EN.analyze("Contact 王小明 at Acme Corp");
    assertEquals(Language.MIXED, a.language());
    assertEquals(List.of("Acme Corp"), found(a, EntityType.ORGANIZATION));
    for (Span s : a.spans()) {
      for (int i = s.start(); i < s.end(); i++) {
        assertTrue(!Language.isHan(a.text().codePointAt(i)), "span over a Han character: " + s);
      }
    }
  }

  @Test
  void chineseTextGivesNothing() {
    assertEquals(List.of(), EN.analyze("张伟住在北京市海淀区中关村大街1号").spans());
  }

  @Test
  void namesPlacesAndAddressesInOrdinarySentences() {
    Analysis a = EN.analyze("Yesterday Margaret Okonkwo flew from Lisbon to meet Dr. Haruki Tanabe.");
    assertEquals(List.of("Margaret Okonkwo", "Dr. Haruki Tanabe"), found(a, EntityType.PERSON));
    assertEquals(List.of("Lisbon"), found(a, EntityType.LOCATION));
    Analysis b = EN.analyze("Please send the contract to 77 Harbor Road, Portland, OR 97201.");
    assertEquals(List.of("77 Harbor Road, Portland, OR 97201"), found(b, EntityType.ADDRESS));
  }

  @Test
  void ordinarySentencesWithCapitalsGiveNoPerson() {
    for (String s : List.of("Thank you for contacting Customer Support.",
        "The Quarterly Report is due on Monday.", "Please restart the router and try again.")) {
      assertEquals(List.of(), found(EN.analyze(s), EntityType.PERSON), s);
    }
  }

  @Test
  void capitalisedOrdinaryWordsAtASentenceStartAreNoPersons() {
    for (String s : List.of("Doctors said the clinic was closed.",
        "Farmers brought their own tools to the fair.", "Silence filled the hall after the speech.")) {
      assertEquals(List.of(), found(EN.analyze(s), EntityType.PERSON), s);
    }
  }

  @Test
  void aSurnameThatIsAlsoAWordStaysANameInsideASentence() {
    assertEquals(List.of("Fry"),
        found(EN.analyze("We waited an hour for Fry at the station."), EntityType.PERSON));
    assertEquals(List.of("Ball"),
        found(EN.analyze("Lunch with Ball and his sister was fun."), EntityType.PERSON));
  }

  @Test
  void aStreetCornerIsOneAddressEvenWhenAStreetIsNamedForAPerson() {
    assertEquals(List.of("Lindenweg 12 and Fenwick Street"), found(EN.analyze(
        "The parcel was left at the corner of Lindenweg 12 and Fenwick Street."), EntityType.ADDRESS));
    Analysis a = EN.analyze("Meet us at the intersection of Oakhurst Avenue and Jensen Street tomorrow.");
    assertEquals(List.of("Oakhurst Avenue and Jensen Street"), found(a, EntityType.ADDRESS));
    assertEquals(List.of(), found(a, EntityType.PERSON));
  }

  @Test
  void aNameLineAboveAQuotedAddressBlockIsAPersonNotPartOfTheAddress() {
    Analysis a = EN.analyze(
        ">Helen Marsh\n>Brightfold\n>Daniel Okafor\n>44 Lindqvistgatan 12\n>Apt. 5\n>Vallby\n>Norway 40112");
    // the company line between them may read as either; the people and the address may not
    assertTrue(found(a, EntityType.PERSON).containsAll(List.of("Helen Marsh", "Daniel Okafor")));
    assertEquals(List.of("44 Lindqvistgatan 12\n>Apt. 5\n>Vallby\n>Norway 40112"),
        found(a, EntityType.ADDRESS));
  }

  @Test
  void bulletedAndQuotedLinesReadLikePlainOnes() {
    String block = "Corinna Halvorsen\n27 Moorcroft Street\nApt. 12\nBrenlow\nDenmark 40112";
    for (String mark : List.of("", "> ", "- ", "\u2022 ", "??? ")) {
      String text = mark + block.replace("\n", "\n" + mark);
      Analysis a = EN.analyze(text);
      assertEquals(List.of("Corinna Halvorsen"), found(a, EntityType.PERSON), mark);
      List<String> places = new java.util.ArrayList<>(found(a, EntityType.ADDRESS));
      places.addAll(found(a, EntityType.LOCATION));
      String joined = String.join("|", places);
      for (String part : List.of("27 Moorcroft Street", "Apt. 12", "Brenlow", "Denmark 40112")) {
        assertTrue(joined.contains(part), mark + part + " in " + joined);
      }
    }
  }

  @Test
  void textWithoutCapitalsKeepsNamesButNotFrequentWordsOrSentencePeriods() {
    for (String s : List.of("please send me the list. thanks", "what time is it? i need help.",
        "could you check my date of birth. it's wrong")) {
      List<String> persons = found(EN.analyze(s), EntityType.PERSON);
      assertEquals(List.of(), persons.stream().filter(p -> p.endsWith(".")
          || List.of("list", "help", "time").contains(p)).toList(), s);
    }
    assertEquals(List.of("margaret okonkwo"),
        found(EN.analyze("yesterday i met margaret okonkwo at the station."), EntityType.PERSON));
    // a line break is no capital: text on several lines is still text without capitals
    assertEquals(List.of("margaret okonkwo"),
        found(EN.analyze("to:\nmargaret okonkwo\n17 harbour lane"), EntityType.PERSON));
  }

  @Test
  void threadsSharingTheDetectorGetTheSameAnswersAsOneThread() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add("Ticket " + i + ": Joanna Kowalczyk of Brightwave Ltd moved to " + (10 + i)
          + " Cedar Lane, Austin, TX 78701 and asked Mr. Lindqvist to call her.");
      texts.add("hi its mateo ruiz, i live in valencia now, write to me at " + i + " calle mayor");
    }
    List<List<Span>> expected = texts.stream().map(t -> EN.analyze(t).spans()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        results.add(pool.submit(() -> {
          for (int k = texts.size() - 1; k >= 0; k--) {
            if (!EN.analyze(texts.get(k)).spans().equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get(), "a thread got different spans than the single-threaded run");
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(expected.get(0).stream().anyMatch(s -> s.type() == EntityType.ADDRESS));
  }
}
