package io.maskmark.pipeline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.surrogate.Surrogates;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.pipeline.record.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Support-ticket-like records of about a given size in English, Chinese or both, with personal
 * data planted in them. The identifiers are fresh valid values (check digits included) made by the
 * surrogate generator from a seeded {@link Random}, so a run is repeatable and no real person's
 * data is used.
 */
public final class BenchCorpus {

  /** Which languages the records are in. */
  public enum Mix { MIXED, ZH, EN }

  /**
   * One record: its envelope and the structured identifiers planted in it (names and addresses
   * are planted too but not listed: whether they are caught depends on the NER engines chosen).
   */
  public record Item(String id, byte[] value, List<String> planted) {
  }

  private static final List<String> EN_FILLER = List.of(
      "The customer reported that the mobile app crashed right after the latest update.",
      "We have escalated the ticket to the second-line support team for review.",
      "Please confirm whether the refund has been processed by the end of the week.",
      "The delivery was delayed because of heavy rain in the region.",
      "According to the log, the last successful login happened two days ago.",
      "The invoice total does not match the amount shown in the order history.",
      "Our records show that the subscription renews automatically every month.",
      "The agent suggested clearing the cache and restarting the device.",
      "A replacement unit will be shipped once the faulty one has been received.",
      "The issue could not be reproduced on the test environment.");

  private static final List<String> ZH_FILLER = List.of(
      "客户反映最新版本的应用在启动时会闪退。",
      "工单已经转交给二线支持团队处理。",
      "请在本周五之前确认退款是否已经到账。",
      "由于暴雨天气，本地区的配送出现了延迟。",
      "系统日志显示最近一次成功登录是在两天前。",
      "发票金额与订单记录中的金额不一致。",
      "订阅服务每个月会自动续费。",
      "客服建议清除缓存后重新启动设备。",
      "收到故障设备后我们会寄出一台新的替换机。",
      "该问题在测试环境中无法复现。");

  private final Mix mix;
  private final int targetBytes;
  private final Random rnd;

  public BenchCorpus(Mix mix, int targetBytes, long seed) {
    this.mix = mix;
    this.targetBytes = targetBytes;
    this.rnd = new Random(seed);
  }

  public List<Item> generate(int count) {
    List<Item> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(next("bench-" + i));
    }
    return items;
  }

  Item next(String id) {
    StringBuilder text = new StringBuilder();
    List<String> planted = new ArrayList<>();
    boolean zh = switch (mix) {
      case ZH -> true;
      case EN -> false;
      case MIXED -> rnd.nextBoolean();
    };
    int bytes = 0;
    while (bytes < targetBytes) {
      int before = text.length();
      // In a mixed corpus one record in four switches language mid-text, as bilingual tickets do.
      boolean useZh = mix == Mix.MIXED && rnd.nextInt(4) == 0 ? !zh : zh;
      if (rnd.nextInt(3) == 0) {
        text.append(useZh ? zhPersonal(planted) : enPersonal(planted));
      } else {
        List<String> filler = useZh ? ZH_FILLER : EN_FILLER;
        text.append(filler.get(rnd.nextInt(filler.size())));
      }
      if (!useZh) {
        text.append(' ');
      }
      bytes += text.substring(before).getBytes(StandardCharsets.UTF_8).length;
    }
    ObjectNode envelope = Json.MAPPER.createObjectNode().put("id", id).put("text",
        text.toString().strip());
    return new Item(id, envelope.toString().getBytes(StandardCharsets.UTF_8), planted);
  }

  private String zhPersonal(List<String> planted) {
    String name = fake(EntityType.PERSON, "张伟", Language.ZH);
    return switch (rnd.nextInt(5)) {
      case 0 -> "我是" + name + "，手机号" + plant(planted, EntityType.PHONE, "13812345678", Language.ZH)
          + "，有问题请联系我。";
      case 1 -> name + "的身份证号是" + plant(planted, EntityType.CN_RESIDENT_ID, "11010519491231002X",
          Language.ZH) + "，请核实。";
      case 2 -> "收货地址：" + fake(EntityType.ADDRESS, "北京市海淀区中关村大街1号", Language.ZH)
          + "，收件人" + name + "。";
      case 3 -> "退款请打到银行卡" + plant(planted, EntityType.BANK_CARD, "6222021234567890128",
          Language.ZH) + "。";
      default -> "发票请发送到邮箱" + plant(planted, EntityType.EMAIL, "zhangwei@example.com",
          Language.ZH) + "，谢谢。";
    };
  }

  private String enPersonal(List<String> planted) {
    String name = fake(EntityType.PERSON, "John Smith", Language.EN);
    return switch (rnd.nextInt(5)) {
      case 0 -> "My name is " + name + " and you can reach me on "
          + plant(planted, EntityType.PHONE, "+44 20 7946 0958", Language.EN) + ".";
      case 1 -> "Please send the documents to " + plant(planted, EntityType.EMAIL,
          "john.smith@example.com", Language.EN) + " before Friday.";
      case 2 -> name + " paid with the card " + plant(planted, EntityType.CREDIT_CARD,
          "4111 1111 1111 1111", Language.EN) + " yesterday.";
      case 3 -> "The account holder's SSN is " + plant(planted, EntityType.US_SSN, "123-45-6789",
          Language.EN) + ", according to " + name + ".";
      default -> "The request came from IP address " + plant(planted, EntityType.IP_ADDRESS,
          "203.0.113.54", Language.EN) + " last night.";
    };
  }

  private String plant(List<String> planted, EntityType type, String example, Language lang) {
    String value = fake(type, example, lang);
    planted.add(value);
    return value;
  }

  private String fake(EntityType type, String example, Language lang) {
    return Surrogates.of(type, example, lang, rnd).orElseThrow(
        () -> new IllegalStateException("no generator for " + type));
  }
}
