package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertFinds;

import io.maskmark.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gates are cheap necessary conditions checked before a rule's pattern is tried: they must never
 * turn away what the pattern accepts. Each row puts the value at the far edge of its gate (the
 * longest label, the most blanks, a month name before the first digit).
 */
class GatedRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      MAC_ADDRESS   | MAC 00:1A:2B:3C:4D:5E on the router               | 00:1A:2B:3C:4D:5E
      MAC_ADDRESS   | device 001A.2B3C.4D5E was reset                   | 001A.2B3C.4D5E
      MAC_ADDRESS   | 网卡 00-1A-2B-3C-4D-5E 已登记                        | 00-1A-2B-3C-4D-5E
      PHONE         | call (202) 555-0143 tomorrow                      | (202) 555-0143
      PHONE         | phone 1-800-555-0199 now                          | 1-800-555-0199
      PHONE         | phone 001 (202) 555-0143 now                      | 001 (202) 555-0143
      PHONE         | 电话 (021)62345678                                 | (021)62345678
      PHONE         | 客服电话 400-810-8888                               | 400-810-8888
      CREDENTIAL    | the pass code   is hunter22x for now              | hunter22x
      CREDENTIAL    | pin code: 4821x9                                  | 4821x9
      CREDENTIAL    | secret_access_key   = wJalrXUtnFEMIK7MDENGbPxRfiCY | wJalrXUtnFEMIK7MDENGbPxRfiCY
      CREDENTIAL    | 支付密码是Abc12345                                  | Abc12345
      CREDENTIAL    | 密码：Abc12345                                      | Abc12345
      DATE_OF_BIRTH | date of birth   was   September. 5, 1990          | September. 5, 1990
      DATE_OF_BIRTH | 出生于 March 5, 1990                               | March 5, 1990
      AGE           | aged   is   42 at the time                        | 42
      US_SSN        | SSN 536 22 8726 on file                           | 536 22 8726
      CREDIT_CARD   | Amex 3782 822463 10005 ok                         | 3782 822463 10005
      CREDIT_CARD   | Diners 3056-930902-5904 ok                        | 3056-930902-5904
      CREDIT_CARD   | visa 4111-1111-1111-1111                          | 4111-1111-1111-1111
      PHONE         | 手机 138 1234 5678                                 | 138 1234 5678
      PHONE         | 手机 0086 13812345678                              | 0086 13812345678
      """)
  void aGateLetsThroughWhatThePatternAccepts(EntityType type, String text, String value) {
    assertFinds(text, type, value);
  }
}
