package io.maskmark.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.deid.keys.Token;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorsTest {

  private static final KeyRing KEYS = KeyRing.generate();

  /** Applies a one-rule policy to {@code value} (as the whole text). */
  private static String apply(String rule, EntityType type, Language lang, String value) {
    Policy p = Policies.parse("name: t\nversion: 1\nmode: pseudonymised\nrules:\n  " + type + ": "
        + rule + "\n", "test", KEYS);
    Analysis a = new Analysis(value, lang, List.of(new Span(type, 0, value.length(), 1, "t", null)));
    return new Deidentifier().deidentify(a, p).text();
  }

  @Test
  void maskDefaultsPerType() {
    String mask = "{operator: mask}";
    assertEquals("138****5678", apply(mask, EntityType.PHONE, Language.ZH, "13812345678"));
    assertEquals("+86 138****5678", apply(mask, EntityType.PHONE, Language.ZH, "+86 13812345678"));
    assertEquals("张**", apply(mask, EntityType.PERSON, Language.ZH, "张三丰"));
    assertEquals("张*", apply(mask, EntityType.PERSON, Language.ZH, "张三"));
    assertEquals("J*** S****", apply(mask, EntityType.PERSON, Language.EN, "John Smith"));
    assertEquals("1101**********777X", apply(mask, EntityType.CN_RESIDENT_ID, Language.ZH, "11010119900307777X"));
    assertEquals("j***@example.com", apply(mask, EntityType.EMAIL, Language.EN, "john@example.com"));
    assertEquals("6222 **** **** 1234", apply(mask, EntityType.BANK_CARD, Language.ZH, "6222 0212 3456 1234"));
    assertEquals("广东省深圳市*********", apply(mask, EntityType.ADDRESS, Language.ZH, "广东省深圳市南山区科技园路1号"));
    assertEquals("****年*月**日", apply(mask, EntityType.DATE_OF_BIRTH, Language.ZH, "1990年3月17日"));
  }

  @Test
  void maskParametersAndShortValuesNeverShownWhole() {
    assertEquals("####5678", apply("{operator: mask, char: '#', keep_last: 4}", EntityType.US_SSN,
        Language.EN, "12345678"));
    // keep_first 1 of a one-letter local part would show it all: at least one is masked.
    assertEquals("*@example.com", apply("{operator: mask}", EntityType.EMAIL, Language.EN, "a@example.com"));
    assertEquals("E*", apply("{operator: mask, keep_first: 5}", EntityType.PASSPORT, Language.EN, "E1"));
  }

  @Test
  void replaceIsLocalisedAndNumberedPerRecord() {
    Policy p = Policies.parse("name: t\nversion: 1\nmode: anonymised\ndefault: {operator: replace, numbered: true}\n",
        "test", null);
    String text = "Ann met Bob, then Ann left";
    List<Span> spans = List.of(new Span(EntityType.PERSON, 0, 3, 1, "t", null),
        new Span(EntityType.PERSON, 8, 11, 1, "t", null), new Span(EntityType.PERSON, 18, 21, 1, "t", null));
    assertEquals("<PERSON_1> met <PERSON_2>, then <PERSON_1> left",
        new Deidentifier().deidentify(new Analysis(text, Language.EN, spans), p).text());
    assertEquals("[姓名]", apply("{operator: replace}", EntityType.PERSON, Language.ZH, "张三"));
    assertEquals("<PERSON>", apply("{operator: replace}", EntityType.PERSON, Language.EN, "Ann"));
  }

  @Test
  void redactRemovesTheValue() {
    Policy p = Policies.parse("name: t\nversion: 1\nmode: anonymised\ndefault: {operator: redact}\n", "test", null);
    DeidResult r = new Deidentifier().deidentify(new Analysis("call 13812345678 now", Language.EN,
        List.of(new Span(EntityType.PHONE, 5, 16, 1, "t", null))), p);
    assertEquals("call  now", r.text());
    assertTrue(r.spans().isEmpty());
    assertEquals(1, r.counts().get(EntityType.PHONE));
  }

  @Test
  void generalizeKeepsTheCoarsePart() {
    String g = "{operator: generalize}";
    assertEquals("1990年", apply(g, EntityType.DATE_OF_BIRTH, Language.ZH, "1990年3月17日"));
    assertEquals("1990", apply(g, EntityType.DATE_OF_BIRTH, Language.EN, "17/03/1990"));
    assertEquals("1990s", apply("{operator: generalize, to: decade}", EntityType.DATE_OF_BIRTH, Language.EN, "1994-03-17"));
    assertEquals("30-39岁", apply(g, EntityType.AGE, Language.ZH, "35岁"));
    assertEquals("30-39岁", apply(g, EntityType.AGE, Language.ZH, "三十五岁"));
    assertEquals("aged 20-24", apply("{operator: generalize, band: 5}", EntityType.AGE, Language.EN, "aged 23"));
    assertEquals("90+ years", apply(g, EntityType.AGE, Language.EN, "93 years"));
    assertEquals("广东省深圳市", apply(g, EntityType.ADDRESS, Language.ZH, "广东省深圳市南山区科技园路1号"));
    assertEquals("广东省", apply("{operator: generalize, level: province}", EntityType.ADDRESS, Language.ZH,
        "广东省深圳市南山区科技园路1号"));
    assertEquals("北京市", apply(g, EntityType.ADDRESS, Language.ZH, "北京市朝阳区建国路88号"));
    assertEquals("新疆维吾尔自治区乌鲁木齐市", apply(g, EntityType.ADDRESS, Language.ZH,
        "新疆维吾尔自治区乌鲁木齐市天山区解放南路8号"));
    assertEquals("深圳", apply(g, EntityType.ADDRESS, Language.ZH, "深圳南山区科技园"));
    assertEquals("Mountain View, CA", apply(g, EntityType.ADDRESS, Language.EN,
        "1600 Amphitheatre Parkway, Mountain View, CA 94043"));
    assertEquals("CA", apply("{operator: generalize, level: province}", EntityType.ADDRESS, Language.EN,
        "1600 Amphitheatre Parkway, Mountain View, CA 94043"));
    assertEquals("London, UK", apply(g, EntityType.ADDRESS, Language.EN, "221B Baker Street, London NW1 6XE, UK"));
    assertEquals("39.90, 116.41", apply(g, EntityType.GPS_COORDINATE, Language.EN, "39.904211, 116.407395"));
    assertEquals("39°54'N, 116°24'E", apply(g, EntityType.GPS_COORDINATE, Language.EN, "39°54'15.2\"N, 116°24'26.6\"E"));
  }

  @Test
  void generalizeFallsBackToTheTagWhenItCannotParse() {
    String g = "{operator: generalize}";
    assertEquals("<DATE_OF_BIRTH>", apply(g, EntityType.DATE_OF_BIRTH, Language.EN, "the day after Easter"));
    assertEquals("[地址]", apply(g, EntityType.ADDRESS, Language.ZH, "南山区科技园路1号"));
    assertEquals("<LOCATION>", apply(g, EntityType.LOCATION, Language.EN, "Baker Street"));
    assertEquals("California", apply(g, EntityType.LOCATION, Language.EN, "California"));
  }

  @Test
  void hashIsAStableKeyedPseudonymOfTheCanonicalValue() {
    String h = "{operator: hash}";
    String a = apply(h, EntityType.PHONE, Language.EN, "13812345678");
    assertTrue(a.matches("<PHONE#[0-9a-f]{12}>"), a);
    assertEquals(a, apply(h, EntityType.PHONE, Language.EN, "+86 138-1234-5678"));
    assertEquals(a.substring(7, 19), apply(h, EntityType.PHONE, Language.ZH, "13812345678").substring(4, 16));
    assertNotEquals(a, apply(h, EntityType.PHONE, Language.EN, "13812345679"));
    assertEquals(a, apply(h, EntityType.PHONE, Language.EN, "138\u200B1234\u00AD5678"), "zero-width inside");
    String mail = apply(h, EntityType.EMAIL, Language.EN, "john@example.com");
    assertEquals(mail, apply(h, EntityType.EMAIL, Language.EN, "j\u043Ehn@ex\u0430mple.com"), "look-alikes");
    assertEquals(24, apply("{operator: hash, length: 24}", EntityType.PHONE, Language.EN, "1").length() - 8);
    Policy other = Policies.parse("name: t\nversion: 1\nmode: pseudonymised\ndefault: {operator: hash}\n",
        "test", KeyRing.generate());
    String withOtherKey = new Deidentifier().deidentify(new Analysis("13812345678", Language.EN,
        List.of(new Span(EntityType.PHONE, 0, 11, 1, "t", null))), other).text();
    assertNotEquals(a, withOtherKey);
  }

  @Test
  void encryptGivesADeterministicTokenThatDecrypts() {
    String e = "{operator: encrypt}";
    String t = apply(e, EntityType.PERSON, Language.ZH, "张三");
    assertEquals(t, apply(e, EntityType.PERSON, Language.ZH, "张三"));
    assertTrue(t.startsWith("[[mm:PERSON:" + KEYS.primaryId() + ":"), t);
    List<Token.Found> found = Token.findAll("前文" + t + "后文");
    assertEquals(1, found.size());
    assertEquals("张三", KEYS.decrypt(found.get(0).token()).orElseThrow());
    // The type is authenticated: the same ciphertext relabelled does not decrypt.
    Token relabelled = new Token("EMAIL", found.get(0).token().keyId(), found.get(0).token().ciphertext());
    assertTrue(KEYS.decrypt(relabelled).isEmpty());
  }

  @Test
  void keepAndDefaultsForNonPersonalTypes() {
    Policy p = Policies.load("pipl-deidentify", KEYS);
    assertEquals("keep", p.operatorFor(EntityType.ORGANIZATION, Language.ZH).name());
    assertEquals("keep", p.operatorFor(EntityType.CN_USCC, Language.EN).name());
    Policy redactOrgs = Policies.parse("name: t\nversion: 1\nmode: anonymised\nrules:\n  ORGANIZATION: {operator: replace}\n",
        "test", null);
    assertEquals("replace", redactOrgs.operatorFor(EntityType.ORGANIZATION, Language.ZH).name());
  }

  @Test
  void perLanguageRules() {
    Policy p = Policies.parse("""
        name: t
        version: 1
        mode: pseudonymised
        default: {operator: replace}
        rules:
          PERSON:
            operator: hash
            zh: {operator: mask}
          EMAIL:
            en: {operator: redact}
        """, "test", KEYS);
    assertEquals("mask", p.operatorFor(EntityType.PERSON, Language.ZH).name());
    assertEquals("hash", p.operatorFor(EntityType.PERSON, Language.EN).name());
    assertEquals("redact", p.operatorFor(EntityType.EMAIL, Language.EN).name());
    assertEquals("replace", p.operatorFor(EntityType.EMAIL, Language.ZH).name());
  }

  @Test
  void mixedRecordsChooseByTheScriptOfTheValue() {
    Policy p = Policies.load("tags", null);
    String text = "张三 met John";
    List<Span> spans = new ArrayList<>(List.of(new Span(EntityType.PERSON, 0, 2, 1, "t", null),
        new Span(EntityType.PERSON, 7, 11, 1, "t", null)));
    assertEquals("[姓名] met <PERSON>",
        new Deidentifier().deidentify(new Analysis(text, Language.MIXED, spans), p).text());
  }

  @Test
  void overlappingSpansNeverLeaveATail() {
    Policy p = Policies.load("tags", null);
    String text = "id 110101199003077778 end";
    List<Span> spans = List.of(new Span(EntityType.PHONE, 3, 14, 1, "t", null),
        new Span(EntityType.CN_RESIDENT_ID, 3, 21, 1, "t", null));
    String out = new Deidentifier().deidentify(new Analysis(text, Language.EN, spans), p).text();
    assertEquals("id <PHONE><CN_RESIDENT_ID> end", out);
  }

  @Test
  void recordBlockSaysWhatWasDone() {
    Policy p = Policies.load("pipl-deidentify", KEYS);
    DeidResult r = new Deidentifier().deidentify(new Analysis("张三，华为", Language.ZH,
        List.of(new Span(EntityType.PERSON, 0, 2, 1, "t", null),
            new Span(EntityType.ORGANIZATION, 3, 5, 1, "t", null))), p);
    assertEquals(Mode.PSEUDONYMISED, r.mode());
    assertEquals("pipl-deidentify", r.policyName());
    assertEquals("1", r.policyVersion());
    assertEquals(KEYS.primaryId(), r.keyId());
    assertTrue(r.policySha256().matches("[0-9a-f]{64}"));
    assertEquals(java.util.Map.of(EntityType.PERSON, 1), r.counts()); // kept organisations are not counted
    assertEquals(2, r.spans().size());
  }
}
