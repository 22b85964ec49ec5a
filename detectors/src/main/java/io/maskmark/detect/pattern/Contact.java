package io.maskmark.detect.pattern;

import io.maskmark.detect.EntityType;
import java.util.List;

/** E-mail addresses and URLs. */
final class Contact {

  private Contact() {
  }

  private static final String LOCAL = "A-Za-z0-9._%+-";

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("email", EntityType.EMAIL)
            .regex("(?<![" + LOCAL + "])[" + LOCAL + "]++@(?:[A-Za-z0-9-]++\\.(?=[A-Za-z0-9]))++"
                + "[A-Za-z]{2,}+(?![A-Za-z0-9-])")
            .anchoredAt('@', LOCAL, 64)
            .score(0.9)
            .context("email", "e-mail", "mail", "邮箱", "邮件", "电邮", "郵箱")
            .build(),
        PatternRule.builder("url", EntityType.URL)
            .regex("(?<![A-Za-z0-9])(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://|[Ww]{3}\\.)"
                + "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]{2,2048}+")
            .startsWith("hHfFwW", "tTwW")
            .runs("3-5", "0")
            .score(0.9)
            .extent(Contact::urlEnd)
            .validator("url-host", Validator.of(Contact::hasHost), 0.9)
            .context("url", "link", "website", "网址", "链接", "网站", "主页")
            .build());
  }

  /** Trailing sentence punctuation is not part of a URL; a closing bracket only when balanced. */
  static int urlEnd(CharSequence text, int start, int end) {
    int parens = 0;
    int brackets = 0;
    for (int i = start; i < end; i++) {
      char x = text.charAt(i);
      parens += x == '(' ? 1 : x == ')' ? -1 : 0;
      brackets += x == '[' ? 1 : x == ']' ? -1 : 0;
    }
    int e = end;
    while (e > start) {
      char c = text.charAt(e - 1);
      if (".,;:!?'\"".indexOf(c) >= 0) {
        e--;
      } else if (c == ')' && parens < 0) {
        parens++;
        e--;
      } else if (c == ']' && brackets < 0) {
        brackets++;
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  /** Something after the scheme that looks like a host: a dot with letters or digits on both sides. */
  static boolean hasHost(CharSequence url) {
    String u = url.toString();
    int i = u.indexOf("://");
    String rest = i >= 0 ? u.substring(i + 3) : u;
    int end = 0;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String host = rest.substring(0, end);
    int at = host.lastIndexOf('@');
    host = host.substring(at + 1);
    int dot = host.indexOf('.');
    return dot > 0 && dot < host.length() - 1 || host.startsWith("[") || host.equals("localhost")
        || host.startsWith("localhost:");
  }
}
