package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void bmpTextHasIdenticalOffsets() {
    CodePoints cp = CodePoints.of("张三 abc");
    assertEquals(3, cp.toCodePoint(3));
    assertEquals(6, cp.length());
  }

  @Test
  void supplementaryCharactersCountOnceAndConvertBothWays() {
    String s = "𠀀a😀张"; // U+20000 (2 units), a, emoji (2 units), 张
    CodePoints cp = CodePoints.of(s);
    assertEquals(4, cp.length());
    assertEquals(1, cp.toCodePoint(2)); // 'a'
    assertEquals(3, cp.toCodePoint(5)); // 张
    for (int i = 0; i <= cp.length(); i++) {
      assertEquals(i, cp.toCodePoint(cp.toUtf16(i)));
    }
    assertThrows(IndexOutOfBoundsException.class, () -> cp.toUtf16(5));
  }
}
