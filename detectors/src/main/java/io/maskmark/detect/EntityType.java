package io.maskmark.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The entity types maskmark reports. The names are a contract: they appear in JSON output,
 * policies and metrics, so renaming one is a breaking change.
 */
public enum EntityType {
  // Mainland China, Hong Kong, Macau, Taiwan
  CN_RESIDENT_ID("身份证号", true),
  PHONE("电话", true),
  BANK_CARD("银行卡号", true),
  PASSPORT("护照号", true),
  CN_HK_MACAU_PERMIT("港澳通行证号", true),
  CN_TAIWAN_PERMIT("台湾通行证号", true),
  HK_ID("香港身份证号", true),
  TW_ID("台湾身份证号", true),
  CN_LICENSE_PLATE("车牌号", true),
  /** Unified social credit code: identifies an organisation, so it is reported but not personal. */
  CN_USCC("统一社会信用代码", false),

  // Generic
  EMAIL("邮箱", true),
  URL("网址", true),
  IP_ADDRESS("IP地址", true),
  MAC_ADDRESS("MAC地址", true),
  IMEI("IMEI", true),
  CREDIT_CARD("信用卡号", true),
  IBAN("IBAN", true),
  US_SSN("SSN", true),
  UK_NINO("NINO", true),
  VIN("车架号", true),
  GPS_COORDINATE("坐标", true),
  DATE_OF_BIRTH("出生日期", true),
  AGE("年龄", true),
  CRYPTO_WALLET("钱包地址", true),
  CREDENTIAL("凭据", true),

  // Named entities
  PERSON("姓名", true),
  LOCATION("地点", true),
  ADDRESS("地址", true),
  /** An organisation is not personal data by itself; policies decide whether to redact it. */
  ORGANIZATION("机构", false);

  private final String chineseTag;
  private final boolean personal;

  EntityType(String chineseTag, boolean personal) {
    this.chineseTag = chineseTag;
    this.personal = personal;
  }

  /** The tag used by the {@code replace} operator for Chinese text, e.g. 姓名 for PERSON. */
  public String chineseTag() {
    return chineseTag;
  }

  /** Whether a value of this type is personal information by itself (PIPL Art. 4, GDPR Art. 4(1)). */
  public boolean personal() {
    return personal;
  }

  /** Parses a type name, failing with the list of valid names instead of a bare enum error. */
  public static EntityType parse(String name) {
    String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    for (EntityType t : values()) {
      if (t.name().equals(n)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + name + "'; known types: "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
