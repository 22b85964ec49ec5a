package io.maskmark.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.deid.surrogate.Surrogates;
import io.maskmark.deid.values.ChineseRegion;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.pattern.Checksums;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Surrogates keep type validity: check digits, length, format and plausible parts. */
class SurrogatesTest {

  private static String surrogate(EntityType type, String value, Language lang, long seed) {
    String s = Surrogates.of(type, value, lang, new Random(seed)).orElseThrow();
    assertNotEquals(value, s);
    return s;
  }

  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s300")
  void residentIdsStayValid(long seed) {
    Random r = new Random(seed);
    String id = Planted.residentId(r);
    String s = surrogate(EntityType.CN_RESIDENT_ID, id, Language.ZH, r.nextLong());
    assertEquals(18, s.length());
    assertTrue(Checksums.gb11643(s), s);
    assertEquals(id.substring(0, 4), s.substring(0, 4), "same province and city");
    assertTrue(s.substring(4, 6).matches("0[1-5]"));
    LocalDate born = LocalDate.parse(s.substring(6, 14), YYYYMMDD);
    assertTrue(born.getYear() >= 1950 && born.getYear() <= 2005, s);
    assertEquals((id.charAt(16) - '0') % 2, (s.charAt(16) - '0') % 2, "same sex digit parity");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s100")
  void legacyFifteenDigitIdsStayFifteenDigits(long seed) {
    Random r = new Random(seed);
    String id = "110101" + "8" + r.nextInt(10) + "0612" + Planted.digits(r, 3);
    String s = surrogate(EntityType.CN_RESIDENT_ID, id, Language.ZH, r.nextLong());
    assertTrue(s.matches("\\d{15}"), s);
    LocalDate.parse("19" + s.substring(6, 12), YYYYMMDD);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s300")
  void cardsKeepIssuerLengthGroupingAndLuhn(long seed) {
    Random r = new Random(seed);
    String card = Planted.luhn("62" + Planted.digits(r, 4), 16 + r.nextInt(4), r);
    String s = surrogate(EntityType.BANK_CARD, card, Language.ZH, r.nextLong());
    assertEquals(card.length(), s.length());
    assertEquals(card.substring(0, 6), s.substring(0, 6));
    assertTrue(Checksums.luhn(s), s);
    String grouped = card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " "
        + card.substring(12);
    String g = surrogate(EntityType.CREDIT_CARD, grouped, Language.EN, r.nextLong());
    assertTrue(g.matches("\\d{4} \\d{4} \\d{4} \\d+"), g);
    assertTrue(Checksums.luhn(g));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s200")
  void imeiIbanVinAndTerritoryIdsKeepTheirCheckCharacters(long seed) {
    Random r = new Random(seed);
    String imei = Planted.luhn("35" + Planted.digits(r, 6), 15, r);
    String si = surrogate(EntityType.IMEI, imei, Language.EN, r.nextLong());
    assertTrue(Checksums.luhn(si) && si.length() == 15 && si.startsWith(imei.substring(0, 8)), si);

    String iban = Planted.value(EntityType.IBAN, Language.EN, r);
    assertEquals(1, Planted.mod97(iban.substring(4) + iban.substring(0, 4)));
    String sb = surrogate(EntityType.IBAN, iban, Language.EN, r.nextLong());
    assertEquals(iban.length(), sb.length());
    assertTrue(sb.startsWith("DE"));
    assertEquals(1, Planted.mod97(sb.substring(4) + sb.substring(0, 4)), sb);

    String vin = surrogate(EntityType.VIN, "1M8GDM9AXKP042788", Language.EN, r.nextLong());
    assertTrue(vin.matches("1M8[A-HJ-NPR-Z0-9]{14}"), vin);
    assertEquals(vinCheck(vin), vin.charAt(8), vin);

    String hk = surrogate(EntityType.HK_ID, "A123456(3)", Language.EN, r.nextLong());
    assertTrue(hk.matches("A\\d{6}\\([0-9A]\\)"), hk);
    assertEquals(hkCheck(hk.substring(0, 7)), hk.charAt(8), hk);

    String tw = surrogate(EntityType.TW_ID, "A123456789", Language.EN, r.nextLong());
    assertTrue(tw.matches("A1\\d{8}"), tw);
    assertEquals(0, twSum(tw) % 10, tw);

    String ssn = surrogate(EntityType.US_SSN, "123-45-6789", Language.EN, r.nextLong());
    assertTrue(ssn.matches("\\d{3}-\\d{2}-\\d{4}") && !ssn.startsWith("000") && !ssn.startsWith("666")
        && !ssn.startsWith("9") && !ssn.contains("-00-") && !ssn.endsWith("0000"), ssn);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s300")
  void phonesKeepCarrierPrefixLengthAndFormat(long seed) {
    Random r = new Random(seed);
    String mobile = Planted.value(EntityType.PHONE, Language.ZH, r);
    String s = surrogate(EntityType.PHONE, mobile, Language.ZH, r.nextLong());
    assertTrue(s.matches("1[3-9]\\d{9}") && s.startsWith(mobile.substring(0, 3)), s);
    String intl = "+86 " + mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
    String si = surrogate(EntityType.PHONE, intl, Language.ZH, r.nextLong());
    assertTrue(si.matches("\\+86 " + mobile.substring(0, 3) + " \\d{4} \\d{4}"), si);
    String us = surrogate(EntityType.PHONE, "(415) 555-0132", Language.EN, r.nextLong());
    assertTrue(us.matches("\\(415\\) \\d{3}-\\d{4}"), us);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s300")
  void namesKeepScriptAndShape(long seed) {
    Random r = new Random(seed);
    String zh = Planted.value(EntityType.PERSON, Language.ZH, r);
    String sz = surrogate(EntityType.PERSON, zh, Language.ZH, r.nextLong());
    assertEquals(zh.length(), sz.length(), sz);
    assertTrue(sz.codePoints().allMatch(Language::isHan), sz);
    String sx = surrogate(EntityType.PERSON, "欧阳" + zh.substring(0, 2), Language.ZH, r.nextLong());
    assertEquals(4, sx.length(), sx);
    assertEquals("先生", surrogate(EntityType.PERSON, "张先生", Language.ZH, r.nextLong()).substring(1));

    String en = surrogate(EntityType.PERSON, "John Q. Smith", Language.EN, r.nextLong());
    assertTrue(en.matches("[A-Z][A-Za-z' -]+ [A-Z]\\. [A-Z][A-Za-z' -]+"), en);
    assertTrue(surrogate(EntityType.PERSON, "Dr. Jane Doe", Language.EN, r.nextLong()).startsWith("Dr. "));
    String upper = surrogate(EntityType.PERSON, "JANE DOE", Language.EN, r.nextLong());
    assertEquals(upper.toUpperCase(java.util.Locale.ROOT), upper);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s200")
  void datesAgesAndPlacesStayPlausible(long seed) {
    Random r = new Random(seed);
    String zhDate = surrogate(EntityType.DATE_OF_BIRTH, "1990年3月17日", Language.ZH, r.nextLong());
    var m = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日").matcher(zhDate);
    assertTrue(m.matches(), zhDate);
    LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    String iso = surrogate(EntityType.DATE_OF_BIRTH, "1990-03-17", Language.EN, r.nextLong());
    LocalDate.parse(iso);
    String dmy = surrogate(EntityType.DATE_OF_BIRTH, "17/03/1990", Language.EN, r.nextLong());
    assertTrue(dmy.matches("\\d{2}/\\d{2}/\\d{4}"), dmy);
    String words = surrogate(EntityType.DATE_OF_BIRTH, "March 17, 1990", Language.EN, r.nextLong());
    assertTrue(words.matches("[A-Z][a-z]+ \\d{2}, \\d{4}"), words);

    String age = surrogate(EntityType.AGE, "35岁", Language.ZH, r.nextLong());
    assertTrue(age.matches("3[0-46-9]岁"), age);
    assertTrue(surrogate(EntityType.AGE, "三十五岁", Language.ZH, r.nextLong()).matches("三十[一二三四六七八九]?岁"));

    String address = "广东省深圳市南山区科技园路1号";
    String a = surrogate(EntityType.ADDRESS, address, Language.ZH, r.nextLong());
    assertEquals("广东省深圳市", ChineseRegion.parse(a).orElseThrow().cityLevel(), a);
    assertTrue(a.endsWith("号") && a.contains("区"), a);
    String en = surrogate(EntityType.ADDRESS, "1600 Amphitheatre Parkway, Mountain View, CA 94043",
        Language.EN, r.nextLong());
    assertTrue(en.matches("\\d{4} [A-Za-z' -]+, Mountain View, CA 940\\d\\d"), en);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s200")
  void networkAndContactValuesUseReservedRanges(long seed) {
    Random r = new Random(seed);
    String email = surrogate(EntityType.EMAIL, "zhang.san88@company.cn", Language.ZH, r.nextLong());
    assertTrue(email.matches("[a-z]+\\.[a-z]+\\d{2}@example\\.com"), email);
    assertTrue(surrogate(EntityType.EMAIL, "123456789@qq.com", Language.ZH, r.nextLong())
        .matches("[1-9]\\d{8}@example\\.com"));
    String ip = surrogate(EntityType.IP_ADDRESS, "8.8.4.4", Language.EN, r.nextLong());
    assertTrue(ip.matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}"), ip);
    assertTrue(surrogate(EntityType.IP_ADDRESS, "2a00:1450::1", Language.EN, r.nextLong()).startsWith("2001:db8:"));
    String mac = surrogate(EntityType.MAC_ADDRESS, "00:1A:2B:3C:4D:5E", Language.EN, r.nextLong());
    assertTrue(mac.matches("[0-9A-F][26AE](:[0-9A-F]{2}){5}"), mac);
    String url = surrogate(EntityType.URL, "https://www.zhang-family.cn/photos/2021?id=42", Language.EN,
        r.nextLong());
    assertTrue(url.startsWith("https://www.example.com/") && url.length() > 25, url);
    String plate = surrogate(EntityType.CN_LICENSE_PLATE, "粤B12345", Language.ZH, r.nextLong());
    assertTrue(plate.matches("粤B\\d{5}"), plate);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.maskmark.deid.Seeds#s100")
  void sameSeedSameSurrogate(long seed) {
    for (EntityType t : Planted.TYPES) {
      String v = Planted.value(t, Language.ZH, new Random(seed));
      assertEquals(Surrogates.of(t, v, Language.ZH, new Random(seed)),
          Surrogates.of(t, v, Language.ZH, new Random(seed)));
    }
  }

  // Independent implementations of the check characters (for the assertions above).

  private static char vinCheck(String vin) {
    String map = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
    int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = vin.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : map.indexOf(c) % 10;
      sum += v * weights[i];
    }
    return sum % 11 == 10 ? 'X' : (char) ('0' + sum % 11);
  }

  private static char hkCheck(String body) {
    int sum = 36 * 9 + (body.charAt(0) - 'A' + 10) * 8;
    for (int i = 1; i < 7; i++) {
      sum += (body.charAt(i) - '0') * (8 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? '0' : check == 10 ? 'A' : (char) ('0' + check);
  }

  private static int twSum(String id) {
    int code = 10; // 'A'
    int sum = code / 10 + code % 10 * 9;
    for (int i = 1; i < 10; i++) {
      sum += (id.charAt(i) - '0') * (i == 9 ? 1 : 9 - i);
    }
    return sum;
  }
}
