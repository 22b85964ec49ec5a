package io.maskmark.pipeline.document;

import io.maskmark.label.file.FileInspection;
import io.maskmark.label.file.FileInspector;
import io.maskmark.pipeline.record.RejectedInput;
import io.maskmark.pipeline.topology.RecordStages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns document bytes into text and metadata with Apache Tika (type auto-detected, encodings of
 * plain text detected, attachments and archive entries included), within {@link DocumentLimits}.
 * Every refusal is a {@link RejectedInput} with a fixed reason: Tika's own messages may quote
 * the document. The stream and the batch command share one instance, so both see the same text.
 * Thread-safe.
 */
public final class TikaExtractor implements RecordStages.DocumentExtractor {

  /** More characters per input byte than this is what decompression bombs produce. */
  private static final int BOMB_RATIO = 10;

  /**
   * Parses running at once, per process, abandoned ones included: far above the stream threads,
   * gateway workers and dataset workers that parse at a time, far below what exhausts memory.
   */
  static final int MAX_RUNNING_PARSES = 64;
  private static final ParserThreads PARSERS = new ParserThreads(MAX_RUNNING_PARSES);

  private final DocumentLimits limits;
  private final AutoDetectParser parser = new AutoDetectParser();
  private final MediaTypeRegistry registry = TikaConfig.getDefaultConfig().getMediaTypeRegistry();
  private final EncodingDetector encodings = TikaConfig.getDefaultConfig().getEncodingDetector();
  private final Set<MediaType> supported = parser.getSupportedTypes(new ParseContext());

  public TikaExtractor(DocumentLimits limits) {
    this.limits = limits;
  }

  public DocumentLimits limits() {
    return limits;
  }

  /**
   * @param mime declared content type (a hint, may carry a charset), or null
   * @param name the document's name or path (a hint for the type), or null
   */
  @Override
  public ExtractedDocument extract(byte[] content, String mime, String name) {
    if (content == null || content.length == 0) {
      throw new RejectedInput("empty document");
    }
    if (content.length > limits.maxBytes()) {
      throw new RejectedInput("document of " + content.length + " bytes exceeds the limit of "
          + limits.maxBytes() + " bytes");
    }
    try {
      return PARSERS.run(() -> parse(content, mime, name), limits.parseTimeout());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RejectedInput r) {
        throw r;
      }
      throw new RejectedInput("corrupt or unreadable document ("
          + e.getCause().getClass().getSimpleName() + ")");
    }
  }

  private ExtractedDocument parse(byte[] content, String mime, String name) throws IOException {
    Metadata md = new Metadata();
    if (mime != null && !mime.isBlank()) {
      md.set(Metadata.CONTENT_TYPE, mime.strip());
    }
    String fileName = fileName(name);
    if (fileName != null) {
      md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser); // attachments and archive entries are parsed too
    WriteOutContentHandler text = new WriteOutContentHandler(limits.maxChars());
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(content)) {
      type = parser.getDetector().detect(in, md);
      Parser chosen = parser;
      if (type.equals(MediaType.OCTET_STREAM)) {
        // magic bytes know no GB18030 or Big5: unnamed text in those is found by its encoding
        Charset charset = textEncoding(in, content, md);
        if (charset != null) {
          type = MediaType.TEXT_PLAIN;
          md.set(Metadata.CONTENT_TYPE, "text/plain; charset=" + charset.name());
          chosen = parser.getParsers(context).get(MediaType.TEXT_PLAIN);
        }
      }
      if (chosen == null || !isSupported(type)) {
        throw new RejectedInput("unsupported content type " + bounded(type));
      }
      chosen.parse(in, ParserThreads.stopWhenInterrupted(new BodyContentHandler(text)), md,
          context);
    } catch (EncryptedDocumentException e) {
      throw new RejectedInput("encrypted document (" + bounded(type(md)) + ")");
    } catch (SAXException | TikaException e) {
      throw reason(e, md, content.length);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RejectedInput r) {
        throw r;
      }
      throw new RejectedInput("corrupt or unreadable document (" + bounded(type(md)) + ")");
    }
    FileInspection labels = FileInspector.inspect(content, fileName);
    return new ExtractedDocument(text.toString(), bounded(type), values(md),
        labels.labels().isEmpty() ? null : labels);
  }

  private RejectedInput reason(Exception e, Metadata md, int bytes) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      // Tika's own ratio check (SecureContentHandler) may not fire before the limit does
      String why = (long) limits.maxChars() > (long) bytes * BOMB_RATIO ? "suspected zip bomb: " : "";
      return new RejectedInput(why + "document text exceeds the limit of " + limits.maxChars()
          + " characters");
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException) {
        return new RejectedInput("encrypted document (" + bounded(type(md)) + ")");
      }
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return new RejectedInput("suspected zip bomb (" + bounded(type(md)) + ")");
      }
    }
    return new RejectedInput("corrupt or unreadable document (" + bounded(type(md)) + ")");
  }

  /** The charset that decodes the whole content cleanly into printable text, or null. */
  private Charset textEncoding(TikaInputStream in, byte[] content, Metadata md) throws IOException {
    Charset charset = encodings.detect(in, md);
    if (charset == null) {
      return null;
    }
    CharBuffer decoded;
    try {
      decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
    } catch (CharacterCodingException e) {
      return null;
    }
    long control = decoded.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
        && c != '\t' && c != '\f').count();
    return control == 0 ? charset : null;
  }

  private boolean isSupported(MediaType type) {
    for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
      if (t.equals(MediaType.OCTET_STREAM)) {
        return false;
      }
      if (supported.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static MediaType type(Metadata md) {
    String t = md.get(Metadata.CONTENT_TYPE);
    MediaType parsed = t == null ? null : MediaType.parse(t);
    return parsed == null ? MediaType.OCTET_STREAM : parsed;
  }

  /** The type without parameters, and never longer than a type can be: it goes into DLQ reasons. */
  private static String bounded(MediaType type) {
    String s = type.getBaseType().toString();
    return s.length() > 80 ? s.substring(0, 80) : s;
  }

  private static Map<String, List<String>> values(Metadata md) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String key : md.names()) {
      out.put(key, new ArrayList<>(Arrays.asList(md.getValues(key))));
    }
    return out;
  }

  private static String fileName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }
}
