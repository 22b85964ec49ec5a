package io.maskmark.detect.ner.en.train;

import io.maskmark.detect.ner.en.ChunkFeatures;
import io.maskmark.detect.ner.en.Lexicon;
import io.maskmark.detect.ner.en.NameModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Builds {@code lexicon.tsv} and the OpenNLP maximum-entropy name finder {@code en-ner.bin} at
 * build time (the detectors pom runs it after compilation, into {@code target/classes}), so the
 * project ships no model it did not make itself. Deterministic: a fixed seed, one training thread.
 *
 * <p>Skips the work when the inputs (this engine's classes, lists and templates) have not changed
 * since the last run, so an incremental build does not retrain.
 *
 * <pre>java -cp ... io.maskmark.detect.ner.en.train.ModelTrainer OUTPUT_DIR CLASSES_DIR</pre>
 */
public final class ModelTrainer {

  /** Texts generated for training. */
  static final int TEXTS = 60000;
  static final long SEED = 20240611L;
  static final int ITERATIONS = 120;
  /** Share of entity tokens trained as unseen words, as unlisted words, and of other tokens unseen. */
  static final double HIDE_ENTITY_WORD = 0.4;
  static final double HIDE_ENTITY_LEXICON = 0.4;
  static final double HIDE_OTHER_WORD = 0.03;
  public static final String MODEL = "en-ner.bin";

  private ModelTrainer() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ModelTrainer OUTPUT_DIR CLASSES_DIR");
    }
    Path out = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    Files.createDirectories(out);
    String fingerprint = fingerprint(classes);
    Path stamp = out.resolve(MODEL + ".inputs");
    if (Files.exists(out.resolve(MODEL)) && Files.exists(stamp)
        && Files.readString(stamp).strip().equals(fingerprint)) {
      System.out.println("en-ner: model up to date");
      return;
    }
    long t0 = System.nanoTime();
    writeLexicon(out.resolve("lexicon.tsv"));
    AbstractModel model = (AbstractModel) train(TEXTS, SEED, Lexicon.get());
    try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out.resolve(MODEL))))) {
      new GenericModelWriter(model, new DataOutputStream(os)).persist();
    }
    Files.writeString(stamp, fingerprint + "\n");
    System.out.printf("en-ner: trained on %d generated texts in %.1f s%n", TEXTS,
        (System.nanoTime() - t0) / 1e9);
  }

  static void writeLexicon(Path file) throws IOException {
    Map<String, Set<Character>> classes = new LexiconBuilder().build();
    StringBuilder sb = new StringBuilder(classes.size() * 12);
    sb.append("# generated at build time from datafaker name and place lists (Apache-2.0)\n");
    classes.forEach((w, c) -> {
      sb.append(w).append('\t');
      c.forEach(sb::append);
      sb.append('\n');
    });
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** Trains on {@code texts} generated texts with the given lexicon. */
  public static MaxentModel train(int texts, long seed, Lexicon lexicon) throws IOException {
    CorpusGenerator gen = new CorpusGenerator(seed);
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < texts; i++) {
      samples.addAll(CorpusGenerator.samples(gen.next()));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, 2);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    return TrainerFactory.getEventTrainer(params, null).train(new Events(samples, lexicon));
  }

  /** The outcome of each token of a sample: O, B-type, I-type. */
  static String[] outcomes(NameSample s) {
    String[] o = new String[s.getSentence().length];
    java.util.Arrays.fill(o, NameModel.OUTSIDE);
    for (Span n : s.getNames()) {
      for (int k = n.getStart(); k < n.getEnd(); k++) {
        o[k] = (k == n.getStart() ? "B-" : "I-") + n.getType();
      }
    }
    return o;
  }

  /** Training events generated lazily from the samples (re-readable, as the indexer may need). */
  private static final class Events implements ObjectStream<Event> {
    private final List<NameSample> samples;
    private final Lexicon lexicon;
    private int sample;
    private int token;
    private ChunkFeatures features;
    private String[] outcomes;

    private java.util.Random rnd = new java.util.Random(SEED);

    Events(List<NameSample> samples, Lexicon lexicon) {
      this.samples = samples;
      this.lexicon = lexicon;
    }

    @Override
    public Event read() {
      while (features == null || token >= outcomes.length) {
        if (sample >= samples.size()) {
          return null;
        }
        NameSample s = samples.get(sample++);
        outcomes = outcomes(s);
        int n = outcomes.length;
        boolean[] hideWord = new boolean[n];
        boolean[] hideLexicon = new boolean[n];
        for (int k = 0; k < n; k++) {
          boolean entity = !outcomes[k].equals(NameModel.OUTSIDE);
          hideWord[k] = rnd.nextDouble() < (entity ? HIDE_ENTITY_WORD : HIDE_OTHER_WORD);
          hideLexicon[k] = entity && rnd.nextDouble() < HIDE_ENTITY_LEXICON;
        }
        features = new ChunkFeatures(s.getSentence(), lexicon, hideWord, hideLexicon);
        token = 0;
      }
      int i = token++;
      String prev = i > 0 ? outcomes[i - 1] : NameModel.OUTSIDE;
      String prev2 = i > 1 ? outcomes[i - 2] : NameModel.OUTSIDE;
      return new Event(outcomes[i], features.context(i, prev, prev2));
    }

    @Override
    public void reset() {
      rnd = new java.util.Random(SEED);
      sample = 0;
      token = 0;
      features = null;
    }
  }

  /** Classes whose code decides what the model learns; the decoder and rules are not among them. */
  private static final Set<String> INPUT_CLASSES = Set.of("ChunkFeatures", "LatinTokenizer",
      "Tokens", "Lexicon", "Holdout");

  private static boolean trainingInput(Path relative) {
    String name = relative.getFileName().toString();
    if (relative.startsWith("train") || name.endsWith(".txt")) {
      return true;
    }
    int dot = name.indexOf('.');
    int dollar = name.indexOf('$');
    String cls = name.substring(0, dollar > 0 ? dollar : Math.max(dot, 0));
    return name.endsWith(".class") && INPUT_CLASSES.contains(cls);
  }

  /** SHA-256 over the training inputs (classes, lists, templates), in a stable order. */
  static String fingerprint(Path classes) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      Path dir = classes.resolve("io/maskmark/detect/ner/en");
      List<Path> files;
      try (Stream<Path> s = Files.walk(dir)) {
        files = s.filter(Files::isRegularFile).filter(p -> trainingInput(dir.relativize(p)))
            .sorted().toList();
      }
      for (Path p : files) {
        md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(p)) {
          md.update(in.readAllBytes());
        }
      }
      md.update(("texts=" + TEXTS + ",seed=" + SEED + ",it=" + ITERATIONS + ",hide="
          + HIDE_ENTITY_WORD + "/" + HIDE_ENTITY_LEXICON + "/" + HIDE_OTHER_WORD)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
