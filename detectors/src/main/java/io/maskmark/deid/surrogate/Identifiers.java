package io.maskmark.deid.surrogate;

import static io.maskmark.deid.surrogate.FormatPreserving.alnum;
import static io.maskmark.deid.surrogate.FormatPreserving.digits;
import static io.maskmark.deid.surrogate.FormatPreserving.pick;
import static io.maskmark.deid.surrogate.FormatPreserving.reformat;

import io.maskmark.detect.pattern.Checksums;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Identifier surrogates that stay valid: same length and grouping, valid check digits (GB 11643,
 * Luhn, ISO 7064 for IBAN, the VIN and Hong Kong/Taiwan ID check characters) and plausible parts
 * (birth dates, issuer prefixes). Each falls back to character substitution when the value does
 * not have the expected shape.
 */
final class Identifiers {

  /** Birth dates of resident-ID surrogates: adults of working age, fixed so seeds stay stable. */
  private static final LocalDate BORN_FROM = LocalDate.of(1950, 1, 1);
  private static final int BORN_SPAN_DAYS = (int) (LocalDate.of(2005, 12, 31).toEpochDay()
      - BORN_FROM.toEpochDay());
  private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

  private Identifiers() {
  }

  /**
   * Same province and city (first four digits), a district code 01-05, a birth date between
   * 1950 and 2005, the same sex (parity of the sequence number) and a valid check character.
   */
  static String residentId(String v, Random rnd) {
    String id = alnum(v);
    boolean lowerX = v.indexOf('x') >= 0;
    String out;
    if (id.matches("\\d{17}[\\dX]")) {
      String body = id.substring(0, 4) + "0" + (1 + rnd.nextInt(5)) + birth(rnd, "yyyyMMdd")
          + sequence(id.charAt(16), rnd);
      out = body + Checksums.gb11643CheckChar(body);
    } else if (id.matches("\\d{15}")) {
      out = id.substring(0, 4) + "0" + (1 + rnd.nextInt(5)) + birth(rnd, "yyMMdd")
          + sequence(id.charAt(14), rnd);
    } else {
      return FormatPreserving.replace(v, 0, rnd);
    }
    String formatted = reformat(v, out);
    return lowerX ? formatted.replace('X', 'x') : formatted;
  }

  private static String birth(Random rnd, String pattern) {
    return BORN_FROM.plusDays(rnd.nextInt(BORN_SPAN_DAYS + 1))
        .format(DateTimeFormatter.ofPattern(pattern));
  }

  /** Three digits whose last has the parity of {@code sexDigit} (odd: male, even: female). */
  private static String sequence(char sexDigit, Random rnd) {
    int last = rnd.nextInt(5) * 2 + ((sexDigit - '0') & 1);
    return digits(2, rnd) + last;
  }

  /** Same length and issuer (first six digits), random account digits, valid Luhn digit. */
  static String card(String v, Random rnd) {
    String d = alnum(v);
    if (!d.matches("\\d{12,19}")) {
      return FormatPreserving.replace(v, 0, rnd);
    }
    return reformat(v, luhnComplete(d.substring(0, 6) + digits(d.length() - 7, rnd)));
  }

  /** Same type allocation code (first eight digits), random serial, valid Luhn digit. */
  static String imei(String v, Random rnd) {
    String d = alnum(v);
    if (!d.matches("\\d{15}")) {
      return FormatPreserving.replace(v, 0, rnd);
    }
    return reformat(v, luhnComplete(d.substring(0, 8) + digits(6, rnd)));
  }

  static String luhnComplete(String body) {
    for (char c = '0'; c <= '9'; c++) {
      if (Checksums.luhn(body + c)) {
        return body + c;
      }
    }
    throw new IllegalStateException("no Luhn digit"); // unreachable: one digit always fits
  }

