package io.maskmark.label.sign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** SM3withSM2 primitives shared by signing and verification; the provider is used directly, never installed. */
final class Sm2 {
    static final Provider PROVIDER = new BouncyCastleProvider();
    static final String ALGORITHM = "SM3withSM2";
    static final String CURVE = "sm2p256v1";
    /** The default SM2 user ID (GB/T 32918), which the TC260 security guide keeps. */
    static final byte[] DEFAULT_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private Sm2() {
    }

    static Signature signature() throws GeneralSecurityException {
        Signature s = Signature.getInstance(ALGORITHM, PROVIDER);
        s.setParameter(new SM2ParameterSpec(DEFAULT_USER_ID));
        return s;
    }

    static KeyFactory keyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", PROVIDER);
    }

    static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
