package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import java.util.List;

/** IP addresses (v4 and v6), MAC addresses and IMEIs. */
final class Network {

  private Network() {
  }

  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final List<String> IP_WORDS = List.of("ip", "ip地址", "地址", "address", "host",
      "server", "服务器", "主机", "client", "客户端", "登录", "login", "signed in", "from");

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("ipv4", EntityType.IP_ADDRESS)
            .regex("(?<![0-9A-Za-z.])" + OCTET + "(?:\\." + OCTET + "){3}(?![0-9A-Za-z]|\\.\\d)")
            .startsWith(Shapes.DIGITS, "0-9.")
            .runs("1-3", "1-3")
            .gate((t, i, alnum, digits) -> i + digits < t.length() && t.charAt(i + digits) == '.')
            .score(0.6)
            .context(IP_WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("ipv6", EntityType.IP_ADDRESS)
            // after "IP:" (a label, e.g. a folded full-width colon) but not after "12:" or "::"
            .regex("(?<![0-9A-Za-z.]|::|(?<![0-9A-Za-z])[0-9A-Fa-f]{1,4}:)[0-9A-Fa-f:.]{2,45}+(?![0-9A-Za-z])")
            .startsWith("0-9A-Fa-f:", "0-9A-Fa-f:")
            .score(0.5)
            .runs("0-4", "*")
            .gate((t, i, alnum, digits) -> colonSoon(t, i))
            .extent(Network::ipv6End)
            .validator("ipv6-syntax", Validator.of(Network::ipv6), 0.85)
            .context(IP_WORDS)
            .build(),
        PatternRule.builder("mac", EntityType.MAC_ADDRESS)
            // after "MAC:" but not inside a longer colon- or dash-separated hex sequence
            .regex("(?<![0-9A-Za-z]|(?<![0-9A-Za-z])[0-9A-Fa-f]{2}[:-])(?:[0-9A-Fa-f]{2}(?<s>[:-])[0-9A-Fa-f]{2}(?:\\k<s>[0-9A-Fa-f]{2}){4}"
                + "(?![0-9A-Za-z]|[:-][0-9A-Fa-f])"
                + "|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}(?![0-9A-Za-z]|\\.[0-9A-Fa-f]))")
            .startsWith(Shapes.HEX, Shapes.HEX, "0-9A-Fa-f:-")
            .runs("2,4", "*")
            .gate((t, i, alnum, digits) -> macShape(t, i))
            .score(0.75)
            .context("mac", "网卡", "物理地址", "硬件地址", "device", "设备", "wifi", "bluetooth")
            .build(),
        PatternRule.builder("imei", EntityType.IMEI)
            .regex(START + "(?:\\d{15}|\\d{2}-\\d{6}-\\d{6}-\\d|\\d{8} \\d{6} \\d)" + END)
            .startsWith(Shapes.DIGITS, Shapes.DIGITS)
            .runs("2,8,15", "2,8,15")
            .score(0.45)
            .validator("luhn", Validator.of(Checksums::luhn), 0.45)
            .context("imei", "串号", "设备号", "设备识别码", "识别码", "meid", "handset")
            .requiresContext()
            .vetoable()
            .build());
  }

  /** 00:1A:..., 00-1A-... (the same separator after the second group) or 001A.2B3C.4D5E. */
  static boolean macShape(CharSequence t, int i) {
    int n = t.length();
    char s = i + 2 < n ? t.charAt(i + 2) : 0;
    if (s == ':' || s == '-') {
      return i + 5 < n && t.charAt(i + 5) == s;
    }
    return i + 9 < n && t.charAt(i + 4) == '.' && t.charAt(i + 9) == '.';
  }

  /** Every IPv6 address has a colon within its first five characters. */
  static boolean colonSoon(CharSequence text, int i) {
    // the run of hex digits before the first colon is at most four long
    int to = Math.min(text.length(), i + 5);
    for (int k = i; k < to; k++) {
      if (text.charAt(k) == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * A colon or full stop ending a sentence ("地址是fe80::1：") is not part of the address; a
   * final "::" is.
   */
  static int ipv6End(CharSequence text, int start, int end) {
    int e = end;
    while (e - start > 2 && (text.charAt(e - 1) == '.'
        || (text.charAt(e - 1) == ':' && text.charAt(e - 2) != ':'))) {
      e--;
    }
    return e;
  }

  private static final java.util.regex.Pattern V4 =
      java.util.regex.Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

  /** RFC 4291 text form: eight groups, or fewer with one "::", optionally ending in IPv4. */
  static boolean ipv6(CharSequence s) {
    String a = s.toString();
    int dbl = a.indexOf("::");
    if (dbl >= 0 && a.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    int groups = 0;
    int hexDigits = 0;
    String[] parts = a.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        continue; // part of "::" (checked above), or a leading/trailing "::"
      }
      if (i == parts.length - 1 && p.indexOf('.') >= 0) {
        if (!V4.matcher(p).matches()) {
          return false;
        }
        groups += 2; // an embedded IPv4 address takes two groups
        continue;
      }
      if (p.indexOf('.') >= 0) {
        return false;
      }
      if (p.length() > 4) {
        return false;
      }
      for (int k = 0; k < p.length(); k++) {
        if (Character.digit(p.charAt(k), 16) < 0) {
          return false;
        }
      }
      hexDigits += p.length();
      groups++;
    }
    if (a.startsWith(":") && !a.startsWith("::") || a.endsWith(":") && !a.endsWith("::")) {
      return false;
    }
    if (hexDigits == 0 && groups == 0) {
      return false;
    }
    return dbl >= 0 ? groups <= 7 : groups == 8;
  }
}
