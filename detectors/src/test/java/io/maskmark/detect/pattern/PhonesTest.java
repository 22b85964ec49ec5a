package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertFinds;
import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhonesTest {

  @Test
  void mainlandMobilesNextToHanCharacters() {
    Random r = Structured.random("mobile");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String m = Ids.cnMobile(r);
      assertOnly("手机" + m, EntityType.PHONE, m);
      assertOnly("请拨打" + m + "联系我", EntityType.PHONE, m);
      assertOnly("联系人王先生" + m, EntityType.PHONE, m);
      assertOnly("Call me on " + m + " tomorrow.", EntityType.PHONE, m);
      String f = Ids.cnMobileFormatted(r);
      assertOnly("电话：" + f + "。", EntityType.PHONE, f);
      assertOnly("reach me at " + f, EntityType.PHONE, f);
    }
  }

  @Test
  void landlinesUsAndInternationalNumbers() {
    Random r = Structured.random("landline");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String l = Ids.cnLandline(r);
      assertOnly("办公电话" + l + "（工作日）", EntityType.PHONE, l);
      String us = Ids.usPhone(r);
      assertOnly("Phone: " + us, EntityType.PHONE, us);
      assertOnly("客服热线" + us, EntityType.PHONE, us);
      String intl = Ids.internationalPhone(r);
      assertOnly("You can reach our London office on " + intl + ".", EntityType.PHONE, intl);
      assertOnly("海外电话" + intl, EntityType.PHONE, intl);
    }
  }

  @Test
  void mobileInsideALongerDigitRunIsNotAPhone() {
    Random r = Structured.random("mobile-run");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String m = Ids.cnMobile(r);
      assertNo("编号" + m + "42", EntityType.PHONE);
      assertNo("编号7" + m, EntityType.PHONE);
      assertNo("code X" + m + "Y", EntityType.PHONE);
    }
  }

  @Test
  void orderNumbersAndTimestampsAreNotPhones() {
    Random r = Structured.random("phone-negatives");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String m = Ids.cnMobile(r);
      assertNo("订单号" + m, EntityType.PHONE);
      assertNo("Order #" + m + " has shipped", EntityType.PHONE);
      assertNo("快递单号：" + m, EntityType.PHONE);
      String ts = "17" + Ids.digits(r, 11); // epoch milliseconds, 2023-2033
      assertNo("timestamp " + ts, EntityType.PHONE);
      assertNo("创建时间" + ts, EntityType.PHONE);
      assertNo("at " + ts + " the job ended", EntityType.PHONE);
    }
    assertNo("会议于2024-03-15举行", EntityType.PHONE);
    assertNo("Pi is 3.14159265 roughly", EntityType.PHONE);
  }

  @Test
  void fullWidthDigitsAndInvisibleCharactersInsideANumber() {
    assertOnly("手机１３９１２３４５６７８", EntityType.PHONE, "１３９１２３４５６７８");
    assertOnly("手机139\u200B1234\u00AD5678", EntityType.PHONE, "139\u200B1234\u00AD5678");
    assertOnly("手机139\u30001234\u30005678", EntityType.PHONE, "139\u30001234\u30005678");
    assertFinds("tel 139–1234–5678", EntityType.PHONE, "139–1234–5678");
  }
}
