package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.detect.Language;
import io.maskmark.pipeline.record.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the offline commands' input: plain text (one document per file, or all of stdin) or
 * JSONL ({@code {"id","text","lang"?}} per line). Bad documents are reported on stderr with a
 * one-line reason and skipped; the caller exits non-zero if any were.
 */
final class InputDocuments {

  enum Format { TEXT, JSONL }

  record Doc(String id, String text, Language lang) {
  }

  private final Format format;
  private final PrintWriter err;
  private int failed;

  InputDocuments(Format format, PrintWriter err) {
    this.format = format;
    this.err = err;
  }

  int failed() {
    return failed;
  }

  void read(List<Path> files, InputStream stdin, Consumer<Doc> sink) throws IOException {
    if (files == null || files.isEmpty()) {
      read("stdin", stdin, sink);
      return;
    }
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        read(f.toString(), in, sink);
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("no such file: " + f);
      }
    }
  }

  private void read(String name, InputStream in, Consumer<Doc> sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      if (format == Format.TEXT) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = r.read(buf)) > 0; ) {
          sb.append(buf, 0, n);
        }
        sink.accept(new Doc(name, sb.toString(), null));
        return;
      }
      int line = 0;
      for (String l; (l = r.readLine()) != null; ) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        Doc d = parseLine(name, line, l);
        if (d != null) {
          sink.accept(d);
        }
      }
    } catch (CharacterCodingException e) {
      failed++;
      err.println("maskmark: " + name + ": not valid UTF-8; skipped");
    }
  }

  private Doc parseLine(String name, int line, String l) {
    String where = name + ":" + line;
    try {
      JsonNode n = Json.MAPPER.readTree(l);
      if (!n.isObject() || !n.path("text").isTextual()) {
        return fail(where, "expected an object with a string \"text\"");
      }
      String id = n.hasNonNull("id") ? n.get("id").asText() : where;
      Language lang = n.hasNonNull("lang") ? Language.parse(n.get("lang").asText()) : null;
      return new Doc(id, n.get("text").asText(), lang);
    } catch (JsonProcessingException e) {
      return fail(where, "invalid JSON");
    } catch (IllegalArgumentException e) {
      return fail(where, e.getMessage());
    }
  }

  private Doc fail(String where, String why) {
    failed++;
    err.println("maskmark: " + where + ": " + why + "; skipped");
    return null;
  }
}
