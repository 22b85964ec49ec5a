package io.maskmark.label.file;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A RIFF container (WAV, WebP) as a form type and a flat list of top-level chunks. */
final class RiffFile {
    final String formType;
    final List<Chunk> chunks;

    record Chunk(String id, byte[] data) {
        static Chunk of(String id, byte[] data) {
            return new Chunk(id, data);
        }
    }

    private RiffFile(String formType, List<Chunk> chunks) {
        this.formType = formType;
        this.chunks = chunks;
    }

    static RiffFile parse(byte[] b, String expectedForm) throws LabelFileException {
        if (b.length < 12 || !ascii(b, 0, 4).equals("RIFF") || !ascii(b, 8, 4).equals(expectedForm)) {
            throw new LabelFileException("not a RIFF " + expectedForm.strip() + " file");
        }
        // Trust the smaller of the declared size and the real length: truncated files are common.
        long declared = Bytes.u32le(b, 4) + 8;
        int end = (int) Math.min(declared, b.length);
        List<Chunk> chunks = new ArrayList<>();
        int p = 12;
        while (p + 8 <= end) {
            String id = ascii(b, p, 4);
            long size = Bytes.u32le(b, p + 4);
            if (size > end - p - 8) {
                throw new LabelFileException("RIFF chunk length runs past the end of the file");
            }
            chunks.add(new Chunk(id, Arrays.copyOfRange(b, p + 8, p + 8 + (int) size)));
            p += 8 + (int) size + (int) (size & 1);
        }
        return new RiffFile(expectedForm, chunks);
    }

    static RiffFile of(String formType, List<Chunk> chunks) {
        return new RiffFile(formType, chunks);
    }

    byte[] serialise() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(formType.getBytes(StandardCharsets.US_ASCII));
        for (Chunk c : chunks) {
            body.writeBytes(c.id.getBytes(StandardCharsets.US_ASCII));
            Bytes.writeU32le(body, c.data.length);
            body.writeBytes(c.data);
            if ((c.data.length & 1) == 1) {
                body.write(0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 8);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        Bytes.writeU32le(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static String ascii(byte[] b, int p, int n) {
        return new String(b, p, n, StandardCharsets.ISO_8859_1);
    }
}
