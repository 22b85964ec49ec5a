package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TravelAndVehiclesTest {

  @Test
  void passportsAndPermits() {
    Random r = Structured.random("passport");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String p = Ids.passport(r);
      assertOnly("护照号码" + p, EntityType.PASSPORT, p);
      assertOnly("Passport No. " + p + " expires in 2030", EntityType.PASSPORT, p);
      String us = Ids.digits(r, 9);
      assertOnly("US passport number " + us, EntityType.PASSPORT, us);
      assertNo("Batch " + us + " shipped", EntityType.PASSPORT); // no passport word
      String hkm = (r.nextBoolean() ? "H" : "M") + Ids.digits(r, 8);
      assertOnly("回乡证号码" + hkm, EntityType.CN_HK_MACAU_PERMIT, hkm);
      String c = "C" + Ids.digits(r, 8);
      assertOnly("往来港澳通行证" + c, EntityType.CN_HK_MACAU_PERMIT, c);
      String tw = Ids.digits(r, 8);
      assertOnly("台胞证号码" + tw, EntityType.CN_TAIWAN_PERMIT, tw);
      assertNo("房间号" + hkm, EntityType.CN_HK_MACAU_PERMIT);
    }
  }

  @Test
  void licencePlatesIncludingNewEnergyPlates() {
    Random r = Structured.random("plate");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String p = Ids.plate(r);
      assertOnly("车牌号" + p + "的车主请挪车", EntityType.CN_LICENSE_PLATE, p);
      assertOnly("A car with plate " + p + " was seen", EntityType.CN_LICENSE_PLATE, p);
    }
    assertNo("京ABCDEF", EntityType.CN_LICENSE_PLATE); // a plate serial has digits
  }

  @Test
  void vinsWithTheirCheckDigit() {
    Random r = Structured.random("vin");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String v = Ids.vin(r);
      assertOnly("车架号" + v, EntityType.VIN, v);
      assertOnly("VIN: " + v + ".", EntityType.VIN, v);
      char check = v.charAt(8);
      String wrong = v.substring(0, 8) + (check == '9' ? '0' : check == 'X' ? '1' : (char) (check + 1))
          + v.substring(9);
      assertNo("VIN: " + wrong, EntityType.VIN);
    }
  }
}
