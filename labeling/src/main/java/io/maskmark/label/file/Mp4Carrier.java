package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import io.maskmark.label.file.IsoBoxes.Box;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * MP4/MOV/M4A: key {@code AIGC} (namespace {@code mdta}) in {@code moov/udta/meta} keys + ilst, value a UTF-8
 * {@code data} atom holding the bare JSON (TC260 video guide; what {@code ffmpeg -movflags use_metadata_tags}
 * writes). Reads also the QuickTime {@code moov/meta} form, freeform {@code ----} items and the XMP
 * {@code uuid} box. Chunk offsets are corrected when {@code moov} grows in front of {@code mdat}.
 *
 * <p>Hand-written: isoparser has no {@code keys} box, spools {@code mdat} to temporary files and would still
 * need the offset correction done by hand.
 */
final class Mp4Carrier implements LabelCarrier {
    private static final byte[] XMP_UUID = HexFormat.of().parseHex("BE7ACFCB97A942E89C71999491E3AFAC");
    private static final String MDTA = "mdta";
    private static final int UTF8 = 1;

    @Override
    public FileType type() {
        return FileType.MP4;
    }

    @Override
    public List<FoundLabel> read(byte[] b) throws LabelFileException {
        List<Box> top = IsoBoxes.children(b, 0, b.length);
        requireFtyp(top);
        List<FoundLabel> found = new ArrayList<>();
        Optional<Box> moov = IsoBoxes.first(top, "moov");
        if (moov.isPresent()) {
            List<Box> moovChildren = IsoBoxes.children(b, moov.get().payload(), moov.get().end());
            for (Box m : moovChildren) {
                if (m.type().equals("meta")) {
                    found.addAll(readMeta(b, m, "MP4 moov/meta"));
                } else if (m.type().equals("udta")) {
                    for (Box u : IsoBoxes.children(b, m.payload(), m.end())) {
                        if (u.type().equals("meta")) {
                            found.addAll(readMeta(b, u, "MP4 moov/udta/meta"));
                        }
                    }
                }
            }
        }
        for (Box x : top) {
            if (isXmpUuid(b, x)) {
                found.addAll(XmpLabels.read(new String(b, x.payload() + 16, x.end() - x.payload() - 16,
                        StandardCharsets.UTF_8), "MP4 uuid XMP box"));
            }
        }
        return found;
    }

