package io.maskmark.pipeline.cli;

import io.maskmark.label.LabelingConfig;
import io.maskmark.label.LabelingException;
import io.maskmark.label.Role;
import io.maskmark.label.file.FileInspector;
import io.maskmark.label.file.FileLabeler;
import io.maskmark.label.file.LabeledFile;
import io.maskmark.label.sign.LabelSigningKey;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maskmark label IN OUT}: writes the implicit AIGC label into a file. */
@Command(name = "label", mixinStandardHelpOptions = true,
    description = {"Write the GB 45438 implicit label (and the IPTC digital source type where the format "
        + "has XMP) into a file, where the TC260 guides place it; the result is read back and verified.",
        "Formats: PNG, JPEG, WebP, PDF, DOCX/XLSX/PPTX, MP3, WAV, MP4/M4A, FLAC, Ogg Vorbis, Markdown, HTML."})
final class LabelCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--producer", required = true, paramLabel = "CODE",
      description = "Our provider code, written as ContentProducer (printable ASCII, no spaces).")
  String producer;

  @Option(names = "--explicit", description = "Also insert the visible label (Markdown, HTML).")
  boolean explicit;

  @Option(names = "--propagator", description = "Act as a propagation platform: keep the producer's "
      + "label, write only the propagator fields.")
  boolean propagator;

  @Option(names = "--declared-generated", description = "The uploader declared the content AI-generated "
      + "(a propagator without an upstream label then writes Label \"2\").")
  boolean declaredGenerated;

  @Option(names = "--signing-key", paramLabel = "FILE",
      description = "SM2 private key (PKCS#8 PEM): sign the label (SM3withSM2) into ReservedCode1/2.")
  Path signingKey;

  @Parameters(index = "0", paramLabel = "IN")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT")
  Path out;

  @Override
  public Integer call() throws Exception {
    LabelingConfig.Builder b = LabelingConfig.builder(producer)
        .explicitLabel(explicit)
        .role(propagator ? Role.PROPAGATION_PLATFORM : Role.GENERATION_SERVICE);
    if (signingKey != null) {
      b.signingKey(LabelSigningKey.fromPkcs8Pem(Files.readString(signingKey, StandardCharsets.US_ASCII)));
    }
    FileLabeler labeler = FileLabeler.create(b.build());
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      byte[] content = Files.readAllBytes(in);
      LabeledFile result = labeler.label(content, in.getFileName().toString(), declaredGenerated);
      Files.write(out, result.content());
      var after = FileInspector.inspect(out);
      stdout.printf("%s: %s %s -> %s (%s)%n", out, result.type(), result.action(), after.verdict(),
          result.label().map(l -> l.toJson()).orElse("no label"));
      stdout.flush();
      return 0;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + in);
    } catch (LabelingException e) {
      spec.commandLine().getErr().println("maskmark label: " + in + ": " + e.getMessage());
      return Main.EXIT_DATA_ERROR;
    }
  }
}
