package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PNG: the XMP packet in an uncompressed {@code iTXt} chunk with keyword {@code XML:com.adobe.xmp}, placed
 * right after IHDR. Reads also the Annex B variants ({@code tEXt}/{@code zTXt}/{@code iTXt} keyword AIGC,
 * wrapped JSON) and EXIF UserComment in {@code eXIf}. Chunk code is hand-written: commons-imaging can only
 * write PNG by re-encoding the image.
 */
final class PngCarrier implements LabelCarrier {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final String XMP_KEYWORD = "XML:com.adobe.xmp";
    private static final int MAX_INFLATED = 16 << 20;

    @Override
    public FileType type() {
        return FileType.PNG;
    }

    record Chunk(String type, byte[] data) {
    }

    /** A parsed text chunk: its keyword and decoded text. */
    record TextChunk(String chunkType, String keyword, String text) {
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws IOException {
        List<FoundLabel> found = new ArrayList<>();
        for (Chunk c : chunks(content)) {
            if (c.type.equals("eXIf")) {
                Optional<String> comment = ExifUserComment.read(c.data);
                if (ExifUserComment.holdsLabel(comment)) {
                    found.add(LabelParser.parse(comment.get(), "PNG eXIf UserComment"));
                }
                continue;
            }
            Optional<TextChunk> t = text(c);
            if (t.isEmpty()) {
                continue;
            }
            TextChunk tc = t.get();
            if (tc.keyword.equals(XMP_KEYWORD)) {
                found.addAll(XmpLabels.read(tc.text, "PNG " + tc.chunkType + " " + XMP_KEYWORD));
            } else if (tc.keyword.contains(AnnexE.KEY)) {
                found.add(LabelParser.parse(tc.text, "PNG " + tc.chunkType + " " + tc.keyword));
            }
        }
        return found;
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException {
        List<Chunk> chunks = chunks(content);
        String existingXmp = null;
        List<Chunk> kept = new ArrayList<>();
        for (Chunk c : chunks) {
            Optional<TextChunk> t = text(c);
            if (t.isPresent() && t.get().keyword.equals(XMP_KEYWORD)) {
                if (existingXmp == null) {
                    existingXmp = t.get().text;
                }
                continue;
            }
            if (t.isPresent() && t.get().keyword.contains(AnnexE.KEY)) {
                continue;
            }
            if (c.type.equals("eXIf") && ExifUserComment.holdsLabel(ExifUserComment.read(c.data))) {
                kept.add(new Chunk("eXIf", ExifUserComment.remove(c.data)));
                continue;
            }
            kept.add(c);
        }
        String xmp = XmpLabels.update(existingXmp, label, options.digitalSourceType());
        kept.add(1, new Chunk("iTXt", iTxt(XMP_KEYWORD, xmp)));
        return serialise(kept);
    }

    static List<Chunk> chunks(byte[] b) throws LabelFileException {
        if (b.length < SIGNATURE.length || !Arrays.equals(Arrays.copyOf(b, SIGNATURE.length), SIGNATURE)) {
            throw new LabelFileException("not a PNG file");
        }
        List<Chunk> out = new ArrayList<>();
        int p = SIGNATURE.length;
        while (p + 12 <= b.length) {
            long len = Bytes.u32be(b, p);
            if (len > b.length - p - 12) {
                throw new LabelFileException("PNG chunk length runs past the end of the file");
            }
            String type = new String(b, p + 4, 4, StandardCharsets.ISO_8859_1);
            out.add(new Chunk(type, Arrays.copyOfRange(b, p + 8, p + 8 + (int) len)));
            p += 12 + (int) len;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (out.isEmpty() || !out.get(0).type.equals("IHDR") || !out.get(out.size() - 1).type.equals("IEND")) {
            throw new LabelFileException("PNG file lacks IHDR or IEND");
        }
        return out;
    }

    static Optional<TextChunk> text(Chunk c) throws LabelFileException {
        if (!c.type.equals("tEXt") && !c.type.equals("zTXt") && !c.type.equals("iTXt")) {
            return Optional.empty();
        }
        byte[] d = c.data;
        int nul = indexOf(d, 0, (byte) 0);
        if (nul < 0) {
            return Optional.empty();
        }
        String keyword = new String(d, 0, nul, StandardCharsets.ISO_8859_1);
        switch (c.type) {
            case "tEXt":
                return Optional.of(new TextChunk(c.type, keyword,
                        new String(d, nul + 1, d.length - nul - 1, StandardCharsets.ISO_8859_1)));
            case "zTXt":
                return Optional.of(new TextChunk(c.type, keyword, new String(
                        inflate(Arrays.copyOfRange(d, nul + 2, d.length)), StandardCharsets.ISO_8859_1)));
            default:
                if (nul + 3 > d.length) {
                    return Optional.empty();
                }
                boolean compressed = d[nul + 1] != 0;
                int lang = indexOf(d, nul + 3, (byte) 0);
                int translated = lang < 0 ? -1 : indexOf(d, lang + 1, (byte) 0);
                if (translated < 0) {
                    return Optional.empty();
                }
                byte[] text = Arrays.copyOfRange(d, translated + 1, d.length);
                return Optional.of(new TextChunk(c.type, keyword,
                        new String(compressed ? inflate(text) : text, StandardCharsets.UTF_8)));
        }
    }

    static byte[] iTxt(String keyword, String text) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        o.write(0); // keyword terminator
        o.write(0); // compression flag: uncompressed, as the image guide requires
        o.write(0); // compression method
        o.write(0); // empty language tag
        o.write(0); // empty translated keyword
        o.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return o.toByteArray();
    }

    static byte[] serialise(List<Chunk> chunks) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(SIGNATURE);
        for (Chunk c : chunks) {
            byte[] type = c.type.getBytes(StandardCharsets.ISO_8859_1);
            Bytes.writeU32be(o, c.data.length);
            o.writeBytes(type);
            o.writeBytes(c.data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(c.data);
            Bytes.writeU32be(o, crc.getValue());
        }
        return o.toByteArray();
    }

    private static byte[] inflate(byte[] data) throws LabelFileException {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                o.write(buf, 0, n);
                if (o.size() > MAX_INFLATED) {
                    throw new LabelFileException("a compressed PNG text chunk inflates past 16 MiB");
                }
            }
        } catch (DataFormatException e) {
            throw new LabelFileException("a compressed PNG text chunk is damaged");
        } finally {
            inflater.end();
        }
        return o.toByteArray();
    }

    private static int indexOf(byte[] d, int from, byte v) {
        for (int i = from; i < d.length; i++) {
            if (d[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
