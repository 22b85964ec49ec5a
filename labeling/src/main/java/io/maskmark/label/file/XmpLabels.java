package io.maskmark.label.file;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.IteratorOptions;
import com.adobe.internal.xmp.options.SerializeOptions;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.DigitalSourceType;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.HtmlEntities;
import io.maskmark.label.LabelParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label inside an XMP packet: property {@code TC260:AIGC} (namespace {@value AnnexE#XMP_NAMESPACE}) holding
 * the bare JSON, next to {@code Iptc4xmpExt:DigitalSourceType}. Updates keep every other property of an
 * existing packet ("update by property, don't overwrite whole", TC260 image guide).
 */
final class XmpLabels {
    static final String DST_PROPERTY = "DigitalSourceType";
    private static final Pattern ELEMENT = Pattern.compile("<([\\w.-]+):AIGC[\\s>/]");
    /** An AIGC attribute up to its opening quote; the value runs to the same quote. */
    private static final Pattern ATTRIBUTE_OPEN = Pattern.compile("\\s([\\w.-]+):AIGC\\s*=\\s*([\"'])");
    /** An AIGC start tag up to the end of its name; the tag runs to the next '>'. */
    private static final Pattern ELEMENT_OPEN = Pattern.compile("<([\\w.-]+):AIGC(?=[\\s>/])");
    private static final Pattern ELEMENT_CLOSE = Pattern.compile("</([\\w.-]+):AIGC>");

    /** xmpcore parses recursively: a packet nested thousands deep would overflow the stack. */
    static final int MAX_DEPTH = 256;

    static {
        try {
            XMPMetaFactory.getSchemaRegistry().registerNamespace(AnnexE.XMP_NAMESPACE, AnnexE.XMP_PREFIX);
            XMPMetaFactory.getSchemaRegistry().registerNamespace(XMPConst.NS_IPTCEXT, "Iptc4xmpExt");
        } catch (XMPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmpLabels() {
    }

    /**
     * A packet holding {@code label}: {@code existing} (may be null) with TC260:AIGC replaced, and the digital
     * source type set when given and the packet has no AI source type yet.
     */
    static String update(String existing, AigcLabel label, Optional<DigitalSourceType> dst) throws LabelFileException {
        if (existing != null && nestsDeeperThan(existing, MAX_DEPTH)) {
            throw new LabelFileException("the existing XMP packet nests deeper than " + MAX_DEPTH
                    + " elements; not rewriting it");
        }
        XMPMeta meta;
        try {
            meta = existing == null || existing.isBlank() ? XMPMetaFactory.create()
                    : XMPMetaFactory.parseFromString(existing);
        } catch (XMPException e) {
            throw new LabelFileException("the existing XMP packet cannot be parsed; not rewriting it");
        }
        try {
            removeForeignAigcProperties(meta);
            meta.setProperty(AnnexE.XMP_NAMESPACE, AnnexE.KEY, label.toJson());
            if (dst.isPresent()) {
                String current = meta.getPropertyString(XMPConst.NS_IPTCEXT, DST_PROPERTY);
                if (!DigitalSourceType.isAiUri(current)) {
                    meta.setProperty(XMPConst.NS_IPTCEXT, DST_PROPERTY, dst.get().uri());
                }
            }
            return XMPMetaFactory.serializeToString(meta, new SerializeOptions()
                    .setUseCanonicalFormat(true).setOmitPacketWrapper(false).setPadding(512));
        } catch (XMPException e) {
            throw new LabelFileException("cannot serialise the XMP packet", e);
        }
    }

    /** An AIGC property under another namespace is a second copy of the label; the rewrite replaces it. */
    private static void removeForeignAigcProperties(XMPMeta meta) throws XMPException {
        List<String[]> foreign = new ArrayList<>();
        for (XMPIterator it = meta.iterator(new IteratorOptions().setJustLeafnodes(true)); it.hasNext(); ) {
            XMPPropertyInfo p = (XMPPropertyInfo) it.next();
            String path = p.getPath();
            if (path != null && localName(path).equals(AnnexE.KEY)
                    && !AnnexE.XMP_NAMESPACE.equals(p.getNamespace())) {
                foreign.add(new String[] {p.getNamespace(), path});
            }
        }
        for (String[] f : foreign) {
            meta.deleteProperty(f[0], f[1]);
        }
    }

    /** Every AIGC property in the packet (normally one: TC260:AIGC). */
    static List<FoundLabel> read(String packet, String carrier) {
        if (nestsDeeperThan(packet, MAX_DEPTH)) {
            return readRaw(packet, carrier, "the XMP packet nests deeper than " + MAX_DEPTH + " elements");
        }
        List<FoundLabel> found = new ArrayList<>();
        String form = form(packet);
        try {
            XMPMeta meta = XMPMetaFactory.parseFromString(packet);
            for (XMPIterator it = meta.iterator(new IteratorOptions().setJustLeafnodes(true)); it.hasNext(); ) {
                XMPPropertyInfo p = (XMPPropertyInfo) it.next();
                String path = p.getPath();
                if (path == null || !localName(path).equals(AnnexE.KEY)) {
                    continue;
                }
                FoundLabel f = LabelParser.parse(p.getValue() == null ? "" : p.getValue().toString(),
                        carrier + " / XMP " + form + " " + path);
                if (!AnnexE.XMP_NAMESPACE.equals(p.getNamespace())) {
                    f = f.withNote("the AIGC property is not in the TC260 namespace " + AnnexE.XMP_NAMESPACE);
                }
                found.add(f);
            }
            return found;
        } catch (XMPException e) {
            return readRaw(packet, carrier, "the XMP packet is not well-formed");
        }
    }

    /**
     * A packet the XMP parser cannot take: the raw text is searched so a label is still reported.
     * Linear on any packet: end tags are indexed in one pass, the end of a start tag is looked for
     * from where the last search stopped, and an attribute quote found missing is not looked for
     * again, since it cannot turn up later either. (Lazy regular expressions were quadratic on
     * many unclosed openings.)
     */
    static List<FoundLabel> readRaw(CharSequence packet, String carrier, String note) {
        List<FoundLabel> found = new ArrayList<>();
        Map<String, ArrayDeque<Integer>> closes = new HashMap<>();
        Matcher c = ELEMENT_CLOSE.matcher(packet);
        while (c.find()) {
            closes.computeIfAbsent(c.group(1), k -> new ArrayDeque<>()).add(c.start());
        }
        Matcher m = ELEMENT_OPEN.matcher(packet);
        int tagEnd = -1;
        int from = 0;
        while (from < packet.length() && m.find(from)) {
            from = m.end();
            if (tagEnd < m.end()) {
                tagEnd = indexOf(packet, ">", m.end());
            }
            if (tagEnd < 0) {
                break; // no start tag ends after this point
            }
            ArrayDeque<Integer> ends = closes.get(m.group(1));
            while (ends != null && !ends.isEmpty() && ends.peekFirst() <= tagEnd) {
                ends.pollFirst(); // end tags before this element's content: not its end
            }
            if (packet.charAt(tagEnd - 1) == '/' || ends == null || ends.isEmpty()) {
                continue;
            }
            int end = ends.pollFirst();
            String value = packet.subSequence(tagEnd + 1, end).toString();
            found.add(LabelParser.parse(HtmlEntities.decode(value), carrier + " / XMP element (malformed packet)")
                    .withNote(note));
            from = end + m.group(1).length() + "</:AIGC>".length();
        }
        Set<String> missing = new HashSet<>();
        Matcher a = ATTRIBUTE_OPEN.matcher(packet);
        from = 0;
        while (from < packet.length() && a.find(from)) {
            from = a.end();
            String quote = a.group(2);
            int end = missing.contains(quote) ? -1 : indexOf(packet, quote, a.end());
            if (end < 0) {
                missing.add(quote);
                continue;
            }
            String value = packet.subSequence(a.end(), end).toString();
            found.add(LabelParser.parse(HtmlEntities.decode(value), carrier + " / XMP attribute (malformed packet)")
                    .withNote(note));
            from = end + 1;
        }
        return found;
    }

    private static int indexOf(CharSequence s, String what, int from) {
        if (s instanceof String str) {
            return str.indexOf(what, from);
        }
        char first = what.charAt(0);
        for (int i = Math.max(0, from), last = s.length() - what.length(); i <= last; i++) {
            if (s.charAt(i) == first && regionMatches(s, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(CharSequence s, int at, String what) {
        for (int k = 1; k < what.length(); k++) {
            if (s.charAt(at + k) != what.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether elements nest deeper than {@code limit}, by counting open and close tags. */
    static boolean nestsDeeperThan(String xml, int limit) {
        int depth = 0;
        for (int i = xml.indexOf('<'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('<', i + 1)) {
            char next = xml.charAt(i + 1);
            if (next == '/') {
                depth = Math.max(0, depth - 1);
            } else if (next != '?' && next != '!') {
                int close = xml.indexOf('>', i);
                if (close < 0) {
                    return false; // no tag is closed after this point
                }
                if (xml.charAt(close - 1) != '/' && ++depth > limit) {
                    return true;
                }
                i = close;
            }
        }
        return false;
    }

    private static String form(String packet) {
        boolean element = ELEMENT.matcher(packet).find();
        boolean attribute = ATTRIBUTE_OPEN.matcher(packet).find();
        return attribute && !element ? "attribute" : "element";
    }

    private static String localName(String path) {
        int colon = path.lastIndexOf(':');
        return colon < 0 ? path : path.substring(colon + 1);
    }
}
