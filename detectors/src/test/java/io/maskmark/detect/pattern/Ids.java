package io.maskmark.detect.pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Random identifiers with valid check characters, for tests. The check algorithms are written
 * out here again from their standards (not taken from the code under test), so a slip in a
 * validator shows up as a test failure; only the cryptocurrency encoders (hashes, Base58,
 * Bech32) are borrowed from {@link CryptoChecksums}, which the tests check separately by round
 * trip and by corrupting a character.
 */
final class Ids {

  private Ids() {
  }

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  static char pick(Random r, String chars) {
    return chars.charAt(r.nextInt(chars.length()));
  }

  static <T> T pick(Random r, T[] items) {
    return items[r.nextInt(items.length)];
  }

  /** Luhn check digit: double every second digit from the right of the full number. */
  static char luhnDigit(String body) {
    int sum = 0;
    for (int i = body.length() - 1, k = 0; i >= 0; i--, k++) {
      int d = body.charAt(i) - '0';
      if (k % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  static String luhn(String body) {
    return body + luhnDigit(body);
  }

  /** Changes the last digit so the number fails its check. */
  static String breakLast(String valid) {
    char last = valid.charAt(valid.length() - 1);
    char other = last == '9' || last == 'X' ? '0' : (char) (last + 1);
    return valid.substring(0, valid.length() - 1) + other;
  }

  // --- China ---------------------------------------------------------------------------------

  private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31",
      "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
      "53", "54", "61", "62", "63", "64", "65"};

  /** A six-digit administrative code: province, then a city and county number that are not 00. */
  static String region(Random r) {
    return pick(r, PROVINCES) + String.format("%02d%02d", 1 + r.nextInt(20), 1 + r.nextInt(30));
  }

  static String birth8(Random r) {
    int y = 1940 + r.nextInt(66);
    int m = 1 + r.nextInt(12);
    int d = 1 + r.nextInt(28);
    return String.format("%04d%02d%02d", y, m, d);
  }

  /** GB 11643-1999: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written X. */
  static char gb11643(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int w = (1 << (17 - i)) % 11;
      sum += (first17.charAt(i) - '0') * w;
    }
    int c = (12 - sum % 11) % 11;
    return c == 10 ? 'X' : (char) ('0' + c);
  }

  static String residentId(Random r) {
    String body = region(r) + birth8(r) + digits(r, 3);
    return body + gb11643(body);
  }

  static String residentId15(Random r) {
    return region(r) + birth8(r).substring(2) + digits(r, 3);
  }

  /** Mobile prefixes in use: 13x, 15x (not 154), 17[0-8], 18x, 19[89]. */
  static String cnMobile(Random r) {
    String[] p = {"13" + r.nextInt(10), "15" + pick(r, "01235789"), "17" + pick(r, "035678"),
        "18" + r.nextInt(10), "19" + pick(r, "89")};
    return pick(r, p) + digits(r, 8);
  }

  static String cnMobileFormatted(Random r) {
    String m = cnMobile(r);
    return switch (r.nextInt(6)) {
      case 0 -> m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
      case 1 -> m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
      case 2 -> "+86 " + m;
      case 3 -> "+86-" + m;
      default -> m;
    };
  }

  /** A mainland landline that libphonenumber accepts, written with its area code. */
  static String cnLandline(Random r) {
    String[] areas = {"10", "21", "20", "22", "23", "24", "25", "27", "28", "29", "755", "571", "512"};
    for (;;) {
      String area = pick(r, areas);
      String local = (char) ('2' + r.nextInt(7)) + digits(r, area.length() == 2 ? 7 : 7);
      if (valid(86, area + local)) {
        return switch (r.nextInt(3)) {
          case 0 -> "0" + area + "-" + local;
          case 1 -> "(0" + area + ")" + local;
          default -> "0" + area + " " + local;
        };
      }
    }
  }

  private static boolean valid(int cc, String national) {
    PhoneNumber p = new PhoneNumber().setCountryCode(cc).setNationalNumber(Long.parseLong(national));
    return PHONES.isValidNumber(p);
  }

  /** A valid US number in one of the usual written forms. */
  static String usPhone(Random r) {
    for (;;) {
      String n = (char) ('2' + r.nextInt(8)) + digits(r, 2) + (char) ('2' + r.nextInt(8)) + digits(r, 6);
      if (!valid(1, n) || n.substring(3, 6).equals("555")) {
        continue;
      }
      String a = n.substring(0, 3);
      String b = n.substring(3, 6);
      String c = n.substring(6);
      return switch (r.nextInt(6)) {
        case 0 -> "(" + a + ") " + b + "-" + c;
        case 1 -> a + "-" + b + "-" + c;
        case 2 -> a + "." + b + "." + c;
        case 3 -> "+1 " + a + " " + b + " " + c;
        case 4 -> "+1-" + a + "-" + b + "-" + c;
        default -> a + "-" + b + "-" + c + " x" + (10 + r.nextInt(9000));
      };
    }
  }

  /** A valid number of another country, written in international form (+CC ...). */
  static String internationalPhone(Random r) {
    String[] regions = {"GB", "DE", "FR", "JP", "AU", "IN", "SG", "NL", "ES", "IT", "BR", "HK"};
    for (;;) {
      String region = pick(r, regions);
      PhoneNumber example = PHONES.getExampleNumber(region);
      String national = Long.toString(example.getNationalNumber());
      // keep the example's leading digits (its number range), randomise the rest
      int keep = Math.max(2, national.length() / 2);
      String n = national.substring(0, keep) + digits(r, national.length() - keep);
      PhoneNumber p = new PhoneNumber().setCountryCode(example.getCountryCode())
          .setNationalNumber(Long.parseLong(n));
      if (PHONES.isValidNumber(p)) {
        return PHONES.format(p, r.nextBoolean() ? PhoneNumberFormat.INTERNATIONAL
            : PhoneNumberFormat.E164);
      }
    }
  }

  static String unionPay(Random r) {
    String card = luhn("62" + digits(r, 13 + r.nextInt(4)));
    return group(r, card);
  }

  static String group(Random r, String card) {
    if (r.nextBoolean() || card.length() > 16) {
      return card;
    }
    String sep = r.nextBoolean() ? " " : "-";
    return card.substring(0, 4) + sep + card.substring(4, 8) + sep + card.substring(8, 12) + sep
        + card.substring(12);
  }

  static String creditCard(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return group(r, luhn("4" + digits(r, 14)));
      case 1:
        return group(r, luhn("5" + (1 + r.nextInt(5)) + digits(r, 13)));
      case 2: {
        String amex = luhn("3" + pick(r, "47") + digits(r, 12));
        return r.nextBoolean() ? amex
            : amex.substring(0, 4) + " " + amex.substring(4, 10) + " " + amex.substring(10);
      }
      default:
        return group(r, luhn("6011" + digits(r, 11)));
    }
  }

