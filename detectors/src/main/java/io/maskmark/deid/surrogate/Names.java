package io.maskmark.deid.surrogate;

import io.maskmark.deid.values.FakerLists;
import io.maskmark.detect.Language;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Person-name surrogates: same script, same number of characters or words, same casing. */
final class Names {

  private static final List<String> HONORIFICS =
      List.of("先生", "女士", "小姐", "老师", "医生", "教授", "同学", "经理", "律师");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir",
      "madam", "jr", "sr", "ii", "iii", "iv");

  private Names() {
  }

  static String person(String v, Random rnd) {
    if (v.codePoints().anyMatch(Language::isHan)) {
      return chinese(v, rnd);
    }
    return english(v, rnd);
  }

  private static String chinese(String v, Random rnd) {
    FakerLists l = FakerLists.get();
    String name = v.strip();
    for (String h : HONORIFICS) {
      if (name.endsWith(h) && name.length() > h.length()) {
        return FormatPreserving.pick(l.zhSurnames, rnd) + h; // 张先生 -> 林先生
      }
    }
    if (!name.codePoints().allMatch(Language::isHan)) {
      return FormatPreserving.replace(v, 0, rnd); // e.g. transliterated names with ·
    }
    int n = name.codePointCount(0, name.length());
    boolean compound = n >= 4 && l.zhCompoundSurnames.contains(name.substring(0, 2));
    String surname = compound ? FormatPreserving.pick(l.zhCompoundSurnames, rnd)
        : FormatPreserving.pick(l.zhSurnames, rnd);
    if (n == 1) {
      return surname;
    }
    return surname + given(n - surname.length(), rnd);
  }

  private static String given(int k, Random rnd) {
    FakerLists l = FakerLists.get();
    if (k == 2) {
      return FormatPreserving.pick(l.zhGivenNames2, rnd);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.max(1, k); i++) {
      sb.append(FormatPreserving.pick(FormatPreserving.hanPool(), rnd));
    }
    return sb.toString();
  }

  private static String english(String v, Random rnd) {
    FakerLists l = FakerLists.get();
    String[] words = v.split("(?<=\\s)|(?=\\s)"); // keep the whitespace as tokens
    int nameWords = 0;
    int lastName = -1;
    for (int i = 0; i < words.length; i++) {
      if (isName(words[i])) {
        nameWords++;
        lastName = i;
      }
    }
    StringBuilder sb = new StringBuilder();
    boolean firstDone = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!isName(w)) {
        sb.append(w);
        continue;
      }
      String fake;
      if (w.length() <= 2 && (w.length() == 1 || w.endsWith("."))) {
        fake = FormatPreserving.pick(FormatPreserving.UPPER, rnd) + w.substring(1); // initial
      } else if (i == lastName && (nameWords > 1 || !l.isEnglishFirstName(w))) {
        fake = lastName(w, rnd);
      } else {
        fake = FormatPreserving.pick(l.enFirstNames, rnd);
      }
      firstDone = true;
      sb.append(sameCase(w, fake));
    }
    return firstDone ? sb.toString() : FormatPreserving.replace(v, 0, rnd);
  }

  private static String lastName(String w, Random rnd) {
    List<String> last = FakerLists.get().enLastNames;
    if (w.indexOf('-') > 0) {
      return FormatPreserving.pick(last, rnd) + "-" + FormatPreserving.pick(last, rnd);
    }
    return FormatPreserving.pick(last, rnd);
  }

  private static boolean isName(String w) {
    if (w.isBlank()) {
      return false;
    }
    String bare = w.replaceAll("[.,]", "").toLowerCase(Locale.ROOT);
    return !TITLES.contains(bare) && w.chars().anyMatch(Character::isLetter);
  }

  private static String sameCase(String original, String fake) {
    String letters = original.replaceAll("[^\\p{L}]", "");
    if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return fake.toUpperCase(Locale.ROOT);
    }
    if (letters.equals(letters.toLowerCase(Locale.ROOT))) {
      return fake.toLowerCase(Locale.ROOT);
    }
    return fake;
  }
}
