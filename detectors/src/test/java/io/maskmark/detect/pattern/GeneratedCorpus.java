package io.maskmark.detect.pattern;

import io.maskmark.detect.CodePoints;
import io.maskmark.detect.EntityType;
import io.maskmark.eval.GoldDocument;
import io.maskmark.eval.GoldSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded generator of English and Chinese documents with checksum-valid identifiers at known
 * offsets, mixed with hard negatives: order, tracking and invoice numbers, 13-digit timestamps,
 * numbers that fail their checksum, identifiers inside longer digit runs, dates, prices, versions.
 * Templates are written here for the purpose (no evaluation data); each type has several EN and
 * ZH frames with and without context words, placed at the start, middle or end of a sentence.
 */
final class GeneratedCorpus {

  private GeneratedCorpus() {
  }

  private record Frame(String text) {
  }

  private static final Map<EntityType, String[]> FRAMES = new EnumMap<>(EntityType.class);
  private static final Map<EntityType, Function<Random, String>> VALUES = new EnumMap<>(EntityType.class);

  private static void type(EntityType t, Function<Random, String> value, String... frames) {
    VALUES.put(t, value);
    FRAMES.put(t, frames);
  }

  static {
    type(EntityType.CN_RESIDENT_ID, r -> r.nextInt(10) == 0 ? Ids.residentId15(r) : Ids.residentId(r),
        "身份证号：{}", "请核对您的身份证号码{}是否正确", "申请人 张伟，公民身份号码 {}，住址见附件", "{}是他的身份证号",
        "Resident ID {} was verified.", "Her PRC ID number is {}.", "ID card: {}; issued in Hangzhou");
    type(EntityType.PHONE, r -> switch (r.nextInt(5)) {
      case 0, 1 -> Ids.cnMobileFormatted(r);
      case 2 -> Ids.cnLandline(r);
      case 3 -> Ids.usPhone(r);
      default -> Ids.internationalPhone(r);
    }, "手机{}", "有问题请拨打{}联系客服", "联系电话：{}（工作日9点到18点）", "我的号码是{}，加微信也行",
        "Call me on {} after six.", "Phone: {}", "You can reach the front desk at {} any time.",
        "{} is my mobile", "请回电{}", "Fax {} for the forms.");
    type(EntityType.BANK_CARD, Ids::unionPay, "银行卡号{}", "工资卡：{}（建设银行）", "请转账到卡号{}，户名李娜",
        "Debit card {} was declined.", "UnionPay card {} linked to the account", "{}是我的储蓄卡");
    type(EntityType.CREDIT_CARD, Ids::creditCard, "信用卡{}已冻结", "刷卡卡号：{}",
        "Card number {}, expiry 09/28.", "Please charge my Visa {}.", "{} is the card on file",
        "Paid with credit card {} yesterday");
    type(EntityType.PASSPORT, Ids::passport, "护照号码{}", "持中国护照（{}）入境", "Passport No. {} expires next year.",
        "Her passport {} was scanned at the gate.");
    type(EntityType.CN_HK_MACAU_PERMIT, r -> r.nextBoolean() ? (r.nextBoolean() ? "H" : "M") + Ids.digits(r, 8)
        : "C" + Ids.digits(r, 8), "港澳通行证号码：{}", "回乡证{}已过期", "Home return permit {} on file.");
    type(EntityType.CN_TAIWAN_PERMIT, r -> Ids.digits(r, 8), "台胞证号码{}", "台湾居民来往大陆通行证：{}",
        "Taiwan compatriot permit {} checked.");
    type(EntityType.HK_ID, Ids::hkId, "香港身份证{}", "Hong Kong ID {} was presented.", "HKID: {}");
    type(EntityType.TW_ID, Ids::twId, "國民身分證統一編號{}", "台湾身份证号码{}", "Taiwan ID {} on the form.");
    type(EntityType.CN_LICENSE_PLATE, Ids::plate, "车牌号{}的车主请挪车", "一辆{}的白色轿车", "停车场入口拍到{}",
        "The car with plate {} was towed.");
    type(EntityType.CN_USCC, Ids::uscc, "统一社会信用代码：{}", "纳税人识别号{}", "Company credit code {} (Shenzhen).");
    type(EntityType.EMAIL, Ids::email, "邮箱{}，欢迎来信", "请发送简历至{}", "Write to {} for details.",
        "Contact: <{}>", "{} replied this morning");
    type(EntityType.URL, Ids::url, "我的主页：{}。", "详情见{}", "See {} for the schedule.", "Visit ({}), then log in");
    type(EntityType.IP_ADDRESS, r -> r.nextInt(3) == 0 ? Ids.ipv6(r) : Ids.ipv4(r), "登录IP：{}异常",
        "服务器地址是{}", "Connection from {} was refused.", "client {} connected at noon", "IP address: {}");
    type(EntityType.MAC_ADDRESS, Ids::mac, "网卡物理地址{}", "设备MAC：{}", "device {} joined the network",
        "MAC address {} is blocked.");
    type(EntityType.IMEI, Ids::imei, "手机串号{}", "IMEI: {}", "The handset IMEI is {}.");
    type(EntityType.IBAN, Ids::iban, "请汇款至账户{}。", "IBAN {}", "Pay the invoice to {} by Friday.",
        "Bank account (IBAN): {}");
    type(EntityType.US_SSN, Ids::ssn, "SSN {}", "His social security number is {}.", "社会安全号{}",
        "{} was entered as the SSN", "SSN: {} (verified)");
    type(EntityType.UK_NINO, Ids::nino, "NI number {}", "National Insurance number: {}.", "英国国民保险号 NINO {}");
    type(EntityType.VIN, Ids::vin, "车架号{}", "VIN: {}.", "车辆识别代号 VIN {}，发动机号另附", "The vehicle identification number is {}");
    type(EntityType.GPS_COORDINATE, Ids::gps, "GPS坐标：{}", "最后定位在{}附近", "Last location {}.",
        "coordinates {} near the river");
    type(EntityType.CRYPTO_WALLET, r -> r.nextBoolean() ? Ids.btc(r) : Ids.eth(r), "比特币钱包地址{}",
        "收款地址：{}", "send the BTC to {} today", "ETH wallet: {}");
    // passwords need their label right before the value: frames of their own in documents()
    type(EntityType.CREDENTIAL, r -> r.nextBoolean() ? Ids.awsKey(r) : Ids.jwt(r), "凭据 {}",
        "Authorization: Bearer {}", "aws_access_key_id = {}", "the key {} leaked");
    type(EntityType.DATE_OF_BIRTH, GeneratedCorpus::birthDate, "出生日期：{}", "他生于{}，籍贯湖南",
        "Date of birth: {}", "She was born on {} in Leeds.", "DOB {}");
    type(EntityType.AGE, r -> Integer.toString(1 + r.nextInt(99)), "患者今年{}岁", "年龄：{}",
        "Age: {}", "a {}-year-old driver", "aged {} at the time");
  }

