package io.maskmark.label.file;

import java.io.ByteArrayOutputStream;

/** Integer reads and writes for the hand-written chunk code. */
final class Bytes {
    private Bytes() {
    }

    static long u32be(byte[] b, int p) {
        return ((long) (b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    static long u32le(byte[] b, int p) {
        return ((long) (b[p + 3] & 0xFF) << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p] & 0xFF);
    }

    static long u64be(byte[] b, int p) {
        return (u32be(b, p) << 32) | u32be(b, p + 4);
    }

    static void writeU32be(ByteArrayOutputStream o, long v) {
        o.write((int) (v >>> 24) & 0xFF);
        o.write((int) (v >>> 16) & 0xFF);
        o.write((int) (v >>> 8) & 0xFF);
        o.write((int) v & 0xFF);
    }

    static void writeU32le(ByteArrayOutputStream o, long v) {
        o.write((int) v & 0xFF);
        o.write((int) (v >>> 8) & 0xFF);
        o.write((int) (v >>> 16) & 0xFF);
        o.write((int) (v >>> 24) & 0xFF);
    }

    static void putU32be(byte[] b, int p, long v) {
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
    }

    static void putU64be(byte[] b, int p, long v) {
        putU32be(b, p, v >>> 32);
        putU32be(b, p + 4, v);
    }

    static void putU32le(byte[] b, int p, long v) {
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
        b[p + 2] = (byte) (v >>> 16);
        b[p + 3] = (byte) (v >>> 24);
    }

    static void putU24le(byte[] b, int p, int v) {
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
        b[p + 2] = (byte) (v >>> 16);
    }
}
