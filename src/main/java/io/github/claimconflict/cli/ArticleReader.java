package io.github.claimconflict.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from the paths given on the command line: a folder (every {@code *.txt} in it,
 * id = file name without extension), a {@code .txt} file, or a {@code .jsonl} file with one article
 * a line. Any problem is an {@link InputException} that names the file, and the line where there is
 * one.
 */
final class ArticleReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<Article> articles = new ArrayList<>();
  private final Map<String, String> origins = new HashMap<>();

  /** Reads all the paths, in order. */
  static List<Article> read(List<Path> paths) throws InputException {
    ArticleReader reader = new ArticleReader();
    for (Path p : paths) {
      reader.readPath(p);
    }
    return reader.articles;
  }

  private void readPath(Path path) throws InputException {
    if (!Files.exists(path)) {
      throw new InputException(path + ": no such file or folder");
    }
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
            .filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new InputException(path + ": cannot list folder: " + e.getMessage());
      }
      if (files.isEmpty()) {
        throw new InputException(path + ": folder has no .txt files");
      }
      for (Path f : files) {
        readText(f);
      }
      return;
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(path + ": not a regular file (a device, pipe or socket cannot be "
          + "read as articles)");
    }
    if (!Files.isReadable(path)) {
      throw new InputException(path + ": cannot read: permission denied");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      readJsonLines(path);
    } else if (name.endsWith(".txt")) {
      readText(path);
    } else {
      throw new InputException(path + ": not a folder, .txt or .jsonl file");
    }
  }

  private void readText(Path file) throws InputException {
    String fileName = file.getFileName().toString();
    String id = fileName.substring(0, fileName.length() - ".txt".length());
    String text = decode(file);
    add(article(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), text,
        file.toString()), file.toString());
  }

  private void readJsonLines(Path file) throws InputException {
    String content = decode(file);
    String[] lines = content.split("\r?\n", -1);
    int articlesBefore = articles.size();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new InputException(where + ": malformed JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw new InputException(where + ": expected a JSON object, one article a line");
      }
      String id = requiredString(node, "id", where);
      String text = optionalString(node, "text", where).orElse("");
      Optional<String> published = optionalString(node, "published", where).map(String::strip);
      Optional<LocalDate> date;
      try {
        date = published.map(ArticleReader::parseDate);
      } catch (DateTimeParseException e) {
        throw new InputException(where + ": 'published' is not an ISO date (YYYY-MM-DD or an "
            + "ISO date-time): " + published.get());
      }
      add(article(id, optionalString(node, "source", where), date,
          optionalString(node, "title", where), optionalString(node, "url", where), text, where),
          where);
    }
    if (articles.size() == articlesBefore) {
      throw new InputException(file + ": no articles in file");
    }
  }

  private static LocalDate parseDate(String s) {
    if (s.length() > 10 && s.charAt(10) == 'T') {
      return LocalDate.parse(s.substring(0, 10));
    }
    return LocalDate.parse(s);
  }

  private static Article article(String id, Optional<String> source, Optional<LocalDate> date,
      Optional<String> title, Optional<String> url, String text, String where)
      throws InputException {
    try {
      return new Article(id, source, date, title, url, text);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage());
    }
  }

  private void add(Article a, String where) throws InputException {
    String earlier = origins.putIfAbsent(a.id(), where);
    if (earlier != null) {
      throw new InputException(where + ": duplicate article id '" + a.id() + "', first seen at "
          + earlier);
    }
    articles.add(a);
  }

  private static String requiredString(JsonNode node, String field, String where)
      throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new InputException(where + ": missing '" + field + "'");
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw new InputException(where + ": '" + field + "' must be a string");
    }
    return v.asText();
  }

  private static Optional<String> optionalString(JsonNode node, String field, String where)
      throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new InputException(where + ": '" + field + "' must be a string");
    }
    return Optional.of(v.asText());
  }

  /** The file as UTF-8; a file that is not is an error naming it and the first bad byte. */
  private static String decode(Path file) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String s = decoder.decode(in).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      throw new InputException(file + ": not valid UTF-8 (bad byte at offset " + in.position()
          + "); convert it to UTF-8 first");
    } catch (CharacterCodingException e) {
      throw new InputException(file + ": not valid UTF-8: " + e.getMessage());
    }
  }
}
