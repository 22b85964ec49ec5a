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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w.-]+):AIGC\\s*=\\s*([\"'])(.*?)\\2",
            Pattern.DOTALL);
    private static final Pattern ELEMENT_VALUE = Pattern.compile("<([\\w.-]+):AIGC(?:\\s[^>]*)?>(.*?)</\\1:AIGC>",
            Pattern.DOTALL);

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

    /** A packet the XMP parser cannot take: the raw text is searched so a label is still reported. */
    private static List<FoundLabel> readRaw(String packet, String carrier, String note) {
        List<FoundLabel> found = new ArrayList<>();
        Matcher m = ELEMENT_VALUE.matcher(packet);
        while (m.find()) {
            found.add(LabelParser.parse(HtmlEntities.decode(m.group(2)), carrier + " / XMP element (malformed packet)")
                    .withNote(note));
        }
        Matcher a = ATTRIBUTE.matcher(packet);
        while (a.find()) {
            found.add(LabelParser.parse(HtmlEntities.decode(a.group(3)), carrier + " / XMP attribute (malformed packet)")
                    .withNote(note));
        }
        return found;
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
        boolean attribute = ATTRIBUTE.matcher(packet).find();
        return attribute && !element ? "attribute" : "element";
    }

    private static String localName(String path) {
        int colon = path.lastIndexOf(':');
        return colon < 0 ? path : path.substring(colon + 1);
    }
}