  /** Same country and length, random account part, valid ISO 7064 mod 97-10 check digits. */
  static String iban(String v, Random rnd) {
    String s = alnum(v);
    if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{8,30}")) {
      return FormatPreserving.replace(v, 2, rnd);
    }
    String bban = FormatPreserving.replace(s.substring(4), 0, rnd);
    int check = 98 - mod97(bban + s.substring(0, 2) + "00");
    return reformat(v, s.substring(0, 2) + String.format("%02d", check) + bban);
  }

  static int mod97(String alnum) {
    StringBuilder n = new StringBuilder();
    for (char c : alnum.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  /** Same manufacturer (first three characters), VIN alphabet, valid check character. */
  static String vin(String v, Random rnd) {
    String s = alnum(v);
    if (!s.matches("[A-HJ-NPR-Z0-9]{17}")) {
      return FormatPreserving.replace(v, 3, rnd);
    }
    char[] c = s.toCharArray();
    for (int i = 3; i < 17; i++) {
      c[i] = Character.isDigit(c[i]) && i >= 11 ? pick(FormatPreserving.DIGITS, rnd) : pick(VIN_CHARS, rnd);
    }
    c[8] = vinCheck(c);
    return reformat(v, new String(c));
  }

  static char vinCheck(char[] c) {
    int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    // A-H = 1-8, J-N = 1-5, P = 7, R = 9, S-Z = 2-9 (I, O, Q never occur)
    int[] translit = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int x = Character.isDigit(c[i]) ? c[i] - '0' : translit[c[i] - 'A'];
      sum += x * weights[i];
    }
    int r = sum % 11;
    return r == 10 ? 'X' : (char) ('0' + r);
  }

  /** Area 001-899 except 666, group 01-99, serial 0001-9999 (the SSA's validity rules). */
  static String ssn(String v, Random rnd) {
    String d = alnum(v);
    if (!d.matches("\\d{9}")) {
      return FormatPreserving.replace(v, 0, rnd);
    }
    int area;
    do {
      area = 1 + rnd.nextInt(899);
    } while (area == 666);
    return reformat(v, String.format("%03d%02d%04d", area, 1 + rnd.nextInt(99), 1 + rnd.nextInt(9999)));
  }

  /** Same letter prefix, random digits, valid check character: {@code A123456(3)}. */
  static String hkId(String v, Random rnd) {
    String s = alnum(v);
    if (!s.matches("[A-Z]{1,2}\\d{6}[0-9A]")) {
      return FormatPreserving.replace(v, 1, rnd);
    }
    String prefix = s.substring(0, s.length() - 7);
    String body = prefix + digits(6, rnd);
    return reformat(v, body + hkCheck(body));
  }

  static char hkCheck(String body) {
    int sum = 0;
    String s = body.length() == 7 ? " " + body : body;
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(i);
      int value = c == ' ' ? 36 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * (9 - i);
    }
    int r = (11 - sum % 11) % 11;
    return r == 10 ? 'A' : (char) ('0' + r);
  }

  /** Same area letter and sex digit, random serial, valid check digit: {@code A123456789}. */
  static String twId(String v, Random rnd) {
    String s = alnum(v);
    if (!s.matches("[A-Z][12]\\d{8}")) {
      return FormatPreserving.replace(v, 2, rnd);
    }
    String body = s.substring(0, 2) + digits(7, rnd);
    return reformat(v, body + twCheck(body));
  }

  static char twCheck(String body) {
    int code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".indexOf(body.charAt(0)) + 10;
    int sum = code / 10 + (code % 10) * 9;
    for (int i = 1; i < 9; i++) {
      sum += (body.charAt(i) - '0') * (9 - i);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** Same province character and city letter; plate letters avoid I and O. */
  static String plate(String v, Random rnd) {
    StringBuilder sb = new StringBuilder();
    int kept = 0;
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      i += Character.charCount(cp);
      if (kept < 2 && Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
        kept++;
      } else if (cp >= '0' && cp <= '9') {
        sb.append(pick(FormatPreserving.DIGITS, rnd));
      } else if (cp >= 'A' && cp <= 'Z') {
        sb.append(pick(PLATE_LETTERS, rnd));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
