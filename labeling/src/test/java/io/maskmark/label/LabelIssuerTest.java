package io.maskmark.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelIssuerTest {
    static final String PRODUCER = "001191440300708461136T1XGW3";
    static final String PLATFORM = "001191110102MAD55U9H0F10002";
    final LabelIssuer generator = new LabelIssuer(Role.GENERATION_SERVICE, PRODUCER, Optional.empty());
    final LabelIssuer platform = new LabelIssuer(Role.PROPAGATION_PLATFORM, PLATFORM, Optional.empty());

    @Test
    void firstWriteSetsPropagatorFieldsEqualToProducerFields() {
        LabelDecision d = generator.decide(Optional.empty(), false, false);
        AigcLabel l = d.label().orElseThrow();
        assertEquals(LabelAction.CREATED, d.action());
        assertEquals("1", l.label());
        assertEquals(PRODUCER, l.contentProducer());
        assertEquals(l.contentProducer(), l.contentPropagator());
        assertEquals(l.produceId(), l.propagateId());
        assertTrue(l.compliance().compliant(), l.compliance()::toString);
        assertTrue(l.compliance().notes().isEmpty());
    }

    @Test
    void produceIdsAreUniqueAndInsideTheCharset() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = generator.decide(Optional.empty(), false, false).label().orElseThrow().produceId();
            assertTrue(AnnexE.isAllowedValue(id));
            assertTrue(ids.add(id), "duplicate ProduceID");
        }
    }

    @Test
    void platformKeepsEveryProducerFieldAndWritesOnlyItsOwn() {
        AigcLabel upstream = new AigcLabel("1", "UPSTREAM", "up-1", "sig-abc", "UPSTREAM", "up-1", "sig-abc");
        LabelDecision d = platform.decide(Optional.of(upstream), true, true);
        AigcLabel l = d.label().orElseThrow();
        assertEquals(LabelAction.PROPAGATED, d.action());
        assertEquals(upstream.values().subList(0, 4), l.values().subList(0, 4));
        assertEquals(PLATFORM, l.contentPropagator());
        assertNotEquals("up-1", l.propagateId());
        assertEquals("", l.reservedCode2());
    }

    @Test
    void generationServiceGivenSomeoneElsesLabelPassesItOn() {
        AigcLabel upstream = new AigcLabel("1", "MODEL-VENDOR", "v-1", "", "MODEL-VENDOR", "v-1", "");
        LabelDecision d = generator.decide(Optional.of(upstream), false, false);
        assertEquals(LabelAction.PROPAGATED, d.action());
        assertEquals("MODEL-VENDOR", d.label().orElseThrow().contentProducer());
        assertEquals(PRODUCER, d.label().orElseThrow().contentPropagator());
    }

    @Test
    void ownLabelIsKeptOnReprocessing() {
        AigcLabel ours = generator.decide(Optional.empty(), false, false).label().orElseThrow();
        LabelDecision again = generator.decide(Optional.of(ours), false, false);
        assertEquals(LabelAction.KEPT, again.action());
        assertEquals(ours, again.label().orElseThrow());
        AigcLabel propagated = platform.decide(Optional.of(ours), false, false).label().orElseThrow();
        assertEquals(LabelAction.KEPT, platform.decide(Optional.of(propagated), false, false).action());
    }

    @Test
    void platformLabelsDeclaredContentTwoAndTracesThree() {
        AigcLabel declared = platform.decide(Optional.empty(), true, false).label().orElseThrow();
        assertEquals("2", declared.label());
        assertEquals("", declared.contentProducer(), "the producer is unknown: never invented");
        assertEquals(PLATFORM, declared.contentPropagator());
        assertEquals("3", platform.decide(Optional.empty(), false, true).label().orElseThrow().label());
        assertEquals("2", platform.decide(Optional.empty(), true, true).label().orElseThrow().label(),
                "a declaration outranks detected traces (Art. 6 (二) before (三))");
        assertEquals(LabelAction.NONE, platform.decide(Optional.empty(), false, false).action());
    }

    @Test
    void serviceCodeMustSatisfyTheCharset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LabelIssuer(Role.GENERATION_SERVICE, "腾讯 AI", Optional.empty()));
        assertTrue(e.getMessage().contains("U+817E"));
        assertThrows(IllegalArgumentException.class, () -> new LabelIssuer(Role.GENERATION_SERVICE, "", Optional.empty()));
    }

    @Test
    void thereIsNoApiToRemoveALabel() {
        for (Class<?> c : new Class<?>[] {LabelIssuer.class, TextLabeler.class, AigcLabel.class,
                io.maskmark.label.file.FileLabeler.class}) {
            for (java.lang.reflect.Method m : c.getMethods()) {
                String n = m.getName().toLowerCase();
                assertTrue(!n.contains("strip") && !n.contains("remove") && !n.contains("delete"),
                        () -> c.getSimpleName() + "." + m.getName());
            }
        }
    }
}
