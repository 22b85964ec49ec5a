package io.maskmark.deid.keys;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.daead.AesSivParameters;
import com.google.crypto.tink.daead.DeterministicAeadConfig2026;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig2026;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secret keys of keyed operators, by key id. Each key pairs an AES-256-SIV deterministic AEAD
 * key (reversible tokens) with an HMAC-SHA256 PRF key (pseudonyms, surrogate seeds), both Google
 * Tink keysets. New output uses the primary key; tokens of every key in the ring can be reversed,
 * which is how keys rotate ({@link #rotate()}).
 *
 * <p>Pseudonyms are computed from the key, never looked up, so every partition, instance and
 * restart that holds the same ring produces the same output without shared state.
 *
 * <p>Key material is never printed: {@link #toString()} shows key ids only, and errors name the
 * file or variable, not its content. Immutable and thread-safe.
 */
public final class KeyRing {

  /** Tink configurations with exactly the key types we use (no global registry). */
  static final Configuration DAEAD = DeterministicAeadConfig2026.get();
  static final Configuration PRF = PrfConfig2026.get();

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AesSivParameters AES_SIV;

  static {
    try {
      AES_SIV = AesSivParameters.builder().setKeySizeBytes(64)
          .setVariant(AesSivParameters.Variant.NO_PREFIX).build(); // the token carries the key id
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  record Key(String id, Instant created, KeysetHandle daeadKeyset,
                     KeysetHandle prfKeyset, DeterministicAead daead, PrfSet prf) {
    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  private final String primaryId;
  private final Map<String, Key> keys;

  KeyRing(String primaryId, Map<String, Key> keys) {
    this.primaryId = primaryId;
    this.keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  // ---- creating and combining

  /** A ring with one fresh key. */
  public static KeyRing generate() {
    Key k = newKey(Set.of());
    return new KeyRing(k.id(), Map.of(k.id(), k));
  }

  /** This ring plus a fresh primary key: new output uses the new key, old tokens still reverse. */
  public KeyRing rotate() {
    Key k = newKey(keys.keySet());
    Map<String, Key> all = new LinkedHashMap<>();
    all.put(k.id(), k);
    all.putAll(keys);
    return new KeyRing(k.id(), all);
  }

  /** The union of two rings; this ring's primary stays primary. */
  public KeyRing merge(KeyRing other) {
    Map<String, Key> all = new LinkedHashMap<>(keys);
    for (Key k : other.keys.values()) {
      Key mine = all.get(k.id());
      if (mine == null) {
        all.put(k.id(), k);
      } else if (!mine.daeadKeyset().equalsKeyset(k.daeadKeyset())
          || !mine.prfKeyset().equalsKeyset(k.prfKeyset())) {
        throw new KeyException("key id " + k.id() + " appears twice with different key material");
      }
    }
    return new KeyRing(primaryId, all);
  }

  private static Key newKey(Set<String> taken) {
    try {
      String id;
      do {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        id = HexFormat.of().formatHex(b);
      } while (taken.contains(id));
      KeysetHandle daead = KeysetHandle.generateNew(AES_SIV, DAEAD);
      KeysetHandle prf = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF, PRF);
      return key(id, Instant.now().truncatedTo(ChronoUnit.SECONDS), daead, prf);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink could not generate a key", e); // no material in it
    }
  }

  static Key key(String id, Instant created, KeysetHandle daead, KeysetHandle prf)
      throws GeneralSecurityException {
    return new Key(id, created, daead, prf,
        daead.getPrimitive(DAEAD, DeterministicAead.class),
        prf.getPrimitive(PRF, PrfSet.class));
  }

  // ---- reading and writing (the file format is in KeyRingFile)

  /** Reads key files; the first file's primary key is the ring's primary. */
  public static KeyRing load(List<Path> files) {
    if (files.isEmpty()) {
      throw new KeyException("no key file given");
    }
    KeyRing ring = load(files.get(0));
    for (Path f : files.subList(1, files.size())) {
      ring = ring.merge(load(f));
    }
    return ring;
  }

  public static KeyRing load(Path file) {
    return KeyRingFile.load(file);
  }

  /** Reads a ring from an environment variable holding the key file's JSON, or its base64. */
  public static KeyRing fromEnvironment(String variable) {
    return KeyRingFile.fromEnvironment(variable);
  }

  /** Parses the key file format; {@code source} names where it came from in errors. */
  public static KeyRing parse(String json, String source) {
    return KeyRingFile.parse(json, source);
  }

  /**
   * Writes the ring to a new file readable and writable by its owner only (POSIX 600, set at
   * creation so there is no window where it is readable). Never overwrites.
   */
  public void writeNew(Path file) {
    KeyRingFile.writeNew(this, file);
  }

  Map<String, Key> keys() {
    return keys;
  }

  // ---- using

  public String primaryId() {
    return primaryId;
  }

  /** Key ids, primary first. */
  public List<String> ids() {
    return new ArrayList<>(keys.keySet());
  }

  public boolean contains(String keyId) {
    return keys.containsKey(keyId);
  }

  /**
   * HMAC-SHA256 with the primary key over {@code purpose || 0x00 || input}: the basis of stable
   * pseudonyms. Different purposes give unrelated outputs for the same input.
   */
  public byte[] hmac(String purpose, String input) {
    byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
    byte[] in = input.getBytes(StandardCharsets.UTF_8);
    byte[] msg = new byte[p.length + 1 + in.length];
    System.arraycopy(p, 0, msg, 0, p.length);
    System.arraycopy(in, 0, msg, p.length + 1, in.length);
    try {
      return keys.get(primaryId).prf().computePrimary(msg, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC failed");
    }
  }

  /** Encrypts {@code value} deterministically with the primary key. */
  public Token encrypt(String type, String value) {
    Token shape = new Token(type, primaryId, new byte[0]);
    try {
      byte[] ct = keys.get(primaryId).daead().encryptDeterministically(
          value.getBytes(StandardCharsets.UTF_8), shape.associatedData());
      return new Token(type, primaryId, ct);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed");
    }
  }

  /** The original value, or empty when the key is not in this ring or the token is not authentic. */
  public Optional<String> decrypt(Token token) {
    Key k = keys.get(token.keyId());
    if (k == null) {
      return Optional.empty();
    }
    try {
      byte[] pt = k.daead().decryptDeterministically(token.ciphertext(), token.associatedData());
      return Optional.of(new String(pt, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "KeyRing[primary=" + primaryId + ", keys=" + keys.keySet() + "]";
  }
}
