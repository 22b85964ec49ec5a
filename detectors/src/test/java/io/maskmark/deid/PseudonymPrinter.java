package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Run in a separate JVM by {@link CrossJvmTest}: de-identifies the same generated documents with
 * a key file and prints one line per (policy, document): {@code policy<TAB>base64(text)}.
 */
public final class PseudonymPrinter {

  static final List<String> POLICIES =
      List.of("pipl-deidentify", "gdpr-pseudonymise", "training-data", "anonymise");

  public static void main(String[] args) {
    KeyRing keys = KeyRing.load(Path.of(args[0]));
    long seed = Long.parseLong(args[1]);
    for (String line : lines(keys, seed)) {
      System.out.println(line);
    }
  }

  static List<String> lines(KeyRing keys, long seed) {
    List<String> out = new ArrayList<>();
    Deidentifier deid = new Deidentifier();
    for (String name : POLICIES) {
      Policy p = Policies.load(name, keys);
      for (Planted.Doc doc : documents(seed)) {
        String text = deid.deidentify(doc.analysis(), p).text();
        out.add(name + "\t" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  static List<Planted.Doc> documents(long seed) {
    Random r = new Random(seed);
    List<Planted.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      docs.add(Planted.document(r, i % 2 == 0 ? Language.ZH : Language.EN, Planted.TYPES));
    }
    return docs;
  }
}
