package io.maskmark.label.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.LabelDecision;
import io.maskmark.label.LabelIssuer;
import io.maskmark.label.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelSigningKeyTest {
    static final LabelSigningKey KEY = LabelSigningKey.generate();

    private static AigcLabel signedLabel() {
        LabelDecision d = new LabelIssuer(Role.GENERATION_SERVICE, "001191440300708461136T1XGW3", Optional.of(KEY))
                .decide(Optional.empty(), false, false);
        return d.label().orElseThrow();
    }

    @Test
    void producerSignatureVerifiesAndIsCharsetSafe() {
        AigcLabel l = signedLabel();
        assertTrue(l.reservedCode1().matches("[0-9a-f]{140,146}"), l.reservedCode1());
        assertTrue(AnnexE.isAllowedValue(l.reservedCode1()));
        assertEquals(l.reservedCode1(), l.reservedCode2(), "first write mirrors the producer fields");
        assertTrue(KEY.verifier().verifyProducer(l));
        assertTrue(l.compliance().compliant());
    }

    @Test
    void theSignedMessageIsTheFirstThreeMembers() {
        AigcLabel l = signedLabel();
        assertEquals("\"Label\":\"1\",\"ContentProducer\":\"001191440300708461136T1XGW3\",\"ProduceID\":\""
                + l.produceId() + "\"", l.producerSigningMessage());
    }

    @Test
    void tamperingIsDetected() {
        AigcLabel l = signedLabel();
        AigcLabel otherId = new AigcLabel(l.label(), l.contentProducer(), l.produceId() + "x", l.reservedCode1(),
                l.contentPropagator(), l.propagateId(), l.reservedCode2());
        AigcLabel otherLabel = new AigcLabel("3", l.contentProducer(), l.produceId(), l.reservedCode1(),
                l.contentPropagator(), l.propagateId(), l.reservedCode2());
        assertFalse(KEY.verifier().verifyProducer(otherId));
        assertFalse(KEY.verifier().verifyProducer(otherLabel));
        assertFalse(LabelSigningKey.generate().verifier().verifyProducer(l), "another key does not verify");
        AigcLabel garbled = new AigcLabel(l.label(), l.contentProducer(), l.produceId(), "not-hex",
                l.contentPropagator(), l.propagateId(), l.reservedCode2());
        assertFalse(KEY.verifier().verifyProducer(garbled));
    }

    @Test
    void propagatorSignatureCoversItsOwnFields() {
        AigcLabel upstream = signedLabel();
        LabelSigningKey platformKey = LabelSigningKey.generate();
        AigcLabel l = new LabelIssuer(Role.PROPAGATION_PLATFORM, "PLATFORM1", Optional.of(platformKey))
                .decide(Optional.of(upstream), false, false).label().orElseThrow();
        assertTrue(platformKey.verifier().verifyPropagator(l));
        assertTrue(KEY.verifier().verifyProducer(l), "the producer's signature survives propagation");
    }

    @Test
    void keysRoundTripThroughPemAndNeverPrint() {
        LabelSigningKey loaded = LabelSigningKey.fromPkcs8Pem(KEY.exportPkcs8Pem());
        AigcLabel l = new LabelIssuer(Role.GENERATION_SERVICE, "P1", Optional.of(loaded))
                .decide(Optional.empty(), false, false).label().orElseThrow();
        assertTrue(LabelVerifier.fromPublicKeyPem(KEY.publicKeyPem()).verifyProducer(l));
        assertEquals("LabelSigningKey[SM2, private part redacted]", KEY.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelSigningKey.fromPkcs8Pem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
        assertFalse(e.getMessage().contains("AAAA"));
        assertEquals(null, e.getCause(), "no cause that could carry key material");
    }
}
