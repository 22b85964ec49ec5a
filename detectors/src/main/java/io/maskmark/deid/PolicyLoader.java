package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.EntityType;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates a policy file. Every error names the file, line and field. The YAML is
 * composed into nodes (not bound to classes) so each value keeps its line number.
 *
 * <pre>
 * name: pipl-deidentify          # required
 * version: "1"                   # required
 * mode: pseudonymised            # required: pseudonymised | anonymised
 * description: ...               # optional
 * default: {operator: replace}   # optional (replace); applies to personal types without a rule
 * rules:
 *   PHONE: {operator: mask, keep_last: 4}
 *   PERSON:
 *     operator: hash             # any language ...
 *     zh: {operator: mask}       # ... except Chinese text
 *   ORGANIZATION: {operator: keep}
 * </pre>
 */
final class PolicyLoader {

  private static final List<String> TOP_LEVEL =
      List.of("name", "version", "mode", "description", "default", "rules");
  private static final Set<String> LANGUAGES = Set.of("en", "zh");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String source;
  private final KeyRing keys;
  private Mode mode;

  private PolicyLoader(String source, KeyRing keys) {
    this.source = source;
    this.keys = keys;
  }

  static Policy load(byte[] bytes, String source, KeyRing keys) {
    return new PolicyLoader(source, keys).load(bytes);
  }

  private Policy load(byte[] bytes) {
    Map<String, NodeTuple> top = fields(compose(decode(bytes)), "", TOP_LEVEL);
    String name = requiredScalar(top, "name");
    if (!NAME.matcher(name).matches()) {
      throw at(top.get("name"), "name", "use letters, digits, '.', '_' and '-' (at most 64)");
    }
    String version = requiredScalar(top, "version");
    mode = Mode.parse(requiredScalar(top, "mode"));
    if (mode == null) {
      throw at(top.get("mode"), "mode", "expected pseudonymised or anonymised");
    }
    if (top.containsKey("description")) {
      scalar(source, "description", top.get("description").getValueNode());
    }
    Policy.Rule defaultRule = top.containsKey("default")
        ? rule(top.get("default").getValueNode(), "default", null)
        : new Policy.Rule(new ReplaceOperator(false, null), null, null);
    if (defaultRule.any() == null && (defaultRule.en() == null || defaultRule.zh() == null)) {
      throw at(top.get("default"), "default", "needs an \"operator\" for every language");
    }
    Map<EntityType, Policy.Rule> rules = new EnumMap<>(EntityType.class);
    if (top.containsKey("rules")) {
      Node rulesNode = top.get("rules").getValueNode();
      for (NodeTuple t : mapping(rulesNode, "rules").getValue()) {
        String typeName = scalar(source, "rules", t.getKeyNode());
        EntityType type;
        try {
          type = EntityType.parse(typeName);
        } catch (IllegalArgumentException e) {
          throw new PolicyException(source, line(t.getKeyNode()), "rules." + typeName, e.getMessage());
        }
        if (rules.put(type, rule(t.getValueNode(), "rules." + type.name(), type)) != null) {
          throw new PolicyException(source, line(t.getKeyNode()), "rules." + type.name(), "duplicate rule");
        }
      }
    }
    boolean keyed = defaultRule.keyed() || rules.values().stream().anyMatch(Policy.Rule::keyed);
    return new Policy(name, version, sha256(bytes), mode, keyed ? keys.primaryId() : null,
        defaultRule, rules);
  }

  private String decode(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new PolicyException(source, 0, "", "not valid UTF-8");
    }
  }

  private Node compose(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(1 << 20);
    try {
      Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
      if (root == null) {
        throw new PolicyException(source, 0, "", "empty policy (expected name, version, mode and rules)");
      }
      return root;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new PolicyException(source, line, "", "invalid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new PolicyException(source, 0, "", "invalid YAML");
    }
  }

  private Policy.Rule rule(Node node, String path, EntityType type) {
    MappingNode m = mapping(node, path);
    Map<String, NodeTuple> f = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      f.put(scalar(source, path, t.getKeyNode()), t);
    }
    Operator any = f.containsKey("operator") ? operator(new Params(source, path, m, type, LANGUAGES)) : null;
    Operator en = f.containsKey("en") ? languageOperator(f.get("en"), path + ".en", type) : null;
    Operator zh = f.containsKey("zh") ? languageOperator(f.get("zh"), path + ".zh", type) : null;
    if (any == null && en == null && zh == null) {
      throw new PolicyException(source, line(node), path,
          "missing \"operator\" (or per-language \"en\" / \"zh\" entries)");
    }
    if (any == null) {
      for (String k : f.keySet()) {
        if (!LANGUAGES.contains(k)) {
          throw new PolicyException(source, line(f.get(k).getKeyNode()), path + "." + k,
              "parameters need an \"operator\" next to them");
        }
      }
    }
    return new Policy.Rule(any, en, zh);
  }

  private Operator languageOperator(NodeTuple t, String path, EntityType type) {
    return operator(new Params(source, path, mapping(t.getValueNode(), path), type, Set.of()));
  }

  private Operator operator(Params p) {
    if (mode == Mode.ANONYMISED) {
      String why = switch (p.operator()) {
        case "hash", "encrypt" -> "operator '" + p.operator() + "' is keyed (whoever holds the key "
            + "can link or reverse its output)";
        case "surrogate" -> p.bool("random", false) ? null
            : "keyed surrogates are stable pseudonyms (use random: true)";
        case "mask" -> "mask keeps part of the value";
        case "keep" -> p.type() == null || p.type().personal() ? "keep leaves personal data in place" : null;
        default -> null;
      };
      if (why != null) {
        throw p.error("operator", why + "; a policy with mode anonymised may only use redact, "
            + "replace, generalize and surrogate with random: true");
      }
    }
    return Operators.create(p, keys);
  }

  // ---- node helpers

  private Map<String, NodeTuple> fields(Node node, String path, List<String> allowed) {
    MappingNode m = mapping(node, path.isEmpty() ? "policy" : path);
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String k = scalar(source, path, t.getKeyNode());
      if (!allowed.contains(k)) {
        throw new PolicyException(source, line(t.getKeyNode()), k,
            "unknown field (expected: " + String.join(", ", allowed) + ")");
      }
      if (out.put(k, t) != null) {
        throw new PolicyException(source, line(t.getKeyNode()), k, "duplicate field");
      }
    }
    return out;
  }

  private String requiredScalar(Map<String, NodeTuple> top, String key) {
    NodeTuple t = top.get(key);
    if (t == null) {
      throw new PolicyException(source, 1, key, "missing (required)");
    }
    String s = scalar(source, key, t.getValueNode());
    if (s.isBlank()) {
      throw at(t, key, "must not be empty");
    }
    return s.strip();
  }

  private MappingNode mapping(Node node, String path) {
    if (node instanceof MappingNode m) {
      return m;
    }
    throw new PolicyException(source, line(node), path, "expected a mapping (key: value entries)");
  }

  static String scalar(String source, String path, Node node) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw new PolicyException(source, line(node), path, "expected a single value");
  }

  private PolicyException at(NodeTuple t, String field, String problem) {
    return new PolicyException(source, t == null ? 0 : line(t.getValueNode()), field, problem);
  }

  private static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
