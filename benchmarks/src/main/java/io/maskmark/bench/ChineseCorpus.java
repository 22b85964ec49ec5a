package io.maskmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated Chinese benchmark text: news, customer-service, HR and chat sentences with names,
 * addresses, organisations and identifiers planted. Seeded, so every run measures the same bytes.
 * Written for the benchmark; no evaluation data is used.
 */
final class ChineseCorpus {

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
      "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "欧阳", "司马", "诸葛"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇",
      "建国", "晓明", "丽华", "志强", "海燕", "子涵", "一鸣", "思远", "嘉怡", "浩然"};
  private static final String[] TITLES = {"经理", "老师", "总", "主任", "医生", "律师", "教授", "先生", "女士"};
  private static final String[] CITIES = {"北京市海淀区", "上海市浦东新区", "广东省深圳市南山区",
      "浙江省杭州市西湖区", "四川省成都市武侯区", "湖北省武汉市洪山区", "江苏省南京市鼓楼区"};
  private static final String[] ROADS = {"中关村大街", "世纪大道", "深南大道", "文三路", "人民南路",
      "珞喻路", "中山北路", "建设路"};
  private static final String[] ORGS = {"中国工商银行", "招商银行", "北京大学", "复旦大学附属中山医院",
      "华为技术有限公司", "国家发展和改革委员会", "上海市第一人民医院", "阿里巴巴集团"};

  private static final String[] TEMPLATES = {
      "您好，我是%PER%，我的订单一直没有发货，麻烦尽快处理，手机%PHONE%。",
      "请把合同寄到%ADDR%，收件人%PER%，电话%PHONE%。",
      "%PER%%TITLE%今天下午在%ORG%主持召开了季度工作会议，会议由%PER%记录。",
      "员工入职登记：姓名%PER%，身份证号%ID%，现住址%ADDR%。",
      "据报道，%ORG%和%ORG%近日签署战略合作协议，双方将在金融科技领域开展合作。",
      "会议改到周四下午三点，请各部门负责人准时参加并准备季度汇报材料。",
      "这个月的销售额比上个月增长了百分之十二，主要来自线上渠道的增长。",
      "物流显示包裹已经到达分拣中心，预计明天送达，请保持电话畅通。",
      "%PER%说，他上周去%CITY%出差，顺便拜访了%ORG%的%PER%%TITLE%。",
      "Contact %PER% at Acme Corp，邮箱user%N%@example.com，谢谢。",
  };

  private ChineseCorpus() {
  }

  /** {@code count} documents of roughly {@code docChars} characters each. */
  static List<String> documents(int count, int docChars, long seed) {
    Random rnd = new Random(seed);
    List<String> docs = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      StringBuilder sb = new StringBuilder(docChars + 100);
      while (sb.length() < docChars) {
        sb.append(fill(TEMPLATES[rnd.nextInt(TEMPLATES.length)], rnd));
      }
      docs.add(sb.toString());
    }
    return docs;
  }

  private static String fill(String template, Random rnd) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int a = template.indexOf('%', i);
      if (a < 0) {
        out.append(template, i, template.length());
        break;
      }
      int b = template.indexOf('%', a + 1);
      out.append(template, i, a);
      out.append(value(template.substring(a + 1, b), rnd));
      i = b + 1;
    }
    return out.toString();
  }

  private static String value(String slot, Random rnd) {
    return switch (slot) {
      case "PER" -> pick(SURNAMES, rnd) + pick(GIVEN, rnd);
      case "TITLE" -> pick(TITLES, rnd);
      case "CITY" -> pick(CITIES, rnd);
      case "ADDR" -> pick(CITIES, rnd) + pick(ROADS, rnd) + (1 + rnd.nextInt(999)) + "号"
          + (1 + rnd.nextInt(30)) + "栋" + (1 + rnd.nextInt(6)) + "单元" + (101 + rnd.nextInt(2000)) + "室";
      case "ORG" -> pick(ORGS, rnd);
      case "PHONE" -> "13" + (100000000 + rnd.nextInt(900000000));
      case "ID" -> "110101" + (1950 + rnd.nextInt(50)) + "0101" + (1000 + rnd.nextInt(9000));
      case "N" -> Integer.toString(rnd.nextInt(10000));
      default -> throw new IllegalArgumentException(slot);
    };
  }

  private static String pick(String[] values, Random rnd) {
    return values[rnd.nextInt(values.length)];
  }
}
