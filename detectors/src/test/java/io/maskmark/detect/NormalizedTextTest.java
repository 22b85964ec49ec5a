package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void lookAlikeLettersFoldOnlyInWordsWithLatinInThem() {
    // Cyrillic о, а and і inside Latin words, a Greek ο before a Latin domain
    assertEquals("mail john.smith@example.com now",
        NormalizedText.of("mail j\u043Ehn.sm\u0456th@ex\u0430mple.com now").text());
    assertEquals("anno@example.org", NormalizedText.of("ann\u03BF@example.\u03BFrg").text());
    // an all-Cyrillic user name is still part of a word with '@' and a Latin domain
    assertEquals("aoe@example.com",
        NormalizedText.of("\u0430\u043E\u0435@example.com").text());
    // a passport number with a Cyrillic letter: digits make it a Latin word
    assertEquals("E12345678", NormalizedText.of("\u041512345678").text());
  }

  @Test
  void greekAndRussianWordsStayAsTheyAre() {
    for (String text : new String[] {"ΛΕΥΚΩΣΙΑ", "Я живу в Москве, ул. Тверская",
        "Οδός Αθηνάς, ΠΑΦΟΣ PA"}) {
      NormalizedText t = NormalizedText.of(text);
      assertEquals(text, t.text());
      assertFalse(t.changed(), text);
    }
  }

  @Test
  void offsetsMapBackAcrossFoldedAndRemovedCharacters() {
    String original = "ΛΕΥΚΩΣΙΑ １３８\u200B1234５６７８ j\u043Ehn@x.com";
    NormalizedText t = NormalizedText.of(original);
    assertEquals("ΛΕΥΚΩΣΙΑ 13812345678 john@x.com", t.text());
    int at = t.text().indexOf("john");
    assertEquals(original.indexOf("j\u043Ehn"), t.originalIndex(at));
    assertEquals(original.indexOf("１"), t.originalIndex(t.text().indexOf("138")));
  }
}
