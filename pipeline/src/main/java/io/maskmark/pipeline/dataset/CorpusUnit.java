package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.detect.Language;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.record.Json;
import java.util.Base64;

/**
 * One record of a corpus: a whole document's bytes, or the text of one JSONL line or CSV row.
 * Batch redaction turns it into the {@link InputRecord} the stream's envelope parser would make
 * of {@link #toEnvelope()}, which ingest publishes: both paths then run the same stages.
 *
 * @param failure why the record could not be read (then text and content are null)
 */
public record CorpusUnit(String id, String text, byte[] content, Language lang, String failure) {

  public static CorpusUnit document(String id, byte[] content) {
    return new CorpusUnit(id, null, content, null, null);
  }

  public static CorpusUnit text(String id, String text, Language lang) {
    return new CorpusUnit(id, text, null, lang, null);
  }

  public static CorpusUnit failed(String id, String reason) {
    return new CorpusUnit(id, null, null, null, reason);
  }

  public boolean failed() {
    return failure != null;
  }

  public InputRecord toInput() {
    return new InputRecord(id, text, content, null, lang, null, null, null);
  }

  /** The envelope for {@code maskmark.raw}: {@code {"id","text","lang"?}} or {@code {"id","content_b64"}}. */
  public byte[] toEnvelope() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", id);
    if (content != null) {
      n.put("content_b64", Base64.getEncoder().encodeToString(content));
    } else {
      n.put("text", text);
      if (lang != null) {
        n.put("lang", lang.code());
      }
    }
    try {
      return Json.MAPPER.writeValueAsBytes(n);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write an envelope", e);
    }
  }

  @Override
  public String toString() {
    return "CorpusUnit[" + id + "]"; // never the content
  }
}
