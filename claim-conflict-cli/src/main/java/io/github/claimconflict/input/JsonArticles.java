package io.github.claimconflict.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * JSON input: one object a line, one object a file, or an array of objects.
 *
 * <p>Read with Jackson's streaming parser, token by token from a {@link Reader}: an article's
 * fields are taken as they pass, with no tree of the file and no whole-file string. Values are
 * read as a tree would read them (every string and number of the object is parsed, nested ones
 * too, so a malformed value anywhere is found where it was found before), and an object's
 * repeated field keeps its last value, as in a tree.
 */
final class JsonArticles {

  /** Jackson's streaming core: building an {@code ObjectMapper} costs a short run dearly. */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What a field holds when it is an object or an array rather than a value. */
  private enum Nested { OBJECT, ARRAY }

  private JsonArticles() {}

  /** Receives each object read, or the problem with one. */
  interface Sink {
    void row(Row row, int line, int index) throws InputException;

    /** A problem at a line; {@code rest} when nothing after it in the file can be read. */
    void problem(int line, String reason, boolean rest) throws InputException;
  }

  /** Whether {@code s} is one JSON object and nothing after it. */
  static boolean isWholeObject(String s) {
    try (JsonParser p = FACTORY.createParser(s)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return false;
      }
      value(p, first);
      return p.nextToken() == null && first == JsonToken.START_OBJECT;
    } catch (IOException e) {
      return false;
    }
  }

  /** One object a line ({@code '\n'} ends a line); blank lines are allowed. */
  static void lines(Reader content, Sink sink) throws InputException, IOException {
    // One line at a time: a large file is never held whole.
    StringBuilder buffer = new StringBuilder();
    char[] chunk = new char[8192];
    int index = 0;
    int lineNr = 0;
    for (int n = content.read(chunk); ; n = content.read(chunk)) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (chunk[i] == '\n') {
          buffer.append(chunk, from, i - from);
          index = line(buffer.toString(), ++lineNr, index, sink);
          buffer.setLength(0);
          from = i + 1;
        }
      }
      if (n < 0) {
        index = line(buffer.toString(), ++lineNr, index, sink);
        return;
      }
      buffer.append(chunk, from, n - from);
    }
  }

  /** Reads one line; returns the count of objects read so far. */
  private static int line(String raw, int lineNr, int index, Sink sink) throws InputException {
    String line = raw.strip();
    if (line.isEmpty()) {
      return index;
    }
    Row row = null;
    String problem = null;
    try (JsonParser p = FACTORY.createParser(line)) {
      JsonToken first = p.nextToken();
      Object value = first == null ? null : value(p, first);
      if (first != null && p.nextToken() != null) {
        problem = "malformed JSON: " + Databind.trailingProblem(line);
      } else if (first != JsonToken.START_OBJECT) {
        problem = "expected a JSON object, one article a line";
      } else {
        row = (Row) value;
      }
    } catch (JsonProcessingException e) {
      problem = "malformed JSON: " + e.getOriginalMessage();
    } catch (IOException e) {
      problem = "malformed JSON: " + e.getMessage(); // a string is not read from a disk
    }
    if (problem != null) {
      sink.problem(lineNr, problem, false);
      return index;
    }
    sink.row(row, lineNr, ++index);
    return index;
  }

  /** A whole document: one article object, or an array of them. */
  static void document(Reader content, Sink sink) throws InputException {
    try (JsonParser p = FACTORY.createParser(content)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        Row row = object(p);
        if (p.nextToken() != null) {
          sink.problem(p.currentTokenLocation().getLineNr(),
              "more after the article's closing brace (one object a line belongs in a .jsonl "
                  + "file)", true);
        }
        sink.row(row, line, 1);
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
        sink.row(object(p), line, index);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      sink.problem(at == null ? 1 : Math.max(1, at.getLineNr()),
          "malformed JSON: " + e.getOriginalMessage(), true);
    } catch (IOException e) {
      sink.problem(1, "cannot read: " + e.getMessage(), true);
    }
  }

  /**
   * The value the parser is at, {@code first} its token, read to its end: a string as text, a
   * number or boolean as a tree prints it, {@code null} for null, a {@link Row} for an object and
   * {@link Nested#ARRAY} for an array.
   */
  private static Object value(JsonParser p, JsonToken first) throws IOException {
    switch (first) {
      case START_OBJECT:
        return object(p);
      case START_ARRAY:
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null;
            t = p.nextToken()) {
          value(p, t);
        }
        return Nested.ARRAY;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return String.valueOf(p.getIntValue());
          case LONG:
            return String.valueOf(p.getLongValue());
          default:
            return p.getBigIntegerValue().toString();
        }
      case VALUE_NUMBER_FLOAT:
        return Double.toString(p.getDoubleValue()); // JSON text's decimals are read as doubles
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return null;
      default:
        return p.getText();
    }
  }

  /** The object the parser is at (its start read), read to its end. */
  private static Row object(JsonParser p) throws IOException {
    Map<String, Object> fields = new HashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      Object v = value(p, p.nextToken());
      fields.put(name, v instanceof Row ? Nested.OBJECT : v);
    }
    return name -> {
      Object v = fields.get(name);
      if (v == null) {
        return Optional.empty();
      }
      if (v instanceof Nested n) {
        throw new Row.BadRow("'" + name + "' must be a string, not "
            + (n == Nested.ARRAY ? "an array" : "an object"));
      }
      String s = (String) v;
      return s.isBlank() ? Optional.empty() : Optional.of(s);
    };
  }

  /**
   * Jackson's tree reader, loaded only for a line with more after its value: the words of that
   * rare problem are the tree reader's own, so they are asked of it rather than copied.
   */
  private static final class Databind {
    static final ObjectReader WHOLE =
        new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static String trailingProblem(String line) {
      try {
        WHOLE.readTree(line);
        return "more after the object";
      } catch (JsonProcessingException e) {
        return e.getOriginalMessage();
      }
    }
  }
}