    @Override
    public byte[] write(byte[] b, AigcLabel label, WriteOptions options) throws LabelFileException {
        List<Box> top = IsoBoxes.children(b, 0, b.length);
        requireFtyp(top);
        Box moov = IsoBoxes.first(top, "moov").orElseThrow(() -> new LabelFileException("MP4 file has no moov box"));
        List<byte[]> parts = new ArrayList<>();
        long[] shift = new long[top.size()];
        long newOffset = 0;
        byte[] newMoov = null;
        for (int i = 0; i < top.size(); i++) {
            Box x = top.get(i);
            byte[] bytes;
            if (x == moov) {
                bytes = newMoov = rebuildMoov(b, moov, label);
            } else if (isXmpUuid(b, x) && !XmpLabels.read(xmpOf(b, x), "").isEmpty()) {
                bytes = IsoBoxes.box("uuid", XMP_UUID, XmpLabels.update(xmpOf(b, x), label, Optional.empty())
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                bytes = IsoBoxes.slice(b, x);
            }
            shift[i] = newOffset - x.start();
            newOffset += bytes.length;
            parts.add(bytes);
        }
        boolean moved = Arrays.stream(shift).anyMatch(s -> s != 0);
        if (moved && IsoBoxes.first(top, "moof").isPresent()) {
            throw new LabelFileException("fragmented MP4 with metadata before the fragments is not supported");
        }
        IsoBoxes.patchChunkOffsets(newMoov, top, shift);
        return IsoBoxes.concat(parts);
    }

    private static byte[] rebuildMoov(byte[] b, Box moov, AigcLabel label) throws LabelFileException {
        List<byte[]> out = new ArrayList<>();
        boolean udtaSeen = false;
        for (Box m : IsoBoxes.children(b, moov.payload(), moov.end())) {
            if (m.type().equals("meta") && isMdta(b, m)) {
                out.add(rebuildMeta(b, m, null)); // QuickTime-form copy: drop its AIGC key, ours goes in udta
            } else if (m.type().equals("udta")) {
                udtaSeen = true;
                out.add(rebuildUdta(b, m, label));
            } else {
                out.add(IsoBoxes.slice(b, m));
            }
        }
        if (!udtaSeen) {
            out.add(IsoBoxes.box("udta", newMeta(label)));
        }
        return IsoBoxes.box("moov", IsoBoxes.concat(out));
    }

    private static byte[] rebuildUdta(byte[] b, Box udta, AigcLabel label) throws LabelFileException {
        List<byte[]> out = new ArrayList<>();
        boolean written = false;
        for (Box u : IsoBoxes.children(b, udta.payload(), udta.end())) {
            if (u.type().equals("meta") && isMdta(b, u) && !written) {
                out.add(rebuildMeta(b, u, label));
                written = true;
            } else if (u.type().equals("meta") && isMdta(b, u)) {
                out.add(rebuildMeta(b, u, null));
            } else {
                out.add(IsoBoxes.slice(b, u));
            }
        }
        if (!written) {
            out.add(newMeta(label));
        }
        return IsoBoxes.box("udta", IsoBoxes.concat(out));
    }

    private static byte[] newMeta(AigcLabel label) {
        byte[] hdlr = IsoBoxes.box("hdlr", IsoBoxes.fullBoxHeader(), new byte[4],
                MDTA.getBytes(StandardCharsets.ISO_8859_1), new byte[12], new byte[1]);
        return IsoBoxes.box("meta", IsoBoxes.fullBoxHeader(), hdlr, keys(List.of(AnnexE.KEY)),
                IsoBoxes.box("ilst", item(1, label.toJson())));
    }

    /** The meta box with every AIGC key (and its ilst item) removed and, if given, ours appended. */
    private static byte[] rebuildMeta(byte[] b, Box meta, AigcLabel label) throws LabelFileException {
        int offset = metaChildrenOffset(b, meta);
        List<Box> children = IsoBoxes.children(b, offset, meta.end());
        List<String[]> keys = readKeys(b, IsoBoxes.first(children, "keys"));
        List<Integer> newIndex = new ArrayList<>();
        ByteArrayOutputStream keysOut = new ByteArrayOutputStream();
        int kept = 0;
        for (String[] k : keys) {
            if (k[1].contains(AnnexE.KEY)) {
                newIndex.add(0);
            } else {
                newIndex.add(++kept);
                keysOut.writeBytes(keyEntry(k[0], k[1]));
            }
        }
        List<byte[]> items = new ArrayList<>();
        Optional<Box> ilst = IsoBoxes.first(children, "ilst");
        if (ilst.isPresent()) {
            for (Box item : IsoBoxes.children(b, ilst.get().payload(), ilst.get().end())) {
                int index = (int) Bytes.u32be(b, item.start() + 4);
                if (index >= 1 && index <= keys.size()) {
                    if (newIndex.get(index - 1) > 0) {
                        items.add(IsoBoxes.boxWithIndex(newIndex.get(index - 1), IsoBoxes.payload(b, item)));
                    }
                } else {
                    items.add(IsoBoxes.slice(b, item));
                }
            }
        }
        if (label != null) {
            keysOut.writeBytes(keyEntry(MDTA, AnnexE.KEY));
            kept++;
            items.add(item(kept, label.toJson()));
        }
        ByteArrayOutputStream keysPayload = new ByteArrayOutputStream();
        keysPayload.writeBytes(IsoBoxes.fullBoxHeader());
        Bytes.writeU32be(keysPayload, kept);
        keysPayload.writeBytes(keysOut.toByteArray());
        List<byte[]> out = new ArrayList<>();
        out.add(Arrays.copyOfRange(b, meta.payload(), offset)); // full-box header, if any
        boolean keysWritten = false;
        boolean ilstWritten = false;
        for (Box c : children) {
            switch (c.type()) {
                case "keys" -> {
                    out.add(IsoBoxes.box("keys", keysPayload.toByteArray()));
                    keysWritten = true;
                }
                case "ilst" -> {
                    out.add(IsoBoxes.box("ilst", IsoBoxes.concat(items)));
                    ilstWritten = true;
                }
                default -> out.add(IsoBoxes.slice(b, c));
            }
        }
        if (!keysWritten) {
            out.add(IsoBoxes.box("keys", keysPayload.toByteArray()));
        }
        if (!ilstWritten) {
            out.add(IsoBoxes.box("ilst", IsoBoxes.concat(items)));
        }
        return IsoBoxes.box("meta", IsoBoxes.concat(out));
    }

    private static List<FoundLabel> readMeta(byte[] b, Box meta, String where) throws LabelFileException {
        List<FoundLabel> found = new ArrayList<>();
        List<Box> children = IsoBoxes.children(b, metaChildrenOffset(b, meta), meta.end());
        List<String[]> keys = readKeys(b, IsoBoxes.first(children, "keys"));
        Optional<Box> ilst = IsoBoxes.first(children, "ilst");
        if (ilst.isEmpty()) {
            return found;
        }
        for (Box item : IsoBoxes.children(b, ilst.get().payload(), ilst.get().end())) {
            int index = (int) Bytes.u32be(b, item.start() + 4);
            String name = index >= 1 && index <= keys.size() ? keys.get(index - 1)[1] : item.type();
            List<Box> atoms = IsoBoxes.children(b, item.payload(), item.end());
            if (item.type().equals("----")) {
                Optional<Box> n = IsoBoxes.first(atoms, "name");
                name = n.map(x -> new String(b, x.payload() + 4, x.end() - x.payload() - 4, StandardCharsets.UTF_8))
                        .orElse("----");
            }
            if (!name.contains(AnnexE.KEY)) {
                continue;
            }
            Optional<Box> data = IsoBoxes.first(atoms, "data");
            String carrier = where + (index >= 1 && index <= keys.size() ? " keys+ilst " : " ilst ") + name;
            if (data.isEmpty() || data.get().end() - data.get().payload() < 8) {
                found.add(LabelParser.parse("", carrier));
            } else {
                Box d = data.get();
                found.add(LabelParser.parse(new String(b, d.payload() + 8, d.end() - d.payload() - 8,
                        StandardCharsets.UTF_8), carrier));
            }
        }
        return found;
    }

    /** [namespace, name] per key, in index order. */
    private static List<String[]> readKeys(byte[] b, Optional<Box> keys) throws LabelFileException {
        List<String[]> out = new ArrayList<>();
        if (keys.isEmpty()) {
            return out;
        }
        Box k = keys.get();
        int count = (int) Bytes.u32be(b, k.payload() + 4);
        int p = k.payload() + 8;
        for (int i = 0; i < count; i++) {
            if (p + 8 > k.end()) {
                throw new LabelFileException("MP4 keys box is truncated");
            }
            int size = (int) Bytes.u32be(b, p);
            if (size < 8 || p + size > k.end()) {
                throw new LabelFileException("MP4 keys entry size is invalid");
            }
            out.add(new String[] {new String(b, p + 4, 4, StandardCharsets.ISO_8859_1),
                    new String(b, p + 8, size - 8, StandardCharsets.UTF_8)});
            p += size;
        }
        return out;
    }

    private static byte[] keys(List<String> names) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(IsoBoxes.fullBoxHeader());
        Bytes.writeU32be(o, names.size());
        names.forEach(n -> o.writeBytes(keyEntry(MDTA, n)));
        return IsoBoxes.box("keys", o.toByteArray());
    }

