package io.maskmark.label;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a label value in any form producers write: bare or wrapped JSON, HTML-entity-escaped JSON, a JSON
 * string nested in a string, or an already parsed mapping (YAML front matter). Never throws on bad input: the
 * result says what was wrong.
 */
public final class LabelParser {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final int MAX_NESTING = 2;

    private LabelParser() {
    }

    /** Parses a JSON (possibly HTML-escaped) label value found in {@code carrier}. */
    public static FoundLabel parse(String raw, String carrier) {
        return parse(raw, carrier, 0);
    }

    private static FoundLabel parse(String raw, String carrier, int depth) {
        if (raw == null || raw.isBlank()) {
            return unreadable(carrier, "the AIGC value is empty");
        }
        String text = raw.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        List<String> notes = new ArrayList<>();
        String unescaped = HtmlEntities.decode(text);
        if (!unescaped.equals(text)) {
            notes.add("the JSON was HTML-entity-escaped");
            text = HtmlEntities.decode(unescaped);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "has a key twice" : "is not valid JSON" + where;
            return unreadable(carrier, "the AIGC value " + why);
        }
        if (node != null && node.isTextual() && depth < MAX_NESTING) {
            FoundLabel inner = parse(node.textValue(), carrier, depth + 1);
            return inner.withNote("the label JSON was itself encoded as a JSON string");
        }
        FoundLabel found = parseNode(node, carrier, false);
        for (String n : notes) {
            found = found.withNote(n);
        }
        return found;
    }

    /**
     * Reads an already parsed value: the object of seven fields, the wrapper {@code {"AIGC":{...}}}, or a
     * string holding JSON. {@code yaml} selects the reported form.
     */
    public static FoundLabel parseNode(JsonNode node, String carrier, boolean yaml) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return unreadable(carrier, "the AIGC value is empty");
        }
        if (node.isTextual()) {
            FoundLabel inner = parse(node.textValue(), carrier);
            return yaml ? inner.withNote("the YAML AIGC key holds a JSON string, not a mapping") : inner;
        }
        if (!node.isObject()) {
            return unreadable(carrier, "the AIGC value is a " + node.getNodeType().name().toLowerCase()
                    + ", not an object");
        }
        List<String> violations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PayloadForm form = yaml ? PayloadForm.YAML_MAPPING : PayloadForm.BARE_JSON;
        JsonNode fields = node;
        if (node.has(AnnexE.KEY)) {
            JsonNode inner = node.get(AnnexE.KEY);
            if (inner.isTextual()) {
                return parse(inner.textValue(), carrier).withNote("the wrapper's AIGC member is a JSON string");
            }
            if (!inner.isObject()) {
                return unreadable(carrier, "the wrapper's AIGC member is not an object");
            }
            if (!yaml) {
                form = PayloadForm.WRAPPED_JSON;
            }
            if (node.size() > 1) {
                notes.add("the wrapper has members besides AIGC");
            }
            fields = inner;
        }
        if (AnnexE.FIELDS.stream().noneMatch(fields::has)) {
            return unreadable(carrier, "the AIGC value has none of the Annex E fields");
        }
        String[] values = new String[AnnexE.FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String name = AnnexE.FIELDS.get(i);
            JsonNode v = fields.get(name);
            if (v == null) {
                violations.add("missing field " + name + " (Annex E b) lists all seven)");
                values[i] = "";
            } else if (v.isTextual()) {
                values[i] = v.textValue();
            } else if (v.isValueNode() && !v.isNull()) {
                violations.add(name + " must be a string, found a " + v.getNodeType().name().toLowerCase());
                values[i] = v.asText();
            } else {
                violations.add(name + " must be a string, found " + (v.isNull() ? "null" : "a structure"));
                values[i] = "";
            }
        }
        List<String> order = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = fields.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (AnnexE.FIELDS.contains(key)) {
                order.add(key);
            } else {
                unknown.add(key.length() > 40 ? key.substring(0, 40) + "..." : key);
            }
        }
        List<String> expectedOrder = AnnexE.FIELDS.stream().filter(order::contains).toList();
        if (!order.equals(expectedOrder)) {
            notes.add("fields are not in the Annex E b) order");
        }
        if (!unknown.isEmpty()) {
            notes.add("unknown keys: " + String.join(", ", unknown));
        }
        AigcLabel label = new AigcLabel(values[0], values[1], values[2], values[3], values[4], values[5],
                values[6]);
        Compliance compliance = new Compliance(violations, notes).plus(label.compliance());
        return new FoundLabel(carrier, form, Optional.of(label), compliance);
    }

    static FoundLabel unreadable(String carrier, String reason) {
        return new FoundLabel(carrier, PayloadForm.UNREADABLE, Optional.empty(),
                new Compliance(List.of(reason), List.of()));
    }
}
