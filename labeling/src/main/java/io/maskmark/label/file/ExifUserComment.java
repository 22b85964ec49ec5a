package io.maskmark.label.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageParser;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossless;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.commons.imaging.bytesource.ByteSource;

/**
 * EXIF {@code UserComment} (0x9286): where the image guide's Annex B and Huawei's guidance put the wrapped
 * label {@code {"AIGC":{...}}}. Uses commons-imaging for the TIFF structure.
 */
final class ExifUserComment {
    private ExifUserComment() {
    }

    /** The UserComment of a TIFF/EXIF block (as in PNG eXIf or WebP EXIF), if any. */
    static Optional<String> read(byte[] tiff) {
        try {
            ImageMetadata m = new TiffImageParser().getMetadata(ByteSource.array(stripExifHeader(tiff)));
            return m instanceof TiffImageMetadata t ? read(t) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> read(TiffImageMetadata exif) throws ImagingException {
        if (exif == null) {
            return Optional.empty();
        }
        TiffField field = exif.findField(ExifTagConstants.EXIF_TAG_USER_COMMENT, false);
        if (field == null) {
            return Optional.empty();
        }
        Object value = field.getValue();
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\0", "").strip());
    }

    static boolean holdsLabel(Optional<String> comment) {
        return comment.filter(c -> c.contains("AIGC") || c.contains("\"Label\"")).isPresent();
    }

    /** The TIFF/EXIF block without its UserComment. */
    static byte[] remove(byte[] tiff) throws IOException {
        byte[] body = stripExifHeader(tiff);
        TiffImageMetadata m = (TiffImageMetadata) new TiffImageParser().getMetadata(ByteSource.array(body));
        TiffOutputSet out = m.getOutputSet();
        out.removeField(ExifTagConstants.EXIF_TAG_USER_COMMENT);
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        new TiffImageWriterLossless(body).write(os, out);
        return os.toByteArray();
    }

    /** Some writers keep JPEG's {@code Exif\0\0} prefix in PNG/WebP EXIF blocks. */
    private static byte[] stripExifHeader(byte[] b) {
        if (b.length > 6 && b[0] == 'E' && b[1] == 'x' && b[2] == 'i' && b[3] == 'f' && b[4] == 0 && b[5] == 0) {
            return java.util.Arrays.copyOfRange(b, 6, b.length);
        }
        return b;
    }
}