    private static byte[] keyEntry(String namespace, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        Bytes.writeU32be(o, n.length + 8L);
        o.writeBytes(namespace.getBytes(StandardCharsets.ISO_8859_1));
        o.writeBytes(n);
        return o.toByteArray();
    }

    private static byte[] item(int index, String value) {
        ByteArrayOutputStream typeAndLocale = new ByteArrayOutputStream();
        Bytes.writeU32be(typeAndLocale, UTF8);
        Bytes.writeU32be(typeAndLocale, 0);
        return IsoBoxes.boxWithIndex(index, IsoBoxes.box("data", typeAndLocale.toByteArray(),
                value.getBytes(StandardCharsets.UTF_8)));
    }

    /** ISO meta is a full box (4 bytes version/flags); the QuickTime form is not. */
    private static int metaChildrenOffset(byte[] b, Box meta) {
        int p = meta.payload();
        boolean quickTime = p + 8 <= meta.end()
                && new String(b, p + 4, 4, StandardCharsets.ISO_8859_1).equals("hdlr");
        return quickTime ? p : p + 4;
    }

    private static boolean isMdta(byte[] b, Box meta) throws LabelFileException {
        Optional<Box> hdlr = IsoBoxes.first(IsoBoxes.children(b, metaChildrenOffset(b, meta), meta.end()), "hdlr");
        return hdlr.isPresent() && hdlr.get().end() - hdlr.get().payload() >= 12
                && new String(b, hdlr.get().payload() + 8, 4, StandardCharsets.ISO_8859_1).equals(MDTA);
    }

    private static boolean isXmpUuid(byte[] b, Box x) {
        return x.type().equals("uuid") && x.end() - x.payload() >= 16
                && Arrays.equals(Arrays.copyOfRange(b, x.payload(), x.payload() + 16), XMP_UUID);
    }

    private static String xmpOf(byte[] b, Box x) {
        return new String(b, x.payload() + 16, x.end() - x.payload() - 16, StandardCharsets.UTF_8);
    }

    private static void requireFtyp(List<Box> top) throws LabelFileException {
        if (top.isEmpty() || !top.get(0).type().equals("ftyp")) {
            throw new LabelFileException("not an MP4 file (no leading ftyp box)");
        }
    }
}
