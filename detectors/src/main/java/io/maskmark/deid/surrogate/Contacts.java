package io.maskmark.deid.surrogate;

import static io.maskmark.deid.surrogate.FormatPreserving.pick;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.maskmark.deid.values.FakerLists;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surrogates for contact and network identifiers. Generated e-mail domains, IP addresses and URLs
 * use the ranges reserved for documentation (RFC 2606 example.com/.net/.org, RFC 5737 TEST-NET,
 * RFC 3849 2001:db8::/32), so a surrogate never points at a real mailbox or host.
 */
final class Contacts {

  private static final Pattern CN_MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final List<String> TEST_NETS = List.of("192.0.2.", "198.51.100.", "203.0.113.");
  private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)?([^/?#]+)(.*)$",
      Pattern.DOTALL);

  private Contacts() {
  }

  /**
   * Same country code, same carrier prefix (first three national digits: 138, 186, 010, 555...),
   * random subscriber digits, same grouping.
   */
  static String phone(String v, Random rnd) {
    String digits = v.replaceAll("\\D", "");
    int keep = 3;
    String trimmed = v.strip();
    if (trimmed.startsWith("+") || trimmed.startsWith("00")) {
      keep += (trimmed.startsWith("00") ? 2 : 0) + countryCodeLength(trimmed, digits);
    } else if (digits.length() == 13 && digits.startsWith("86")
        && CN_MOBILE.matcher(digits.substring(2)).matches()) {
      keep += 2;
    }
    if (digits.length() <= keep + 3) {
      keep = Math.max(0, digits.length() - 4); // short numbers: randomise at least four digits
    }
    StringBuilder sb = new StringBuilder(v.length());
    int k = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(k++ < keep ? c : pick(FormatPreserving.DIGITS, rnd));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int countryCodeLength(String trimmed, String digits) {
    try {
      String e164 = "+" + (trimmed.startsWith("00") ? digits.substring(2) : digits);
      return Integer.toString(PhoneNumberUtil.getInstance().parse(e164, "ZZ").getCountryCode()).length();
    } catch (NumberParseException | StringIndexOutOfBoundsException e) {
      return 2;
    }
  }

  /** A name-like (or numeric, for QQ-style) local part at example.com/.net/.org. */
  static String email(String v, Random rnd) {
    int at = v.lastIndexOf('@');
    String local = at > 0 ? v.substring(0, at) : v;
    String domain = at > 0 ? v.substring(at + 1).toLowerCase(Locale.ROOT) : "";
    String fakeLocal;
    if (local.matches("\\d+")) {
      fakeLocal = (1 + rnd.nextInt(9)) + FormatPreserving.digits(local.length() - 1, rnd);
    } else {
      FakerLists l = FakerLists.get();
      String sep = local.contains(".") ? "." : local.contains("_") ? "_" : "";
      fakeLocal = (pick(l.enFirstNames, rnd) + sep + pick(l.enLastNames, rnd))
          .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]", "");
      long digitCount = local.chars().filter(Character::isDigit).count();
      fakeLocal += FormatPreserving.digits((int) Math.min(4, digitCount), rnd);
    }
    String tld = domain.endsWith(".org") ? "org" : domain.endsWith(".net") ? "net" : "com";
    return fakeLocal + "@example." + tld;
  }

  static String ip(String v, Random rnd) {
    if (v.contains(":")) {
      return String.format("2001:db8:%x:%x::%x", rnd.nextInt(0x10000), rnd.nextInt(0x10000),
          1 + rnd.nextInt(0xfffe));
    }
    return pick(TEST_NETS, rnd) + (1 + rnd.nextInt(254));
  }

  /** Random hex digits in the same layout and case; a locally administered unicast address. */
  static String mac(String v, Random rnd) {
    String hex = "0123456789abcdef";
    boolean upper = v.chars().anyMatch(c -> c >= 'A' && c <= 'F') && v.chars().noneMatch(c -> c >= 'a' && c <= 'f');
    StringBuilder sb = new StringBuilder(v.length());
    int nibble = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.digit(c, 16) < 0) {
        sb.append(c);
        continue;
      }
      // second nibble of the first octet: x2, x6, xA or xE (local, unicast)
      char n = nibble == 1 ? "26ae".charAt(rnd.nextInt(4)) : pick(hex, rnd);
      sb.append(upper ? Character.toUpperCase(n) : n);
      nibble++;
    }
    return sb.toString();
  }

  /** Scheme kept, host example.com (or www.example.com), path and query substituted. */
  static String url(String v, Random rnd) {
    Matcher m = URL.matcher(v);
    if (!m.matches()) {
      return FormatPreserving.replace(v, 0, rnd);
    }
    String scheme = m.group(1) == null ? "" : m.group(1);
    String host = m.group(2).toLowerCase(Locale.ROOT).startsWith("www.") ? "www.example.com" : "example.com";
    return scheme + host + FormatPreserving.replace(m.group(3), 0, rnd);
  }
}
