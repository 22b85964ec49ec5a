package io.maskmark.label;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * ProduceID / PropagateID values: time-ordered UUIDs (RFC 9562 version 7). Hex digits and hyphens only, so
 * always inside the Annex E character set, unique per content item, and sortable by issue time.
 */
public final class ContentIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentIds() {
    }

    public static String next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFF);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
