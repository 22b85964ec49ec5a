package io.maskmark.detect.pattern;

/**
 * Check-character algorithms of the identifiers we validate. Inputs are normalised (ASCII) text;
 * spaces and dashes used as group separators are ignored where the format allows them.
 */
public final class Checksums {

  private Checksums() {
  }

  /** Luhn (ISO/IEC 7812) over the digits of {@code s}, ignoring spaces and dashes. */
  public static boolean luhn(CharSequence s) {
    int sum = 0;
    int count = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-') {
        continue;
      }
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if ((count & 1) == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      count++;
    }
    return count > 1 && sum % 10 == 0;
  }

  /** The Luhn check digit that completes {@code digits} (for generators and tests). */
  public static char luhnCheckDigit(CharSequence digits) {
    for (char d = '0'; d <= '9'; d++) {
      if (luhn(digits + String.valueOf(d))) {
        return d;
      }
    }
    throw new AssertionError();
  }

  private static final int[] GB11643_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] GB11643_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** GB 11643-1999 check character (ISO 7064 MOD 11-2) of an 18-character resident ID. */
  public static boolean gb11643(CharSequence id) {
    if (id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return Character.toUpperCase(id.charAt(17)) == gb11643CheckChar(id);
  }

  /** The check character for the first 17 digits of a resident ID (for generators and tests). */
  public static char gb11643CheckChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * GB11643_WEIGHTS[i];
    }
    return GB11643_CHECK[sum % 11];
  }

  /** ISO 7064 MOD 97-10 of an IBAN without spaces: country and check digits moved to the end. */
  public static boolean iban(CharSequence iban) {
    int n = iban.length();
    if (n < 5) {
      return false;
    }
    int rem = 0;
    for (int k = 0; k < n; k++) {
      char c = Character.toUpperCase(iban.charAt((k + 4) % n));
      if (c >= '0' && c <= '9') {
        rem = (rem * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        rem = (rem * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return rem == 1;
  }

  /** The characters of GB 32100 codes, in value order (no I, O, S, V, Z). */
  static final String GB32100_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] GB32100_WEIGHTS =
      {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** GB 32100-2015 check character of an 18-character unified social credit code. */
  public static boolean gb32100(CharSequence code) {
    if (code.length() != 18) {
      return false;
    }
    int last = GB32100_CHARS.indexOf(code.charAt(17));
    return last >= 0 && gb32100CheckChar(code) == code.charAt(17);
  }

  /** The check character for the first 17 characters of a USCC, or '?' when one is invalid. */
  public static char gb32100CheckChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = GB32100_CHARS.indexOf(first17.charAt(i));
      if (v < 0) {
        return '?';
      }
      sum += v * GB32100_WEIGHTS[i];
    }
    return GB32100_CHARS.charAt((31 - sum % 31) % 31);
  }

  private static final int[] GB11714_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * GB 11714 check character of a 9-character organisation code (embedded in every USCC at
   * positions 9-17): digits and letters valued 0-35, MOD 11, 10 written as X.
   */
  public static boolean gb11714(CharSequence code) {
    if (code.length() != 9) {
      return false;
    }
    return gb11714CheckChar(code) == code.charAt(8);
  }

  /** The check character for the first 8 characters of an organisation code, or '?'. */
  public static char gb11714CheckChar(CharSequence first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = first8.charAt(i);
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
      if (v < 0) {
        return '?';
      }
      sum += v * GB11714_WEIGHTS[i];
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /**
   * Hong Kong identity card check digit: one or two letters, six digits, the check character
   * (0-9 or A), any parentheses removed.
   */
  public static boolean hkid(CharSequence id) {
    int n = id.length();
    if (n != 8 && n != 9) {
      return false;
    }
    int letters = n - 7;
    int sum = letters == 1 ? 36 * 9 : 0; // a single letter counts as a leading space (36)
    int weight = letters == 1 ? 8 : 9;
    for (int i = 0; i < n - 1; i++, weight--) {
      char c = id.charAt(i);
      int v;
      if (i < letters) {
        if (c < 'A' || c > 'Z') {
          return false;
        }
        v = c - 'A' + 10;
      } else {
        if (c < '0' || c > '9') {
          return false;
        }
        v = c - '0';
      }
      sum += v * weight;
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'A' : (char) ('0' + check);
    return id.charAt(n - 1) == expected;
  }

  /** Letter values of Taiwan IDs, A..Z. */
  private static final int[] TW_LETTERS = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22,
      35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};

  /**
   * Taiwan national ID (and the new-format resident certificate): a letter, then 1/2 (or 8/9),
   * eight digits; weighted sum mod 10 is 0.
   */
  public static boolean twid(CharSequence id) {
    if (id.length() != 10 || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
      return false;
    }
    int l = TW_LETTERS[id.charAt(0) - 'A'];
    int sum = l / 10 + (l % 10) * 9;
    for (int i = 1; i < 10; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * (i == 9 ? 1 : 9 - i);
    }
    return sum % 10 == 0;
  }

  private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /** ISO 3779 / FMVSS 115 / GB 16735 check character (position 9) of a 17-character VIN. */
  public static boolean vin(CharSequence vin) {
    if (vin.length() != 17) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = vinValue(vin.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += v * VIN_WEIGHTS[i];
    }
    int check = sum % 11;
    return vin.charAt(8) == (check == 10 ? 'X' : (char) ('0' + check));
  }

  /** VIN transliteration values of A..Z; '?' for I, O and Q, which VINs never use. */
  private static final String VIN_LETTERS = "12345678?12345?7?923456789";

  /** VIN transliteration; -1 for I, O, Q and anything else not allowed. */
  static int vinValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c < 'A' || c > 'Z' || VIN_LETTERS.charAt(c - 'A') == '?') {
      return -1;
    }
    return VIN_LETTERS.charAt(c - 'A') - '0';
  }
}
