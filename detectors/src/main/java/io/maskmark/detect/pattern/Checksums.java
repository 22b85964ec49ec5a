package io.maskmark.detect.pattern;

/** Check-digit algorithms of the identifiers we validate. Inputs are normalised (ASCII) text. */
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

  private static final int[] GB11643_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] GB11643_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** GB 11643-1999 check character (ISO 7064 MOD 11-2) of an 18-character resident ID. */
  public static boolean gb11643(CharSequence id) {
    if (id.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * GB11643_WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == GB11643_CHECK[sum % 11];
  }

  /** The check character for the first 17 digits of a resident ID (for generators and tests). */
  public static char gb11643CheckChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * GB11643_WEIGHTS[i];
    }
    return GB11643_CHECK[sum % 11];
  }
}
