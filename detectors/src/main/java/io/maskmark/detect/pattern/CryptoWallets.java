package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.pattern.Validator.Verdict;
import java.util.List;

/**
 * Cryptocurrency addresses with their real checksums: Bitcoin (Base58Check P2PKH/P2SH, Bech32 and
 * Bech32m), Ethereum (EIP-55 when mixed case), Tron (Base58Check), Litecoin (Base58Check).
 */
final class CryptoWallets {

  private CryptoWallets() {
  }

  private static final String B58 = "[1-9A-HJ-NP-Za-km-z]";
  private static final List<String> WORDS = List.of("wallet", "address", "btc", "bitcoin", "eth",
      "ethereum", "usdt", "trc20", "erc20", "钱包", "地址", "比特币", "以太坊", "收款");

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("btc-base58", EntityType.CRYPTO_WALLET)
            .regex(START + "[13]" + B58 + "{25,34}" + END)
            .startsWith("13", "1-9A-HJ-NP-Za-km-z")
            .runs("26-35", "*")
            .score(0.3)
            .validator("base58check", Validator.of(c -> version(c, 0x00, 0x05)), 1.0)
            .context(WORDS)
            .build(),
        PatternRule.builder("btc-bech32", EntityType.CRYPTO_WALLET)
            .regex(START + "(?:bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})" + END)
            .startsWith("bB", "cC", "1")
            .runs("14-", "0")
            .score(0.3)
            .validator("bech32", Validator.of(c -> CryptoChecksums.segwit(c, "bc")), 1.0)
            .context(WORDS)
            .build(),
        PatternRule.builder("eth", EntityType.CRYPTO_WALLET)
            .regex(START + "0x[0-9a-fA-F]{40}" + END)
            .startsWith("0", "x")
            .runs("42", "1")
            .score(0.8)
            .validator("eip55", CryptoWallets::eth, 1.0)
            .context(WORDS)
            .build(),
        PatternRule.builder("tron", EntityType.CRYPTO_WALLET)
            .regex(START + "T" + B58 + "{33}" + END)
            .startsWith("T", "1-9A-HJ-NP-Za-km-z")
            .runs("34", "0")
            .score(0.3)
            .validator("base58check", Validator.of(c -> version(c, 0x41, 0x41)), 1.0)
            .context(WORDS)
            .build(),
        PatternRule.builder("ltc-base58", EntityType.CRYPTO_WALLET)
            .regex(START + "[LM]" + B58 + "{26,33}" + END)
            .startsWith("LM", "1-9A-HJ-NP-Za-km-z")
            .runs("27-34", "0")
            .score(0.3)
            .validator("base58check", Validator.of(c -> version(c, 0x30, 0x32)), 1.0)
            .context(WORDS)
            .build());
  }

  private static boolean version(CharSequence c, int a, int b) {
    int v = CryptoChecksums.base58CheckVersion(c);
    return v == a || v == b;
  }

  /** Mixed case carries an EIP-55 checksum that must hold; single case carries none. */
  static Verdict eth(CharSequence c) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 2; i < c.length(); i++) {
      char ch = c.charAt(i);
      lower |= ch >= 'a' && ch <= 'f';
      upper |= ch >= 'A' && ch <= 'F';
    }
    if (lower && upper) {
      return CryptoChecksums.eip55(c) ? Verdict.VALID : Verdict.INVALID;
    }
    return Verdict.PLAUSIBLE;
  }
}
