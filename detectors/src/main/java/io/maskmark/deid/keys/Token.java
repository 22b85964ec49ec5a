package io.maskmark.deid.keys;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reversible token as it appears in de-identified text: {@code [[mm:PERSON:5d1c9a0e:base64url]]}.
 * ASCII only (survives JSON escaping, full-width normalisation and most markup), self-describing
 * (type and key id in clear, so rotation needs no lookup) and authenticated: the ciphertext is
 * AES-SIV with the type as associated data, so a token altered or moved to another type does not
 * decrypt.
 *
 * @param type       entity type name, e.g. {@code PERSON}
 * @param keyId      id of the key in the ring that made it
 * @param ciphertext deterministic AEAD ciphertext (synthetic IV + encrypted value)
 */
public record Token(String type, String keyId, byte[] ciphertext) {

  /** Matches every token in a text; groups: type, key id, base64url ciphertext. */
  public static final Pattern PATTERN =
      Pattern.compile("\\[\\[mm:([A-Z][A-Z0-9_]{0,39}):([0-9a-f]{8}):([A-Za-z0-9_-]{22,})]]");

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** A token found in a text, with its UTF-16 offsets. */
  public record Found(Token token, int start, int end) {
  }

  public String format() {
    return "[[mm:" + type + ":" + keyId + ":" + B64.encodeToString(ciphertext) + "]]";
  }

  /** Associated data binding the ciphertext to its type. */
  byte[] associatedData() {
    return ("maskmark-token-v1:" + type).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Every syntactically valid token in {@code text}, in order. */
  public static List<Found> findAll(CharSequence text) {
    List<Found> found = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      byte[] ct;
      try {
        ct = B64D.decode(m.group(3));
      } catch (IllegalArgumentException e) {
        continue; // base64url with an impossible length: not one of ours
      }
      found.add(new Found(new Token(m.group(1), m.group(2), ct), m.start(), m.end()));
    }
    return found;
  }

  @Override
  public String toString() {
    return "Token[" + type + ", key " + keyId + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.type.equals(type) && t.keyId.equals(keyId)
        && java.util.Arrays.equals(t.ciphertext, ciphertext);
  }

  @Override
  public int hashCode() {
    return (type.hashCode() * 31 + keyId.hashCode()) * 31 + java.util.Arrays.hashCode(ciphertext);
  }
}
