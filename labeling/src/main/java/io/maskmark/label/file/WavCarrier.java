package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * WAV: a top-level RIFF chunk with ID {@code AIGC} holding the bare JSON (TC260 audio guide). Appended after
 * the existing chunks; any earlier AIGC chunk is replaced. Hand-written: jaudiotagger does not write custom
 * RIFF chunks.
 */
final class WavCarrier implements LabelCarrier {
    static final String FORM = "WAVE";

    @Override
    public FileType type() {
        return FileType.WAV;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws LabelFileException {
        List<FoundLabel> found = new ArrayList<>();
        for (RiffFile.Chunk c : RiffFile.parse(content, FORM).chunks) {
            if (c.id().equals(AnnexE.KEY)) {
                found.add(LabelParser.parse(text(c.data()), "WAV RIFF chunk AIGC"));
            }
        }
        return found;
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws LabelFileException {
        RiffFile riff = RiffFile.parse(content, FORM);
        List<RiffFile.Chunk> kept = new ArrayList<>();
        for (RiffFile.Chunk c : riff.chunks) {
            if (!c.id().equals(AnnexE.KEY)) {
                kept.add(c);
            }
        }
        kept.add(RiffFile.Chunk.of(AnnexE.KEY, label.toJson().getBytes(StandardCharsets.UTF_8)));
        return RiffFile.of(FORM, kept).serialise();
    }

    /** Some writers NUL-terminate chunk strings. */
    private static String text(byte[] data) {
        int end = data.length;
        while (end > 0 && data[end - 1] == 0) {
            end--;
        }
        return new String(data, 0, end, StandardCharsets.UTF_8);
    }
}
