package io.github.claimconflict;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real seed articles, read from ../shared/seeds; tests using them skip where it is absent. */
public final class Seeds {

  public static final Path DIR = Path.of("..", "shared", "seeds");

  private Seeds() {}

  /** Skips the calling test, with a message, when the seeds are not beside the project. */
  public static void assumePresent() {
    assumeTrue(Files.isRegularFile(DIR.resolve("seeds.jsonl")),
        "../shared/seeds/seeds.jsonl is absent: the real-seed tests are skipped");
  }

  /** The seeds with their metadata, from seeds.jsonl. */
  public static List<Article> withMetadata() throws IOException {
    assumePresent();
    ObjectMapper mapper = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("seeds.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      out.add(new Article(n.get("id").asText(), text(n, "source"),
          text(n, "published").map(LocalDate::parse), text(n, "title"), text(n, "url"),
          n.get("text").asText()));
    }
    return out;
  }

  /** The seeds as bare .txt files: id and text only, as a user's folder would have them. */
  public static List<Article> bareTexts() throws IOException {
    assumePresent();
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    return out;
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
