package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegUtils;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpParser;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * JPEG: the XMP packet in APP1 ({@code http://ns.adobe.com/xap/1.0/}), via commons-imaging. Reads also the
 * EXIF UserComment variant and bare {@code AIGC{...}} blobs in APP segments; a rewrite drops a UserComment
 * label (the XMP label replaces it).
 */
final class JpegCarrier implements LabelCarrier {
    private static final int APP0 = 0xFFE0;
    private static final int APP15 = 0xFFEF;
    private static final int APP1 = 0xFFE1;

    @Override
    public FileType type() {
        return FileType.JPEG;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws IOException {
        List<FoundLabel> found = new ArrayList<>();
        for (Segment s : appSegments(content)) {
            if (s.xmp != null) {
                found.addAll(XmpLabels.read(s.xmp, "JPEG APP1 XMP"));
            } else if (s.bareBlob != null) {
                found.add(LabelParser.parse(s.bareBlob, "JPEG APP" + (s.marker - APP0) + " AIGC blob"));
            }
        }
        Optional<String> comment = ExifUserComment.read(exif(content));
        if (ExifUserComment.holdsLabel(comment)) {
            found.add(LabelParser.parse(comment.get(), "JPEG EXIF UserComment"));
        }
        return found;
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException {
        byte[] src = content;
        TiffImageMetadata exif = exif(content);
        if (ExifUserComment.holdsLabel(ExifUserComment.read(exif))) {
            TiffOutputSet set = exif.getOutputSet();
            set.removeField(ExifTagConstants.EXIF_TAG_USER_COMMENT);
            ByteArrayOutputStream os = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(src, os, set);
            src = os.toByteArray();
        }
        String existing = appSegments(src).stream().filter(s -> s.xmp != null).map(s -> s.xmp).findFirst()
                .orElse(null);
        String xmp = XmpLabels.update(existing, label, options.digitalSourceType());
        ByteArrayOutputStream os = new ByteArrayOutputStream(src.length + xmp.length() + 64);
        new JpegXmpRewriter().updateXmpXml(src, os, xmp);
        return os.toByteArray();
    }

    private record Segment(int marker, String xmp, String bareBlob) {
    }

    private static List<Segment> appSegments(byte[] content) throws IOException {
        List<Segment> out = new ArrayList<>();
        JpegXmpParser xmpParser = new JpegXmpParser();
        List<ImagingException> failures = new ArrayList<>();
        new JpegUtils().traverseJfif(ByteSource.array(content), new JpegUtils.Visitor() {
            @Override
            public boolean beginSos() {
                return false;
            }

            @Override
            public boolean visitSegment(int marker, byte[] markerBytes, int segmentLength, byte[] lengthBytes,
                    byte[] data) {
                if (marker < APP0 || marker > APP15) {
                    return true;
                }
                if (marker == APP1 && xmpParser.isXmpJpegSegment(data)) {
                    try {
                        out.add(new Segment(marker, xmpParser.parseXmpJpegSegment(data), null));
                    } catch (ImagingException e) {
                        failures.add(e);
                    }
                } else {
                    String head = new String(data, 0, Math.min(data.length, 8), StandardCharsets.ISO_8859_1);
                    if (head.startsWith("AIGC{") || head.startsWith("AIGC\0{")) {
                        String text = new String(data, StandardCharsets.UTF_8);
                        out.add(new Segment(marker, null, text.substring(text.indexOf('{')).replace("\0", "")));
                    }
                }
                return true;
            }

            @Override
            public void visitSos(int marker, byte[] markerBytes, byte[] imageData) {
                // image data is not needed
            }
        });
        if (!failures.isEmpty()) {
            throw new LabelFileException("a JPEG XMP segment cannot be read");
        }
        return out;
    }

    private static TiffImageMetadata exif(byte[] content) throws IOException {
        ImageMetadata m = new JpegImageParser().getMetadata(ByteSource.array(content));
        return m instanceof JpegImageMetadata j ? j.getExif() : null;
    }
}
