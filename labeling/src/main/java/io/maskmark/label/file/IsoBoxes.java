package io.maskmark.label.file;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Minimal ISO BMFF box reading and building for the MP4 carrier. */
final class IsoBoxes {
    private IsoBoxes() {
    }

    /** A box inside a byte array: [start, end), payload from {@code start + header}. */
    record Box(String type, int start, int header, int end) {
        int payload() {
            return start + header;
        }
    }

    static List<Box> children(byte[] b, int from, int to) throws LabelFileException {
        List<Box> out = new ArrayList<>();
        int p = from;
        while (p + 8 <= to) {
            long size = Bytes.u32be(b, p);
            String type = new String(b, p + 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                if (p + 16 > to) {
                    throw new LabelFileException("MP4 box header is truncated");
                }
                size = Bytes.u64be(b, p + 8);
                header = 16;
            } else if (size == 0) {
                size = to - p;
            }
            if (size < header || size > to - p) {
                throw new LabelFileException("MP4 box size runs past its container");
            }
            out.add(new Box(type, p, header, p + (int) size));
            p += (int) size;
        }
        return out;
    }

    static Optional<Box> first(List<Box> boxes, String type) {
        return boxes.stream().filter(x -> x.type.equals(type)).findFirst();
    }

    static byte[] box(String type, byte[]... parts) {
        int len = 8;
        for (byte[] p : parts) {
            len += p.length;
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream(len);
        Bytes.writeU32be(o, len);
        o.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    static byte[] boxWithIndex(int index, byte[] payload) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(payload.length + 8);
        Bytes.writeU32be(o, payload.length + 8L);
        Bytes.writeU32be(o, index);
        o.writeBytes(payload);
        return o.toByteArray();
    }

    static byte[] slice(byte[] b, Box box) {
        return java.util.Arrays.copyOfRange(b, box.start, box.end);
    }

    static byte[] payload(byte[] b, Box box) {
        return java.util.Arrays.copyOfRange(b, box.payload(), box.end);
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        parts.forEach(o::writeBytes);
        return o.toByteArray();
    }

    /** A version-0 full-box header (version and flags all zero). */
    static byte[] fullBoxHeader() {
        return new byte[4];
    }

    /**
     * Shifts every stco/co64 chunk offset inside {@code moov} (a box at offset 0 of {@code moov}) by the
     * displacement its target got when the top-level boxes moved.
     */
    static void patchChunkOffsets(byte[] moov, List<Box> oldTop, long[] shift) throws LabelFileException {
        patch(moov, children(moov, 8, moov.length), oldTop, shift);
    }

    private static void patch(byte[] b, List<Box> boxes, List<Box> oldTop, long[] shift) throws LabelFileException {
        for (Box x : boxes) {
            switch (x.type) {
                case "trak", "mdia", "minf", "stbl" -> patch(b, children(b, x.payload(), x.end), oldTop, shift);
                case "stco", "co64" -> {
                    boolean wide = x.type.equals("co64");
                    int count = (int) Bytes.u32be(b, x.payload() + 4);
                    int p = x.payload() + 8;
                    for (int i = 0; i < count; i++, p += wide ? 8 : 4) {
                        long offset = wide ? Bytes.u64be(b, p) : Bytes.u32be(b, p);
                        long moved = offset + shiftFor(offset, oldTop, shift);
                        if (wide) {
                            Bytes.putU64be(b, p, moved);
                        } else if (moved > 0xFFFFFFFFL) {
                            throw new LabelFileException("MP4 chunk offsets would overflow 32 bits");
                        } else {
                            Bytes.putU32be(b, p, moved);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private static long shiftFor(long offset, List<Box> oldTop, long[] shift) {
        for (int i = 0; i < oldTop.size(); i++) {
            if (offset >= oldTop.get(i).start && offset < oldTop.get(i).end) {
                return shift[i];
            }
        }
        return 0;
    }
}
