package io.maskmark.deid;

import java.util.Locale;

/**
 * The legal status of de-identified output, declared by the policy and carried on every record so
 * consumers know which regime applies.
 */
public enum Mode {
  /**
   * Still personal data: reversible or linkable with separately kept information (a key, or the
   * parts a mask leaves). GDPR Art. 4(5) pseudonymisation, PIPL Art. 73(3) 去标识化.
   */
  PSEUDONYMISED("pseudonymised"),
  /**
   * Irreversible and unlinkable by construction (no key exists that could restore or link a
   * value): PIPL Art. 73(4) 匿名化, GDPR Recital 26, provided the remaining text does not single
   * anyone out.
   */
  ANONYMISED("anonymised");

  private final String code;

  Mode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Parses a policy's {@code mode}, or null when the name is unknown. */
  static Mode parse(String s) {
    String c = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (Mode m : values()) {
      if (m.code.equals(c) || m.code.replace("is", "iz").equals(c)) {
        return m;
      }
    }
    return null;
  }
}
