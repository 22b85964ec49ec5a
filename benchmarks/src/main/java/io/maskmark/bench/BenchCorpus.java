package io.maskmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated benchmark text: support tickets, chat lines and HR notes in English and Chinese with
 * personal data planted at a realistic density (a few identifiers per kilobyte). Seeded, so every
 * run measures the same bytes.
 */
public final class BenchCorpus {

  private static final String[] EN = {
      "Hi team, the customer called again about order %ORDER% and asked us to call back on %PHONE_EN%.",
      "Please update the shipping address; the invoice should go to %EMAIL%.",
      "Ticket %ORDER%: login fails after the password reset, the user is on build 4.2.17 of the app.",
      "The refund of $42.50 was approved yesterday and should appear within five business days.",
      "Meeting moved to Thursday at 3pm, room 12B. Bring the quarterly figures and the draft contract.",
      "Card ending in 4242 was declined twice; the customer confirmed the billing postcode.",
      "We shipped 1,250 units in March, up 12 percent on February, and expect a similar April.",
      "Server 10.0.%N%.%N% returned HTTP 503 between 02:00 and 02:17 UTC, see incident %ORDER%.",
  };

  private static final String[] ZH = {
      "您好，我的订单%ORDER%还没有发货，麻烦尽快处理，我的手机是%PHONE_ZH%。",
      "员工入职登记：身份证号%ID%，紧急联系人电话%PHONE_ZH%，入职日期为下周一。",
      "客户反映收到的商品有破损，希望换货，已经拍照上传到系统里了。",
      "会议改到周四下午三点，请各部门负责人准时参加并准备季度汇报材料。",
      "这个月的销售额比上个月增长了百分之十二，主要来自线上渠道的增长。",
      "请把发票寄到我的邮箱%EMAIL%，谢谢，另外退款大概什么时候到账？",
      "系统在凌晨两点到两点十七分之间出现故障，技术团队已经定位到原因并修复。",
      "物流显示包裹已经到达分拣中心，预计明天送达，请保持电话畅通。",
  };

  private BenchCorpus() {
  }

  /** Documents of roughly {@code docChars} characters each, {@code count} of them. */
  public static List<String> documents(int count, int docChars, long seed) {
    Random rnd = new Random(seed);
    List<String> docs = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      StringBuilder sb = new StringBuilder(docChars + 200);
      while (sb.length() < docChars) {
        String[] pool = rnd.nextBoolean() ? EN : ZH;
        sb.append(fill(pool[rnd.nextInt(pool.length)], rnd)).append(pool == EN ? " " : "");
      }
      docs.add(sb.toString());
    }
    return docs;
  }

  private static String fill(String template, Random rnd) {
    String s = template;
    while (s.contains("%ORDER%")) {
      s = s.replaceFirst("%ORDER%", "A" + (100000 + rnd.nextInt(900000)));
    }
    while (s.contains("%N%")) {
      s = s.replaceFirst("%N%", Integer.toString(rnd.nextInt(255)));
    }
    s = s.replace("%PHONE_EN%", "+1 415 555 0" + (100 + rnd.nextInt(900)));
    s = s.replace("%PHONE_ZH%", "13" + (100000000 + rnd.nextInt(900000000)));
    s = s.replace("%EMAIL%", "user" + rnd.nextInt(10000) + "@example.com");
    s = s.replace("%ID%", residentId(rnd));
    return s;
  }

  private static String residentId(Random rnd) {
    String first17 = "110101" + (1950 + rnd.nextInt(50)) + String.format("%02d", 1 + rnd.nextInt(12))
        + String.format("%02d", 1 + rnd.nextInt(28)) + String.format("%03d", rnd.nextInt(1000));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + check[sum % 11];
  }
}
