package io.maskmark.pipeline.cli;

import java.util.Locale;

final class Formats {

  private Formats() {
  }

  static InputDocuments.Format parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text", "txt", "plain" -> InputDocuments.Format.TEXT;
      case "jsonl", "ndjson" -> InputDocuments.Format.JSONL;
      default -> throw new IllegalArgumentException("unknown input format '" + name
          + "' (use text or jsonl)");
    };
  }
}
