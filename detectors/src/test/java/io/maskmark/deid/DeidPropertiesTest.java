package io.maskmark.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.deid.keys.Token;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every built-in policy must have, over random documents with planted values. */
class DeidPropertiesTest {

  private static final KeyRing KEYS = KeyRing.generate();
  private static final Deidentifier DEID = new Deidentifier();

  private static Planted.Doc documents(Random r) {
    return Planted.document(r, r.nextBoolean() ? Language.ZH : Language.EN,
        Planted.TYPES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s150")
  void noPlantedValueSurvivesAnyBuiltInPolicy(long seed) {
    Planted.Doc doc = documents(new Random(seed));
    for (String name : Policies.BUILT_IN) {
      Policy policy = Policies.load(name, KEYS);
      DeidResult r = DEID.deidentify(doc.analysis(), policy);
      for (Map.Entry<EntityType, String> e : doc.values().entrySet()) {
        if (e.getKey() == EntityType.ORGANIZATION) {
          assertTrue(r.text().contains(e.getValue()), name + " must keep organisations");
        } else {
          assertFalse(survives(r.text(), e.getKey(), e.getValue()),
              () -> name + " leaked a planted " + e.getKey() + " value");
        }
      }
      assertSpansLocateReplacements(r);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s100")
  void reidentifyRestoresEncryptedTextExactly(long seed) {
    Planted.Doc doc = documents(new Random(seed));
    Policy encryptAll = Policies.parse("""
        name: encrypt-all
        version: 1
        mode: pseudonymised
        default: {operator: encrypt}
        rules:
          ORGANIZATION: {operator: encrypt}
        """, "test", KEYS);
    DeidResult r = DEID.deidentify(doc.analysis(), encryptAll);
    Reidentifier.Result back = new Reidentifier(KEYS).restore(r.text());
    assertEquals(doc.text(), back.text());
    assertEquals(doc.spans().size(), back.restored());
    for (int i = 0; i < r.spans().size(); i++) {
      Span s = r.spans().get(i);
      Span original = doc.spans().get(i);
      assertEquals(original.start(), back.mapStart(s.start()));
      assertEquals(original.end(), back.mapEnd(s.end()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s100")
  void gdprOutputRestoresEveryValueButCredentials(long seed) {
    Planted.Doc doc = documents(new Random(seed));
    DeidResult r = DEID.deidentify(doc.analysis(), Policies.load("gdpr-pseudonymise", KEYS));
    String restored = new Reidentifier(KEYS).restore(r.text()).text();
    for (Map.Entry<EntityType, String> e : doc.values().entrySet()) {
      assertEquals(e.getKey() != EntityType.CREDENTIAL, restored.contains(e.getValue()),
          () -> e.getKey() + " after reidentify");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s100")
  void anonymisedOutputHasNoReversibleTokenAndNoStablePseudonym(long seed) {
    Planted.Doc doc = documents(new Random(seed));
    Policy anonymise = Policies.load("anonymise", KEYS);
    assertEquals(Mode.ANONYMISED, anonymise.mode());
    assertEquals(null, anonymise.keyId());
    DeidResult first = DEID.deidentify(doc.analysis(), anonymise);
    assertFalse(Token.PATTERN.matcher(first.text()).find());
    for (KeyRing any : List.of(KEYS, KEYS.rotate(), KeyRing.generate())) {
      assertEquals(0, new Reidentifier(any).restore(first.text()).found());
    }
    // No keyed pseudonym format either: <TYPE#hex> / [标签#hex].
    assertFalse(first.text().matches("(?s).*[<\\[][^>\\]]*#[0-9a-f]{8,}[>\\]].*"));
  }

  private static Planted.Doc documentsWithThreeNames(Random r) {
    Language lang = r.nextBoolean() ? Language.ZH : Language.EN;
    Planted.Doc base = Planted.document(r, lang, List.of(EntityType.PHONE, EntityType.EMAIL));
    StringBuilder text = new StringBuilder(base.text());
    List<Span> spans = new ArrayList<>(base.spans());
    for (int i = 0; i < 3; i++) {
      text.append(lang == Language.ZH ? "，联系人" : ", contact ");
      int start = text.length();
      text.append(Planted.value(EntityType.PERSON, lang, r));
      spans.add(new Span(EntityType.PERSON, start, text.length(), 0.9, "planted", null));
    }
    return new Planted.Doc(text.toString(), lang, spans, base.values());
  }

  /** Random surrogates differ each time the same record is processed (no stable pseudonym). */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s50")
  void anonymiseGivesDifferentSurrogatesForTheSameInput(long seed) {
    Planted.Doc doc = documentsWithThreeNames(new Random(seed));
    Policy anonymise = Policies.load("anonymise", null);
    String once = DEID.deidentify(doc.analysis(), anonymise).text();
    String twice = DEID.deidentify(doc.analysis(), anonymise).text();
    assertNotEquals(once, twice);
  }

  /** Keyed policies give the same output for the same input and key, in any record. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s50")
  void keyedPoliciesAreDeterministic(long seed) {
    Planted.Doc doc = documents(new Random(seed));
    for (String name : List.of("pipl-deidentify", "gdpr-pseudonymise", "training-data")) {
      Policy p = Policies.load(name, KEYS);
      assertEquals(DEID.deidentify(doc.analysis(), p).text(), DEID.deidentify(doc.analysis(), p).text());
    }
  }

  /**
   * Whether {@code value} appears in {@code text}. An age band ends in the next lower age
   * ({@code 80-89 years old} for 89): that endpoint is part of the band, not the value.
   */
  static boolean survives(String text, EntityType type, String value) {
    for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
      if (!(type == EntityType.AGE && i > 0 && text.charAt(i - 1) == '-')) {
        return true;
      }
    }
    return false;
  }

  /** Output spans are ordered, inside the text and cover exactly the replacements. */
  private static void assertSpansLocateReplacements(DeidResult r) {
    int previousEnd = 0;
    for (Span s : r.spans()) {
      assertTrue(s.start() >= previousEnd && s.end() <= r.text().length());
      previousEnd = s.end();
    }
  }
}
