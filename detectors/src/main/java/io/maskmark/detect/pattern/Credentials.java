package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Secrets: cloud and service access keys by their documented prefixes, private-key blocks, JSON
 * web tokens, and whatever follows a password or secret label.
 */
final class Credentials {

  private Credentials() {
  }

  private static final String KEY_END = "(?![0-9A-Za-z_-])";

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("cloud-access-key", EntityType.CREDENTIAL)
            .regex(START + "(?:(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z2-7]{16}" // AWS
                + "|AIza[0-9A-Za-z_-]{35}" // Google API key
                + "|LTAI[0-9A-Za-z]{12,20}" // Alibaba Cloud AccessKey ID
                + "|AKID[0-9A-Za-z]{32}" // Tencent Cloud SecretId
                + "|gh[pousr]_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{22,255}" // GitHub
                + "|glpat-[0-9A-Za-z_-]{20}" // GitLab
                + "|xox[abposr]-[0-9A-Za-z-]{10,100}" // Slack
                + "|[sr]k_live_[0-9A-Za-z]{24,99}" // Stripe
                + "|sk-(?:proj-)?[0-9A-Za-z_-]{32,200})" // OpenAI-style
                + KEY_END)
            .startsWith("AGLgxrs", "0-9A-Za-z_-")
            .runs("2-", "*")
            .gate((t, i, alnum, digits) -> startsWithAny(t, i, KEY_PREFIXES))
            .score(0.9)
            .build(),
        PatternRule.builder("private-key-block", EntityType.CREDENTIAL)
            .regex("-----BEGIN (?:[A-Z0-9]{1,10} ){0,3}PRIVATE KEY(?: BLOCK)?-----"
                + "(?:[A-Za-z0-9+/=\\s:,.()]|-(?!----))*+"
                + "(?:-----END (?:[A-Z0-9]{1,10} ){0,3}PRIVATE KEY(?: BLOCK)?-----)?")
            .startsWith("-", "-", "-", "-", "-", "B")
            .score(0.95)
            .build(),
        PatternRule.builder("jwt", EntityType.CREDENTIAL)
            .regex(START + "eyJ[A-Za-z0-9_-]{4,}+\\.eyJ[A-Za-z0-9_-]{4,}+\\.[A-Za-z0-9_-]*+(?![A-Za-z0-9_.-])")
            .startsWith("e", "y", "J")
            .runs("7-", "0")
            .score(0.6)
            .validator("jwt-header", Validator.of(Credentials::jwtHeader), 0.95)
            .build(),
        PatternRule.builder("password-after-label", EntityType.CREDENTIAL)
            .regex("(?<![A-Za-z])(?:password|passwd|pwd|passcode|pass code|pin code)"
                + "[ \\t]{0,3}(?:is|[:=])[ \\t]{0,3}[\"'“]?(?<v>[\\x21-\\x7E&&[^\"'`“”]]{4,64}+)",
                Pattern.CASE_INSENSITIVE)
            .startsWith("pP", "aAwWiI")
            .runs("3,4,6,8", "0")
            // the label's end (" code" of "pass code", up to three blanks) and then "is", ":" or "="
            .gate((t, i, alnum, digits) -> Shapes.anyWithin(t, i + alnum, 10, ":=iI"))
            .score(0.75)
            .extent(Extent.trimTrailing(".,;)"))
            .validator("not-a-status-word", Validator.of(Credentials::notStatusWord), 0.75)
            .build(),
        PatternRule.builder("password-after-label-zh", EntityType.CREDENTIAL)
            .regex("(?:密码|口令|密碼|支付密码|登录密码)(?:是|为|:|=| ){1,3}[\"'“]?"
                + "(?<v>[\\x21-\\x7E&&[^\"'`“”]]{4,64}+)", Pattern.CASE_INSENSITIVE)
            .startsWith("密口支登")
            .gate((t, i, alnum, digits) -> {
              int label = t.charAt(i) == '支' || t.charAt(i) == '登' ? 4 : 2;
              return i + label < t.length() && "是为:= ".indexOf(t.charAt(i + label)) >= 0;
            })
            .score(0.75)
            .extent(Extent.trimTrailing(".,;)"))
            .build(),
        PatternRule.builder("secret-after-label", EntityType.CREDENTIAL)
            .regex("(?<![A-Za-z])(?:api[_-]?key|secret(?:[_-]?(?:access[_-]?)?key)?|access[_-]?token"
                + "|auth[_-]?token|client[_-]?secret|private[_-]?key|token)"
                + "[\"']?[ \\t]{0,3}[:=][ \\t]{0,3}[\"']?(?<v>[A-Za-z0-9_+/=.\\-]{16,256}+)",
                Pattern.CASE_INSENSITIVE)
            .startsWith("aAsStTcCpP", "pPeEcCuUlLrRoO")
            .runs("3-13", "0")
            .gate((t, i, alnum, digits) -> startsWithAny(t, i, LABEL_PREFIXES)
                && Shapes.anyWithin(t, i + alnum, 22, ":="))
            .score(0.8)
            .extent(Extent.trimTrailing(".,"))
            .build());
  }

  private static final String[] KEY_PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA",
      "AIPA", "ANPA", "ANVA", "AROA", "APKA", "AIza", "LTAI", "AKID", "ghp_", "gho_", "ghu_", "ghs_",
      "ghr_", "github_pat_", "glpat-", "xox", "sk_live_", "rk_live_", "sk-"};
  private static final String[] LABEL_PREFIXES = {"api", "sec", "acc", "aut", "cli", "pri", "tok"};

  /** Whether the text at {@code i} starts with one of the prefixes (label prefixes in any case). */
  static boolean startsWithAny(CharSequence t, int i, String[] prefixes) {
    for (String p : prefixes) {
      if (i + p.length() <= t.length()) {
        int k = 0;
        boolean label = prefixes == LABEL_PREFIXES;
        while (k < p.length() && (label ? Character.toLowerCase(t.charAt(i + k)) : t.charAt(i + k))
            == p.charAt(k)) {
          k++;
        }
        if (k == p.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first segment is base64url JSON with an "alg" member. */
  static boolean jwtHeader(CharSequence token) {
    String t = token.toString();
    String header = t.substring(0, t.indexOf('.'));
    try {
      String json = new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
      return json.startsWith("{") && json.contains("\"alg\"");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Words that follow "password is" in messages about a password rather than in one. */
  private static final Set<String> STATUS_WORDS = Set.of("incorrect", "wrong", "invalid", "required",
      "expired", "correct", "reset", "changed", "weak", "strong", "empty", "missing", "too", "not",
      "the", "your", "my", "set", "updated", "protected", "case", "sensitive", "case-sensitive",
      "needed", "mandatory", "optional", "blank", "hidden", "stored", "encrypted", "saved", "valid",
      "same", "different", "locked", "being", "now", "still", "also", "very", "incorrect,");

  static boolean notStatusWord(CharSequence value) {
    return !STATUS_WORDS.contains(value.toString().toLowerCase(Locale.ROOT));
  }
}
