package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One operator's entry in a policy ({@code {operator: mask, keep_last: 4}}) with the location of
 * every field, so a bad parameter is reported by file, line and field. Operators read what they
 * accept; {@link #done()} rejects whatever else is there (typos must not pass silently).
 */
final class Params {

  private final String source;
  private final String path;
  private final int line;
  private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
  private final Set<String> accepted = new TreeSet<>();
  private final EntityType type;
  private final String operator;

  /** @param ignored fields of the mapping that are not parameters (e.g. language overrides) */
  Params(String source, String path, MappingNode node, EntityType type, Set<String> ignored) {
    this.source = source;
    this.path = path;
    this.line = node.getStartMark().getLine() + 1;
    this.type = type;
    for (NodeTuple t : node.getValue()) {
      String key = PolicyLoader.scalar(source, path, t.getKeyNode());
      if (!ignored.contains(key) && fields.put(key, t) != null) {
        throw new PolicyException(source, lineOf(t.getKeyNode()), path + "." + key, "duplicate field");
      }
    }
    NodeTuple op = fields.remove("operator");
    if (op == null) {
      throw new PolicyException(source, line, path, "missing \"operator\"");
    }
    this.operator = PolicyLoader.scalar(source, path + ".operator", op.getValueNode());
  }

  String operator() {
    return operator;
  }

  /** The entity type the rule is for, or null for the policy's default rule. */
  EntityType type() {
    return type;
  }

  String path() {
    return path;
  }

  int integer(String key, int def, int min, int max) {
    String s = scalar(key);
    if (s == null) {
      return def;
    }
    try {
      int v = Integer.parseInt(s.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(key, "expected an integer from " + min + " to " + max);
  }

  /** An optional integer: null when absent. */
  Integer optionalInteger(String key, int min, int max) {
    accepted.add(key);
    return fields.containsKey(key) ? integer(key, 0, min, max) : null;
  }

  boolean bool(String key, boolean def) {
    String s = scalar(key);
    if (s == null) {
      return def;
    }
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(key, "expected true or false");
    };
  }

  String string(String key, String def) {
    String s = scalar(key);
    return s == null ? def : s;
  }

  String choice(String key, String def, String... allowed) {
    String s = scalar(key);
    if (s == null) {
      return def;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(s.trim())) {
        return a;
      }
    }
    throw error(key, "expected one of " + String.join(", ", allowed));
  }

  private String scalar(String key) {
    accepted.add(key);
    NodeTuple t = fields.get(key);
    if (t == null) {
      return null;
    }
    if (!(t.getValueNode() instanceof ScalarNode s)) {
      throw error(key, "expected a single value");
    }
    return s.getValue();
  }

  /** Rejects parameters the operator did not read. */
  void done() {
    for (var e : fields.entrySet()) {
      if (!accepted.contains(e.getKey())) {
        throw new PolicyException(source, lineOf(e.getValue().getKeyNode()), path + "." + e.getKey(),
            "unknown parameter for operator '" + operator + "'"
                + (accepted.isEmpty() ? " (it takes none)" : " (accepted: " + String.join(", ", accepted) + ")"));
      }
    }
  }

  /** An error about a parameter (at its line when present, else at the operator's entry). */
  PolicyException error(String key, String problem) {
    NodeTuple t = fields.get(key);
    int at = t == null ? line : lineOf(t.getKeyNode());
    return new PolicyException(source, at, path + "." + key, problem);
  }

  private static int lineOf(Node n) {
    return n.getStartMark().getLine() + 1;
  }
}
