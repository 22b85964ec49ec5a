package io.maskmark.eval;

/** A labelled span of a gold document: UTF-16 offsets, end exclusive, gold type name as given. */
public record GoldSpan(String type, int start, int end) {
}
