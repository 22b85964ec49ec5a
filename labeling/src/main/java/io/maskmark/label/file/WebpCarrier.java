package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * WebP: the XMP packet in an {@code XMP } chunk, with the VP8X XMP flag set. A simple (VP8/VP8L) file is
 * turned into the extended format: a VP8X header is added with the canvas size read from the bitstream.
 * Hand-written because no maintained Java library writes WebP metadata.
 */
final class WebpCarrier implements LabelCarrier {
    static final String FORM = "WEBP";
    private static final int FLAG_ALPHA = 0x10;
    private static final int FLAG_XMP = 0x04;

    @Override
    public FileType type() {
        return FileType.WEBP;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws LabelFileException {
        List<FoundLabel> found = new ArrayList<>();
        for (RiffFile.Chunk c : RiffFile.parse(content, FORM).chunks) {
            if (c.id().equals("XMP ")) {
                found.addAll(XmpLabels.read(new String(c.data(), StandardCharsets.UTF_8), "WebP XMP chunk"));
            } else if (c.id().equals("EXIF")) {
                Optional<String> comment = ExifUserComment.read(c.data());
                if (ExifUserComment.holdsLabel(comment)) {
                    found.add(LabelParser.parse(comment.get(), "WebP EXIF UserComment"));
                }
            }
        }
        return found;
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws java.io.IOException {
        RiffFile riff = RiffFile.parse(content, FORM);
        if (riff.chunks.isEmpty()) {
            throw new LabelFileException("WebP file has no image chunk");
        }
        String existing = null;
        List<RiffFile.Chunk> kept = new ArrayList<>();
        for (RiffFile.Chunk c : riff.chunks) {
            if (c.id().equals("XMP ")) {
                if (existing == null) {
                    existing = new String(c.data(), StandardCharsets.UTF_8);
                }
            } else if (c.id().equals("EXIF") && ExifUserComment.holdsLabel(ExifUserComment.read(c.data()))) {
                kept.add(RiffFile.Chunk.of("EXIF", ExifUserComment.remove(c.data())));
            } else {
                kept.add(c);
            }
        }
        RiffFile.Chunk first = kept.get(0);
        if (first.id().equals("VP8X")) {
            byte[] header = first.data().clone();
            header[0] |= FLAG_XMP;
            kept.set(0, RiffFile.Chunk.of("VP8X", header));
        } else {
            kept.add(0, RiffFile.Chunk.of("VP8X", extendedHeader(first)));
        }
        String xmp = XmpLabels.update(existing, label, options.digitalSourceType());
        kept.add(RiffFile.Chunk.of("XMP ", xmp.getBytes(StandardCharsets.UTF_8)));
        return RiffFile.of(FORM, kept).serialise();
    }

    /** A VP8X header for a simple-format file: flags, then canvas width-1 and height-1 as 24-bit values. */
    private static byte[] extendedHeader(RiffFile.Chunk image) throws LabelFileException {
        int width;
        int height;
        int flags = FLAG_XMP;
        byte[] d = image.data();
        if (image.id().equals("VP8 ")) {
            // Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height (plus 2-bit scale).
            if (d.length < 10 || (d[3] & 0xFF) != 0x9d || (d[4] & 0xFF) != 0x01 || (d[5] & 0xFF) != 0x2a) {
                throw new LabelFileException("WebP VP8 bitstream header is damaged");
            }
            width = ((d[6] & 0xFF) | (d[7] & 0xFF) << 8) & 0x3FFF;
            height = ((d[8] & 0xFF) | (d[9] & 0xFF) << 8) & 0x3FFF;
        } else if (image.id().equals("VP8L")) {
            // Signature 0x2f, then 14 bits width-1, 14 bits height-1, 1 bit alpha_is_used, 3 bits version.
            if (d.length < 5 || (d[0] & 0xFF) != 0x2f) {
                throw new LabelFileException("WebP VP8L bitstream header is damaged");
            }
            long bits = Bytes.u32le(d, 1);
            width = (int) (bits & 0x3FFF) + 1;
            height = (int) ((bits >>> 14) & 0x3FFF) + 1;
            if (((bits >>> 28) & 1) == 1) {
                flags |= FLAG_ALPHA;
            }
        } else {
            throw new LabelFileException("WebP file starts with an unexpected chunk");
        }
        byte[] header = new byte[10];
        header[0] = (byte) flags;
        Bytes.putU24le(header, 4, width - 1);
        Bytes.putU24le(header, 7, height - 1);
        return header;
    }
}
