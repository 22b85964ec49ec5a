package io.maskmark.deid.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.daead.AesSivParameters;
import com.google.crypto.tink.daead.DeterministicAeadConfig2026;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig2026;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

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
  private static final Configuration DAEAD = DeterministicAeadConfig2026.get();
  private static final Configuration PRF = PrfConfig2026.get();

  private static final int FORMAT_VERSION = 1;
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
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

  private record Key(String id, Instant created, KeysetHandle daeadKeyset,
                     KeysetHandle prfKeyset, DeterministicAead daead, PrfSet prf) {
    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  private final String primaryId;
  private final Map<String, Key> keys;

  private KeyRing(String primaryId, Map<String, Key> keys) {
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

  private static Key key(String id, Instant created, KeysetHandle daead, KeysetHandle prf)
      throws GeneralSecurityException {
    return new Key(id, created, daead, prf,
        daead.getPrimitive(DAEAD, DeterministicAead.class),
        prf.getPrimitive(PRF, PrfSet.class));
  }

  // ---- reading

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
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new KeyException("key file " + file + " does not exist (create one with maskmark keygen)");
    } catch (IOException e) {
      throw new KeyException("key file " + file + " cannot be read: " + e.getClass().getSimpleName());
    }
    warnIfShared(file);
    return parse(json, "key file " + file);
  }

  /** Reads a ring from an environment variable holding the key file's JSON, or its base64. */
  public static KeyRing fromEnvironment(String variable) {
    String v = System.getenv(variable);
    String source = "environment variable " + variable;
    if (v == null || v.isBlank()) {
      throw new KeyException(source + " is not set");
    }
    v = v.trim();
    if (!v.startsWith("{")) {
      try {
        v = new String(Base64.getMimeDecoder().decode(v), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new KeyException(source + " holds neither key ring JSON nor its base64");
      }
    }
    return parse(v, source);
  }

  /** Parses the key file format; {@code source} names where it came from in errors. */
  public static KeyRing parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new KeyException(source + " is not valid JSON"
          + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"));
    }
    if (root == null || !root.isObject() || root.path("maskmark_keyring").asInt(-1) != FORMAT_VERSION) {
      throw new KeyException(source + " is not a maskmark key ring (expected \"maskmark_keyring\": "
          + FORMAT_VERSION + "; create one with maskmark keygen)");
    }
    String primary = root.path("primary").asText("");
    JsonNode list = root.path("keys");
    if (!list.isArray() || list.isEmpty()) {
      throw new KeyException(source + ": \"keys\" must be a non-empty array");
    }
    Map<String, Key> keys = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Key k = parseKey(list.get(i), source + ", keys[" + i + "]");
      if (keys.put(k.id(), k) != null) {
        throw new KeyException(source + ": key id " + k.id() + " appears twice");
      }
    }
    if (!keys.containsKey(primary)) {
      throw new KeyException(source + ": \"primary\" must be the id of one of the keys");
    }
    return new KeyRing(primary, keys);
  }

  private static Key parseKey(JsonNode n, String where) {
    String id = n.path("id").asText("");
    if (!KEY_ID.matcher(id).matches()) {
      throw new KeyException(where + ": \"id\" must be 8 lower-case hex digits");
    }
    Instant created;
    try {
      created = Instant.parse(n.path("created").asText(""));
    } catch (java.time.format.DateTimeParseException e) {
      created = Instant.EPOCH; // informational only
    }
    KeysetHandle daead = keyset(n.get("deterministic_aead"), where + " (key " + id + ")",
        "deterministic_aead", DAEAD);
    KeysetHandle prf = keyset(n.get("prf"), where + " (key " + id + ")", "prf", PRF);
    try {
      return key(id, created, daead, prf);
    } catch (GeneralSecurityException e) {
      throw new KeyException(where + " (key " + id
          + "): expected an AES-SIV \"deterministic_aead\" and an HMAC \"prf\" Tink keyset");
    }
  }

  private static KeysetHandle keyset(JsonNode n, String where, String field, Configuration config) {
    if (n == null || !n.isObject()) {
      throw new KeyException(where + ": missing Tink keyset \"" + field + "\"");
    }
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(n.toString(), config, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new KeyException(where + ": \"" + field + "\" is not a valid Tink JSON keyset of the "
          + (config == DAEAD ? "AES-SIV" : "HMAC PRF") + " type");
    }
  }

  private static void warnIfShared(Path file) {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
        LoggerFactory.getLogger(KeyRing.class).warn(
            "key file {} is readable by group or others; restrict it with chmod 600", file);
      }
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: nothing to check
    }
  }

  // ---- writing

  /**
   * Writes the ring to a new file readable and writable by its owner only (POSIX 600, set at
   * creation so there is no window where it is readable). Never overwrites.
   */
  public void writeNew(Path file) {
    byte[] bytes = serialize().getBytes(StandardCharsets.UTF_8);
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    try {
      Path created;
      try {
        created = Files.createFile(file, ownerOnly);
      } catch (UnsupportedOperationException e) {
        throw new KeyException("cannot write " + file
            + ": the file system does not support owner-only (POSIX) permissions");
      }
      try (OutputStream out = Files.newOutputStream(created)) {
        out.write(bytes);
      }
    } catch (FileAlreadyExistsException e) {
      throw new KeyException(file + " already exists; a key file is never overwritten "
          + "(choose a new name, or rotate with --from " + file + ")");
    } catch (NoSuchFileException e) {
      throw new KeyException("cannot write " + file + ": its directory does not exist");
    } catch (IOException e) {
      throw new KeyException("cannot write " + file + ": " + e.getClass().getSimpleName());
    }
  }

  private String serialize() {
    ObjectNode root = JSON.createObjectNode();
    root.put("maskmark_keyring", FORMAT_VERSION);
    root.put("primary", primaryId);
    ArrayNode list = root.putArray("keys");
    try {
      for (Key k : keys.values()) {
        ObjectNode o = list.addObject();
        o.put("id", k.id());
        o.put("created", k.created().toString());
        o.set("deterministic_aead", JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(
            k.daeadKeyset(), DAEAD, InsecureSecretKeyAccess.get())));
        o.set("prf", JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(
            k.prfKeyset(), PRF, InsecureSecretKeyAccess.get())));
      }
      return JSON.writeValueAsString(root) + "\n";
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the key ring"); // no cause: it holds keys
    }
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
