package io.maskmark.pipeline.topology;

import io.maskmark.deid.DeidResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.detect.Analysis;
import io.maskmark.pipeline.document.ExtractedDocument;
import io.maskmark.pipeline.record.InputRecord;

/**
 * One record on its way through the topology. Stages fill in their part; a failure stops the
 * remaining stages and routes the record to the dead-letter topic with its original bytes.
 * Processors hand the same instance to the next one synchronously, so it is never serialised.
 */
public final class Work {

  final Source source;
  final String topic;
  final int partition;
  final long offset;
  final byte[] originalValue;
  final long startNanos = System.nanoTime();

  InputRecord input;
  /** The extracted document, for records that carried binary content. */
  ExtractedDocument document;
  /** Its de-identified metadata subset. */
  ObjectNode metadata;
  Analysis analysis;
  DeidResult deid;
  Labels labels;
  /** A generated file's own bytes, kept to be labelled (raw documents drop them after extraction). */
  byte[] generatedFile;
  /** For a generated file: the labelled file, or why it stays behind (rendered as {@code file}). */
  ObjectNode file;
  boolean fileLabelled;
  byte[] output;
  Failure failure;

  Work(Source source, String topic, int partition, long offset, byte[] originalValue) {
    this.source = source;
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
    this.originalValue = originalValue;
  }

  public boolean failed() {
    return failure != null;
  }

  /** Why a record was sent to the DLQ; {@code message} is a fixed phrase, never input text. */
  record Failure(Stage stage, String errorClass, String message) {
  }

  @Override
  public String toString() {
    return "Work[" + topic + "-" + partition + "@" + offset + "]"; // never the content
  }
}
