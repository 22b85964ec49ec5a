package io.maskmark.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import io.maskmark.pipeline.record.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bench's records are what it claims: about the requested size, in the requested languages,
 * repeatable for a seed, and with planted identifiers that the structured detectors find (so the
 * bench's leak count means something).
 */
class BenchCorpusTest {

  private static final Analyzer STRUCTURED = Detectors.analyzer(List.of("structured"));

  @ParameterizedTest
  @EnumSource(BenchCorpus.Mix.class)
  void recordsHaveTheSizeLanguageAndPlantedValuesAsked(BenchCorpus.Mix mix) throws Exception {
    List<BenchCorpus.Item> items = new BenchCorpus(mix, 1024, 7).generate(200);
    int han = 0;
    long hanBytes = 0;
    long allBytes = 0;
    int planted = 0;
    for (BenchCorpus.Item item : items) {
      String text = Json.MAPPER.readTree(item.value()).get("text").asText();
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes >= 900 && bytes <= 1024 + 300, "size " + bytes + " of " + item.id());
      long hanChars = text.codePoints().filter(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN).count();
      han += hanChars > 0 ? 1 : 0;
      hanBytes += 3 * hanChars;
      allBytes += bytes;
      List<Span> spans = STRUCTURED.analyze(text, Language.detect(text)).spans();
      for (String value : item.planted()) {
        planted++;
        int at = text.indexOf(value);
        assertTrue(at >= 0, item.id());
        int start = text.codePointCount(0, at);
        int end = start + value.codePointCount(0, value.length());
        assertTrue(spans.stream().anyMatch(s -> s.start() <= start && s.end() >= end),
            "a planted " + value.length() + "-char value of " + item.id() + " is found");
      }
    }
    assertTrue(planted >= items.size(), "about one identifier per record or more: " + planted);
    switch (mix) {
      case ZH -> assertEquals(items.size(), han);
      case EN -> assertEquals(0, han);
      // both languages carry a real share of the text, not a sprinkle
      case MIXED -> assertTrue(hanBytes > allBytes / 5 && hanBytes < allBytes * 4 / 5,
          hanBytes + " of " + allBytes + " bytes are Han");
    }
  }

  @ParameterizedTest
  @EnumSource(BenchCorpus.Mix.class)
  void aSeedGivesTheSameRecords(BenchCorpus.Mix mix) {
    List<BenchCorpus.Item> a = new BenchCorpus(mix, 512, 11).generate(20);
    List<BenchCorpus.Item> b = new BenchCorpus(mix, 512, 11).generate(20);
    List<BenchCorpus.Item> c = new BenchCorpus(mix, 512, 12).generate(20);
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).value(), b.get(i).value());
    }
    assertFalse(java.util.Arrays.equals(a.get(0).value(), c.get(0).value()));
  }
}
