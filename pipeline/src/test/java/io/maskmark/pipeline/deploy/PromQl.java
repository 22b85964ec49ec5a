package io.maskmark.pipeline.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a PromQL expression into the operands of its top-level comparison and set operators
 * ({@code == != > < >= <= and or unless}), recursively. For an alert such as
 * {@code (lag > 1000) and (deriv(lag[15m:1m]) > 0)} the operands are {@code lag},
 * {@code deriv(lag[15m:1m])} (numbers are dropped): the series the alert watches. An alert query
 * returns nothing while it does not fire; its operands must return data whenever the pipeline
 * runs, or the alert watches a misspelt or missing metric and can never fire.
 */
public final class PromQl {

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final String[] COMPARISONS = {"==", "!=", ">=", "<=", ">", "<"};
  private static final String[] SET_OPERATORS = {"and", "or", "unless"};

  private PromQl() {
  }

  public static List<String> watchedOperands(String expr) {
    List<String> out = new ArrayList<>();
    collect(expr.trim(), out);
    return out;
  }

  private static void collect(String expr, List<String> out) {
    String e = stripParens(expr.trim());
    List<String> parts = splitTopLevel(e);
    if (parts.size() == 1) {
      if (!NUMBER.matcher(e).matches()) {
        out.add(e);
      }
      return;
    }
    for (String p : parts) {
      collect(p, out);
    }
  }

  /** Removes parentheses that enclose the whole expression. */
  private static String stripParens(String e) {
    while (e.startsWith("(") && e.endsWith(")") && closingOf(e, 0) == e.length() - 1) {
      e = e.substring(1, e.length() - 1).trim();
    }
    return e;
  }

  private static int closingOf(String e, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '"' && (i == 0 || e.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Splits at top-level comparison and set operators; {@code bool} after one is dropped. */
  private static List<String> splitTopLevel(String e) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    int i = 0;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '"' && (i == 0 || e.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
        depth--;
      } else if (!quoted && depth == 0) {
        int len = operatorAt(e, i);
        if (len > 0) {
          parts.add(e.substring(start, i).trim());
          i += len;
          String rest = e.substring(i).stripLeading();
          if (rest.startsWith("bool ")) {
            i = e.length() - rest.length() + 4;
          }
          if (rest.startsWith("on") || rest.startsWith("ignoring") || rest.startsWith("group_")) {
            throw new IllegalArgumentException("vector matching after an operator is not supported "
                + "by this test helper: " + e);
          }
          start = i;
          continue;
        }
      }
      i++;
    }
    parts.add(e.substring(start).trim());
    return parts;
  }

  private static int operatorAt(String e, int i) {
    for (String op : COMPARISONS) {
      if (e.startsWith(op, i)) {
        return op.length();
      }
    }
    for (String op : SET_OPERATORS) {
      if (e.startsWith(op, i) && boundary(e, i - 1) && boundary(e, i + op.length())) {
        return op.length();
      }
    }
    return 0;
  }

  private static boolean boundary(String e, int i) {
    return i < 0 || i >= e.length() || !(Character.isLetterOrDigit(e.charAt(i)) || e.charAt(i) == '_');
  }
}
