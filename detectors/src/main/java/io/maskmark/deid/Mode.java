package io.maskmark.deid;

/**
 * The legal status of de-identified output, carried on every record so consumers know which
 * regime applies.
 */
public enum Mode {
  /** Reversible with separately kept keys: still personal data (GDPR Art. 4(5), PIPL Art. 73(3)). */
  PSEUDONYMISED("pseudonymised"),
  /** Irreversible: outside both laws if re-identification is not reasonably likely (PIPL Art. 73(4)). */
  ANONYMISED("anonymised");

  private final String code;

  Mode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
