package io.maskmark.pipeline.topology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.record.Json;
import org.apache.kafka.common.header.Headers;

/**
 * Marks generated records as awaiting labels without labelling them: the place of the label
 * stage in the topology, until the AIGC label library is wired in.
 */
public final class PassThroughLabeler implements Labeler {

  @Override
  public Labels label(String redactedText, InputRecord input, Headers headers) {
    ObjectNode aigc = Json.MAPPER.createObjectNode();
    aigc.put("status", "not-labelled");
    return new Labels(redactedText, 0, null, aigc, null);
  }

  @Override
  public Labels inspect(String redactedText, InputRecord input, Headers headers) {
    return Labels.none(redactedText);
  }
}
