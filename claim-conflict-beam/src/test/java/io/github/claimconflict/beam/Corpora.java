package io.github.claimconflict.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The corpora the transform is checked on: fixtures, and the development set where cached. */
final class Corpora {

  static final Path CASES = Path.of("..", "shared", "dev-news", "cases.json");

  private Corpora() {}

  /** The project's fixtures, as FixtureScanTest reads them. */
  static List<Article> fixtures() throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    return out;
  }

  /**
   * The development set's excerpts whose texts are cached, under the project root or the root
   * named by the system property {@code claimconflict.texts}; empty where none is.
   */
  static List<Article> devSet() throws IOException {
    if (!Files.isRegularFile(CASES)) {
      return List.of();
    }
    Path root = Path.of(System.getProperty("claimconflict.texts", "."));
    List<Article> out = new ArrayList<>();
    for (JsonNode cluster : new ObjectMapper().readTree(CASES.toFile()).path("clusters")) {
      for (JsonNode x : cluster.path("excerpts")) {
        Path text = root.resolve(x.path("cache_file").asText());
        if (!Files.isRegularFile(text)) {
          continue;
        }
        Optional<LocalDate> date = x.path("date").isTextual()
            ? Optional.of(LocalDate.parse(x.path("date").asText())) : Optional.empty();
        out.add(new Article(x.path("id").asText(), Optional.of(x.path("outlet").asText()), date,
            Optional.empty(), Optional.of(x.path("url").asText()), Files.readString(text)));
      }
    }
    return out;
  }
}
