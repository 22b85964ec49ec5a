package io.maskmark.pipeline.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.detect.Language;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns a Kafka record value into an {@link InputRecord}. A value is either UTF-8 text, a JSON
 * envelope {@code {"id", "text" | "content_b64", "mime"?, "lang"?, "source"?, "generated"?}}, or,
 * when a non-text {@code content-type} header is present or the value is not UTF-8, document
 * bytes for the document extractor (which detects types and text encodings).
 *
 * <p>A value whose first non-blank character is {@code &#123;} must be a valid envelope: a broken
 * envelope is rejected rather than redacted as text, because its fields would otherwise be
 * mistaken for prose.
 */
public final class EnvelopeParser {

  private final int maxInputBytes;

  public EnvelopeParser(int maxInputBytes) {
    this.maxInputBytes = maxInputBytes;
  }

  /**
   * @param value       the record value (may be null)
   * @param contentType the {@code content-type} header, or null
   * @param fallbackId  id to use when the envelope has none (e.g. topic-partition-offset)
   */
  public InputRecord parse(byte[] value, String contentType, String fallbackId) {
    if (value == null) {
      throw new RejectedInput("null value");
    }
    if (value.length == 0) {
      throw new RejectedInput("empty value");
    }
    // an envelope carries its document in base64, 4/3 of the document's size
    long limit = startsWithBrace(value) ? (long) maxInputBytes * 4 / 3 + 65536 : maxInputBytes;
    if (value.length > limit) {
      throw new RejectedInput("value of " + value.length + " bytes exceeds the limit of "
          + limit + " bytes");
    }
    String type = contentType == null ? null : contentType.trim().toLowerCase(Locale.ROOT);
    if (type != null && !type.isEmpty() && !type.startsWith("text/")
        && !type.startsWith("application/json")) {
      return new InputRecord(fallbackId, null, value, type, null, null, null, null);
    }
    String text;
    try {
      text = utf8(value);
    } catch (RejectedInput notUtf8) {
      if (claimsUtf8(type) || startsWithBrace(value) || mostlyUtf8(value)) {
        // broken UTF-8, not another encoding: guessing one would turn its PII into mojibake
        // that no detector recognises, and forward it
        throw notUtf8;
      }
      // GB18030, Big5, UTF-16... plain text: the document extractor detects the encoding
      return new InputRecord(fallbackId, null, value, type, null, null, null, null);
    }
    if (looksLikeJson(text) || (type != null && type.startsWith("application/json"))) {
      return envelope(text, fallbackId);
    }
    return new InputRecord(fallbackId, text, null, null, null, null, null, null);
  }

  private static boolean startsWithBrace(byte[] value) {
    for (byte b : value) {
      if (b == '{') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return false;
  }

  private static boolean claimsUtf8(String type) {
    return type != null && (type.startsWith("application/json") || type.replace(" ", "")
        .contains("charset=utf-8"));
  }

  /**
   * Whether the non-ASCII bytes are mostly well-formed UTF-8 sequences (four or more per bad
   * byte): damaged UTF-8 rather than GB18030, Big5 or UTF-16, which look like nearly all bad bytes.
   */
  static boolean mostlyUtf8(byte[] v) {
    int good = 0;
    int bad = 0;
    for (int i = 0; i < v.length; ) {
      int b = v[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      boolean ok = len > 0 && i + len <= v.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (v[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        good++;
        i += len;
      } else {
        bad++;
        i++;
      }
    }
    return good >= 4 * bad;
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return false;
      }
    }
    return false;
  }

  static String utf8(byte[] value) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value)).toString();
    } catch (CharacterCodingException e) {
      throw new RejectedInput("value is not valid UTF-8");
    }
  }

  private InputRecord envelope(String json, String fallbackId) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(json);
    } catch (StreamConstraintsException e) {
      throw new RejectedInput("JSON envelope nested deeper than " + Json.MAX_DEPTH + " levels");
    } catch (JsonProcessingException e) {
      throw new RejectedInput("invalid JSON envelope"); // Jackson's message quotes the input
    }
    if (n == null || !n.isObject()) {
      throw new RejectedInput("JSON envelope is not an object");
    }
    String id = optionalText(n, "id");
    String mime = optionalText(n, "mime");
    String source = optionalText(n, "source");
    Language lang = language(optionalText(n, "lang"));
    JsonNode gen = n.get("generated");
    Boolean generated = null;
    if (gen != null && !gen.isNull()) {
      if (!gen.isBoolean()) {
        throw new RejectedInput("envelope field \"generated\" must be a boolean");
      }
      generated = gen.booleanValue();
    }
    JsonNode aigc = n.get("aigc");
    JsonNode text = n.get("text");
    JsonNode b64 = n.get("content_b64");
    boolean hasText = text != null && !text.isNull();
    boolean hasContent = b64 != null && !b64.isNull();
    if (hasText == hasContent) {
      throw new RejectedInput("envelope needs exactly one of \"text\" and \"content_b64\"");
    }
    String recordId = id != null ? id : fallbackId;
    if (hasText) {
      if (!text.isTextual()) {
        throw new RejectedInput("envelope field \"text\" must be a string");
      }
      return new InputRecord(recordId, text.textValue(), null, mime, lang, source, generated, aigc);
    }
    if (!b64.isTextual()) {
      throw new RejectedInput("envelope field \"content_b64\" must be a string");
    }
    byte[] content;
    try {
      content = Base64.getMimeDecoder().decode(b64.textValue());
    } catch (IllegalArgumentException e) {
      throw new RejectedInput("envelope field \"content_b64\" is not valid base64");
    }
    if (content.length > maxInputBytes) {
      throw new RejectedInput("decoded content of " + content.length
          + " bytes exceeds the limit of " + maxInputBytes + " bytes");
    }
    return new InputRecord(recordId, null, content, mime, lang, source, generated, aigc);
  }

  private static String optionalText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw new RejectedInput("envelope field \"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static Language language(String code) {
    try {
      return Language.parse(code);
    } catch (IllegalArgumentException e) {
      throw new RejectedInput("unsupported lang (use en, zh or mixed)");
    }
  }
}
