package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.maskmark.detect.Language;
import io.maskmark.pipeline.dataset.CorpusFiles.CorpusFile;
import io.maskmark.pipeline.record.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a corpus file into {@link CorpusUnit}s: JSONL ({@code .jsonl}, {@code .ndjson}) and CSV
 * ({@code .csv}, {@code .tsv}) give one record per line or row, with the text in a named field
 * or column; any other file is one document for the extractor. Records that cannot be read
 * become failed units; the rest of the file is still read.
 */
public final class CorpusReader {

  private static final CsvMapper CSV = new CsvMapper();

  private final String textField;
  private final String idField;
  private final int maxBytes;

  /**
   * @param textField the JSONL field or CSV column holding the text
   * @param idField   the JSONL field or CSV column holding a record id (optional in the data)
   * @param maxBytes  documents larger than this are refused without being read
   */
  public CorpusReader(String textField, String idField, int maxBytes) {
    this.textField = textField;
    this.idField = idField;
    this.maxBytes = maxBytes;
  }

  /** Whether the file holds one record per line or row (else it is one document). */
  public static boolean isRecordFile(CorpusFile f) {
    String n = f.id().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".csv") || n.endsWith(".tsv");
  }

  /** The SHA-256 of a file's bytes (hex): with its path, what a rerun recognises as done. */
  public static String sha256(java.nio.file.Path file) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Reads every unit of the file into {@code sink}.
   *
   * @throws IOException when the file cannot be read at all
   */
  public void read(CorpusFile f, Consumer<CorpusUnit> sink) throws IOException {
    if (!isRecordFile(f)) {
      if (f.bytes() > maxBytes) {
        sink.accept(CorpusUnit.failed(f.id(), "document of " + f.bytes()
            + " bytes exceeds the limit of " + maxBytes + " bytes"));
      } else {
        sink.accept(CorpusUnit.document(f.id(), Files.readAllBytes(f.path())));
      }
      return;
    }
    try (Reader r = new InputStreamReader(Files.newInputStream(f.path()), StandardCharsets.UTF_8
        .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      String n = f.id().toLowerCase(Locale.ROOT);
      if (n.endsWith(".csv") || n.endsWith(".tsv")) {
        csv(f, r, n.endsWith(".tsv") ? '\t' : ',', sink);
      } else {
        jsonl(f, new BufferedReader(r), sink);
      }
    } catch (CharacterCodingException e) {
      sink.accept(CorpusUnit.failed(f.id(), "not valid UTF-8; the rest of the file is skipped"));
    }
  }

  private void jsonl(CorpusFile f, BufferedReader r, Consumer<CorpusUnit> sink) throws IOException {
    int line = 0;
    for (String l; (l = r.readLine()) != null; ) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      String where = f.id() + "#" + line;
      try {
        JsonNode n = Json.MAPPER.readTree(l);
        if (n == null || !n.isObject() || !n.path(textField).isTextual()) {
          sink.accept(CorpusUnit.failed(where, "expected an object with a string \"" + textField + "\""));
          continue;
        }
        JsonNode id = n.get(idField);
        String recordId = id != null && (id.isTextual() || id.isNumber()) ? id.asText() : where;
        sink.accept(CorpusUnit.text(recordId, n.get(textField).textValue(), language(n.path("lang"))));
      } catch (JsonProcessingException e) {
        sink.accept(CorpusUnit.failed(where, "invalid JSON"));
      } catch (IllegalArgumentException e) {
        sink.accept(CorpusUnit.failed(where, "unsupported lang (use en, zh or mixed)"));
      }
    }
  }

  private void csv(CorpusFile f, Reader r, char separator, Consumer<CorpusUnit> sink) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema).readValues(r)) {
      int row = 1; // the header
      while (true) {
        row++;
        String where = f.id() + "#" + row;
        Map<String, String> m;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          m = rows.nextValue();
        } catch (JsonProcessingException e) {
          sink.accept(CorpusUnit.failed(where, "malformed CSV; the rest of the file is skipped"));
          break;
        }
        String text = m.get(textField);
        if (text == null) {
          sink.accept(CorpusUnit.failed(where, "no column \"" + textField + "\""));
          continue;
        }
        String id = m.get(idField);
        sink.accept(CorpusUnit.text(id == null || id.isBlank() ? where : id, text, null));
      }
    }
  }

  private static Language language(JsonNode lang) {
    return lang.isTextual() ? Language.parse(lang.textValue()) : null;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
