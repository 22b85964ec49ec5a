package io.maskmark.deid.surrogate;

import io.maskmark.deid.values.Canonical;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import java.util.Optional;
import java.util.Random;

/**
 * Realistic fakes of the same type, language and format: a Chinese name for a Chinese name, a
 * resident ID with a valid GB 11643 check digit and a plausible birth date, a mobile number with
 * the same carrier prefix, a card with a valid Luhn digit, an address in the same city, ...
 *
 * <p>All choices come from the {@link Random} passed in: seeded from a keyed HMAC of the value it
 * gives the same surrogate everywhere; seeded at random it gives an unlinkable one. {@link Random}
 * is used deliberately: its algorithm is fixed by the Java specification, so a seed gives the same
 * surrogate on every JVM. The values below are generated, never looked up, and the surrogate is
 * never the original value.
 */
public final class Surrogates {

  private static final int ATTEMPTS = 8;

  private Surrogates() {
  }

  /** A surrogate for {@code value}, or empty when its format is not recognised. */
  public static Optional<String> of(EntityType type, String value, Language language, Random rnd) {
    String original = Canonical.of(type, value);
    for (int i = 0; i < ATTEMPTS; i++) {
      String s = generate(type, value, language, rnd);
      if (s == null || s.isBlank()) {
        return Optional.empty();
      }
      if (!Canonical.of(type, s).equals(original) && !s.contains(value.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String generate(EntityType type, String v, Language lang, Random rnd) {
    return switch (type) {
      case PERSON -> Names.person(v, rnd);
      case CN_RESIDENT_ID -> Identifiers.residentId(v, rnd);
      case BANK_CARD, CREDIT_CARD -> Identifiers.card(v, rnd);
      case IMEI -> Identifiers.imei(v, rnd);
      case IBAN -> Identifiers.iban(v, rnd);
      case VIN -> Identifiers.vin(v, rnd);
      case US_SSN -> Identifiers.ssn(v, rnd);
      case HK_ID -> Identifiers.hkId(v, rnd);
      case TW_ID -> Identifiers.twId(v, rnd);
      case CN_LICENSE_PLATE -> Identifiers.plate(v, rnd);
      case PASSPORT, CN_HK_MACAU_PERMIT, CN_TAIWAN_PERMIT, UK_NINO ->
          FormatPreserving.replace(v, FormatPreserving.leadingLetters(v), rnd);
      case PHONE -> Contacts.phone(v, rnd);
      case EMAIL -> Contacts.email(v, rnd);
      case IP_ADDRESS -> Contacts.ip(v, rnd);
      case MAC_ADDRESS -> Contacts.mac(v, rnd);
      case URL -> Contacts.url(v, rnd);
      case ADDRESS -> Places.address(v, rnd);
      case LOCATION -> Places.location(v, rnd);
      case GPS_COORDINATE -> Places.gps(v, rnd);
      case DATE_OF_BIRTH -> Dates.dateOfBirth(v, rnd);
      case AGE -> Dates.age(v, rnd);
      default -> FormatPreserving.replace(v, 0, rnd);
    };
  }
}
