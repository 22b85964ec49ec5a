package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.flac.FlacTag;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTagField;

/** FLAC and Ogg Vorbis: the Vorbis comment {@code AIGC=<json>} (FLAC metadata block 4), via jaudiotagger. */
final class VorbisCommentCarrier implements LabelCarrier {
    private final FileType type;
    private final String extension;

    VorbisCommentCarrier(FileType type, String extension) {
        this.type = type;
        this.extension = extension;
    }

    @Override
    public FileType type() {
        return type;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws IOException {
        return AudioFiles.withFile(content, extension, file -> {
            List<FoundLabel> found = new ArrayList<>();
            VorbisCommentTag vc = comments(file, false);
            if (vc == null) {
                return found;
            }
            for (Iterator<TagField> it = vc.getFields(); it.hasNext(); ) {
                TagField f = it.next();
                if (isLabelField(f.getId()) && f instanceof TagTextField t) {
                    found.add(LabelParser.parse(t.getContent(), type.name() + " Vorbis comment " + f.getId()));
                }
            }
            return found;
        });
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException {
        return AudioFiles.withFile(content, extension, file -> {
            VorbisCommentTag vc = comments(file, true);
            List<String> ids = new ArrayList<>();
            for (Iterator<TagField> it = vc.getFields(); it.hasNext(); ) {
                String id = it.next().getId();
                if (isLabelField(id)) {
                    ids.add(id);
                }
            }
            ids.forEach(vc::deleteField);
            vc.setField(new VorbisCommentTagField(AnnexE.KEY, label.toJson()));
            return AudioFiles.commit(file);
        });
    }

    /** Vorbis comment field names are case-insensitive. */
    private static boolean isLabelField(String id) {
        return id != null && id.toUpperCase(Locale.ROOT).contains(AnnexE.KEY);
    }

    private static VorbisCommentTag comments(AudioFile file, boolean create) {
        Tag tag = create ? file.getTagOrCreateAndSetDefault() : file.getTag();
        if (tag instanceof FlacTag flac) {
            return flac.getVorbisCommentTag();
        }
        return tag instanceof VorbisCommentTag vc ? vc : null;
    }
}
