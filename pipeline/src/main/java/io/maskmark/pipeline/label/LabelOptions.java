package io.maskmark.pipeline.label;

import io.maskmark.label.LabelingConfig;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Command-line options for labelling generated content, shared by {@code serve} and {@code proxy}.
 * They map onto the label library's {@code maskmark.label.*} properties (the pipeline's
 * {@code label.*} settings).
 */
public final class LabelOptions {

  @Option(names = "--service-code", paramLabel = "CODE",
      defaultValue = "${env:MASKMARK_LABEL_SERVICE_CODE}",
      description = "Our provider code, written as ContentProducer/ContentPropagator in the "
          + "GB 45438 Annex E label (printable ASCII, no spaces). Default: "
          + "$MASKMARK_LABEL_SERVICE_CODE. Required.")
  String serviceCode;

  @Option(names = "--label-role", paramLabel = "ROLE", defaultValue = "generation",
      description = "generation (we generate the content) or propagation (we pass it on). "
          + "Default: ${DEFAULT-VALUE}.")
  String role;

  @Option(names = "--label-position", paramLabel = "WHERE", defaultValue = "start",
      description = "Where the explicit label goes: start, end or both. Default: ${DEFAULT-VALUE}.")
  String position;

  @Option(names = "--label-language", paramLabel = "LANG", defaultValue = "auto",
      description = "Wording language: auto (by the text's script), zh or en. "
          + "Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--label-wording-zh", paramLabel = "TEXT",
      description = "Chinese explicit label (must name AI and generation). Default: 本内容由人工智能生成.")
  String wordingZh;

  @Option(names = "--label-wording-en", paramLabel = "TEXT",
      description = "English explicit label (must name AI and generation). "
          + "Default: AI-generated content.")
  String wordingEn;

  @Option(names = "--no-explicit-label",
      description = "Do not add the visible label (the implicit label is always written).")
  boolean noExplicit;

  @Option(names = "--label-signing-key", paramLabel = "FILE",
      description = "SM2 private key (PKCS#8 PEM): sign labels with SM3withSM2.")
  Path signingKey;

  /** The label configuration; a clear error when the service code is missing or invalid. */
  public LabelingConfig config() {
    if (serviceCode == null || serviceCode.isBlank()) {
      throw new IllegalArgumentException("--service-code (or $MASKMARK_LABEL_SERVICE_CODE) is "
          + "required: the code written as ContentProducer in AIGC labels (GB 45438-2025 Annex E)");
    }
    Properties p = new Properties();
    String prefix = LabelingConfig.PREFIX;
    p.setProperty(prefix + "service-code", serviceCode.strip());
    p.setProperty(prefix + "role", role);
    p.setProperty(prefix + "explicit.enabled", Boolean.toString(!noExplicit));
    p.setProperty(prefix + "explicit.position", position);
    p.setProperty(prefix + "explicit.language", language);
    if (wordingZh != null) {
      p.setProperty(prefix + "explicit.wording.zh", wordingZh);
    }
    if (wordingEn != null) {
      p.setProperty(prefix + "explicit.wording.en", wordingEn);
    }
    if (signingKey != null) {
      p.setProperty(prefix + "signing-key-file", signingKey.toString());
    }
    try {
      return LabelingConfig.fromProperties(p);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("label options: " + e.getMessage());
    }
  }
}
