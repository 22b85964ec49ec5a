package io.maskmark.eval;

import io.maskmark.detect.EntityType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps gold-data type names (presidio-research, People's Daily/MSRA, CLUENER, ...) and our entity
 * types to evaluation classes. Related types are scored as one class, as the targets ask:
 * LOCATION and ADDRESS are both PLACE; CREDIT_CARD and BANK_CARD are both PAYMENT_CARD.
 */
public final class TypeMapping {

  private static final Map<String, EntityType> GOLD_ALIASES = new HashMap<>();

  static {
    alias(EntityType.PERSON, "PER", "PERSON_NAME", "NAME", "NR");
    alias(EntityType.LOCATION, "LOC", "GPE", "NS", "CITY", "COUNTRY");
    alias(EntityType.ADDRESS, "STREET_ADDRESS");
    alias(EntityType.ORGANIZATION, "ORG", "NT", "COMPANY");
    alias(EntityType.PHONE, "PHONE_NUMBER", "TEL", "MOBILE");
    alias(EntityType.EMAIL, "EMAIL_ADDRESS");
    alias(EntityType.IBAN, "IBAN_CODE");
    alias(EntityType.CN_RESIDENT_ID, "ID_CARD", "CN_ID_CARD", "CHINA_RESIDENT_ID_NUMBER");
    alias(EntityType.CRYPTO_WALLET, "CRYPTO");
  }

  private static void alias(EntityType type, String... names) {
    for (String n : names) {
      GOLD_ALIASES.put(n, type);
    }
  }

  private final boolean grouped;

  public TypeMapping(boolean grouped) {
    this.grouped = grouped;
  }

  /** Our entity type for a gold type name, or null when we do not detect that kind. */
  public static EntityType goldType(String goldName) {
    String n = goldName.trim().toUpperCase(Locale.ROOT);
    EntityType t = GOLD_ALIASES.get(n);
    if (t != null) {
      return t;
    }
    for (EntityType e : EntityType.values()) {
      if (e.name().equals(n)) {
        return e;
      }
    }
    return null;
  }

  /** The evaluation class of an entity type. */
  public String classOf(EntityType type) {
    if (!grouped) {
      return type.name();
    }
    return switch (type) {
      case LOCATION, ADDRESS -> "PLACE";
      case CREDIT_CARD, BANK_CARD -> "PAYMENT_CARD";
      default -> type.name();
    };
  }
}
