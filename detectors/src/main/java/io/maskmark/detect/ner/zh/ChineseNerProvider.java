package io.maskmark.detect.ner.zh;

import io.maskmark.detect.Detector;
import io.maskmark.detect.DetectorProvider;
import java.util.Map;
import java.util.Set;

/**
 * {@code zh-ner}: Chinese names, places, addresses and organisations with HanLP portable and the
 * project's rules. Option {@code organizations}: {@code hmm} (default) also runs HanLP's
 * organisation recognizer; {@code rules} keeps only dictionary organisations and the suffix rule,
 * which is faster.
 */
public final class ChineseNerProvider implements DetectorProvider {

  @Override
  public String name() {
    return ChineseNerDetector.NAME;
  }

  @Override
  public String description() {
    return "Chinese person, place, address and organisation names (HanLP portable HMM + rules)";
  }

  @Override
  public Detector create(Map<String, String> options) {
    Set<String> known = Set.of("organizations");
    for (String k : options.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown option '" + k + "' for zh-ner (known: organizations)");
      }
    }
    String orgs = options.getOrDefault("organizations", "hmm");
    if (!orgs.equals("hmm") && !orgs.equals("rules")) {
      throw new IllegalArgumentException("zh-ner option organizations must be hmm or rules");
    }
    return new ChineseNerDetector(new HanlpSegmenter(orgs.equals("hmm")), Lexicon.get());
  }
}
