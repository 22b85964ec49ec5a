package io.maskmark.pipeline.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Detectors;
import io.maskmark.pipeline.engine.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentMetadataTest {

  private final Engine engine = new Engine(Detectors.analyzer(List.of("structured")), Policy.tags());

  private static ExtractedDocument doc(String text, Map<String, List<String>> metadata) {
    return new ExtractedDocument(text, "application/pdf", metadata, null);
  }

  @Test
  void onlyTheSubsetIsEmittedAndPersonFieldsAreReplacedWhole() {
    ExtractedDocument d = doc("", Map.of(
        "dc:creator", List.of("Jane Q. Smith"),
        "Message-To", List.of("\"Li Lei\" <li.lei@example.cn>, bob@example.com"),
        "dc:title", List.of("Plan, call 13812345678"),
        "custom:Reviewer", List.of("Jane Q. Smith"),
        "resourceName", List.of("Jane Q. Smith.pdf")));
    ObjectNode m = DocumentMetadata.redact(d, engine);
    assertEquals("<PERSON>", m.at("/author/0").asText());
    assertEquals("\"<PERSON>\" <<EMAIL>>, <EMAIL>", m.at("/to/0").asText());
    assertEquals("Plan, call <PHONE>", m.at("/title/0").asText());
    assertEquals(List.of("content_type", "author", "to", "title"), iterate(m));
  }

  @Test
  void peopleNamedInTheMetadataAreRedactedInTheTextAsWholeWords() {
    ExtractedDocument d = doc("Li said he would like to ask li.lei@example.cn; 李雷同意。",
        Map.of("meta:last-author", List.of("Li"), "Message-From", List.of("李雷 <li.lei@example.cn>")));
    String text = engine.deidentify(DocumentMetadata.seed(engine.detect(d.text(), null), d)).text();
    assertEquals("<PERSON> said he would like to ask <EMAIL>; [姓名]同意。", text);
    assertFalse(text.contains("李雷"));
  }

  private static List<String> iterate(ObjectNode m) {
    List<String> names = new java.util.ArrayList<>();
    m.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
