package io.maskmark.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelParserTest {
    static final AigcLabel LABEL = new AigcLabel("1", "001191440300708461136T1XGW3", "0193a7c2-7b1e-7c3d-9e4f-5a6b7c8d9e0f",
            "", "001191440300708461136T1XGW3", "0193a7c2-7b1e-7c3d-9e4f-5a6b7c8d9e0f", "");

    @Test
    void serialisesCompactInAnnexEOrderWithStringValues() {
        assertEquals("{\"Label\":\"1\",\"ContentProducer\":\"001191440300708461136T1XGW3\","
                + "\"ProduceID\":\"0193a7c2-7b1e-7c3d-9e4f-5a6b7c8d9e0f\",\"ReservedCode1\":\"\","
                + "\"ContentPropagator\":\"001191440300708461136T1XGW3\","
                + "\"PropagateID\":\"0193a7c2-7b1e-7c3d-9e4f-5a6b7c8d9e0f\",\"ReservedCode2\":\"\"}", LABEL.toJson());
        assertEquals("{\"AIGC\":" + LABEL.toJson() + "}", LABEL.toWrappedJson());
    }

    @Test
    void quoteInAValueIsWrittenAsTheAllowedEscape() {
        AigcLabel l = new AigcLabel("1", "A\"B", "id", "", "A\"B", "id", "");
        assertTrue(l.toJson().contains("\"ContentProducer\":\"A\\\"B\""));
        assertTrue(l.compliance().compliant(), "Annex E j) allows \\\"");
        assertEquals(l, LabelParser.parse(l.toJson(), "t").label().orElseThrow());
    }

    @Test
    void readsBareWrappedAndEscapedForms() {
        FoundLabel bare = LabelParser.parse(LABEL.toJson(), "t");
        FoundLabel wrapped = LabelParser.parse(LABEL.toWrappedJson(), "t");
        FoundLabel escaped = LabelParser.parse(LABEL.toJson().replace("\"", "&quot;"), "t");
        FoundLabel doubleEscaped = LabelParser.parse(LABEL.toJson().replace("\"", "&amp;quot;"), "t");
        FoundLabel nested = LabelParser.parse("\"" + LABEL.toJson().replace("\"", "\\\"") + "\"", "t");
        assertEquals(PayloadForm.BARE_JSON, bare.form());
        assertEquals(PayloadForm.WRAPPED_JSON, wrapped.form());
        for (FoundLabel f : List.of(bare, wrapped, escaped, doubleEscaped, nested)) {
            assertEquals(LABEL, f.label().orElseThrow(), f::toString);
            assertTrue(f.compliant(), f::toString);
        }
        assertTrue(escaped.compliance().notes().contains("the JSON was HTML-entity-escaped"));
    }

    @Test
    void reportsEveryStructuralProblem() {
        FoundLabel f = LabelParser.parse("{\"Label\":1,\"ContentProducer\":\"\",\"ProduceID\":\"x y\",\"Extra\":\"z\"}", "t");
        List<String> v = f.compliance().violations();
        assertTrue(v.contains("Label must be a string, found a number"), v::toString);
        assertTrue(v.contains("missing field ReservedCode1 (Annex E b) lists all seven)"), v::toString);
        assertTrue(v.contains("ContentProducer must not be empty (Annex E d)/e))"), v::toString);
        assertTrue(v.contains("ProduceID contains U+0020, outside the Annex E j) character set"), v::toString);
        assertTrue(f.compliance().notes().contains("unknown keys: Extra"));
        assertEquals("1", f.label().orElseThrow().label(), "the value is carried as found");
    }

    @Test
    void labelValueOutsideOneTwoThreeIsNonCompliant() {
        AigcLabel l = new AigcLabel("AIGC", "Minimax", "id", "", "Minimax", "id", "");
        assertFalse(l.compliance().compliant());
        assertTrue(l.compliance().violations().get(0).startsWith("Label must be \"1\", \"2\" or \"3\""));
    }

    @Test
    void nonAsciiProducerNameBreaksTheCharset() {
        AigcLabel l = new AigcLabel("1", "豆包", "id", "", "豆包", "id", "");
        assertTrue(l.compliance().violations().contains("ContentProducer contains U+8C46, outside the Annex E j) character set"));
    }

    @Test
    void duplicateKeysAndGarbageAreUnreadableWithoutQuotingContent() {
        FoundLabel dup = LabelParser.parse("{\"Label\":\"1\",\"Label\":\"2\"}", "t");
        assertEquals(PayloadForm.UNREADABLE, dup.form());
        assertEquals(List.of("the AIGC value has a key twice"), dup.compliance().violations());
        FoundLabel garbage = LabelParser.parse("{\"Label\": secret-value", "t");
        assertEquals(PayloadForm.UNREADABLE, garbage.form());
        assertFalse(garbage.compliance().violations().get(0).contains("secret"));
    }

    @Test
    void platformLabelWithUnknownProducerIsCompliantWithANote() {
        AigcLabel l = new AigcLabel("3", "", "", "", "PLATFORM1", "pid", "");
        assertTrue(l.compliance().compliant(), l.compliance()::toString);
        assertTrue(l.compliance().notes().stream().anyMatch(n -> n.startsWith("ContentProducer is empty")));
        AigcLabel generated = new AigcLabel("1", "", "", "", "PLATFORM1", "pid", "");
        assertFalse(generated.compliance().compliant(), "Label 1 needs its producer");
    }

    @Test
    void orderDifferencesAreNoted() {
        String json = "{\"ContentProducer\":\"P\",\"Label\":\"1\",\"ProduceID\":\"i\",\"ReservedCode1\":\"\","
                + "\"ContentPropagator\":\"P\",\"PropagateID\":\"i\",\"ReservedCode2\":\"\"}";
        FoundLabel f = LabelParser.parse(json, "t");
        assertTrue(f.compliant());
        assertTrue(f.compliance().notes().contains("fields are not in the Annex E b) order"));
    }
}
