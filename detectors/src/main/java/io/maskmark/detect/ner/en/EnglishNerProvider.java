package io.maskmark.detect.ner.en;

import io.maskmark.detect.Detector;
import io.maskmark.detect.DetectorProvider;
import java.util.Map;

/** Provider {@code en-ner}: English names, places, addresses and organisations (Apache-2.0 parts only). */
public final class EnglishNerProvider implements DetectorProvider {

  @Override
  public String name() {
    return EnglishNerDetector.NAME;
  }

  @Override
  public String description() {
    return "English PERSON, LOCATION, ADDRESS, ORGANIZATION: OpenNLP name finder trained at build "
        + "time on generated text, plus address, title and gazetteer rules (Latin-script runs only)";
  }

  @Override
  public Detector create(Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("en-ner takes no options, got " + options.keySet());
    }
    return new EnglishNerDetector(NameModel.get(), Lexicon.get());
  }
}
