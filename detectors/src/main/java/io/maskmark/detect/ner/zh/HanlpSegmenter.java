package io.maskmark.detect.ner.zh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP portable's Viterbi segmenter with its role-tagging (HMM) recognizers for Chinese person
 * names, transliterated names, places and organisations. Japanese-name recognition (which fires on
 * ordinary Chinese words) and number-quantifier merging are off; part-of-speech tagging stays off
 * because the dictionary tags are enough for the rules and it costs a second Viterbi pass.
 *
 * <p>HanLP's analysis methods keep their state on the stack, so one configured segmenter serves
 * every thread; only its configuration methods are unsafe, and they are called once here. The
 * dictionaries load lazily on first use, so {@link #warmUp} runs every recognizer once, in the
 * creating thread, before the segmenter is shared.
 */
final class HanlpSegmenter {

  private static final String ASCII_PUNCTUATION = ",;:!?()";
  private static final String FULL_WIDTH_PUNCTUATION = "，；：！？（）";

  private final Segment segment;
  /** The same without organisation recognition, to re-read a span it wrongly took as one. */
  private final Segment withoutOrganizations;

  HanlpSegmenter(boolean organizations) {
    segment = configure(HanLP.newSegment()).enableOrganizationRecognize(organizations);
    withoutOrganizations = configure(HanLP.newSegment()).enableOrganizationRecognize(false);
    warmUp();
  }

  private static Segment configure(Segment s) {
    return s.enableNameRecognize(true)
        .enableTranslatedNameRecognize(true)
        .enableJapaneseNameRecognize(false)
        .enablePlaceRecognize(true)
        .enableNumberQuantifierRecognize(false)
        .enableCustomDictionary(true)
        .enablePartOfSpeechTagging(false)
        .enableOffset(true);
  }

  private void warmUp() {
    String sample = "中国工商银行北京分行行长王小明和欧阳娜娜在海淀区中关村大街1号会见了克林顿总统。";
    segment.seg(sample);
    withoutOrganizations.seg(sample);
    CoreDictionary.get("中国");
    CustomDictionary.get("中国");
  }

  /** Words of {@code text[from, to)}, with offsets into {@code text}. */
  List<Token> segment(String text, int from, int to) {
    return convert(segment.seg(fullWidthPunctuation(text, from, to)), from);
  }

  List<Token> segmentWithoutOrganizations(String text, int from, int to) {
    return convert(withoutOrganizations.seg(fullWidthPunctuation(text, from, to)), from);
  }

  /**
   * {@code text[from, to)} with ASCII punctuation next to a Han character in its full-width form,
   * one character for one. HanLP learnt Chinese punctuation full-width, while detectors see it
   * folded to ASCII: after a folded comma it reads {@code 他说,张慧英所做} as the organisation
   * 张慧英所 where {@code 他说，张慧英所做} gives the name 张慧英.
   */
  static String fullWidthPunctuation(String text, int from, int to) {
    char[] out = null;
    for (int i = from; i < to; i++) {
      int k = ASCII_PUNCTUATION.indexOf(text.charAt(i));
      if (k >= 0 && (i > from && Character.isIdeographic(text.charAt(i - 1))
          || i + 1 < to && Character.isIdeographic(text.charAt(i + 1)))) {
        if (out == null) {
          out = text.substring(from, to).toCharArray();
        }
        out[i - from] = FULL_WIDTH_PUNCTUATION.charAt(k);
      }
    }
    return out == null ? text.substring(from, to) : new String(out);
  }


  private static List<Token> convert(List<Term> terms, int base) {
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      int s = base + t.offset;
      out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), s, s + t.word.length()));
    }
    return out;
  }

  /** Whether HanLP's dictionaries list {@code word} with a tag starting with {@code prefix}. */
  static boolean dictionaryHas(String word, String prefix) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a != null && a.hasNatureStartsWith(prefix)) {
      return true;
    }
    a = CustomDictionary.get(word);
    return a != null && a.hasNatureStartsWith(prefix);
  }

  /** Whether every tag the dictionaries give {@code word} starts with {@code prefix} (false when unlisted). */
  static boolean dictionaryOnly(String word, String prefix) {
    boolean listed = false;
    CoreDictionary.Attribute[] entries = {CoreDictionary.get(word), CustomDictionary.get(word)};
    for (CoreDictionary.Attribute a : entries) {
      if (a != null) {
        listed = true;
        for (Nature n : a.nature) {
          if (!n.toString().startsWith(prefix)) {
            return false;
          }
        }
      }
    }
    return listed;
  }

  static boolean dictionaryHas(String word) {
    return CoreDictionary.contains(word) || CustomDictionary.contains(word);
  }
}
