package io.maskmark.pipeline.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.detect.Language;

/**
 * A parsed input: text, or binary content to extract, plus the envelope's optional fields.
 *
 * @param content    raw document bytes ({@code content_b64} or a binary value); null for text
 * @param mime       declared content type, or null
 * @param lang       declared language, or null to detect
 * @param source     free-form source tag from the envelope (e.g. "helpdesk"), or null
 * @param generated  whether the sender declares the content AI-generated (null: not said)
 * @param aigc       an AIGC label object carried by the envelope, or null
 */
public record InputRecord(String id, String text, byte[] content, String mime, Language lang,
                          String source, Boolean generated, JsonNode aigc) {

  public boolean isDocument() {
    return content != null;
  }

  public InputRecord withText(String newText) {
    return new InputRecord(id, newText, null, mime, lang, source, generated, aigc);
  }

  @Override
  public String toString() {
    return "InputRecord[id=" + id + ", chars=" + (text == null ? 0 : text.length())
        + ", bytes=" + (content == null ? 0 : content.length) + "]"; // never the content
  }
}
