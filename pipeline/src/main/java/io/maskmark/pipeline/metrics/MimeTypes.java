package io.maskmark.pipeline.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * Maps a declared content type, which is free text from the input, to one of a fixed set of
 * metric label values: the formats the pipeline knows, or {@code other}.
 */
final class MimeTypes {

  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("text/plain", "text/plain"),
      Map.entry("text/markdown", "text/markdown"),
      Map.entry("text/html", "text/html"),
      Map.entry("application/xhtml+xml", "text/html"),
      Map.entry("application/json", "application/json"),
      Map.entry("application/pdf", "application/pdf"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/rtf", "application/rtf"),
      Map.entry("image/png", "image/png"),
      Map.entry("image/jpeg", "image/jpeg"),
      Map.entry("image/webp", "image/webp"),
      Map.entry("image/gif", "image/gif"),
      Map.entry("audio/mpeg", "audio/mpeg"),
      Map.entry("audio/wav", "audio/wav"),
      Map.entry("audio/x-wav", "audio/wav"),
      Map.entry("audio/flac", "audio/flac"),
      Map.entry("audio/ogg", "audio/ogg"),
      Map.entry("audio/mp4", "audio/mp4"),
      Map.entry("video/mp4", "video/mp4"),
      Map.entry("application/octet-stream", "application/octet-stream"));

  private MimeTypes() {
  }

  /** The label value for a declared type: {@code none} when undeclared, {@code other} when unknown. */
  static String label(String declared) {
    if (declared == null || declared.isBlank()) {
      return LabelValues.NONE;
    }
    String base = declared;
    int semicolon = base.indexOf(';');
    if (semicolon >= 0) {
      base = base.substring(0, semicolon);
    }
    return KNOWN.getOrDefault(base.trim().toLowerCase(Locale.ROOT), LabelValues.OTHER);
  }
}
