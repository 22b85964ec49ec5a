package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WesternIdsTest {

  @Test
  void socialSecurityNumbers() {
    Random r = Structured.random("ssn");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String s = Ids.ssn(r);
      assertOnly("SSN " + s, EntityType.US_SSN, s);
      assertOnly("His social security number is " + s + ".", EntityType.US_SSN, s);
      assertOnly("社会安全号" + s, EntityType.US_SSN, s);
      assertOnly(s + " was on the form", EntityType.US_SSN, s);
      String plain = s.replace("-", "");
      assertOnly("SSN: " + plain, EntityType.US_SSN, plain);
      String spaced = s.replace('-', ' ');
      assertOnly("ssn " + spaced, EntityType.US_SSN, spaced);
      assertNo("Suite " + spaced + " Main Street", EntityType.US_SSN);
      assertNo("ticket " + plain, EntityType.US_SSN);
    }
    // numbers the SSA never issues
    assertNo("SSN 000-12-3456", EntityType.US_SSN);
    assertNo("SSN 666-12-3456", EntityType.US_SSN);
    assertNo("SSN 912-12-3456", EntityType.US_SSN);
    assertNo("SSN 123-00-3456", EntityType.US_SSN);
    assertNo("SSN 123-45-0000", EntityType.US_SSN);
  }

  @Test
  void nationalInsuranceNumbers() {
    Random r = Structured.random("nino");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String n = Ids.nino(r);
      assertOnly("NI number " + n, EntityType.UK_NINO, n);
      assertOnly("National Insurance: " + n + ".", EntityType.UK_NINO, n);
    }
    assertNo("NINO GB123456A", EntityType.UK_NINO);
    assertNo("NINO QQ123456A", EntityType.UK_NINO);
  }
}
