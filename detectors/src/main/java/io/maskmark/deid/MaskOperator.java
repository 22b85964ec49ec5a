package io.maskmark.deid;

import io.maskmark.deid.values.ChineseRegion;
import io.maskmark.detect.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mask}: hides letters and digits behind a mask character and keeps separators, with
 * per-type defaults as support tools show them: {@code 138****5678}, {@code 张**},
 * {@code 1101**********777X}, {@code j***@example.com}, {@code J*** S****},
 * {@code 广东省深圳市*******}. {@code keep_first} / {@code keep_last} override the defaults.
 *
 * <p>Whatever the parameters, at least a third of the letters and digits (and at least one) are
 * masked, so a short value is never shown whole.
 */
final class MaskOperator implements Operator {

  private static final Pattern PHONE_COUNTRY_CODE = Pattern.compile("^\\s*(?:\\+|00)\\d{1,3}[\\s-]?");

  private final int maskChar;
  private final Integer keepFirst;
  private final Integer keepLast;
  private final boolean keepEmailDomain;

  MaskOperator(int maskChar, Integer keepFirst, Integer keepLast, boolean keepEmailDomain) {
    this.maskChar = maskChar;
    this.keepFirst = keepFirst;
    this.keepLast = keepLast;
    this.keepEmailDomain = keepEmailDomain;
  }

  static MaskOperator create(Params p) {
    String c = p.string("char", "*");
    if (c.codePointCount(0, c.length()) != 1) {
      throw p.error("char", "expected a single character");
    }
    return new MaskOperator(c.codePointAt(0), p.optionalInteger("keep_first", 0, 64),
        p.optionalInteger("keep_last", 0, 64),
        p.choice("email_domain", "keep", "keep", "mask").equals("keep"));
  }

  @Override
  public String name() {
    return "mask";
  }

  @Override
  public String apply(Occurrence o) {
    String v = o.value();
    return switch (o.type()) {
      case DATE_OF_BIRTH, AGE, GPS_COORDINATE, IP_ADDRESS -> digits(v);
      case EMAIL -> email(v);
      case PHONE -> phone(v);
      case PERSON -> o.language() == Language.ZH || hasHan(v) ? run(v, first(1), last(0))
          : perWord(v);
      case CN_RESIDENT_ID, BANK_CARD, CREDIT_CARD -> run(v, first(4), last(4));
      case ADDRESS, LOCATION -> region(v);
      default -> run(v, first(0), last(0));
    };
  }

  private int first(int typeDefault) {
    return keepFirst == null ? typeDefault : keepFirst;
  }

  private int last(int typeDefault) {
    return keepLast == null ? typeDefault : keepLast;
  }

  private String email(String v) {
    int at = v.lastIndexOf('@');
    if (at <= 0) {
      return run(v, first(1), last(0));
    }
    String domain = v.substring(at);
    return run(v.substring(0, at), first(1), last(0))
        + (keepEmailDomain ? domain : "@" + run(domain.substring(1), 0, 0));
  }

  /** The country code ({@code +86 }) stays; the national number keeps 3 + 4 digits. */
  private String phone(String v) {
    Matcher m = PHONE_COUNTRY_CODE.matcher(v);
    int cut = m.find() ? m.end() : 0;
    return v.substring(0, cut) + run(v.substring(cut), first(3), last(4), true);
  }

  /** Dates, ages, coordinates: only the digits are masked ({@code 1990年*月*日}, {@code **岁}). */
  private String digits(String v) {
    return run(v, first(0), last(0), true);
  }

  private String perWord(String v) {
    StringBuilder sb = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || Character.isWhitespace(v.charAt(i))) {
        sb.append(run(v.substring(start, i), first(1), last(0)));
        if (i < v.length()) {
          sb.append(v.charAt(i));
        }
        start = i + 1;
      }
    }
    return sb.toString();
  }

  /** A Chinese address keeps its province/city prefix (what generalisation would keep). */
  private String region(String v) {
    if (keepFirst == null && hasHan(v)) {
      var region = ChineseRegion.parse(v);
      if (region.isPresent() && region.get().rest() < v.length()) {
        int cut = region.get().rest();
        return v.substring(0, cut) + run(v.substring(cut), 0, last(0));
      }
    }
    return run(v, first(0), last(0));
  }

  String run(String s, int kf, int kl) {
    return run(s, kf, kl, false);
  }

  /**
   * Masks the letters and digits (or only the digits) of {@code s} except the first {@code kf}
   * and last {@code kl}.
   */
  String run(String s, int kf, int kl, boolean digitsOnly) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (maskable(cp, digitsOnly)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    int mustMask = Math.max(1, (n + 2) / 3);
    while (n - kf - kl < mustMask && kf + kl > 0) {
      if (kf >= kl) {
        kf--;
      } else {
        kl--;
      }
    }
    StringBuilder sb = new StringBuilder(s.length());
    int k = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (maskable(cp, digitsOnly)) {
        sb.appendCodePoint(k >= kf && k < n - kl ? maskChar : cp);
        k++;
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean maskable(int cp, boolean digitsOnly) {
    return digitsOnly ? Character.isDigit(cp) : Character.isLetterOrDigit(cp);
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(io.maskmark.detect.Language::isHan);
  }

  @Override
  public boolean keyed() {
    return false;
  }

  /** Masked values keep parts of the original: still personal data. */
  @Override
  public boolean anonymising() {
    return false;
  }
}
