package io.maskmark.deid;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import io.maskmark.detect.pattern.Checksums;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random documents with planted personal data at known spans, so de-identification is tested
 * without depending on any detector. Values are generated (valid check digits, random names from
 * rare characters), never taken from demo or evaluation data, and at most one value per type is
 * planted (possibly repeated), so one value's surrogate cannot be mistaken for another planted
 * value. Places are planted finer than city level, since generalisation keeps the city by design.
 */
final class Planted {

  /** The personal types this generator plants (ORGANIZATION is planted too, as a kept value). */
  static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.PHONE,
      EntityType.CN_RESIDENT_ID, EntityType.EMAIL, EntityType.BANK_CARD, EntityType.CREDIT_CARD,
      EntityType.ADDRESS, EntityType.LOCATION, EntityType.DATE_OF_BIRTH, EntityType.AGE,
      EntityType.GPS_COORDINATE, EntityType.IP_ADDRESS, EntityType.MAC_ADDRESS, EntityType.URL,
      EntityType.PASSPORT, EntityType.US_SSN, EntityType.IBAN, EntityType.CN_LICENSE_PLATE,
      EntityType.IMEI, EntityType.CREDENTIAL);

  private static final String[] EN_FILLER = {"the", "customer", "called", "about", "an", "order",
      "and", "said", "that", "please", "contact", "with", "details", "below", "regarding"};
  private static final String[] ZH_FILLER = {"客户", "来电", "咨询", "订单", "并且", "表示", "请", "联系",
      "以下", "信息", "关于", "我们", "已经", "处理"};
  private static final String[] PROVINCES = {"广东省", "浙江省", "四川省", "湖北省", "江苏省"};
  private static final String[] STATES = {"CA", "NY", "TX", "WA", "MA"};

  record Value(EntityType type, String text) {
  }

  record Doc(String text, Language language, List<Span> spans, Map<EntityType, String> values) {
    Analysis analysis() {
      return new Analysis(text, language, spans);
    }
  }

  private Planted() {
  }

  /** A document in {@code lang} with a random subset of types planted, some values repeated. */
  static Doc document(Random r, Language lang, List<EntityType> candidates) {
    Map<EntityType, String> values = new EnumMap<>(EntityType.class);
    List<Value> sequence = new ArrayList<>();
    for (EntityType t : candidates) {
      if (r.nextInt(3) > 0) {
        String v = value(t, lang, r);
        values.put(t, v);
        sequence.add(new Value(t, v));
        if (r.nextInt(4) == 0) {
          sequence.add(new Value(t, v)); // the same value again later in the record
        }
      }
    }
    if (r.nextBoolean()) {
      String org = lang == Language.ZH ? "华为技术有限公司" : "Acme Corporation";
      values.put(EntityType.ORGANIZATION, org);
      sequence.add(new Value(EntityType.ORGANIZATION, org));
    }
    java.util.Collections.shuffle(sequence, r);
    StringBuilder sb = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (Value v : sequence) {
      filler(sb, lang, r);
      int start = sb.length();
      sb.append(v.text());
      spans.add(new Span(v.type(), start, sb.length(), 0.9, "planted", null));
    }
    filler(sb, lang, r);
    return new Doc(sb.toString(), lang, spans, values);
  }

  private static void filler(StringBuilder sb, Language lang, Random r) {
    String[] words = lang == Language.ZH ? ZH_FILLER : EN_FILLER;
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (lang == Language.EN || i == 0) {
        sb.append(' ');
      }
      sb.append(words[r.nextInt(words.length)]);
    }
    sb.append(lang == Language.ZH ? "，" : " ");
  }

  static String value(EntityType t, Language lang, Random r) {
    boolean zh = lang == Language.ZH;
    return switch (t) {
      case PERSON -> zh ? han(r, 2 + r.nextInt(2)) : word(r) + " " + word(r);
      case PHONE -> "1" + (3 + r.nextInt(7)) + digits(r, 9);
      case CN_RESIDENT_ID -> residentId(r);
      case EMAIL -> lower(r, 3 + r.nextInt(6)) + "@" + lower(r, 4 + r.nextInt(5)) + ".com";
      case BANK_CARD -> luhn("62" + digits(r, 4), 16 + r.nextInt(4), r);
      case CREDIT_CARD -> luhn("4" + digits(r, 5), 16, r);
      case ADDRESS -> zh
          ? PROVINCES[r.nextInt(PROVINCES.length)] + han(r, 2) + "市" + han(r, 2) + "区" + han(r, 2) + "路"
              + (1 + r.nextInt(300)) + "号"
          : (1 + r.nextInt(9000)) + " " + word(r) + " Street, " + word(r) + ", "
              + STATES[r.nextInt(STATES.length)] + " " + digits(r, 5);
      case LOCATION -> zh ? han(r, 2) + "市" + han(r, 2) + "区" + han(r, 2) + "街道" : word(r) + " Street";
      case DATE_OF_BIRTH -> {
        int y = 1940 + r.nextInt(70);
        int m = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        yield zh ? y + "年" + m + "月" + d + "日" : String.format("%d-%02d-%02d", y, m, d);
      }
      case AGE -> zh ? (1 + r.nextInt(98)) + "岁" : (1 + r.nextInt(98)) + " years old";
      case GPS_COORDINATE -> String.format("%d.%s, %d.%s", 10 + r.nextInt(70), digits(r, 6),
          70 + r.nextInt(60), digits(r, 6));
      case IP_ADDRESS -> (11 + r.nextInt(200)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "."
          + (1 + r.nextInt(254));
      case MAC_ADDRESS -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
          sb.append(i == 0 ? "" : ":").append(String.format("%02x", r.nextInt(256)));
        }
        yield sb.toString();
      }
      case URL -> "https://" + lower(r, 6) + ".com/" + lower(r, 5) + "?id=" + digits(r, 6);
      case PASSPORT -> "E" + digits(r, 8);
      case US_SSN -> String.format("%03d-%02d-%04d", 1 + r.nextInt(665), 1 + r.nextInt(99),
          1 + r.nextInt(9999));
      case IBAN -> {
        String bban = digits(r, 18);
        int check = 98 - mod97(bban + "DE00");
        yield "DE" + String.format("%02d", check) + bban;
      }
      case CN_LICENSE_PLATE -> "粤B" + upper(r, 1) + digits(r, 4);
      case IMEI -> luhn("35" + digits(r, 6), 15, r);
      case CREDENTIAL -> "sk-" + lower(r, 10) + digits(r, 10);
      default -> throw new IllegalArgumentException("no generator for " + t);
    };
  }

  static String residentId(Random r) {
    String body = (1 + r.nextInt(6)) + digits(r, 5)
        + (1940 + r.nextInt(70)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
        + digits(r, 3);
    return body + Checksums.gb11643CheckChar(body);
  }

  static String luhn(String prefix, int length, Random r) {
    String body = prefix + digits(r, length - prefix.length() - 1);
    for (char c = '0'; c <= '9'; c++) {
      if (Checksums.luhn(body + c)) {
        return body + c;
      }
    }
    throw new AssertionError();
  }

  static int mod97(String s) {
    StringBuilder n = new StringBuilder();
    for (char c : s.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new java.math.BigInteger(n.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
  }

  /** Han characters from the upper part of the common block: not in the filler or name lists. */
  static String han(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(0x8C00 + r.nextInt(0x9FA5 - 0x8C00));
    }
    return sb.toString();
  }

  static String word(Random r) {
    return upper(r, 1) + lower(r, 4 + r.nextInt(5));
  }

  static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  static String lower(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }

  static String upper(Random r, int n) {
    return lower(r, n).toUpperCase(java.util.Locale.ROOT);
  }
}
