package io.maskmark.label.file;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import io.maskmark.label.LabelingException;

/**
 * Jazzer over the label readers: label values, XMP packets, and labelled files of every format
 * with fuzzed bytes written over them. Inspection always ends in a verdict (an unreadable file
 * with its reason), relabelling in a result or a {@link LabelingException}; nothing else escapes,
 * no stack overflow either. Fuzzes for 30 s in {@code mvn verify} (skip with -Dfuzz.skip).
 */
class LabelParsersFuzzTest {

    private static final Fixtures.Sample[] SAMPLES = Fixtures.Sample.values();
    private static final byte[][] LABELLED = new byte[SAMPLES.length][];

    static {
        for (int i = 0; i < SAMPLES.length; i++) {
            LABELLED[i] = FileRoundTripTest.GENERATOR.label(SAMPLES[i].bytes(), SAMPLES[i].fileName).content();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void labelReadersEndInAVerdict(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> {
                FoundLabel f = LabelParser.parse(data.consumeRemainingAsString(), "fuzz");
                if (f.label().isEmpty() && f.compliant()) {
                    throw new AssertionError("an unreadable value judged compliant");
                }
            }
            case 1 -> XmpLabels.read(data.consumeRemainingAsString(), "fuzz");
            default -> damagedFile(data);
        }
    }

    private static void damagedFile(FuzzedDataProvider data) {
        int which = data.consumeInt(0, SAMPLES.length - 1);
        byte[] file = LABELLED[which].clone();
        for (int n = data.consumeInt(1, 16); n > 0 && data.remainingBytes() > 4; n--) {
            int at = data.consumeInt(0, file.length - 1);
            byte[] patch = data.consumeBytes(data.consumeInt(1, 64));
            System.arraycopy(patch, 0, file, at, Math.min(patch.length, file.length - at));
        }
        if (data.consumeBoolean()) {
            file = java.util.Arrays.copyOf(file, data.consumeInt(0, file.length));
        }
        String name = SAMPLES[which].fileName;
        FileInspection inspection = FileInspector.inspect(file, name);
        boolean unreadable = inspection.verdict() == FileInspection.Verdict.UNREADABLE
                || inspection.verdict() == FileInspection.Verdict.UNSUPPORTED;
        if (unreadable != inspection.error().isPresent()) {
            throw new AssertionError(inspection.verdict() + " with error " + inspection.error());
        }
        try {
            FileRoundTripTest.GENERATOR.label(file, name);
        } catch (LabelingException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("refused without a reason", refused);
            }
        }
    }
}
