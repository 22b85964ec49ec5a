package io.maskmark.label.file;

import java.util.EnumMap;
import java.util.Map;

/** The registry: one carrier per file type. */
final class Carriers {
    private static final Map<FileType, LabelCarrier> BY_TYPE = new EnumMap<>(FileType.class);

    static {
        register(new PngCarrier());
        register(new JpegCarrier());
        register(new WebpCarrier());
        register(new PdfCarrier());
        register(new OoxmlCarrier());
        register(new Mp3Carrier());
        register(new WavCarrier());
        register(new Mp4Carrier());
        register(new VorbisCommentCarrier(FileType.FLAC, "flac"));
        register(new VorbisCommentCarrier(FileType.OGG, "ogg"));
        register(new MarkdownCarrier());
        register(new HtmlCarrier());
    }

    private Carriers() {
    }

    private static void register(LabelCarrier c) {
        BY_TYPE.put(c.type(), c);
    }

    static LabelCarrier forType(FileType type) {
        LabelCarrier c = BY_TYPE.get(type);
        if (c == null) {
            throw new IllegalStateException("no carrier registered for " + type);
        }
        return c;
    }
}
