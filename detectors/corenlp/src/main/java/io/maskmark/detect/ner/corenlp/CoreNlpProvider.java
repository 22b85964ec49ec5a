package io.maskmark.detect.ner.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.maskmark.detect.Detector;
import io.maskmark.detect.DetectorProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Provider {@code corenlp} (GPL v3+, optional module): Stanford CoreNLP's English 3-class CRF.
 * Loads the one classifier file from the CoreNLP models jar, once per process (about 1 s and
 * 110 MB of heap).
 */
public final class CoreNlpProvider implements DetectorProvider {

  static final String CLASSIFIER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  @Override
  public String name() {
    return CoreNlpDetector.NAME;
  }

  @Override
  public String description() {
    return "English PERSON, LOCATION, ORGANIZATION: Stanford CoreNLP 3-class CRF (GPL v3+; "
        + "slower and stronger on news than en-ner, no addresses)";
  }

  @Override
  public Detector create(Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("corenlp takes no options, got " + options.keySet());
    }
    return new CoreNlpDetector(Holder.CLASSIFIER);
  }

  private static final class Holder {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();
  }

  private static CRFClassifier<CoreLabel> load() {
    try (InputStream in = CoreNlpProvider.class.getClassLoader().getResourceAsStream(CLASSIFIER)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP classifier " + CLASSIFIER + " not on the class "
            + "path (is edu.stanford.nlp:stanford-corenlp:models there?)");
      }
      return CRFClassifier.getClassifier(new GZIPInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the CoreNLP classifier", e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the CoreNLP classifier does not match this CoreNLP version", e);
    }
  }
}
