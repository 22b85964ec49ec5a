package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.id3.AbstractID3v2Frame;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.ID3v22Tag;
import org.jaudiotagger.tag.id3.ID3v24Tag;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.id3.valuepair.TextEncoding;

/** MP3: an ID3v2 {@code TXXX} frame with description {@code AIGC} holding the bare JSON, via jaudiotagger. */
final class Mp3Carrier implements LabelCarrier {
    private static final String TXXX = "TXXX";

    @Override
    public FileType type() {
        return FileType.MP3;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws IOException {
        return AudioFiles.withFile(content, "mp3", file -> {
            List<FoundLabel> found = new ArrayList<>();
            MP3File mp3 = (MP3File) file;
            if (!mp3.hasID3v2Tag()) {
                return found;
            }
            AbstractID3v2Tag tag = mp3.getID3v2Tag();
            for (TagField f : txxxFrames(tag)) {
                FrameBodyTXXX body = (FrameBodyTXXX) ((AbstractID3v2Frame) f).getBody();
                if (body.getDescription() != null && body.getDescription().contains(AnnexE.KEY)) {
                    found.add(LabelParser.parse(body.getFirstTextValue(),
                            "MP3 ID3v2." + tag.getMajorVersion() + " TXXX " + body.getDescription()));
                }
            }
            return found;
        });
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException {
        return AudioFiles.withFile(content, "mp3", file -> {
            MP3File mp3 = (MP3File) file;
            AbstractID3v2Tag tag = mp3.hasID3v2Tag() ? mp3.getID3v2Tag() : new ID3v24Tag();
            if (tag instanceof ID3v22Tag) {
                tag = new ID3v24Tag(tag);
            }
            List<TagField> others = new ArrayList<>();
            for (TagField f : txxxFrames(tag)) {
                FrameBodyTXXX body = (FrameBodyTXXX) ((AbstractID3v2Frame) f).getBody();
                if (body.getDescription() == null || !body.getDescription().contains(AnnexE.KEY)) {
                    others.add(f);
                }
            }
            tag.removeFrame(TXXX);
            for (TagField f : others) {
                tag.setField(f);
            }
            String json = label.toJson();
            boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(json);
            AbstractID3v2Frame frame = tag.createFrame(TXXX);
            frame.setBody(new FrameBodyTXXX(ascii ? TextEncoding.ISO_8859_1 : TextEncoding.UTF_16,
                    AnnexE.KEY, json));
            tag.setField(frame);
            mp3.setID3v2Tag(tag);
            return AudioFiles.commit(mp3);
        });
    }

    private static List<TagField> txxxFrames(AbstractID3v2Tag tag) {
        List<TagField> frames = new ArrayList<>();
        for (TagField f : tag.getFrame(TXXX) == null ? List.<TagField>of() : tag.getFrame(TXXX)) {
            if (f instanceof AbstractID3v2Frame frame && frame.getBody() instanceof FrameBodyTXXX) {
                frames.add(f);
            }
        }
        return frames;
    }
}
