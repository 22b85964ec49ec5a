package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertNothing;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkAndContactTest {

  @Test
  void aNumberGluedToItsLabelIsFoundButNotOneGluedToAnyWord() {
    assertOnly("登录IP160.12.3.4失败", EntityType.IP_ADDRESS, "160.12.3.4");
    assertOnly("login from IP10.0.0.7 failed", EntityType.IP_ADDRESS, "10.0.0.7");
    assertOnly("Tel13812345678", EntityType.PHONE, "13812345678");
    assertNothing("version v1.2.3.4 and build abc10.0.0.7 and ID42");
  }

  @Test
  void ipAddresses() {
    Random r = Structured.random("ip");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String v4 = Ids.ipv4(r);
      assertOnly("登录IP：" + v4 + "异常", EntityType.IP_ADDRESS, v4);
      assertOnly("Connection from " + v4 + ".", EntityType.IP_ADDRESS, v4);
      String v6 = Ids.ipv6(r);
      assertOnly("服务器地址是" + v6 + "：", EntityType.IP_ADDRESS, v6);
      assertOnly("client " + v6 + " connected", EntityType.IP_ADDRESS, v6);
    }
    assertNothing("version 2.3.1.4 is out");
    assertNothing("版本v10.2.3.4已发布");
    assertNo("address 300.1.2.3", EntityType.IP_ADDRESS);
    assertNo("at 12:30:45 today", EntityType.IP_ADDRESS);
  }

  @Test
  void macAddressesAndImeis() {
    Random r = Structured.random("mac");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String mac = Ids.mac(r);
      assertOnly("网卡物理地址" + mac, EntityType.MAC_ADDRESS, mac);
      assertOnly("device " + mac + " joined", EntityType.MAC_ADDRESS, mac);
      String imei = Ids.imei(r);
      assertOnly("IMEI: " + imei, EntityType.IMEI, imei);
      assertOnly("手机串号" + imei, EntityType.IMEI, imei);
      assertNo("IMEI: " + Ids.breakLast(imei), EntityType.IMEI);
      assertNo("batch " + imei, EntityType.IMEI); // fifteen digits mean nothing without a label
    }
  }

  @Test
  void emailsAndUrls() {
    Random r = Structured.random("email");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String e = Ids.email(r);
      assertOnly("邮箱" + e + "，欢迎来信", EntityType.EMAIL, e);
      assertOnly("Write to <" + e + ">.", EntityType.EMAIL, e);
      String u = Ids.url(r);
      assertOnly("我的主页：" + u + "。", EntityType.URL, u);
      assertOnly("See (" + u + "), thanks", EntityType.URL, u);
    }
    assertNothing("the price is 5@3 each");
  }
}
