package io.maskmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskmark.detect.CodePoints;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold data in the three formats {@code maskmark eval} accepts: presidio-research JSON,
 * character-per-line BIO/BMES files, and JSONL ({@code {"id","text","spans":[{"type","start","end"}]}}).
 * Offsets in JSON gold files are code points and are converted to UTF-16 here.
 */
public final class GoldReader {

  public enum Format { PRESIDIO, BIO, JSONL }

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {
  }

  public static Format guess(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase();
    if (name.endsWith(".jsonl")) {
      return Format.JSONL;
    }
    if (name.endsWith(".json")) {
      return Format.PRESIDIO;
    }
    if (name.endsWith(".bio") || name.endsWith(".bmes") || name.endsWith(".txt")
        || name.endsWith(".char")) {
      return Format.BIO;
    }
    throw new IOException("cannot tell the gold format of " + file.getFileName()
        + " (use .json, .jsonl or .bio, or pass --format)");
  }

  public static List<GoldDocument> read(Path file, Format format) throws IOException {
    return switch (format) {
      case PRESIDIO -> presidio(file);
      case JSONL -> jsonl(file);
      case BIO -> bio(file);
    };
  }

  private static List<GoldDocument> presidio(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<GoldDocument> docs = new ArrayList<>();
    int i = 0;
    for (JsonNode rec : root) {
      String text = rec.path("full_text").asText();
      CodePoints cp = CodePoints.of(text);
      List<GoldSpan> spans = new ArrayList<>();
      for (JsonNode s : rec.path("spans")) {
        spans.add(new GoldSpan(s.path("entity_type").asText(),
            cp.toUtf16(s.path("start_position").asInt()), cp.toUtf16(s.path("end_position").asInt())));
      }
      docs.add(new GoldDocument(Integer.toString(i++), text, spans));
    }
    return docs;
  }

  private static List<GoldDocument> jsonl(Path file) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    int line = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        JsonNode rec = JSON.readTree(l);
        String text = rec.path("text").asText();
        CodePoints cp = CodePoints.of(text);
        List<GoldSpan> spans = new ArrayList<>();
        for (JsonNode s : rec.path("spans")) {
          spans.add(new GoldSpan(s.path("type").asText(), cp.toUtf16(s.path("start").asInt()),
              cp.toUtf16(s.path("end").asInt())));
        }
        docs.add(new GoldDocument(rec.path("id").asText(Integer.toString(line)), text, spans));
      }
    }
    return docs;
  }

  /**
   * One character and its tag per line (separated by a space or a tab), a blank line between
   * sentences. Tags: O, B-X, I-X, M-X, E-X, S-X (BIO and BMES both accepted).
   */
  private static List<GoldDocument> bio(Path file) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<GoldSpan> spans = new ArrayList<>();
    String openType = null;
    int openStart = -1;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String l; ; ) {
        l = r.readLine();
        if (l == null || l.isBlank()) {
          if (openType != null) {
            spans.add(new GoldSpan(openType, openStart, text.length()));
            openType = null;
          }
          if (text.length() > 0) {
            docs.add(new GoldDocument(Integer.toString(docs.size()), text.toString(), spans));
            text = new StringBuilder();
            spans = new ArrayList<>();
          }
          if (l == null) {
            break;
          }
          continue;
        }
        int sep = Math.max(l.lastIndexOf(' '), l.lastIndexOf('\t'));
        if (sep <= 0) {
          throw new IOException(file.getFileName() + ": line without a tag in sentence "
              + (docs.size() + 1));
        }
        String ch = l.substring(0, sep);
        String tag = l.substring(sep + 1).trim();
        char prefix = tag.isEmpty() ? 'O' : tag.charAt(0);
        String type = tag.length() > 2 ? tag.substring(2) : null;
        boolean continues = (prefix == 'I' || prefix == 'M' || prefix == 'E')
            && type != null && type.equals(openType);
        if (!continues && openType != null) {
          spans.add(new GoldSpan(openType, openStart, text.length()));
          openType = null;
        }
        if (prefix != 'O' && type != null && openType == null) {
          openType = type;
          openStart = text.length();
        }
        text.append(ch);
        if (openType != null && (prefix == 'E' || prefix == 'S')) {
          spans.add(new GoldSpan(openType, openStart, text.length()));
          openType = null;
        }
      }
    }
    return docs;
  }
}
