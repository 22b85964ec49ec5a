package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertNothing;
import static io.maskmark.detect.pattern.Structured.assertOnly;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CryptoAndCredentialsTest {

  @Test
  void walletAddresses() {
    Random r = Structured.random("wallet");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String btc = Ids.btc(r);
      assertOnly("比特币钱包地址" + btc, EntityType.CRYPTO_WALLET, btc);
      assertOnly("send to " + btc + " today", EntityType.CRYPTO_WALLET, btc);
      String eth = Ids.eth(r);
      assertOnly("ETH: " + eth, EntityType.CRYPTO_WALLET, eth);
      // one character changed breaks the checksum (Base58Check, Bech32)
      int k = 5 + r.nextInt(btc.length() - 6);
      char c = btc.charAt(k);
      char other = c == 'q' ? 'p' : c == '2' ? '3' : c == 'z' ? 'y' : c == 'x' ? 'w' : 'q';
      if (Character.isUpperCase(c)) {
        other = c == 'A' ? 'B' : 'A';
      }
      String broken = btc.substring(0, k) + other + btc.substring(k + 1);
      assertNo("wallet " + broken, EntityType.CRYPTO_WALLET);
    }
  }

  @Test
  void eip55MixedCaseMustHold() {
    Random r = Structured.random("eip55");
    for (int i = 0; i < 50; i++) {
      String hex = Ids.eth(r).substring(2).toLowerCase();
      String checksummed = CryptoChecksums.eip55Encode(hex);
      assertTrue(CryptoChecksums.eip55(checksummed));
      String flipped = flipCase(checksummed);
      if (!flipped.equals(checksummed)) {
        assertFalse(CryptoChecksums.eip55(flipped));
      }
    }
  }

  private static String flipCase(String a) {
    for (int i = 2; i < a.length(); i++) {
      char c = a.charAt(i);
      if (Character.isLetter(c)) {
        char f = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return a.substring(0, i) + f + a.substring(i + 1);
      }
    }
    return a;
  }

  @Test
  void credentials() {
    Random r = Structured.random("credential");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String key = Ids.awsKey(r);
      assertOnly("aws_access_key_id " + key, EntityType.CREDENTIAL, key);
      String jwt = Ids.jwt(r);
      assertOnly("Authorization: Bearer " + jwt, EntityType.CREDENTIAL, jwt);
      String pw = Ids.password(r);
      assertOnly("password: " + pw, EntityType.CREDENTIAL, pw);
      assertOnly("The password is " + pw + ".", EntityType.CREDENTIAL, pw);
      assertOnly("登录密码：" + pw, EntityType.CREDENTIAL, pw);
    }
    assertOnly("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
        EntityType.CREDENTIAL, "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----");
    assertNothing("Your password is incorrect.");
    assertNothing("The password is required");
    assertNothing("AKIA is a prefix");
  }
}
