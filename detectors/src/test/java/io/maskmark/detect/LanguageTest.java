package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  /** The fast paths of isHan must agree with the JDK's script table on every code point. */
  @Test
  void isHanAgreesWithUnicodeScriptEverywhere() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (Language.isHan(cp) != expected) {
        assertEquals(expected, Language.isHan(cp), "U+" + Integer.toHexString(cp).toUpperCase());
      }
    }
  }
}
