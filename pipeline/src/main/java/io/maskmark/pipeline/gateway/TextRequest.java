package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.detect.Language;
import io.maskmark.pipeline.http.HttpError;
import java.util.Iterator;
import java.util.Set;

/**
 * A text request: {@code {"text", "id"?, "lang"?, "policy"?, "label"?, "generated"?, "aigc"?}}.
 * Unknown fields are refused, so that a misspelt {@code "polcy"} does not silently fall back to
 * the default policy.
 *
 * @param label     label the output as AI-generated (default true); false reports the labels
 *                  the text already carries instead
 * @param generated the caller declares the text AI-generated (matters for the propagation role)
 * @param aigc      an {@code aigc} block the text arrived with (an upstream label), or null
 */
record TextRequest(String id, String text, Language lang, String policy, boolean label,
                   boolean generated, JsonNode aigc) {

  static final Set<String> PROCESS_FIELDS = Set.of("id", "text", "lang", "policy", "label",
      "generated", "aigc");
  static final Set<String> REDACT_FIELDS = Set.of("id", "text", "lang", "policy");
  static final Set<String> LABEL_FIELDS = Set.of("id", "text", "generated", "aigc");

  static TextRequest parse(JsonNode n, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw HttpError.badRequest("unknown_field", "unknown field (allowed: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      throw HttpError.badRequest("invalid_request", "field \"text\" must be a string");
    }
    Language lang;
    try {
      lang = Language.parse(optionalString(n, "lang"));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("invalid_lang", "unsupported lang (use en, zh or mixed)");
    }
    JsonNode aigc = n.get("aigc");
    if (aigc != null && !aigc.isNull() && !aigc.isObject()) {
      throw HttpError.badRequest("invalid_request", "field \"aigc\" must be an object");
    }
    return new TextRequest(optionalString(n, "id"), text.textValue(), lang,
        optionalString(n, "policy"), optionalBoolean(n, "label", true),
        optionalBoolean(n, "generated", false), aigc == null || aigc.isNull() ? null : aigc);
  }

  private static String optionalString(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw HttpError.badRequest("invalid_request", "field \"" + field + "\" must be a string");
    }
    return v.textValue();
  }

  private static boolean optionalBoolean(JsonNode n, String field, boolean dflt) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isBoolean()) {
      throw HttpError.badRequest("invalid_request", "field \"" + field + "\" must be a boolean");
    }
    return v.booleanValue();
  }
}