  private static final String[] EN_FILL = {"Thanks for your patience.", "The ticket was updated.",
      "We will follow up tomorrow.", "Please keep this message.", "See the note below.",
      "The meeting moved to Thursday.", "All other details are unchanged."};
  private static final String[] ZH_FILL = {"谢谢您的耐心。", "工单已更新。", "我们明天跟进。", "请保留此消息。",
      "详见下方备注。", "会议改到周四。", "其他信息不变。"};

  static String birthDate(Random r) {
    int y = 1940 + r.nextInt(66);
    int m = 1 + r.nextInt(12);
    int d = 1 + r.nextInt(28);
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    return switch (r.nextInt(4)) {
      case 0 -> String.format("%d-%02d-%02d", y, m, d);
      case 1 -> y + "年" + m + "月" + d + "日";
      case 2 -> months[m - 1] + " " + d + ", " + y;
      default -> d + " " + months[m - 1] + " " + y;
    };
  }

  /** Sentences with nothing to find, shaped like identifiers. */
  static String negative(Random r) {
    return switch (r.nextInt(16)) {
      case 0 -> "订单号" + Ids.cnMobile(r) + "已发货。";
      case 1 -> "Order #" + Ids.luhn("62" + Ids.digits(r, 15)) + " has shipped.";
      case 2 -> "时间戳" + "17" + Ids.digits(r, 11) + "，请求成功。";
      case 3 -> "The job finished at " + "17" + Ids.digits(r, 11) + " ms since epoch.";
      case 4 -> "身份证号" + Ids.breakLast(Ids.residentId(r)) + "校验失败。";
      case 5 -> "Card " + Ids.breakLast(Ids.creditCard(r).replace(" ", "").replace("-", "")) + " was rejected as invalid.";
      case 6 -> "快递单号：" + Ids.digits(r, 12) + "，运单" + Ids.digits(r, 15) + "。";
      case 7 -> "编号" + Ids.cnMobile(r) + Ids.digits(r, 3) + "已归档。";
      case 8 -> "Invoice " + Ids.digits(r, 10) + " dated 2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + ".";
      case 9 -> "金额¥" + r.nextInt(99999) + "." + Ids.digits(r, 2) + "，共" + r.nextInt(50) + "件。";
      case 10 -> "version " + r.nextInt(10) + "." + r.nextInt(20) + "." + r.nextInt(50) + " is out.";
      case 11 -> "Transaction ID " + Ids.digits(r, 16) + " settled.";
      case 12 -> "2024年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日下午" + (1 + r.nextInt(11)) + "点开会。";
      case 13 -> "IBAN " + Ids.breakLast(Ids.iban(r).replace(" ", "")) + " failed the check.";
      case 14 -> "SKU " + Ids.digits(r, 9) + " is back in stock.";
      default -> "批次" + Ids.digits(r, 20) + "已入库。";
    };
  }

