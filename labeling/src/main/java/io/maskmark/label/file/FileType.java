package io.maskmark.label.file;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats whose implicit label placement (TC260 practice guides) this library reads and writes. */
public enum FileType {
    PNG("png"),
    JPEG("jpg", "jpeg"),
    WEBP("webp"),
    PDF("pdf"),
    /** DOCX, XLSX, PPTX and their templates: {@code docProps/custom.xml}. */
    OOXML("docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotx", "xltx", "potx"),
    MP3("mp3"),
    WAV("wav"),
    /** MP4, MOV, M4A: {@code moov/udta/meta} keys + ilst. */
    MP4("mp4", "m4a", "m4v", "mov"),
    FLAC("flac"),
    /** Ogg Vorbis. */
    OGG("ogg", "oga"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm");

    private final List<String> extensions;

    FileType(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * The type by magic bytes, falling back to the file name's extension for text formats (and for the
     * few binary files whose magic is ambiguous).
     */
    public static Optional<FileType> detect(byte[] content, String fileName) {
        Optional<FileType> byMagic = byMagic(content);
        if (byMagic.isPresent()) {
            return byMagic;
        }
        Optional<FileType> byName = byExtension(fileName);
        if (byName.isPresent() && (byName.get() == MARKDOWN || byName.get() == HTML)) {
            return byName;
        }
        return looksLikeHtml(content) ? Optional.of(HTML) : Optional.empty();
    }

    public static Optional<FileType> byExtension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<FileType> byMagic(byte[] b) {
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (ascii(b, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 0, new byte[] {'P', 'K', 3, 4}) && contains(b, "[Content_Types].xml")) {
            return Optional.of(OOXML);
        }
        if (ascii(b, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        if (ascii(b, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (ascii(b, 4, "ftyp")) {
            return Optional.of(MP4);
        }
        if (ascii(b, 0, "ID3") || b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** OOXML packages name this part in the zip directory; other zips (ODF, EPUB, JAR) do not. */
    private static boolean contains(byte[] b, String s) {
        return new String(b, StandardCharsets.ISO_8859_1).contains(s);
    }

    private static boolean ascii(byte[] b, int offset, String s) {
        return startsWith(b, offset, s.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
