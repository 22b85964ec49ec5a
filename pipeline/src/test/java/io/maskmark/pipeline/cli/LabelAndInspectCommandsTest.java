package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabelAndInspectCommandsTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void labelThenInspectRoundTripsAPngAndExiftoolSeesTheLabel() throws Exception {
    Path in = dir.resolve("in.png");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", in.toFile());
    Path out = dir.resolve("out.png");
    Run labelled = run("label", in.toString(), out.toString(), "--producer", "001191440300708461136T1XGW3");
    assertEquals(0, labelled.code(), labelled.err());
    Run inspected = run("inspect", "--require-compliant", out.toString());
    assertEquals(0, inspected.code(), inspected.out());
    assertTrue(inspected.out().contains("COMPLIANT"));
    assertEquals(1, run("inspect", "--require-compliant", in.toString()).code(),
        "an unlabelled file fails --require-compliant");

    assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool not installed");
    Process p = new ProcessBuilder("exiftool", "-s", "-XMP-TC260:all", out.toString())
        .redirectErrorStream(true).start();
    String exif = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    assertTrue(exif.contains("001191440300708461136T1XGW3"), exif);
  }

  @Test
  void anUnsupportedFileIsACleanDataErrorNotAStackTrace() throws Exception {
    Path in = dir.resolve("notes.bin");
    Files.write(in, new byte[] {1, 2, 3, 4});
    Run r = run("label", in.toString(), dir.resolve("x.bin").toString(), "--producer", "P1");
    assertEquals(Main.EXIT_DATA_ERROR, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("not a supported file type"));
  }
}