  /** {@code count} documents; each has one to three identifiers, fillers and negatives. */
  static List<GoldDocument> documents(long seed, int count) {
    Random r = new Random(seed);
    List<EntityType> types = new ArrayList<>(FRAMES.keySet());
    List<GoldDocument> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      StringBuilder sb = new StringBuilder();
      List<GoldSpan> spans = new ArrayList<>();
      int parts = 1 + r.nextInt(3);
      for (int p = 0; p < parts; p++) {
        if (r.nextInt(3) == 0) {
          sb.append(r.nextBoolean() ? Ids.pick(r, EN_FILL) : Ids.pick(r, ZH_FILL)).append(' ');
        }
        if (r.nextInt(3) == 0) {
          sb.append(negative(r)).append(' ');
        }
        EntityType t = types.get((d * 3 + p + r.nextInt(2)) % types.size());
        String frame = Ids.pick(r, FRAMES.get(t));
        String value = VALUES.get(t).apply(r);
        if (t == EntityType.CREDENTIAL && r.nextBoolean()) {
          value = Ids.password(r);
          frame = r.nextBoolean() ? "password: {}" : "登录密码：{}";
        }
        int at = frame.indexOf("{}");
        sb.append(frame, 0, at);
        spans.add(new GoldSpan(t.name(), sb.length(), sb.length() + value.length()));
        sb.append(value).append(frame.substring(at + 2)).append(' ');
      }
      if (r.nextBoolean()) {
        sb.append(negative(r));
      }
      docs.add(new GoldDocument("gen-" + d, sb.toString().trim(), spans));
    }
    return docs;
  }

  /** One JSONL line per document, offsets in code points (for {@code maskmark eval}). */
  static String jsonl(List<GoldDocument> docs) {
    StringBuilder sb = new StringBuilder();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (GoldDocument d : docs) {
      CodePoints cp = CodePoints.of(d.text());
      var o = json.createObjectNode();
      o.put("id", d.id());
      o.put("text", d.text());
      var arr = o.putArray("spans");
      for (GoldSpan s : d.spans()) {
        arr.addObject().put("type", s.type()).put("start", cp.toCodePoint(s.start()))
            .put("end", cp.toCodePoint(s.end()));
      }
      sb.append(o).append('\n');
    }
    return sb.toString();
  }
}
