package io.maskmark.detect.ner.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.maskmark.detect.Detector;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import io.maskmark.detect.ner.en.LatinTokenizer;
import io.maskmark.detect.ner.en.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PERSON, LOCATION and ORGANIZATION from Stanford CoreNLP's English 3-class CRF
 * ({@code english.all.3class.distsim.crf.ser.gz}); the classifier alone, never a CoreNLP pipeline.
 * Text is split into Latin-script chunks by the en-ner tokenizer (so Han runs in mixed text are
 * left to the Chinese engine) and each chunk is classified as one pre-tokenised sentence.
 *
 * <p>Thread-safe: a loaded CRFClassifier classifies concurrently (CoreNLP's own multi-threaded NER
 * annotator shares one), and every call builds its own token list.
 */
final class CoreNlpDetector implements Detector {

  static final String NAME = "corenlp";
  /**
   * Below en-ner's confident spans and its address grammar, so that combined with en-ner
   * ({@code structured,en-ner,corenlp}) a CRF reading of a street name as a person does not cut a
   * whole address apart; above the default threshold.
   */
  static final double SCORE = 0.75;

  private final CRFClassifier<CoreLabel> classifier;

  CoreNlpDetector(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);
  }

  @Override
  public List<Span> detect(NormalizedText text, Language language) {
    List<Span> out = new ArrayList<>();
    for (Tokens chunk : LatinTokenizer.chunks(text.text())) {
      List<CoreLabel> sentence = new ArrayList<>(chunk.size());
      List<Integer> index = new ArrayList<>(chunk.size());
      for (int i = 0; i < chunk.size(); i++) {
        if (chunk.word(i).equals(Tokens.NEWLINE)) {
          continue;
        }
        CoreLabel l = new CoreLabel();
        l.setWord(chunk.word(i));
        l.setValue(chunk.word(i));
        l.setOriginalText(chunk.word(i));
        sentence.add(l);
        index.add(i);
      }
      if (sentence.isEmpty()) {
        continue;
      }
      List<CoreLabel> tagged = classifier.classifySentence(sentence);
      EntityType open = null;
      int start = 0;
      int end = 0;
      for (int k = 0; k <= tagged.size(); k++) {
        EntityType t = k < tagged.size()
            ? type(tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class)) : null;
        if (open != null && t != open) {
          out.add(new Span(open, start, end, SCORE, NAME, Explanation.of("corenlp:crf3", SCORE)));
          open = null;
        }
        if (t != null) {
          int i = index.get(k);
          if (open == null) {
            open = t;
            start = chunk.start(i);
          }
          end = chunk.end(i);
        }
      }
    }
    return out;
  }

  private static EntityType type(String answer) {
    if (answer == null) {
      return null;
    }
    return switch (answer) {
      case "PERSON" -> EntityType.PERSON;
      case "LOCATION" -> EntityType.LOCATION;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }
}
