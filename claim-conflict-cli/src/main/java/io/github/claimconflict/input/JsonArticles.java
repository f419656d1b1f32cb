package io.github.claimconflict.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Optional;

/** JSON input: one object a line, one object a file, or an array of objects. */
final class JsonArticles {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectReader WHOLE =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonArticles() {}

  /** Receives each object read, or the problem with one. */
  interface Sink {
    void row(Row row, int line, int index) throws InputException;

    /** A problem at a line; {@code rest} when nothing after it in the file can be read. */
    void problem(int line, String reason, boolean rest) throws InputException;
  }

  static boolean isWholeObject(String s) {
    try {
      JsonNode n = WHOLE.readTree(s);
      return n != null && n.isObject();
    } catch (IOException e) {
      return false;
    }
  }

  /** One object a line; blank lines are allowed. */
  static void lines(String content, Sink sink) throws InputException {
    // Line by line over the content: no array of every line beside it, so a large file is
    // held once, not twice.
    int index = 0;
    int n = content.length();
    int from = 0;
    for (int i = 0; from <= n; i++) {
      int newline = content.indexOf('\n', from);
      int to = newline < 0 ? n : newline;
      String line = content.substring(from, to).strip();
      from = to + 1;
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = WHOLE.readTree(line);
      } catch (JsonProcessingException e) {
        sink.problem(i + 1, "malformed JSON: " + e.getOriginalMessage(), false);
        continue;
      }
      if (node == null || !node.isObject()) {
        sink.problem(i + 1, "expected a JSON object, one article a line", false);
        continue;
      }
      sink.row(row(node), i + 1, ++index);
    }
  }

  /** A whole document: one article object, or an array of them. */
  static void document(String content, Sink sink) throws InputException {
    try (JsonParser p = MAPPER.createParser(content)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode node = MAPPER.readTree(p);
        if (p.nextToken() != null) {
          sink.problem(p.currentTokenLocation().getLineNr(),
              "more after the article's closing brace (one object a line belongs in a .jsonl "
                  + "file)", true);
        }
        sink.row(row(node), line, 1);
        return;
      }
      if (first != JsonToken.START_ARRAY) {
        sink.problem(first == null ? 1 : p.currentTokenLocation().getLineNr(),
            "expected a JSON object or an array of them", true);
        return;
      }
      int index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          sink.problem(p.currentLocation().getLineNr(), "the array is not closed", true);
          return;
        }
        int line = p.currentTokenLocation().getLineNr();
        index++;
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.problem(line, "element " + index + " is not an object", false);
          continue;
        }
        sink.row(row(MAPPER.readTree(p)), line, index);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      sink.problem(at == null ? 1 : Math.max(1, at.getLineNr()),
          "malformed JSON: " + e.getOriginalMessage(), true);
    } catch (IOException e) {
      sink.problem(1, "cannot read: " + e.getMessage(), true);
    }
  }

  private static Row row(JsonNode node) {
    return name -> {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isValueNode()) {
        throw new Row.BadRow("'" + name + "' must be a string, not " + (v.isArray() ? "an array"
            : "an object"));
      }
      String s = v.asText();
      return s.isBlank() ? Optional.empty() : Optional.of(s);
    };
  }
}
