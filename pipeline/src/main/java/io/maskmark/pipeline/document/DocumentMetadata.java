package io.maskmark.pipeline.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.DeidResult;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.record.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document metadata is personal data too. Only a fixed subset is ever emitted, each value
 * de-identified: fields that name people (author, last modified by, e-mail From/To/Cc) are
 * replaced as a whole, whatever the detectors find in them, because a bare name has no context
 * to be recognised by; free-text fields (title, subject, comments) go through detection. The
 * people named in the metadata are also looked for in the document's text, where they reappear
 * as comment and tracked-change authors or signatures.
 */
public final class DocumentMetadata {

  static final String DETECTOR = "document-metadata";

  /** Output field, then the Tika keys it is read from; the first key present wins. */
  private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
  /** Output fields whose value identifies a person as a whole. */
  private static final Set<String> PEOPLE = Set.of("author", "last_modified_by", "contributor",
      "from", "to", "cc", "bcc");
  /** Further keys naming people, only used to find them in the text. */
  private static final Set<String> MORE_PEOPLE_KEYS = Set.of("message:from-name",
      "message:from-email", "message-recipient-address", "message:raw-header:from",
      "message:raw-header:to", "message:raw-header:cc", "message:raw-header:bcc",
      "message:raw-header:reply-to", "message:raw-header:sender", "message:raw-header:return-path",
      "message:raw-header:delivered-to", "dc:publisher");

  static {
    FIELDS.put("author", List.of("dc:creator", "meta:author", "Author", "pdf:docinfo:creator"));
    FIELDS.put("last_modified_by", List.of("meta:last-author", "dc:modifier", "Last-Author",
        "cp:lastModifiedBy"));
    FIELDS.put("contributor", List.of("dc:contributor"));
    FIELDS.put("from", List.of("Message-From", "Message:From-Email"));
    FIELDS.put("to", List.of("Message-To"));
    FIELDS.put("cc", List.of("Message-Cc"));
    FIELDS.put("bcc", List.of("Message-Bcc"));
    FIELDS.put("title", List.of("dc:title", "pdf:docinfo:title"));
    FIELDS.put("subject", List.of("dc:subject", "pdf:docinfo:subject"));
    FIELDS.put("description", List.of("dc:description"));
    FIELDS.put("comments", List.of("w:comments", "meta:comment", "Comments"));
    FIELDS.put("keywords", List.of("meta:keyword", "pdf:docinfo:keywords"));
    FIELDS.put("created", List.of("dcterms:created"));
    FIELDS.put("modified", List.of("dcterms:modified"));
  }

  private static final Pattern ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>|([^\\s<>,;\"']+@[^\\s<>,;\"']+)");

  private DocumentMetadata() {
  }

  /**
   * The emitted metadata: {@code content_type} and the subset of fields present, each a list
   * of de-identified values. Nothing else from the original metadata is copied.
   */
  public static ObjectNode redact(ExtractedDocument doc, Engine engine) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("content_type", doc.mediaType());
    List<String> people = people(doc.metadata());
    FIELDS.forEach((field, keys) -> {
      List<String> values = first(doc.metadata(), keys);
      if (values.isEmpty()) {
        return;
      }
      ArrayNode arr = out.putArray(field);
      for (String v : values) {
        Analysis a = engine.detect(v, null);
        a = PEOPLE.contains(field) ? wholeValue(a) : seed(a, people);
        arr.add(engine.deidentify(a).text());
      }
    });
    return out;
  }

  /**
   * Why a generated file may not leave as it is, or null when nothing personal was found in it:
   * no entity in its text, no person or changed value in the metadata subset, no location in any
   * metadata (cameras write GPS into EXIF).
   */
  public static String whyWithheld(ExtractedDocument doc, DeidResult textDeid, ObjectNode redacted) {
    if (!textDeid.spans().isEmpty()) {
      return "the file's text contains personal data; its de-identified text is in text";
    }
    if (!people(doc.metadata()).isEmpty() || doc.metadata().keySet().stream().anyMatch(DocumentMetadata::locationKey)) {
      return "the file's metadata names a person or a location";
    }
    for (var field : FIELDS.entrySet()) {
      List<String> original = first(doc.metadata(), field.getValue());
      JsonNode out = redacted.get(field.getKey());
      for (int i = 0; i < original.size(); i++) {
        if (out == null || !original.get(i).equals(out.path(i).asText(null))) {
          return "the file's metadata contains personal data";
        }
      }
    }
    return null;
  }

