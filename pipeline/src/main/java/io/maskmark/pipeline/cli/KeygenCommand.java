package io.maskmark.pipeline.cli;

import io.maskmark.deid.keys.KeyRing;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maskmark keygen}: a new key ring file, owner-only, never overwritten. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
    description = {"Write a new key ring for the keyed operators (hash, encrypt, keyed surrogates).",
        "Each key is an AES-256-SIV key and an HMAC-SHA256 key (Google Tink keysets) under a key id. "
            + "The file is created readable by its owner only (mode 600) and never overwritten.",
        "Keep it apart from de-identified output: whoever holds it can re-identify tokens and "
            + "recompute pseudonyms."})
final class KeygenCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The new key file.")
  Path out;

  @Option(names = "--from", paramLabel = "FILE",
      description = "Rotate: the new ring holds a fresh primary key plus every key of FILE, so "
          + "output made with FILE can still be re-identified (new output uses the new key).")
  Path from;

  @Override
  public Integer call() {
    KeyRing ring = from == null ? KeyRing.generate() : KeyRing.load(from).rotate();
    ring.writeNew(out);
    spec.commandLine().getOut().println("wrote " + out + ": primary key " + ring.primaryId()
        + (ring.ids().size() > 1 ? ", older keys " + String.join(", ", ring.ids().subList(1, ring.ids().size())) : "")
        + " (mode 600; keep it apart from the output)");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
