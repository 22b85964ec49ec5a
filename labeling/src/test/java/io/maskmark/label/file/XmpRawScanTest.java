package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.FoundLabel;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The raw search of packets the XMP parser refuses: what it finds, and that its work stays linear. */
class XmpRawScanTest {

  private static final String LABEL = "{\"Label\":\"1\",\"ContentProducer\":\"001191440300708461136T1XGW3\"}";

  @Test
  void findsElementAndAttributeLabelsInAMalformedPacket() {
    String packet = "<x:xmpmeta><rdf:Description TC260:AIGC='" + LABEL.replace("\"", "&quot;")
        + "'><TC260:AIGC>" + LABEL + "</TC260:AIGC><broken></x:xmpmeta";
    List<FoundLabel> found = XmpLabels.readRaw(packet, "test", "malformed");
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.stream().allMatch(f -> f.toString().contains("001191440300708461136T1XGW3")),
        found.toString());
  }

  @Test
  void selfClosedAndUnclosedElementsYieldNothing() {
    assertEquals(List.of(), XmpLabels.readRaw("<a:AIGC/><b:AIGC>" + LABEL, "test", "malformed"));
    assertEquals(List.of(), XmpLabels.readRaw(" a:AIGC=\"{no closing quote", "test", "malformed"));
  }

  /** Characters read per character of the packet, counted through charAt: exact on any machine. */
  @Test
  void workStaysLinearOnManyUnclosedOpenings() {
    Map<String, IntFunction<String>> adversarial = Map.of(
        "unclosed elements", n -> "<x:AIGC>".repeat(n / 8),
        "start tags without end", n -> "<x:AIGC ".repeat(n / 8),
        "start tags ending once, at the end", n -> "<x:AIGC ".repeat(n / 8) + ">",
        "unclosed attribute values", n -> " x:AIGC=\"".repeat(n / 9),
        "both quotes unclosed", n -> " x:AIGC=\" y:AIGC='".repeat(n / 18),
        "many prefixes", n -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; sb.length() < n; i++) {
            sb.append("<p").append(i).append(":AIGC>");
          }
          return sb.toString();
        });
    int n = 200_000;
    adversarial.forEach((name, make) -> {
      CountingText text = new CountingText(make.apply(n));
      XmpLabels.readRaw(text, "test", "malformed");
      double perChar = (double) text.reads / text.length();
      assertTrue(perChar < 20, name + ": " + perChar + " reads per character");
    });
  }

  private static final class CountingText implements CharSequence {
    private final String s;
    long reads;

    CountingText(String s) {
      this.s = s;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int i) {
      reads++;
      return s.charAt(i);
    }

    @Override
    public CharSequence subSequence(int a, int b) {
      return s.subSequence(a, b);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
