package io.maskmark.detect.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.maskmark.detect.ner.ScriptRuns.Run;
import io.maskmark.detect.ner.ScriptRuns.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunsTest {

  private static String describe(String text) {
    StringBuilder sb = new StringBuilder();
    for (Run r : ScriptRuns.of(text)) {
      sb.append(r.script()).append('[').append(text, r.start(), r.end()).append(']');
    }
    return sb.toString();
  }

  /** The fast paths of scriptOf must agree with the JDK's script table on every code point. */
  @Test
  void scriptOfAgreesWithUnicodeScriptEverywhere() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      Script expected = s == Character.UnicodeScript.HAN ? Script.HAN
          : s == Character.UnicodeScript.LATIN ? Script.LATIN
          : s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED ? null
          : Script.OTHER;
      if (ScriptRuns.scriptOf(cp) != expected) {
        assertEquals(expected, ScriptRuns.scriptOf(cp), "U+" + Integer.toHexString(cp).toUpperCase());
      }
    }
  }

  @Test
  void mixedTextSplitsAtScriptChanges() {
    assertEquals("LATIN[Contact ]HAN[王小明 ]LATIN[at Acme Corp]", describe("Contact 王小明 at Acme Corp"));
  }

  @Test
  void digitsAndPunctuationStayWithTheRunTheyFollow() {
    assertEquals("HAN[中关村大街1号，]LATIN[Room 5]", describe("中关村大街1号，Room 5"));
    assertEquals("HAN[12号楼]", describe("12号楼"));
  }

  @Test
  void runsCoverTheWholeText() {
    String text = "  电话：138 0013 8000 call me, 谢谢!";
    List<Run> runs = ScriptRuns.of(text);
    assertEquals(0, runs.get(0).start());
    assertEquals(text.length(), runs.get(runs.size() - 1).end());
    for (int i = 1; i < runs.size(); i++) {
      assertEquals(runs.get(i - 1).end(), runs.get(i).start());
    }
  }

  @Test
  void textWithoutScriptIsOneOtherRun() {
    assertEquals(List.of(new Run(Script.OTHER, 0, 5)), ScriptRuns.of("12-34"));
    assertEquals(List.of(), ScriptRuns.of(""));
  }

  @Test
  void otherScriptsAreTheirOwnRuns() {
    assertEquals("HAN[东京]OTHER[とうきょう]", describe("东京とうきょう"));
  }
}
