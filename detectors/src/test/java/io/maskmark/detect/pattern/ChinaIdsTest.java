package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertNothing;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChinaIdsTest {

  @Test
  void residentIdsInChineseAndEnglishText() {
    Random r = Structured.random("resident");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String id = Ids.residentId(r);
      assertOnly("身份证号" + id + "，请核对", EntityType.CN_RESIDENT_ID, id);
      assertOnly("他的身份证号码是" + id.toLowerCase(), EntityType.CN_RESIDENT_ID, id.toLowerCase());
      assertOnly("Resident ID: " + id + ".", EntityType.CN_RESIDENT_ID, id);
      assertOnly(id, EntityType.CN_RESIDENT_ID, id); // validated: no context word needed
    }
  }

  @Test
  void residentIdWithAnXCheckCharacter() {
    Random r = Structured.random("resident-x");
    int seen = 0;
    while (seen < 20) {
      String id = Ids.residentId(r);
      if (id.endsWith("X")) {
        assertOnly("身份证" + id, EntityType.CN_RESIDENT_ID, id);
        seen++;
      }
    }
  }

  @Test
  void legacyFifteenDigitIds() {
    Random r = Structured.random("resident-15");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String id = Ids.residentId15(r);
      assertOnly("旧身份证号" + id + "已停用", EntityType.CN_RESIDENT_ID, id);
    }
  }

  @Test
  void idsFailingTheirChecksAreNotReported() {
    Random r = Structured.random("resident-bad");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String id = Ids.residentId(r);
      assertNo("身份证号" + Ids.breakLast(id), EntityType.CN_RESIDENT_ID);
      // no such province (00) and no 13th month, with their check characters recomputed
      String noRegion = "00" + id.substring(2, 17);
      assertNo("身份证号" + noRegion + Ids.gb11643(noRegion), EntityType.CN_RESIDENT_ID);
      String badMonth = id.substring(0, 10) + "13" + id.substring(12, 17);
      assertNo("身份证号" + badMonth + Ids.gb11643(badMonth), EntityType.CN_RESIDENT_ID);
      String future = id.substring(0, 6) + "2999" + id.substring(10, 17);
      assertNo("身份证号" + future + Ids.gb11643(future), EntityType.CN_RESIDENT_ID);
    }
  }

  @Test
  void anIdInsideALongerDigitRunIsNotReported() {
    Random r = Structured.random("resident-run");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String id = Ids.residentId(r);
      assertNo("编号9" + id, EntityType.CN_RESIDENT_ID);
      assertNo("编号" + id.replace('X', '0') + "7", EntityType.CN_RESIDENT_ID);
      assertNo("ref A" + id, EntityType.CN_RESIDENT_ID);
    }
  }

  @Test
  void unifiedSocialCreditCodes() {
    Random r = Structured.random("uscc");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String code = Ids.uscc(r);
      assertOnly("统一社会信用代码：" + code, EntityType.CN_USCC, code);
      assertOnly("Company credit code " + code + " (Shenzhen)", EntityType.CN_USCC, code);
      assertNo("统一社会信用代码：" + code.substring(0, 17)
          + (code.charAt(17) == '0' ? '1' : '0'), EntityType.CN_USCC);
    }
  }

  @Test
  void hongKongAndTaiwanIds() {
    Random r = Structured.random("hk-tw");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String hk = Ids.hkId(r);
      assertOnly("香港身份证" + hk, EntityType.HK_ID, hk);
      assertOnly("HKID " + hk + " on file", EntityType.HK_ID, hk);
      String tw = Ids.twId(r);
      assertOnly("國民身分證統一編號" + tw, EntityType.TW_ID, tw);
      assertOnly("Taiwan ID " + tw, EntityType.TW_ID, tw);
      assertNo("Taiwan ID " + Ids.breakLast(tw), EntityType.TW_ID);
    }
  }

  @Test
  void ordinaryNumbersAreNotIds() {
    assertNothing("订单号20240315123456789，金额128.50元");
    assertNothing("时间戳1709876543210，版本2.3.1");
    assertNothing("2024年3月15日14:30在会议室");
  }
}
