package io.maskmark.pipeline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void comparisonLeavesTheWatchedSide() {
    assertEquals(List.of("sum by (job) (rate(x_total[5m]))"),
        PromQl.watchedOperands("sum by (job) (rate(x_total[5m])) > 0"));
  }

  @Test
  void setOperatorsSplitIntoEveryWatchedSeries() {
    assertEquals(List.of("sum(lag{client_id=~\"a>b\"})", "deriv(sum(lag)[15m:1m])"),
        PromQl.watchedOperands("(sum(lag{client_id=~\"a>b\"}) > 1000)\nand\n(deriv(sum(lag)[15m:1m]) > 0)"));
  }

  @Test
  void wordsContainingOperatorNamesAreNotOperators() {
    assertEquals(List.of("max by (job, instance) (maskmark_streams_state{state=\"RUNNING\"})"),
        PromQl.watchedOperands("max by (job, instance) (maskmark_streams_state{state=\"RUNNING\"}) < 1"));
    assertEquals(List.of("random_order_total"), PromQl.watchedOperands("random_order_total"));
  }

  @Test
  void boolModifierAndScalarsAreDropped() {
    assertEquals(List.of("up"), PromQl.watchedOperands("up == bool 1"));
  }
}
