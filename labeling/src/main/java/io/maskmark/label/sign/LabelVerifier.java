package io.maskmark.label.sign;

import io.maskmark.label.AigcLabel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/** Verifies SM3withSM2 label signatures with a producer's or platform's public key. */
public final class LabelVerifier {
    private final PublicKey publicKey;

    LabelVerifier(PublicKey publicKey) {
        this.publicKey = publicKey;
    }

    /** Loads an X.509 {@code -----BEGIN PUBLIC KEY-----} PEM holding an SM2 public key. */
    public static LabelVerifier fromPublicKeyPem(String pem) {
        try {
            return new LabelVerifier(Sm2.keyFactory().generatePublic(
                    new X509EncodedKeySpec(Sm2.pemBody(pem, "PUBLIC KEY"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the SM2 public key (expected X.509 PEM)");
        }
    }

    /** True when ReservedCode1 is a valid signature over Label, ContentProducer and ProduceID. */
    public boolean verifyProducer(AigcLabel label) {
        return verify(label.producerSigningMessage(), label.reservedCode1());
    }

    /** True when ReservedCode2 is a valid signature over Label, ContentPropagator and PropagateID. */
    public boolean verifyPropagator(AigcLabel label) {
        return verify(label.propagatorSigningMessage(), label.reservedCode2());
    }

    private boolean verify(String message, String hexSignature) {
        byte[] signature;
        try {
            signature = HexFormat.of().parseHex(hexSignature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length == 0) {
            return false;
        }
        try {
            Signature s = Sm2.signature();
            s.initVerify(publicKey);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "LabelVerifier[SM2]";
    }
}
