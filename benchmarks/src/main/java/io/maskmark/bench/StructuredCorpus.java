package io.maskmark.bench;

import io.maskmark.detect.pattern.Checksums;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated mixed English/Chinese text for the structured detector: chat lines, tickets and forms
 * in both languages, most sentences without identifiers, about one identifier (of every kind the
 * catalogue knows) per 150 characters, and number-heavy negatives (orders, timestamps, amounts,
 * versions) that the rules must look at and reject. Seeded, so every run measures the same bytes.
 */
public final class StructuredCorpus {

  private static final String[] EN = {
      "Hi, please call me back on %MOBILE% when you have a minute.",
      "The invoice for order %ORDER% was sent on 2024-03-15 at 14:30, total $1,249.99.",
      "My card %CARD% was charged twice, can you refund one of them?",
      "Send the contract to %EMAIL% and copy the legal team.",
      "Login from %IP% was blocked after five failed attempts.",
      "We moved the meeting to Thursday; bring the quarterly figures and the draft.",
      "Wire the deposit to IBAN %IBAN% before Friday.",
      "Build 4.12.7 fixed the crash, the next release is planned for May.",
      "The patient is 45 years old and was born on March 3, 1979.",
      "Our office at 221 Baker Street opens at 9am; parking is at the back.",
      "Timestamp 1709876543210 marks the start of the outage, see ticket 88231.",
      "Shipping usually takes three to five business days within the country.",
  };

  private static final String[] ZH = {
      "您好，我的手机号是%MOBILE%，有问题随时联系。",
      "员工入职登记：身份证号%ID%，入职日期为下周一。",
      "订单%ORDER%已发货，物流单号%ORDER%，预计明天送达。",
      "请把工资打到我的银行卡%BANK%，谢谢。",
      "会议改到周四下午三点，请各部门负责人准时参加并准备季度汇报材料。",
      "车牌号粤B%PLATE%的车辆请尽快挪车，谢谢配合。",
      "这个月的销售额比上个月增长了百分之十二，金额共计￥128,450.00元。",
      "客户反映收到的商品有破损，希望换货，已经拍照上传到系统里了。",
      "邮箱%EMAIL%已验证，登录IP为%IP%。",
      "系统在凌晨两点到两点十七分之间出现故障，时间戳1709876543210。",
      "统一社会信用代码和营业执照副本请在本周内提交给财务部。",
      "他今年三十二岁，出生日期1992年5月8日，籍贯湖南长沙。",
  };

  private StructuredCorpus() {
  }

  /** {@code count} documents of roughly {@code docChars} characters each. */
  public static List<String> documents(int count, int docChars, long seed) {
    Random r = new Random(seed);
    List<String> docs = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      StringBuilder sb = new StringBuilder(docChars + 200);
      while (sb.length() < docChars) {
        boolean en = r.nextBoolean();
        String[] pool = en ? EN : ZH;
        sb.append(fill(pool[r.nextInt(pool.length)], r)).append(en ? " " : "");
      }
      docs.add(sb.toString());
    }
    return docs;
  }

  private static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  private static String fill(String t, Random r) {
    String s = t;
    while (s.contains("%ORDER%")) {
      s = s.replaceFirst("%ORDER%", "20" + digits(r, 14));
    }
    if (s.contains("%MOBILE%")) {
      s = s.replace("%MOBILE%", "13" + digits(r, 9));
    }
    if (s.contains("%CARD%")) {
      String body = "4" + digits(r, 14);
      s = s.replace("%CARD%", body + Checksums.luhnCheckDigit(body));
    }
    if (s.contains("%BANK%")) {
      String body = "62" + digits(r, 15);
      s = s.replace("%BANK%", body + Checksums.luhnCheckDigit(body));
    }
    if (s.contains("%ID%")) {
      String first17 = "4403" + String.format("%02d", 1 + r.nextInt(9)) + (1950 + r.nextInt(50))
          + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3);
      s = s.replace("%ID%", first17 + Checksums.gb11643CheckChar(first17));
    }
    s = s.replace("%EMAIL%", "user" + r.nextInt(10000) + "@example.com");
    s = s.replace("%IP%", (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "."
        + (1 + r.nextInt(254)));
    s = s.replace("%IBAN%", "DE" + digits(r, 20)); // shape only: the mod-97 check rejects most
    s = s.replace("%PLATE%", digits(r, 5));
    return s;
  }
}
