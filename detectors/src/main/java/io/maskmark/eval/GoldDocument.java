package io.maskmark.eval;

import java.util.List;

/** One evaluation text with its labelled spans. */
public record GoldDocument(String id, String text, List<GoldSpan> spans) {

  public GoldDocument {
    spans = List.copyOf(spans);
  }
}
