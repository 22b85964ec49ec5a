package io.maskmark.deid.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The key file format:
 * <pre>
 * {"maskmark_keyring": 1, "primary": "5d1c9a0e",
 *  "keys": [{"id": "5d1c9a0e", "created": "2025-11-22T08:00:00Z",
 *            "deterministic_aead": {Tink JSON keyset, AES-256-SIV},
 *            "prf": {Tink JSON keyset, HMAC-SHA256}}]}
 * </pre>
 * Errors name the file and the key id, never the content: Tink's and Jackson's own messages are
 * not passed on, since a parser may quote its input.
 */
final class KeyRingFile {

  private static final int FORMAT_VERSION = 1;
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private KeyRingFile() {
  }

  static KeyRing load(Path file) {
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

  static KeyRing fromEnvironment(String variable) {
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

  static KeyRing parse(String json, String source) {
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
    Map<String, KeyRing.Key> keys = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      KeyRing.Key k = parseKey(list.get(i), source + ", keys[" + i + "]");
      if (keys.put(k.id(), k) != null) {
        throw new KeyException(source + ": key id " + k.id() + " appears twice");
      }
    }
    if (!keys.containsKey(primary)) {
      throw new KeyException(source + ": \"primary\" must be the id of one of the keys");
    }
    return new KeyRing(primary, keys);
  }

  private static KeyRing.Key parseKey(JsonNode n, String where) {
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
        "deterministic_aead", KeyRing.DAEAD);
    KeysetHandle prf = keyset(n.get("prf"), where + " (key " + id + ")", "prf", KeyRing.PRF);
    try {
      return KeyRing.key(id, created, daead, prf);
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
          + (config == KeyRing.DAEAD ? "AES-SIV" : "HMAC PRF") + " type");
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

  static void writeNew(KeyRing ring, Path file) {
    SecretFiles.writeNew(file, serialize(ring).getBytes(StandardCharsets.UTF_8));
  }

  private static String serialize(KeyRing ring) {
    ObjectNode root = JSON.createObjectNode();
    root.put("maskmark_keyring", FORMAT_VERSION);
    root.put("primary", ring.primaryId());
    ArrayNode list = root.putArray("keys");
    try {
      for (KeyRing.Key k : ring.keys().values()) {
        ObjectNode o = list.addObject();
        o.put("id", k.id());
        o.put("created", k.created().toString());
        o.set("deterministic_aead", JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(
            k.daeadKeyset(), KeyRing.DAEAD, InsecureSecretKeyAccess.get())));
        o.set("prf", JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(
            k.prfKeyset(), KeyRing.PRF, InsecureSecretKeyAccess.get())));
      }
      return JSON.writeValueAsString(root) + "\n";
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the key ring"); // no cause: it holds keys
    }
  }
}
