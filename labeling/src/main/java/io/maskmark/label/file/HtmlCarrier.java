package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.HtmlEntities;
import io.maskmark.label.LabelParser;
import io.maskmark.label.text.ExplicitLabelDetector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML: {@code <meta name="AIGC" content="{&quot;Label&quot;:...}">} in the head, the JSON entity-escaped.
 * The explicit label, when asked for, is a {@code <p class="aigc-label">} at the start and/or end of the body.
 */
final class HtmlCarrier implements LabelCarrier {
    static final String CARRIER = "HTML meta name=AIGC";
    static final String EXPLICIT_CLASS = "aigc-label";
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile("<html\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Override
    public FileType type() {
        return FileType.HTML;
    }

    @Override
    public List<FoundLabel> read(byte[] content) {
        String html = new String(content, StandardCharsets.UTF_8);
        List<FoundLabel> found = new ArrayList<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            String name = attribute(m.group(), "name");
            if (name != null && name.toUpperCase(Locale.ROOT).contains(AnnexE.KEY)) {
                String value = attribute(m.group(), "content");
                found.add(LabelParser.parse(value == null ? "" : HtmlEntities.decode(value),
                        name.equals(AnnexE.KEY) ? CARRIER : "HTML meta name=" + name));
            }
        }
        return found;
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) {
        String html = new String(content, StandardCharsets.UTF_8);
        StringBuilder cleaned = new StringBuilder();
        Matcher m = META.matcher(html);
        while (m.find()) {
            String name = attribute(m.group(), "name");
            boolean ours = name != null && name.toUpperCase(Locale.ROOT).contains(AnnexE.KEY);
            m.appendReplacement(cleaned, ours ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(cleaned);
        html = cleaned.toString();
        String meta = "<meta name=\"" + AnnexE.KEY + "\" content=\"" + HtmlEntities.escapeAttribute(label.toJson())
                + "\">";
        html = insertMeta(html, meta);
        if (options.explicitWording().isPresent()) {
            html = explicit(html, options.explicitWording().get(), options);
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public java.util.Optional<String> visibleText(byte[] content) {
        return java.util.Optional.of(visibleText(new String(content, StandardCharsets.UTF_8)));
    }

    private static String insertMeta(String html, String meta) {
        Matcher headEnd = HEAD_END.matcher(html);
        if (headEnd.find()) {
            return html.substring(0, headEnd.start()) + meta + "\n" + html.substring(headEnd.start());
        }
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            return html.substring(0, head.end()) + "\n" + meta + html.substring(head.end());
        }
        Matcher root = HTML.matcher(html);
        if (root.find()) {
            return html.substring(0, root.end()) + "\n<head>" + meta + "</head>" + html.substring(root.end());
        }
        return "<head>" + meta + "</head>\n" + html;
    }

    private static String explicit(String html, String wording, WriteOptions options) {
        String p = "<p class=\"" + EXPLICIT_CLASS + "\">" + HtmlEntities.escapeAttribute(wording) + "</p>";
        ExplicitLabelDetector detector = new ExplicitLabelDetector();
        String out = html;
        Matcher body = BODY.matcher(out);
        int start = body.find() ? body.end() : 0;
        if (options.position().atStart() && !detector.hasLabelAtStart(visibleText(out.substring(start)))) {
            out = out.substring(0, start) + "\n" + p + out.substring(start);
        }
        Matcher end = BODY_END.matcher(out);
        int endAt = out.length();
        while (end.find()) {
            endAt = end.start();
        }
        if (options.position().atEnd() && !detector.hasLabelAtEnd(visibleText(out.substring(0, endAt)))) {
            out = out.substring(0, endAt) + p + "\n" + out.substring(endAt);
        }
        return out;
    }

    /** Body text with tags turned into line breaks, so a label paragraph reads as its own line. */
    private static String visibleText(String html) {
        String noHead = html.replaceAll("(?is)<head\\b.*?</head\\s*>", "").replaceAll("(?is)<(script|style)\\b.*?</\\1\\s*>", "");
        return HtmlEntities.decode(TAG.matcher(noHead).replaceAll("\n")).replaceAll("\\n\\s*\\n+", "\n").strip();
    }

    private static String attribute(String tag, String name) {
        Matcher a = ATTR.matcher(tag);
        while (a.find()) {
            if (a.group(1).equalsIgnoreCase(name)) {
                return a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : a.group(5);
            }
        }
        return null;
    }
}
