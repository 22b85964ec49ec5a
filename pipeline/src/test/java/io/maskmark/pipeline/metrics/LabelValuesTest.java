package io.maskmark.pipeline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelValuesTest {

  @Test
  void identifiersPassAndFreeTextDoesNot() {
    LabelValues v = new LabelValues(10);
    assertEquals("structured", v.of("detector", "structured"));
    assertEquals("hanlp:ns", v.of("detector", "hanlp:ns"));
    assertEquals("other", v.of("detector", "张三"));
    assertEquals("other", v.of("detector", "two words"));
    assertEquals("other", v.of("detector", "x".repeat(65)));
    assertEquals("none", v.of("detector", null));
    assertEquals("none", v.of("detector", ""));
  }

  @Test
  void eachLabelTakesABoundedNumberOfValues() {
    LabelValues v = new LabelValues(3);
    assertEquals("a", v.of("k", "a"));
    assertEquals("b", v.of("k", "b"));
    assertEquals("c", v.of("k", "c"));
    assertEquals("other", v.of("k", "d"));
    assertEquals("a", v.of("k", "a"), "values seen before keep their name");
    assertEquals("d", v.of("other-label", "d"), "the bound is per label");
  }

  @Test
  void mimeTypesMapToAFixedSet() {
    assertEquals("application/pdf", MimeTypes.label("application/pdf"));
    assertEquals("docx", MimeTypes.label(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    assertEquals("image/png", MimeTypes.label(" IMAGE/PNG ; foo=bar"));
    assertEquals("audio/wav", MimeTypes.label("audio/x-wav"));
    assertEquals("other", MimeTypes.label("application/x-customer-13912345678"));
    assertEquals("none", MimeTypes.label(null));
  }
}
