package io.maskmark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detector;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderAndEvaluatorTest {

  @TempDir
  Path dir;

  @Test
  void bioAndBmesFilesBecomeSpans() throws Exception {
    Path f = dir.resolve("x.bio");
    Files.writeString(f, "王 B-PER\n小 I-PER\n明 I-PER\n在 O\n北 B-LOC\n京 I-LOC\n\n"
        + "张\tS-PER\n去\tO\n上\tB-LOC\n海\tE-LOC\n", StandardCharsets.UTF_8);
    List<GoldDocument> docs = GoldReader.read(f, GoldReader.Format.BIO);
    assertEquals(2, docs.size());
    assertEquals("王小明在北京", docs.get(0).text());
    assertEquals(List.of(new GoldSpan("PER", 0, 3), new GoldSpan("LOC", 4, 6)), docs.get(0).spans());
    assertEquals(List.of(new GoldSpan("PER", 0, 1), new GoldSpan("LOC", 2, 4)), docs.get(1).spans());
  }

  @Test
  void jsonlOffsetsAreCodePoints() throws Exception {
    Path f = dir.resolve("x.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"𠀀王五\",\"spans\":[{\"type\":\"PERSON\",\"start\":1,\"end\":3}]}\n",
        StandardCharsets.UTF_8);
    GoldDocument d = GoldReader.read(f, GoldReader.Format.JSONL).get(0);
    assertEquals("王五", d.text().substring(d.spans().get(0).start(), d.spans().get(0).end()));
  }

  /** Tags every capitalised word as PERSON: enough to check the arithmetic. */
  private static final Detector CAPITALS = new Detector() {
    @Override
    public String name() {
      return "caps";
    }

    @Override
    public Set<EntityType> types() {
      return Set.of(EntityType.PERSON);
    }

    @Override
    public List<Span> detect(NormalizedText text, Language language) {
      List<Span> out = new ArrayList<>();
      Matcher m = Pattern.compile("[A-Z][a-z]+").matcher(text.text());
      while (m.find()) {
        out.add(new Span(EntityType.PERSON, m.start(), m.end(), 0.9, "caps", null));
      }
      return out;
    }
  };

  @Test
  void scoresCountCharactersAndEntities() {
    // gold: "Ann" and "Bo Li" are persons; "Paris" is a place.
    GoldDocument d = new GoldDocument("1", "Ann met Bo Li in Paris",
        List.of(new GoldSpan("PERSON", 0, 3), new GoldSpan("PERSON", 8, 13), new GoldSpan("LOC", 17, 22)));
    EvalReport r = new Evaluator(new Analyzer(List.of(CAPITALS)), new TypeMapping(true), Set.of())
        .evaluate("t", List.of(d), null);
    Scores person = r.chars("PERSON");
    // predicted PERSON chars: Ann(3) Bo(2) Li(2) Paris(5); gold PERSON: Ann, Bo, Li (whitespace ignored)
    assertEquals(7, person.truePositives());
    assertEquals(5, person.falsePositives());
    assertEquals(0, person.falseNegatives());
    assertEquals(5, r.chars("PLACE").falseNegatives());
    // entities: Ann exact; "Bo Li" predicted as two spans: not exact, but overlapping
    assertEquals(1, r.entityExact().get("PERSON").truePositives());
    assertEquals(2, r.entityOverlap().get("PERSON").truePositives());
    assertEquals(1.0, r.pii().recall(), 1e-9);
    assertEquals(12.0 / 12.0, r.pii().precision(), 1e-9);
  }
}