  static String passport(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> "E" + digits(r, 8);
      case 1 -> "E" + pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7);
      default -> "G" + digits(r, 8);
    };
  }

  /** HKID: weights 9..2 over (space or letter, letter, six digits); check = 11 - sum mod 11. */
  static String hkId(Random r) {
    boolean two = r.nextInt(4) == 0;
    String letters = two ? "" + pick(r, "WXYZ") + pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ")
        : "" + pick(r, "ABCDEGHKMPRVYZ");
    String body = letters + digits(r, 6);
    int sum = two ? 0 : 36 * 9;
    int w = two ? 9 : 8;
    for (int i = 0; i < body.length(); i++, w--) {
      char c = body.charAt(i);
      sum += (Character.isLetter(c) ? c - 'A' + 10 : c - '0') * w;
    }
    int check = (11 - sum % 11) % 11;
    char cc = check == 10 ? 'A' : (char) ('0' + check);
    return r.nextBoolean() ? body + "(" + cc + ")" : body + cc;
  }

  /** Taiwan ID: letter value (two digits) weighted 1 and 9, then 8..1 over the digits, sum % 10 == 0. */
  static String twId(Random r) {
    String values = "10 11 12 13 14 15 16 17 34 18 19 20 21 22 35 23 24 25 26 27 28 29 32 30 31 33";
    String[] v = values.split(" ");
    int li = r.nextInt(26);
    String body = "" + (char) ('A' + li) + pick(r, "12") + digits(r, 7);
    int lv = Integer.parseInt(v[li]);
    int sum = lv / 10 + (lv % 10) * 9;
    for (int i = 1; i < 9; i++) {
      sum += (body.charAt(i) - '0') * (9 - i);
    }
    return body + (char) ('0' + (10 - sum % 10) % 10);
  }

  static String plate(Random r) {
    String provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    String head = "" + pick(r, provinces) + pick(r, letters);
    return switch (r.nextInt(3)) {
      case 0 -> head + pick(r, "DF") + digits(r, 5).substring(0, 1) + digits(r, 4); // small new energy
      case 1 -> head + digits(r, 5) + pick(r, "DF"); // large new energy
      default -> head + (r.nextBoolean() ? "·" : "") + pick(r, letters) + digits(r, 4);
    };
  }

  private static final String GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /**
   * Unified social credit code: registration authority and kind, region, a GB 11714 organisation
   * code with its MOD 11 check, then the GB 32100 MOD 31 check (weights 3^i mod 31).
   */
  static String uscc(Random r) {
    StringBuilder org = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      org.append(r.nextInt(3) == 0 ? pick(r, "ABCDEFGHJKLMNPQRTUWXY") : (char) ('0' + r.nextInt(10)));
    }
    int[] w11714 = {3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 8; i++) {
      char c = org.charAt(i);
      s += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * w11714[i];
    }
    int oc = (11 - s % 11) % 11;
    org.append(oc == 10 ? 'X' : (char) ('0' + oc));
    String first17 = pick(r, new String[] {"91", "92", "11", "12", "51", "52"}) + region(r) + org;
    int sum = 0;
    int w = 1;
    for (int i = 0; i < 17; i++) {
      sum += GB32100.indexOf(first17.charAt(i)) * w;
      w = w * 3 % 31;
    }
    return first17 + GB32100.charAt((31 - sum % 31) % 31);
  }

  // --- Generic -------------------------------------------------------------------------------

  static String email(Random r) {
    String[] users = {"li.wei", "j.smith", "zhang_san88", "m.garcia", "wang.fang", "support+cn",
        "a.kumar", "chen-jing"};
    String[] hosts = {"example.com", "mail.example.cn", "corp.example.org", "example.co.uk",
        "qq-example.com", "163-example.net"};
    return pick(r, users) + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(100))) + "@"
        + pick(r, hosts);
  }

  static String url(Random r) {
    String[] paths = {"", "/", "/profile/" + digits(r, 5), "/u?id=" + digits(r, 6), "/a/b.html"};
    return pick(r, new String[] {"https://", "http://", "https://www.", "www."})
        + pick(r, new String[] {"example.com", "example.cn", "shop.example.org"}) + pick(r, paths);
  }

  static String ipv4(Random r) {
    return (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  static String ipv6(Random r) {
    StringBuilder sb = new StringBuilder("2001:db8");
    boolean compressed = r.nextBoolean();
    sb.append(compressed ? "::" : ":");
    int groups = compressed ? 1 + r.nextInt(3) : 6;
    for (int i = 0; i < groups; i++) {
      sb.append(i > 0 ? ":" : "").append(Integer.toHexString(r.nextInt(65536)));
    }
    return sb.toString();
  }

  static String mac(Random r) {
    String sep = r.nextBoolean() ? ":" : "-";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(String.format("%02X", r.nextInt(256)));
    }
    return r.nextBoolean() ? sb.toString() : sb.toString().toLowerCase();
  }

  static String imei(Random r) {
    return luhn("35" + digits(r, 12));
  }

  /** IBAN: check digits 98 - (BBAN + country letters as numbers + 00) mod 97. */
  static String iban(Random r) {
    String[][] countries = {{"DE", "18"}, {"GB", "GB"}, {"FR", "23"}, {"NL", "NL"}, {"ES", "20"},
        {"IT", "IT"}, {"CH", "17"}};
    String[] c = pick(r, countries);
    String bban = switch (c[0]) {
      case "GB" -> "" + pick(r, "ABCDNW") + pick(r, "AEIOUWX") + pick(r, "ABCDEST") + pick(r, "BCKT")
          + digits(r, 14);
      case "NL" -> "" + pick(r, "AIRT") + pick(r, "ABNS") + pick(r, "BNOS") + pick(r, "AKN") + digits(r, 10);
      case "IT" -> pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 22);
      default -> digits(r, Integer.parseInt(c[1]));
    };
    String rearranged = bban + c[0] + "00";
    StringBuilder num = new StringBuilder();
    for (char ch : rearranged.toCharArray()) {
      num.append(Character.isLetter(ch) ? Integer.toString(ch - 'A' + 10) : String.valueOf(ch));
    }
    int check = 98 - new java.math.BigInteger(num.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
    String iban = c[0] + String.format("%02d", check) + bban;
    if (r.nextBoolean()) {
      StringBuilder g = new StringBuilder();
      for (int i = 0; i < iban.length(); i += 4) {
        g.append(i > 0 ? " " : "").append(iban, i, Math.min(iban.length(), i + 4));
      }
      return g.toString();
    }
    return iban;
  }

  static String ssn(Random r) {
    int area;
    do {
      area = 1 + r.nextInt(899);
    } while (area == 666);
    return String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
  }

  static String nino(Random r) {
    String first = "ABCEGHJKLMNOPRSTWXYZ";
    String second = "ABCEGHJKLMNPRSTWXYZ";
    String p;
    do {
      p = "" + pick(r, first) + pick(r, second);
    } while (p.equals("BG") || p.equals("GB") || p.equals("KN") || p.equals("NK") || p.equals("NT")
        || p.equals("TN") || p.equals("ZZ"));
    String d = digits(r, 6);
    char s = pick(r, "ABCD");
    return r.nextBoolean() ? p + d + s
        : p + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + s;
  }

  /** VIN: transliterated values weighted 8..2,10,0,9..2; check (position 9) = sum mod 11, 10 = X. */
  static String vin(Random r) {
    String chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    String values = "12345678" + "12345" + "7" + "9" + "23456789"; // A-H, J-N, P, R, S-Z
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    char[] v = new char[17];
    String wmi = pick(r, new String[] {"LSV", "LFV", "WVW", "1HG", "JTD", "LGB"});
    for (int i = 0; i < 17; i++) {
      v[i] = i < 3 ? wmi.charAt(i) : i >= 11 ? (char) ('0' + r.nextInt(10)) : pick(r, chars);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = v[i];
      int val = Character.isDigit(c) ? c - '0' : values.charAt(letters.indexOf(c)) - '0';
      sum += val * weights[i];
    }
    int check = sum % 11;
    v[8] = check == 10 ? 'X' : (char) ('0' + check);
    return new String(v);
  }

  static String gps(Random r) {
    double lat = 18 + r.nextDouble() * 35;
    double lon = 75 + r.nextDouble() * 50;
    return switch (r.nextInt(3)) {
      case 0 -> String.format(java.util.Locale.ROOT, "%.4f, %.4f", lat, lon);
      case 1 -> String.format(java.util.Locale.ROOT, "%.5f°N, %.5f°E", lat, lon);
      default -> String.format(java.util.Locale.ROOT, "N%.4f, E%.4f", lat, lon);
    };
  }

  static String btc(Random r) {
    byte[] h = new byte[20];
    r.nextBytes(h);
    return switch (r.nextInt(3)) {
      case 0 -> CryptoChecksums.base58CheckEncode(0x00, h);
      case 1 -> CryptoChecksums.base58CheckEncode(0x05, h);
      default -> CryptoChecksums.segwitEncode("bc", 0, h);
    };
  }

  static String eth(Random r) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      hex.append(pick(r, "0123456789abcdef"));
    }
    return r.nextBoolean() ? "0x" + hex : CryptoChecksums.eip55Encode(hex.toString());
  }

  static String awsKey(Random r) {
    StringBuilder sb = new StringBuilder("AKIA");
    for (int i = 0; i < 16; i++) {
      sb.append(pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    }
    return sb.toString();
  }

  static String jwt(Random r) {
    Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
    String header = b.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b.encodeToString(("{\"sub\":\"" + digits(r, 8) + "\",\"iat\":" + digits(r, 10) + "}")
        .getBytes(StandardCharsets.UTF_8));
    byte[] sig = new byte[32];
    r.nextBytes(sig);
    return header + "." + payload + "." + b.encodeToString(sig);
  }

  static String password(Random r) {
    String chars = "ABCDEFGHJKMNPQRSTabcdefghjkmnpqrstuvwxyz23456789!#$%^*@";
    StringBuilder sb = new StringBuilder();
    int n = 8 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(pick(r, chars));
    }
    return sb.toString();
  }
}
