package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Structured.assertNo;
import static io.maskmark.detect.pattern.Structured.assertNotFound;
import static io.maskmark.detect.pattern.Structured.assertNothing;
import static io.maskmark.detect.pattern.Structured.assertOnly;

import io.maskmark.detect.EntityType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FinanceTest {

  @Test
  void creditCardsByIssuerAndLuhn() {
    Random r = Structured.random("credit");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String c = Ids.creditCard(r);
      assertOnly("Card number " + c + ", exp 04/27", EntityType.CREDIT_CARD, c);
      assertOnly("信用卡" + c, EntityType.CREDIT_CARD, c);
      assertOnly(c, EntityType.CREDIT_CARD, c);
      assertNo("Card number " + Ids.breakLast(c), EntityType.CREDIT_CARD);
    }
  }

  @Test
  void mainlandBankCards() {
    Random r = Structured.random("bank");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String c = Ids.unionPay(r);
      assertOnly("银行卡号" + c, EntityType.BANK_CARD, c);
      assertOnly("工资卡：" + c + "（工商银行）", EntityType.BANK_CARD, c);
      assertOnly("Debit card " + c, EntityType.BANK_CARD, c);
      assertNo("银行卡号" + Ids.breakLast(c), EntityType.BANK_CARD);
      String plain = c.replace(" ", "").replace("-", "");
      assertNotFound("卡号" + plain + "5", EntityType.BANK_CARD, plain);
      assertNotFound("卡号3" + plain, EntityType.BANK_CARD, plain);
    }
  }

  @Test
  void aLuhnValidOrderNumberIsNotACard() {
    Random r = Structured.random("card-order");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String n = Ids.luhn("62" + Ids.digits(r, 15));
      assertNothing("订单号" + n);
      assertNothing("Tracking number: " + n);
    }
  }

  @Test
  void ibansWithMod97() {
    Random r = Structured.random("iban");
    for (int i = 0; i < Structured.DRAWS; i++) {
      String iban = Ids.iban(r);
      assertOnly("IBAN " + iban, EntityType.IBAN, iban);
      assertOnly("请汇款至账户" + iban + "。", EntityType.IBAN, iban);
      assertOnly("Pay to " + iban + " by Friday", EntityType.IBAN, iban);
      String compact = iban.replace(" ", "");
      String wrong = compact.substring(0, 2)
          + String.format("%02d", (Integer.parseInt(compact.substring(2, 4)) + 1) % 100)
          + compact.substring(4);
      assertNo("IBAN " + wrong, EntityType.IBAN);
    }
  }
}
