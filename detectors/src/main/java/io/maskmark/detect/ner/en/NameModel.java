package io.maskmark.detect.ner.en;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained OpenNLP maximum-entropy name finder ({@code en-ner.bin}, built by
 * {@code train.ModelTrainer}), loaded once per process, and its decoder.
 *
 * <p>Outcomes are {@code O}, {@code B-type} and {@code I-type} for the types person, location,
 * address and organization. Decoding is greedy, left to right, with one rule that matters for
 * recall: a token is tagged when the probability mass of all entity outcomes together passes
 * {@link #ENTITY_MASS}, even if {@code O} is the single most likely outcome (an unknown name in an
 * unusual context spreads its mass over the four types), and gets the type with the most mass.
 * In mixed-case text a lower-case word only continues a name (as a particle) or an address.
 *
 * <p>Thread-safe: the maxent model is read-only and decoding keeps its state on the stack.
 */
public final class NameModel {

  static final String RESOURCE = Lexicon.RESOURCE_DIR + "en-ner.bin";
  public static final String OUTSIDE = "O";
  public static final List<String> TYPES = List.of("person", "location", "address", "organization");
  /** Entity mass above which a token is tagged (F2 weighs recall over precision). */
  static final double ENTITY_MASS = 0.3;
  private static final int ADDRESS = TYPES.indexOf("address");

  /** A tagged token span [start, end) of a chunk, with the mean entity probability of its tokens. */
  public record TokenSpan(int start, int end, String type, double prob) {
  }

  private final MaxentModel model;
  private final Lexicon lexicon;
  private final int[] begin = new int[TYPES.size()];
  private final int[] inside = new int[TYPES.size()];

  public NameModel(MaxentModel model, Lexicon lexicon) {
    this.model = model;
    this.lexicon = lexicon;
    index(OUTSIDE); // fails on a model of another format
    for (int t = 0; t < TYPES.size(); t++) {
      begin[t] = index("B-" + TYPES.get(t));
      inside[t] = index("I-" + TYPES.get(t));
    }
  }

  private int index(String outcome) {
    int i = model.getIndex(outcome);
    if (i < 0) {
      throw new IllegalStateException("en-ner model lacks outcome " + outcome);
    }
    return i;
  }

  private static final class Holder {
    static final NameModel INSTANCE = new NameModel(load(), Lexicon.get());
  }

  static NameModel get() {
    return Holder.INSTANCE;
  }

  private static MaxentModel load() {
    try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("en-ner model " + RESOURCE + " is missing: it is "
            + "trained by the detectors build (mvn -pl detectors package)");
      }
      DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
      return new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the en-ner model", e);
    }
  }

  /** Entity spans of one chunk. */
  public List<TokenSpan> tag(String[] tokens) {
    ChunkFeatures features = new ChunkFeatures(tokens, lexicon);
    List<TokenSpan> out = new ArrayList<>();
    String prev = OUTSIDE;
    String prev2 = OUTSIDE;
    int openType = -1;
    int openStart = -1;
    double probSum = 0;
    double[] p = new double[model.getNumOutcomes()];
    boolean mixedCase = !TitleRule.oneCase(tokens);
    for (int i = 0; i < tokens.length; i++) {
      model.eval(features.context(i, prev, prev2), p);
      // in mixed-case text a word in lower case is no proper name, except a particle inside one
      // (van, de) or a word inside an address (rue de la Paix)
      boolean common = mixedCase && Character.isLowerCase(tokens[i].charAt(0));
      boolean particle = common && TitleRule.PARTICLES.contains(tokens[i]);
      int type = -1;
      boolean cont = false;
      double best = 0;
      double mass = 0;
      for (int t = 0; t < TYPES.size(); t++) {
        if (!common || (particle || t == ADDRESS) && t == openType) {
          double m = p[begin[t]] + p[inside[t]];
          mass += m;
          if (m > best) {
            best = m;
            type = t;
          }
        }
      }
      if (mass < ENTITY_MASS) {
        type = -1;
      } else {
        cont = type == openType && (p[inside[type]] >= p[begin[type]] || common);
      }
      if (openType >= 0 && !cont) {
        out.add(new TokenSpan(openStart, i, TYPES.get(openType), probSum / (i - openStart)));
        openType = -1;
      }
      prev2 = prev;
      if (type < 0) {
        prev = OUTSIDE;
        continue;
      }
      if (!cont) {
        openType = type;
        openStart = i;
        probSum = 0;
      }
      probSum += mass;
      prev = (cont ? "I-" : "B-") + TYPES.get(type);
    }
    if (openType >= 0) {
      out.add(new TokenSpan(openStart, tokens.length, TYPES.get(openType),
          probSum / (tokens.length - openStart)));
    }
    return out;
  }
}
