package io.github.claimconflict.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** CSV (or TSV) with a header row; each further row is an article. */
final class CsvArticles {

  private CsvArticles() {}

  /** Whether a first line reads as a header with a column of that name. */
  static boolean hasColumn(String firstLine, List<String> columns) {
    char d = delimiter(firstLine, false);
    for (String name : firstLine.split(Pattern.quote(String.valueOf(d)), -1)) {
      for (String c : columns) {
        if (unquote(name).equalsIgnoreCase(c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1) : t;
  }

  /** Tab for TSV; else the commonest of comma and semicolon in the header (spreadsheets in many
   *  locales write semicolons). */
  static char delimiter(String headerLine, boolean tab) {
    if (tab) {
      return '\t';
    }
    long commas = headerLine.chars().filter(c -> c == ',').count();
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    long tabs = headerLine.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Reads the rows. {@code columns} names, for each field, the names it may have in the header;
   * the first present is used, in any case.
   */
  static void read(String content, boolean tab, Map<ArticleField, List<String>> columns,
      JsonArticles.Sink sink) throws InputException {
    int nl = content.indexOf('\n');
    String headerLine = nl < 0 ? content : content.substring(0, nl);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter(headerLine, tab))
        .setHeader()
        .setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .setIgnoreEmptyLines(true)
        .build();
    int[] lineStarts = lineStarts(content);
    try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
      List<String> header = parser.getHeaderNames();
      Map<String, Integer> index = new java.util.HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      List<String> textNames = columns.get(ArticleField.TEXT);
      if (textNames.stream().noneMatch(n -> index.containsKey(n.toLowerCase(Locale.ROOT)))) {
        sink.problem(1, "no " + String.join(" or ", textNames.stream().map(n -> "'" + n + "'")
            .toList()) + " column (the header has " + quoted(header) + "); name the column with "
            + "--field text=COLUMN", true);
        return;
      }
      int rowNumber = 0;
      try {
        for (CSVRecord record : parser) {
          rowNumber++;
          int line = lineOf(lineStarts, (int) record.getCharacterPosition());
          if (record.size() != header.size()) {
            sink.problem(line, "the row has " + record.size()
                + (record.size() == 1 ? " field" : " fields") + ", the header " + header.size(),
                false);
            continue;
          }
          sink.row(name -> {
            Integer at = index.get(name.toLowerCase(Locale.ROOT));
            if (at == null) {
              return Optional.empty();
            }
            String v = record.get(at);
            return v.isBlank() ? Optional.empty() : Optional.of(v);
          }, line, rowNumber);
        }
      } catch (UncheckedIOException e) {
        sink.problem((int) parser.getCurrentLineNumber(), "malformed CSV: "
            + e.getCause().getMessage(), true);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      sink.problem(1, "malformed CSV header: " + e.getMessage(), true);
    }
  }

  private static String quoted(List<String> names) {
    List<String> q = new ArrayList<>();
    names.stream().limit(12).forEach(n -> q.add("'" + n + "'"));
    return names.isEmpty() ? "no columns"
        : String.join(", ", q) + (names.size() > 12 ? ", …" : "");
  }

  private static int[] lineStarts(String content) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The 1-based line of a character offset. */
  private static int lineOf(int[] lineStarts, int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
