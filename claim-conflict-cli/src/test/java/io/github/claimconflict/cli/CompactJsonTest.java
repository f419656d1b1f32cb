package io.github.claimconflict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --compact}: the same JSON as the pretty report, on one line. */
class CompactJsonTest {

  @TempDir Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    assertThat(Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())))
        .isZero();
    return out.toString();
  }

  @Test
  void compactJsonIsOneLineOfTheSameReport() throws IOException {
    String pretty = run("scan", "fixtures", "--format", "json");
    String compact = run("scan", "fixtures", "--format", "json", "--compact");
    assertThat(compact).endsWith("}\n").hasLineCount(1);
    assertThat(compact.length()).isLessThan(pretty.length());
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(pretty));
  }

  @Test
  void compactJsonGoesToTheOutputFileAsItWouldToStandardOutput() throws IOException {
    Path target = dir.resolve("report.json");
    assertThat(run("scan", "fixtures", "--format", "json", "--compact", "--output",
        target.toString())).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(run("scan", "fixtures", "--format", "json", "--compact"));
  }
}
