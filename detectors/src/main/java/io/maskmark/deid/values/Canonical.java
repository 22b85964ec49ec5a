package io.maskmark.deid.values;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.NormalizedText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a value that keyed pseudonyms are computed from, so that {@code 138-1234-5678},
 * {@code +86 138 1234 5678} and {@code 13812345678} (or {@code Zhang@Example.com} and
 * {@code zhang@example.com}) get the same pseudonym: one person, one pseudonym. Values are first
 * normalised as the detectors see them (zero-width characters removed, look-alike letters folded),
 * so an obfuscated copy of a value is linked to the plain one rather than hiding behind a new
 * pseudonym.
 */
public final class Canonical {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/:]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CN_MOBILE_WITH_CODE = Pattern.compile("^(?:\\+|00)?86(1[3-9]\\d{9})$");

  private Canonical() {
  }

  public static String of(EntityType type, String value) {
    String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    if (type == EntityType.CREDENTIAL || type == EntityType.CRYPTO_WALLET) {
      return nfkc; // secrets and case-sensitive encodings: exact
    }
    String v = NormalizedText.of(nfkc).text().strip();
    return switch (type) {
      case PHONE -> {
        String digits = SEPARATORS.matcher(v).replaceAll("");
        var m = CN_MOBILE_WITH_CODE.matcher(digits);
        yield m.matches() ? m.group(1) : digits;
      }
      case CN_RESIDENT_ID, BANK_CARD, CREDIT_CARD, IMEI, IBAN, US_SSN, UK_NINO, PASSPORT,
           CN_HK_MACAU_PERMIT, CN_TAIWAN_PERMIT, HK_ID, TW_ID, VIN, CN_LICENSE_PLATE, CN_USCC,
           MAC_ADDRESS -> SEPARATORS.matcher(v).replaceAll("").toUpperCase(Locale.ROOT);
      default -> WHITESPACE.matcher(v).replaceAll(" ").toLowerCase(Locale.ROOT);
    };
  }
}