  private static boolean locationKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.startsWith("geo:") || k.contains("gps");
  }

  /** Adds the people the metadata names, wherever they occur in the text and nothing else was found. */
  public static Analysis seed(Analysis analysis, ExtractedDocument doc) {
    return seed(analysis, people(doc.metadata()));
  }

  static Analysis seed(Analysis analysis, List<String> people) {
    if (people.isEmpty() || analysis.text().isEmpty()) {
      return analysis;
    }
    String text = analysis.text();
    String lower = text.toLowerCase(Locale.ROOT);
    List<Span> spans = new ArrayList<>(analysis.spans());
    for (String person : people) {
      EntityType type = person.contains("@") ? EntityType.EMAIL : EntityType.PERSON;
      String needle = person.toLowerCase(Locale.ROOT);
      if (needle.length() != person.length()) {
        continue; // lower-casing changed the length: offsets would not map back
      }
      for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
        if (!wordAt(text, i, i + needle.length())) {
          continue;
        }
        add(spans, new Span(type, i, i + needle.length(), 1.0, DETECTOR,
            Explanation.of("named in the document metadata", 1.0)));
      }
    }
    return new Analysis(text, analysis.language(), spans);
  }

  /** Latin names match whole words only ("Li" is not in "like"); Han text has no word breaks. */
  private static boolean wordAt(String text, int start, int end) {
    return !(latin(text.codePointAt(start)) && start > 0 && latin(text.codePointBefore(start)))
        && !(latin(text.codePointBefore(end)) && end < text.length() && latin(text.codePointAt(end)));
  }

  private static boolean latin(int cp) {
    return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
  }

  /** Everything in a person field that detectors did not claim is taken as the person's name. */
  private static Analysis wholeValue(Analysis a) {
    String text = a.text();
    List<Span> spans = new ArrayList<>(a.spans());
    int from = 0;
    for (Span s : a.spans()) {
      addGap(spans, text, from, s.start());
      from = s.end();
    }
    addGap(spans, text, from, text.length());
    spans.sort(Comparator.comparingInt(Span::start));
    return new Analysis(text, a.language(), spans);
  }

  private static void addGap(List<Span> spans, String text, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    if (start < end) {
      spans.add(new Span(EntityType.PERSON, start, end, 1.0, DETECTOR,
          Explanation.of("person field of the document metadata", 1.0)));
    }
  }

  private static void add(List<Span> spans, Span candidate) {
    for (Span s : spans) {
      if (s.overlaps(candidate)) {
        return;
      }
    }
    spans.add(candidate);
    spans.sort(Comparator.comparingInt(Span::start));
  }

  /** Names and addresses of the people the metadata mentions, longest first. */
  static List<String> people(Map<String, List<String>> metadata) {
    Set<String> found = new LinkedHashSet<>();
    metadata.forEach((key, values) -> {
      String k = key.toLowerCase(Locale.ROOT);
      boolean person = MORE_PEOPLE_KEYS.contains(k) || FIELDS.entrySet().stream()
          .anyMatch(f -> PEOPLE.contains(f.getKey()) && f.getValue().contains(key));
      if (!person) {
        return;
      }
      for (String v : values) {
        for (String part : v.split("[,;]")) {
          Matcher m = ADDRESS.matcher(part);
          StringBuilder name = new StringBuilder();
          int last = 0;
          while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
            name.append(part, last, m.start()).append(' ');
            last = m.end();
          }
          name.append(part.substring(last));
          String n = name.toString().replaceAll("[\"'()<>]", " ").strip().replaceAll("\\s+", " ");
          if (n.codePointCount(0, n.length()) >= 2 && n.codePoints().anyMatch(Character::isLetter)) {
            found.add(n);
          }
        }
      }
    });
    List<String> out = new ArrayList<>(found);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static List<String> first(Map<String, List<String>> metadata, List<String> keys) {
    for (String k : keys) {
      List<String> v = metadata.get(k);
      if (v != null && v.stream().anyMatch(s -> s != null && !s.isBlank())) {
        return v.stream().filter(s -> s != null && !s.isBlank()).toList();
      }
    }
    return List.of();
  }
}
