package io.maskmark.label.sign;

import io.maskmark.label.AigcLabel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * An SM2 private key that signs labels with SM3withSM2 (TC260-PG-202511A names this algorithm). The signature
 * is DER, hex-encoded so it stays inside the Annex E character set. The key is never printable.
 */
public final class LabelSigningKey {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LabelSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh key on the SM2 curve. */
    public static LabelSigningKey generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Sm2.PROVIDER);
            g.initialize(new ECGenParameterSpec(Sm2.CURVE));
            KeyPair pair = g.generateKeyPair();
            return new LabelSigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an SM2 key", e);
        }
    }

    /** Loads a PKCS#8 {@code -----BEGIN PRIVATE KEY-----} PEM holding an SM2 key. */
    public static LabelSigningKey fromPkcs8Pem(String pem) {
        try {
            PrivateKey key = Sm2.keyFactory().generatePrivate(new PKCS8EncodedKeySpec(Sm2.pemBody(pem, "PRIVATE KEY")));
            if (!(key instanceof ECPrivateKey ec) || ec.getParameters() == null) {
                throw new IllegalArgumentException("the PEM does not hold an EC private key");
            }
            ECParameterSpec spec = ec.getParameters();
            PublicKey pub = Sm2.keyFactory().generatePublic(
                    new ECPublicKeySpec(spec.getG().multiply(ec.getD()).normalize(), spec));
            return new LabelSigningKey(key, pub);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The cause may carry key material in its message: do not chain it.
            throw new IllegalArgumentException("cannot read the SM2 private key (expected PKCS#8 PEM)");
        }
    }

    /** The PKCS#8 PEM, for writing a key file. Handle the result as a secret. */
    public String exportPkcs8Pem() {
        return Sm2.pem("PRIVATE KEY", privateKey.getEncoded());
    }

    public LabelVerifier verifier() {
        return new LabelVerifier(publicKey);
    }

    /** The X.509 SubjectPublicKeyInfo PEM of the public key, for verifiers. */
    public String publicKeyPem() {
        return Sm2.pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** ReservedCode1 for {@code label}: the signature over {@link AigcLabel#producerSigningMessage()}. */
    public String signProducer(AigcLabel label) {
        return sign(label.producerSigningMessage());
    }

    /** ReservedCode2 for {@code label}: the signature over {@link AigcLabel#propagatorSigningMessage()}. */
    public String signPropagator(AigcLabel label) {
        return sign(label.propagatorSigningMessage());
    }

    private String sign(String message) {
        try {
            Signature s = Sm2.signature();
            s.initSign(privateKey);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM3withSM2 signing failed", e);
        }
    }

    @Override
    public String toString() {
        return "LabelSigningKey[SM2, private part redacted]";
    }
}
