package io.maskmark.detect.pattern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Checksums of cryptocurrency addresses: Base58Check, Bech32/Bech32m (BIP 173/350), EIP-55. */
public final class CryptoChecksums {

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private CryptoChecksums() {
  }

  /**
   * Decodes Base58 and checks the 4-byte double-SHA-256 checksum; returns the version byte of a
   * 25-byte address (version + 20-byte hash + checksum), or -1.
   */
  public static int base58CheckVersion(CharSequence s) {
    byte[] b = base58(s, 25);
    if (b == null) {
      return -1;
    }
    byte[] h = sha256(sha256(b, 21), 32);
    for (int i = 0; i < 4; i++) {
      if (h[i] != b[21 + i]) {
        return -1;
      }
    }
    return b[0] & 0xff;
  }

  /** Big-endian bytes of a Base58 string, exactly {@code size} long, or null. */
  static byte[] base58(CharSequence s, int size) {
    byte[] out = new byte[size];
    for (int i = 0; i < s.length(); i++) {
      int carry = BASE58.indexOf(s.charAt(i));
      if (carry < 0) {
        return null;
      }
      for (int j = size - 1; j >= 0; j--) {
        carry += 58 * (out[j] & 0xff);
        out[j] = (byte) carry;
        carry >>>= 8;
      }
      if (carry != 0) {
        return null; // longer than size bytes
      }
    }
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    int lead = 0;
    while (lead < size && out[lead] == 0) {
      lead++;
    }
    // each leading '1' encodes one zero byte; other leading zero bytes mean a shorter value
    return lead == zeros ? out : null;
  }

  /** Base58 encoding of bytes (for generators and tests). */
  public static String base58Encode(byte[] data) {
    java.math.BigInteger v = new java.math.BigInteger(1, data);
    StringBuilder sb = new StringBuilder();
    java.math.BigInteger f = java.math.BigInteger.valueOf(58);
    while (v.signum() > 0) {
      java.math.BigInteger[] qr = v.divideAndRemainder(f);
      sb.append(BASE58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  /** A 25-byte Base58Check address for a version and a 20-byte payload (for generators and tests). */
  public static String base58CheckEncode(int version, byte[] hash20) {
    byte[] b = new byte[25];
    b[0] = (byte) version;
    System.arraycopy(hash20, 0, b, 1, 20);
    byte[] h = sha256(sha256(b, 21), 32);
    System.arraycopy(h, 0, b, 21, 4);
    return base58Encode(b);
  }

  static byte[] sha256(byte[] data, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(data, 0, len);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;

  /**
   * A segregated-witness address (BIP 173 / BIP 350) for human-readable part {@code hrp}: a
   * valid checksum of the right variant for its witness version, and a program of legal length.
   */
  public static boolean segwit(CharSequence address, String hrp) {
    String a = address.toString();
    String lower = a.toLowerCase(java.util.Locale.ROOT);
    if (!a.equals(lower) && !a.equals(a.toUpperCase(java.util.Locale.ROOT))) {
      return false; // mixed case is not allowed
    }
    int sep = lower.lastIndexOf('1');
    if (sep != hrp.length() || !lower.startsWith(hrp) || lower.length() - sep - 1 < 7) {
      return false;
    }
    int[] data = new int[lower.length() - sep - 1];
    for (int i = 0; i < data.length; i++) {
      data[i] = BECH32.indexOf(lower.charAt(sep + 1 + i));
      if (data[i] < 0) {
        return false;
      }
    }
    int c = polymod(hrp, data);
    int version = data[0];
    if (version > 16 || c != (version == 0 ? BECH32_CONST : BECH32M_CONST)) {
      return false;
    }
    int programBits = (data.length - 7) * 5; // minus version and 6 checksum characters
    int bytes = programBits / 8;
    if (programBits % 8 >= 5 || bytes < 2 || bytes > 40) {
      return false;
    }
    return version != 0 || bytes == 20 || bytes == 32;
  }

  static int polymod(String hrp, int[] data) {
    int chk = 1;
    for (int i = 0; i < hrp.length(); i++) {
      chk = step(chk) ^ (hrp.charAt(i) >> 5);
    }
    chk = step(chk);
    for (int i = 0; i < hrp.length(); i++) {
      chk = step(chk) ^ (hrp.charAt(i) & 31);
    }
    for (int d : data) {
      chk = step(chk) ^ d;
    }
    return chk;
  }

  private static int step(int chk) {
    int b = chk >>> 25;
    chk = (chk & 0x1ffffff) << 5;
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    for (int i = 0; i < 5; i++) {
      if (((b >> i) & 1) != 0) {
        chk ^= gen[i];
      }
    }
    return chk;
  }

  /** A Bech32 (version 0) or Bech32m address for a witness program (for generators and tests). */
  public static String segwitEncode(String hrp, int version, byte[] program) {
    int[] conv = new int[(program.length * 8 + 4) / 5];
    int acc = 0;
    int bits = 0;
    int k = 0;
    for (byte b : program) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        conv[k++] = (acc >> bits) & 31;
      }
    }
    if (bits > 0) {
      conv[k++] = (acc << (5 - bits)) & 31;
    }
    int[] data = new int[1 + k + 6];
    data[0] = version;
    System.arraycopy(conv, 0, data, 1, k);
    int mod = polymod(hrp, data) ^ (version == 0 ? BECH32_CONST : BECH32M_CONST);
    for (int i = 0; i < 6; i++) {
      data[1 + k + i] = (mod >> (5 * (5 - i))) & 31;
    }
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(BECH32.charAt(d));
    }
    return sb.toString();
  }

  /**
   * EIP-55 mixed-case checksum of an Ethereum address ({@code 0x} + 40 hex digits): each letter is
   * upper case exactly when the matching nibble of Keccak-256(lower-case hex) is 8 or more.
   */
  public static boolean eip55(CharSequence address) {
    String hex = address.toString().substring(2);
    String lower = hex.toLowerCase(java.util.Locale.ROOT);
    byte[] hash = keccak256(lower.getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 40; i++) {
      char c = hex.charAt(i);
      if (Character.isLetter(c)) {
        int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
        if ((nibble >= 8) != Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The EIP-55 form of a lower-case address (for generators and tests). */
  public static String eip55Encode(String lowerHex40) {
    byte[] hash = keccak256(lowerHex40.getBytes(StandardCharsets.US_ASCII));
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < 40; i++) {
      char c = lowerHex40.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      sb.append(Character.isLetter(c) && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  static byte[] keccak256(byte[] data) {
    KeccakDigest d = new KeccakDigest(256);
    d.update(data, 0, data.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }
}
