package io.maskmark.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.sign.LabelSigningKey;
import io.maskmark.label.text.ExplicitLabelPosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelingConfigTest {
    @Test
    void readsEveryKey(@TempDir Path dir) throws Exception {
        LabelSigningKey key = LabelSigningKey.generate();
        Path keyFile = dir.resolve("label-key.pem");
        Files.writeString(keyFile, key.exportPkcs8Pem());
        Properties p = new Properties();
        p.setProperty("maskmark.label.service-code", "001191110102MAD55U9H0F10002");
        p.setProperty("maskmark.label.role", "propagation");
        p.setProperty("maskmark.label.explicit.position", "both");
        p.setProperty("maskmark.label.explicit.language", "zh");
        p.setProperty("maskmark.label.explicit.wording.zh", "由AI生成");
        p.setProperty("maskmark.label.digital-source-type", "compositeWithTrainedAlgorithmicMedia");
        p.setProperty("maskmark.label.signing-key-file", keyFile.toString());
        LabelingConfig c = LabelingConfig.fromProperties(p);
        assertEquals(Role.PROPAGATION_PLATFORM, c.role());
        assertEquals(ExplicitLabelPosition.BOTH, c.position());
        assertEquals("由AI生成", c.wording().wording("zh", ContentAttribute.GENERATED));
        assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, c.digitalSourceType());
        assertTrue(c.signingKey().isPresent());
        assertFalse(c.toString().contains("PRIVATE"), c.toString());
    }

    @Test
    void rejectsBadValuesWithTheKeyName() {
        Properties p = new Properties();
        assertThrows(NullPointerException.class, () -> LabelingConfig.fromProperties(p));
        p.setProperty("maskmark.label.service-code", "OK1");
        p.setProperty("maskmark.label.role", "publisher");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelingConfig.fromProperties(p))
                .getMessage().contains("maskmark.label.role"));
        p.setProperty("maskmark.label.role", "generation");
        p.setProperty("maskmark.label.explicit.wording.en", "Made by a robot");
        assertThrows(IllegalArgumentException.class, () -> LabelingConfig.fromProperties(p));
    }
}
