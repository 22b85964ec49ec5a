package io.maskmark.pipeline.topology;

import java.util.List;

/** Topic names of the pipeline. */
public record Topics(String raw, String generated, String redacted, String dlq) {

  public static final Topics DEFAULT =
      new Topics("maskmark.raw", "maskmark.generated", "maskmark.redacted", "maskmark.dlq");

  public List<String> all() {
    return List.of(raw, generated, redacted, dlq);
  }
}
