package io.maskmark.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.deid.keys.KeyRing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

  private static final KeyRing KEYS = KeyRing.generate();
  private static final String HEAD = "name: p\nversion: 1\nmode: pseudonymised\n";

  private static String error(String yaml, KeyRing keys) {
    return assertThrows(PolicyException.class, () -> Policies.parse(yaml, "my.yaml", keys)).getMessage();
  }

  private static void assertMessage(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), () -> "'" + message + "' should contain '" + p + "'");
    }
  }

  @Test
  void everyBuiltInLoadsWithAKeyAndDeclaresItsMode() {
    for (String name : Policies.BUILT_IN) {
      Policy p = Policies.load(name, KEYS);
      assertEquals(name, p.name());
      assertEquals(name.equals("anonymise") || name.equals("tags") ? Mode.ANONYMISED : Mode.PSEUDONYMISED,
          p.mode(), name);
    }
  }

  @Test
  void keylessBuiltInsNeedNoKeyAndKeyedOnesSayHowToGetOne() {
    for (String name : new String[] {"anonymise", "support-mask", "tags"}) {
      assertNull(Policies.load(name, null).keyId(), name);
    }
    for (String name : new String[] {"pipl-deidentify", "gdpr-pseudonymise", "training-data"}) {
      String m = assertThrows(PolicyException.class, () -> Policies.load(name, null)).getMessage();
      assertMessage(m, "built-in policy " + name + ".yaml", "line ", "needs a key", "maskmark keygen");
      assertEquals(KEYS.primaryId(), Policies.load(name, KEYS).keyId());
    }
  }

  @Test
  void unknownTypeNamesFileLineAndField() {
    String m = error(HEAD + "rules:\n  PHONE: {operator: mask}\n  PERSN: {operator: mask}\n", null);
    assertMessage(m, "my.yaml, line 6, rules.PERSN: unknown entity type 'PERSN'", "PERSON");
  }

  @Test
  void unknownOperator() {
    String m = error(HEAD + "rules:\n  PHONE: {operator: hsh}\n", KEYS);
    assertMessage(m, "my.yaml, line 5, rules.PHONE.operator: unknown operator 'hsh'", "hash", "surrogate");
  }

  @Test
  void badAndUnknownParameters() {
    assertMessage(error(HEAD + "rules:\n  PHONE:\n    operator: mask\n    keep_last: -1\n", null),
        "line 7, rules.PHONE.keep_last: expected an integer from 0 to 64");
    assertMessage(error(HEAD + "rules:\n  PHONE:\n    operator: mask\n    keep_lst: 4\n", null),
        "line 7, rules.PHONE.keep_lst: unknown parameter for operator 'mask'", "keep_last");
    assertMessage(error(HEAD + "rules:\n  PHONE: {operator: redact, numbered: true}\n", null),
        "rules.PHONE.numbered: unknown parameter for operator 'redact' (it takes none)");
    assertMessage(error(HEAD + "rules:\n  PHONE: {operator: replace, numbered: maybe}\n", null),
        "rules.PHONE.numbered: expected true or false");
    assertMessage(error(HEAD + "rules:\n  PHONE: {operator: hash, length: 4}\n", KEYS),
        "rules.PHONE.length: expected an integer from 8 to 64");
    assertMessage(error(HEAD + "rules:\n  AGE: {operator: generalize, band: [1, 2]}\n", null),
        "rules.AGE.band: expected a single value");
  }

  @Test
  void generalizeOnlyWhereItMeansSomething() {
    assertMessage(error(HEAD + "rules:\n  PHONE: {operator: generalize}\n", null),
        "rules.PHONE.operator: generalize works on DATE_OF_BIRTH, AGE, ADDRESS, LOCATION and GPS_COORDINATE only, not PHONE");
    assertMessage(error(HEAD + "default: {operator: generalize}\n", null), "cannot be the default");
    assertMessage(error(HEAD + "rules:\n  ADDRESS: {operator: generalize, level: street}\n", null),
        "rules.ADDRESS.level: expected one of city, province");
  }

  @Test
  void anonymisedPoliciesRefuseEverythingThatCouldLinkOrReverse() {
    String head = "name: a\nversion: 1\nmode: anonymised\n";
    for (String op : new String[] {"hash", "encrypt", "surrogate", "mask", "keep"}) {
      String m = error(head + "rules:\n  PERSON: {operator: " + op + "}\n", KEYS);
      assertMessage(m, "line 5, rules.PERSON.operator", "a policy with mode anonymised may only use");
    }
    assertMessage(error(head + "default: {operator: hash}\n", KEYS), "default.operator", "is keyed");
    // allowed: random surrogates, and keeping a non-personal type
    Policies.parse(head + "rules:\n  PERSON: {operator: surrogate, random: true}\n  ORGANIZATION: {operator: keep}\n",
        "ok.yaml", null);
  }

  @Test
  void structuralErrors() {
    assertMessage(error("version: 1\nmode: anonymised\n", null), "my.yaml, line 1, name: missing (required)");
    assertMessage(error("name: p\nversion: 1\nmode: private\n", null), "line 3, mode: expected pseudonymised or anonymised");
    assertMessage(error(HEAD + "rule:\n  PHONE: {operator: mask}\n", null), "line 4, rule: unknown field", "rules");
    assertMessage(error(HEAD + "rules:\n  PHONE: {operator: mask\n", null), "my.yaml, line ", "invalid YAML");
    assertMessage(error(HEAD + "rules:\n  PHONE: {operator: mask}\n  phone: {operator: redact}\n", null),
        "line 6, rules.PHONE: duplicate rule");
    assertMessage(error(HEAD + "rules:\n  PHONE: {keep_last: 4}\n", null),
        "line 5, rules.PHONE: missing \"operator\"");
    assertMessage(error(HEAD + "rules:\n  PHONE: mask\n", null), "rules.PHONE: expected a mapping");
    assertMessage(error("", null), "empty policy");
    assertMessage(error("- a\n- b\n", null), "line 1, policy: expected a mapping");
  }

  @Test
  void contentHashIdentifiesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.yaml");
    String yaml = HEAD + "rules:\n  PHONE: {operator: mask}\n";
    Files.writeString(f, yaml);
    Policy p = Policies.load(f.toString(), null);
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(yaml.getBytes(StandardCharsets.UTF_8))), p.sha256());
    Files.writeString(f, yaml + "# a comment changes the file\n");
    assertNotEquals(p.sha256(), Policies.load(f.toString(), null).sha256());
    String m = assertThrows(PolicyException.class, () -> Policies.load(dir.resolve("nope.yaml").toString(), null))
        .getMessage();
    assertMessage(m, "nope.yaml", "neither a built-in policy", "pipl-deidentify");
  }

  @Test
  void toStringShowsNamesNotKeys() {
    String s = Policies.load("gdpr-pseudonymise", KEYS).toString();
    assertEquals("Policy[gdpr-pseudonymise v1, pseudonymised, key " + KEYS.primaryId() + "]", s);
  }
}
