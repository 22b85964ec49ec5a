package io.maskmark.label.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: a YAML front matter mapping {@code AIGC:} with the seven sub-keys (TC260 document guide; the form
 * Chinese AI coding tools write). Other front matter keys are kept byte for byte: only the AIGC block is
 * replaced. Reads also a YAML AIGC block outside the front matter (reported as misplaced).
 */
final class MarkdownCarrier implements LabelCarrier {
    static final String CARRIER = "Markdown front matter AIGC";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(\uFEFF?---[ \\t]*\\r?\\n)(.*?)(^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z))",
            Pattern.DOTALL | Pattern.MULTILINE);
    /** The AIGC key at column 0 and its indented (or blank) continuation lines. */
    private static final Pattern AIGC_BLOCK = Pattern.compile("^AIGC[ \\t]*:.*(?:\\r?\\n|\\z)(?:(?:[ \\t]+.*|[ \\t]*)(?:\\r?\\n|\\z))*",
            Pattern.MULTILINE);
    /** Outside the front matter only a real mapping counts: {@code AIGC:} alone, then indented sub-keys. */
    private static final Pattern BODY_BLOCK = Pattern.compile("^AIGC[ \\t]*:[ \\t]*\\r?\\n(?:[ \\t]+\\S.*(?:\\r?\\n|\\z))+",
            Pattern.MULTILINE);
    private static final Pattern LABEL_SUBKEY = Pattern.compile("^[ \\t]+Label[ \\t]*:", Pattern.MULTILINE);

    @Override
    public FileType type() {
        return FileType.MARKDOWN;
    }

    @Override
    public List<FoundLabel> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<FoundLabel> found = new ArrayList<>();
        Matcher fm = FRONT_MATTER.matcher(text);
        int bodyStart = 0;
        if (fm.find()) {
            bodyStart = fm.end();
            String yaml = fm.group(2);
            if (AIGC_BLOCK.matcher(yaml).find()) {
                found.add(readYaml(yaml, CARRIER, true));
            }
        }
        Matcher stray = BODY_BLOCK.matcher(text);
        stray.region(bodyStart, text.length());
        while (stray.find()) {
            if (!LABEL_SUBKEY.matcher(stray.group()).find()) {
                continue;
            }
            found.add(readYaml(stray.group(), "Markdown body YAML AIGC block", false)
                    .withViolation("the label is outside the YAML front matter, where the TC260 document guide puts it"));
        }
        return found;
    }

    @Override
    public java.util.Optional<String> visibleText(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher fm = FRONT_MATTER.matcher(text);
        return java.util.Optional.of(fm.find() ? text.substring(fm.end()) : text);
    }

    private static FoundLabel readYaml(String yaml, String carrier, boolean whole) {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.has(AnnexE.KEY)) {
                return LabelParser.parseNode(null, carrier, true);
            }
            return LabelParser.parseNode(root.get(AnnexE.KEY), carrier, true);
        } catch (IOException e) {
            String why = e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? "has a key twice" : "is not valid YAML";
            return LabelParser.parseNode(null, carrier, true).withNote((whole ? "the front matter " : "the block ")
                    + why);
        }
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) {
        String text = new String(content, StandardCharsets.UTF_8);
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String block = block(label, nl);
        Matcher fm = FRONT_MATTER.matcher(text);
        String head;
        String body;
        if (fm.find()) {
            String yaml = AIGC_BLOCK.matcher(fm.group(2)).replaceAll("");
            if (!yaml.isEmpty() && !yaml.endsWith("\n")) {
                yaml += nl;
            }
            head = fm.group(1) + yaml + block + fm.group(3);
            if (!fm.group(3).endsWith("\n")) {
                head += nl;
            }
            body = text.substring(fm.end());
        } else {
            head = "---" + nl + block + "---" + nl;
            body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        body = BODY_BLOCK.matcher(body).replaceAll(m -> LABEL_SUBKEY.matcher(m.group()).find() ? ""
                : Matcher.quoteReplacement(m.group()));
        if (options.explicitWording().isPresent()) {
            body = TextExplicitLabel.apply(body, options.explicitWording().get(), options.position(), nl);
        }
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String block(AigcLabel label, String nl) {
        StringBuilder b = new StringBuilder(AnnexE.KEY).append(':').append(nl);
        for (String field : AnnexE.FIELDS) {
            b.append("    ").append(field).append(": ").append(quote(label.value(field))).append(nl);
        }
        return b.toString();
    }

    /** A YAML double-quoted scalar, so every value stays a string ("1", not 1). */
    static String quote(String v) {
        StringBuilder b = new StringBuilder("\"");
        v.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F) {
                b.append(String.format("\\x%02X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append('"').toString();
    }
}
