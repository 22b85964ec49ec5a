package io.maskmark.deid.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every base64 key value in a key file: none may appear in messages or toString. */
  private static List<String> secrets(String keyFile) throws Exception {
    List<String> values = new ArrayList<>();
    for (JsonNode k : JSON.readTree(keyFile).get("keys")) {
      for (String field : List.of("deterministic_aead", "prf")) {
        for (JsonNode key : k.get(field).get("key")) {
          values.add(key.get("keyData").get("value").asText());
        }
      }
    }
    assertFalse(values.isEmpty());
    return values;
  }

  private static void assertNoSecret(String text, List<String> secrets) {
    for (String s : secrets) {
      assertFalse(text.contains(s) || text.contains(s.substring(0, 16)), "key material in: " + text);
    }
  }

  @Test
  void writesOwnerOnlyNeverOverwritesAndReadsBack(@TempDir Path dir) throws Exception {
    KeyRing ring = KeyRing.generate();
    Path f = dir.resolve("k.json");
    ring.writeNew(f);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    String content = Files.readString(f);
    KeyException e = assertThrows(KeyException.class, () -> KeyRing.generate().writeNew(f));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    assertEquals(content, Files.readString(f));

    KeyRing back = KeyRing.load(f);
    assertEquals(ring.primaryId(), back.primaryId());
    assertArrayEquals(ring.hmac("p", "x"), back.hmac("p", "x"));
    assertEquals(ring.encrypt("PERSON", "张三"), back.encrypt("PERSON", "张三"));
    assertEquals(Optional.of("张三"), back.decrypt(ring.encrypt("PERSON", "张三")));
  }

  @Test
  void keysAreIndependentAndPurposesSeparate() {
    KeyRing a = KeyRing.generate();
    KeyRing b = KeyRing.generate();
    assertNotEquals(a.primaryId(), b.primaryId());
    assertFalse(java.util.Arrays.equals(a.hmac("p", "x"), b.hmac("p", "x")));
    assertFalse(java.util.Arrays.equals(a.hmac("p", "x"), a.hmac("q", "x")));
    assertTrue(b.decrypt(a.encrypt("PERSON", "x")).isEmpty());
  }

  @Test
  void rotationKeepsOldTokensReversible(@TempDir Path dir) {
    KeyRing old = KeyRing.generate();
    Token oldToken = old.encrypt("EMAIL", "a@example.com");
    KeyRing rotated = old.rotate();
    assertNotEquals(old.primaryId(), rotated.primaryId());
    assertEquals(List.of(rotated.primaryId(), old.primaryId()), rotated.ids());
    assertEquals(rotated.primaryId(), rotated.encrypt("EMAIL", "a@example.com").keyId());
    assertEquals(Optional.of("a@example.com"), rotated.decrypt(oldToken));
    assertTrue(old.decrypt(rotated.encrypt("EMAIL", "a@example.com")).isEmpty());

    Path f = dir.resolve("rotated.json");
    rotated.writeNew(f);
    assertEquals(Optional.of("a@example.com"), KeyRing.load(f).decrypt(oldToken));
    // Two files: the first file's primary key stays primary.
    Path g = dir.resolve("other.json");
    KeyRing other = KeyRing.generate();
    other.writeNew(g);
    KeyRing both = KeyRing.load(List.of(g, f));
    assertEquals(other.primaryId(), both.primaryId());
    assertEquals(Optional.of("a@example.com"), both.decrypt(oldToken));
  }

  @Test
  void nothingPrintsKeyMaterial(@TempDir Path dir) throws Exception {
    KeyRing ring = KeyRing.generate();
    Path f = dir.resolve("k.json");
    ring.writeNew(f);
    List<String> secrets = secrets(Files.readString(f));
    assertNoSecret(ring.toString(), secrets);
    assertNoSecret(ring.encrypt("PERSON", "x").toString(), secrets);
    assertEquals("KeyRing[primary=" + ring.primaryId() + ", keys=[" + ring.primaryId() + "]]", ring.toString());
  }

  @Test
  void damagedKeyFilesFailWithoutQuotingThem(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("k.json");
    KeyRing.generate().writeNew(f);
    String good = Files.readString(f);
    List<String> secrets = secrets(good);

    ObjectNode root = (ObjectNode) JSON.readTree(good);
    JsonNode key = root.get("keys").get(0).get("deterministic_aead").get("key").get(0).get("keyData");
    ((ObjectNode) key).put("value", key.get("value").asText().substring(0, 12)); // truncated key proto
    List<String> broken = List.of(
        good.substring(0, good.length() / 2),                                  // truncated JSON
        good.replace("\"maskmark_keyring\" : 1", "\"maskmark_keyring\" : 2"),  // other format
        good.replace("HmacPrfKey", "HmacKey"),                                  // wrong key type
        root.toString(),                                                       // corrupt material
        good.replace("\"primary\" : \"", "\"primary\" : \"0"));                 // no such primary
    for (String content : broken) {
      KeyException e = assertThrows(KeyException.class, () -> KeyRing.parse(content, "key file k.json"));
      assertTrue(e.getMessage().startsWith("key file k.json"), e.getMessage());
      assertNoSecret(e.getMessage(), secrets);
      assertEquals(null, e.getCause());
    }
    KeyException missing = assertThrows(KeyException.class, () -> KeyRing.load(dir.resolve("none.json")));
    assertTrue(missing.getMessage().contains("does not exist"));
    KeyException env = assertThrows(KeyException.class,
        () -> KeyRing.fromEnvironment("MASKMARK_TEST_SURELY_UNSET_VARIABLE"));
    assertEquals("environment variable MASKMARK_TEST_SURELY_UNSET_VARIABLE is not set", env.getMessage());
  }

  @Test
  void sameIdWithDifferentMaterialIsRefused() throws Exception {
    KeyRing a = KeyRing.generate();
    KeyRing b = KeyRing.generate();
    // b's material under a's id, as a hand-edited file might do
    Path tmp = Files.createTempDirectory("kr");
    Path fb = tmp.resolve("b.json");
    b.writeNew(fb);
    String relabelled = Files.readString(fb).replace(b.primaryId(), a.primaryId());
    KeyRing fake = KeyRing.parse(relabelled, "relabelled");
    KeyException e = assertThrows(KeyException.class, () -> a.merge(fake));
    assertTrue(e.getMessage().contains("different key material"));
    // A token of the real key under that id does not decrypt with the impostor.
    assertTrue(fake.decrypt(a.encrypt("PERSON", "x")).isEmpty());
  }

  @Test
  void tokensAreFoundInTextAndAuthenticated() {
    KeyRing ring = KeyRing.generate();
    String t = ring.encrypt("PHONE", "13812345678").format();
    assertTrue(t.matches("\\[\\[mm:PHONE:[0-9a-f]{8}:[A-Za-z0-9_-]+]]"), t);
    List<Token.Found> found = Token.findAll("a " + t + " b " + t.replace("PHONE", "EMAIL") + " c");
    assertEquals(2, found.size());
    assertEquals(2, found.get(0).start());
    assertEquals(Optional.of("13812345678"), ring.decrypt(found.get(0).token()));
    assertTrue(ring.decrypt(found.get(1).token()).isEmpty(), "the type is bound to the ciphertext");
    // A flipped character breaks authentication rather than decrypting to something else.
    int i = t.length() - 5;
    String tampered = t.substring(0, i) + (t.charAt(i) == 'A' ? 'B' : 'A') + t.substring(i + 1);
    assertTrue(ring.decrypt(Token.findAll(tampered).get(0).token()).isEmpty());
  }
}
