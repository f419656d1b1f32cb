package io.github.claimconflict.input;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input files, told apart by extension and, where that is not enough, content. */
public enum InputFormat {
  /** Plain text, one article a file: {@code .txt}, {@code .text}, {@code .md}. */
  TEXT,
  /** One JSON object a line: {@code .jsonl}, {@code .ndjson}. */
  JSON_LINES,
  /** One JSON object (an article, ours or news-please's) or an array of them: {@code .json}. */
  JSON,
  /** A saved web page: {@code .html}, {@code .htm}, {@code .xhtml}, or any file that is one. */
  HTML,
  /** Comma- (or semicolon-) separated values with a header row: {@code .csv}. */
  CSV,
  /** Tab-separated values with a header row: {@code .tsv}. */
  TSV;

  /** The format a file name's extension stands for. */
  public static Optional<InputFormat> byExtension(String fileName) {
    return switch (extension(fileName)) {
      case ".txt", ".text", ".md" -> Optional.of(TEXT);
      case ".jsonl", ".ndjson" -> Optional.of(JSON_LINES);
      case ".json" -> Optional.of(JSON);
      case ".html", ".htm", ".xhtml", ".shtml" -> Optional.of(HTML);
      case ".csv" -> Optional.of(CSV);
      case ".tsv" -> Optional.of(TSV);
      default -> Optional.empty();
    };
  }

  /** The characters from a text's start that {@link #byContent} reads. */
  static final int HEAD = 4096;

  /**
   * The format of text whose name says nothing (standard input, a file without a known
   * extension): a page, JSON, or CSV whose header names a text column; else plain text. Told from
   * the text's first {@link #HEAD} characters and the index of its last character that is not
   * white space (-1 if none), all it needs of the rest, so a large file is not held to be read.
   */
  static InputFormat byContent(String start, long lastNonBlank, List<String> textColumns) {
    String head = start.stripLeading();
    if (head.startsWith("[")) {
      return JSON;
    }
    if (head.startsWith("{")) {
      int nl = head.indexOf('\n');
      String firstLine = nl < 0 ? head : head.substring(0, nl);
      long firstLineEnd = start.length() - head.length() + firstLine.length();
      // A whole object on the first line, and more after it: one object a line.
      return JsonArticles.isWholeObject(firstLine) && lastNonBlank >= firstLineEnd
          ? JSON_LINES : JSON;
    }
    if (HtmlPage.looksLikeHtml(head)) {
      return HTML;
    }
    int nl = head.indexOf('\n');
    String firstLine = (nl < 0 ? head : head.substring(0, nl)).strip();
    if (CsvArticles.hasColumn(firstLine, textColumns)) {
      return firstLine.indexOf('\t') >= 0 ? TSV : CSV;
    }
    return TEXT;
  }

  /** ".txt", lower case; "" when the name has none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
  }
}
