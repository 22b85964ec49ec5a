package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BirthAgeAndCoordinatesTest {

  @Test
  void datesOfBirthNeedABirthWord() {
    Random r = Structured.random("dob");
    String[] months = {"January", "March", "Sept.", "Dec"};
    for (int i = 0; i < Structured.DRAWS; i++) {
      int y = 1940 + r.nextInt(60);
      int m = 1 + r.nextInt(12);
      int d = 1 + r.nextInt(28);
      String iso = String.format("%d-%02d-%02d", y, m, d);
      assertOnly("Date of birth: " + iso, EntityType.DATE_OF_BIRTH, iso);
      String zh = y + "年" + m + "月" + d + "日";
      assertOnly("出生日期：" + zh, EntityType.DATE_OF_BIRTH, zh);
      assertOnly("他生于" + zh + "，籍贯湖南", EntityType.DATE_OF_BIRTH, zh);
      String en = Ids.pick(r, months) + " " + d + ", " + y;
      assertOnly("She was born on " + en + " in Leeds", EntityType.DATE_OF_BIRTH, en);
      assertNo("The meeting is on " + iso, EntityType.DATE_OF_BIRTH);
      assertNo("会议日期：" + zh, EntityType.DATE_OF_BIRTH);
    }
    assertNo("born on 2999-01-01", EntityType.DATE_OF_BIRTH);
  }

  @Test
  void ages() {
    Random r = Structured.random("age");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String a = Integer.toString(1 + r.nextInt(99));
      assertOnly("a " + a + "-year-old man", EntityType.AGE, a);
      assertOnly("Age: " + a, EntityType.AGE, a);
      assertOnly("患者今年" + a + "岁", EntityType.AGE, a);
      assertOnly("年龄：" + a, EntityType.AGE, a);
    }
    assertOnly("他三十五岁了", EntityType.AGE, "三十五");
    assertNo("the 45 files are old", EntityType.AGE);
  }

  @Test
  void coordinates() {
    Random r = Structured.random("gps");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String g = Ids.gps(r);
      assertOnly("GPS坐标：" + g, EntityType.GPS_COORDINATE, g);
      assertOnly("Last location " + g + ".", EntityType.GPS_COORDINATE, g);
    }
    assertOnly("at 39°54'27\"N 116°23'50\"E today", EntityType.GPS_COORDINATE, "39°54'27\"N 116°23'50\"E");
    assertNo("the ratio was 12.345, 67.890 in the table", EntityType.GPS_COORDINATE);
  }
}
