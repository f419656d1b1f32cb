package io.github.claimconflict.input;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.claimconflict.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads articles from what people hold: folders (recursively), plain text, JSON Lines, JSON
 * (ours or news-please's, one article or an array), saved HTML pages, CSV with a header, and
 * standard input ({@code -}) in any of these. Each file's format comes from its extension, and
 * from its content where the extension says nothing.
 *
 * <p>Strict by default: the first malformed file or line is an {@link InputException} naming it.
 * With {@link Builder#skipInvalid}, it is listed in {@link Result#skipped} and reading goes on. A
 * date that cannot be read is never an error: the article is kept undated, with a warning.
 */
public final class InputReader {

  /**
   * What was read.
   *
   * @param origins where each article read came from, by id: its file, and its line or row where
   *     the file holds several (so an article the scan skips can be found in its input)
   */
  public record Result(List<Article> articles, List<SkippedInput> skipped, List<String> warnings,
      List<FolderCount> folders, Map<String, Origin> origins) {
    public Result {
      articles = ImmutableList.copyOf(articles);
      skipped = ImmutableList.copyOf(skipped);
      warnings = ImmutableList.copyOf(warnings);
      folders = ImmutableList.copyOf(folders);
      origins = ImmutableMap.copyOf(origins);
    }

    /** Where the article of this id was read, if it was. */
    public Optional<Origin> origin(String id) {
      return Optional.ofNullable(origins.get(id));
    }
  }

  /**
   * Where an article was read.
   *
   * @param file the path as the user gave it (or found in a folder they gave); "-" for standard
   *     input
   * @param line the line of its record, where the file holds several
   */
  public record Origin(String file, Optional<Integer> line) {
    public Origin {
      requireNonNull(file, "file");
      requireNonNull(line, "line");
    }

    /** "file" or "file:line", the way compilers name a place. */
    public String where() {
      return line.isPresent() ? file + ":" + line.get() : file;
    }
  }

  /** Standard input's name in paths and messages. */
  public static final String STDIN = "-";

  private final boolean skipInvalid;
  private final Optional<Charset> encoding;
  private final Map<ArticleField, List<String>> columns;
  private final Supplier<InputStream> stdin;

  private InputReader(Builder b) {
    this.skipInvalid = b.skipInvalid;
    this.encoding = b.encoding;
    this.columns = new EnumMap<>(ArticleField.class);
    for (ArticleField f : ArticleField.values()) {
      columns.put(f, b.mapped.containsKey(f) ? List.of(b.mapped.get(f)) : f.names());
    }
    this.stdin = b.stdin;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Options for reading. */
  public static final class Builder {
    private boolean skipInvalid;
    private Optional<Charset> encoding = Optional.empty();
    private final Map<ArticleField, String> mapped = new EnumMap<>(ArticleField.class);
    private Supplier<InputStream> stdin = () -> System.in;

    /** List malformed files and lines as skipped and go on, instead of failing. */
    public Builder skipInvalid(boolean skip) {
      this.skipInvalid = skip;
      return this;
    }

    /** The encoding of files without a byte order mark (default UTF-8). */
    public Builder encoding(Charset charset) {
      this.encoding = Optional.of(requireNonNull(charset));
      return this;
    }

    /** Read a field from a CSV column or JSON field of another name ("text" from "body"). */
    public Builder field(ArticleField field, String column) {
      if (column.isBlank()) {
        throw new IllegalArgumentException("the column for '" + field.label() + "' is blank");
      }
      mapped.put(field, column.strip());
      return this;
    }

    /** Where {@code -} reads from (default {@code System.in}). */
    public Builder standardInput(Supplier<InputStream> in) {
      this.stdin = requireNonNull(in);
      return this;
    }

    public InputReader build() {
      return new InputReader(this);
    }
  }

  /** Reads the paths, in order: each a folder, a file, or {@code -} for standard input. */
  public Result read(List<String> paths) throws InputException {
    Run run = new Run();
    for (String p : paths) {
      run.argument(p);
    }
    run.languageWarning();
    return new Result(run.articles, run.skipped, run.warnings, run.folders, run.origins);
  }

  /** One reading: what has been read so far. */
  private final class Run {
    final List<Article> articles = new ArrayList<>();
    final List<SkippedInput> skipped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<FolderCount> folders = new ArrayList<>();
    final Map<String, Origin> origins = new LinkedHashMap<>();
    final Map<String, Integer> otherLanguages = new TreeMap<>();
    boolean stdinRead;

    void argument(String arg) throws InputException {
      if (arg.equals(STDIN)) {
        if (stdinRead) {
          throw new InputException("-: standard input is given twice");
        }
        stdinRead = true;
        byte[] bytes;
        try (InputStream in = stdin.get()) {
          bytes = in.readAllBytes();
        } catch (IOException e) {
          throw new InputException("-: cannot read standard input: " + e.getMessage());
        }
        content(() -> new ByteArrayInputStream(bytes), STDIN, "stdin", Optional.empty());
        return;
      }
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        throw new InputException(arg + ": no such file or folder");
      }
      if (Files.isDirectory(path)) {
        folder(path, arg);
        return;
      }
      if (!Files.isRegularFile(path)) {
        throw new InputException(arg + ": not a regular file (a device, pipe or socket cannot be "
            + "read as articles; use - to read standard input)");
      }
      if (!Files.isReadable(path)) {
        throw new InputException(arg + ": cannot read: permission denied");
      }
      String name = path.getFileName().toString();
      file(path, arg, stem(name), InputFormat.byExtension(name));
    }

    void folder(Path dir, String shown) throws InputException {
      List<Path> files = new ArrayList<>();
      Map<String, Integer> ignored = new TreeMap<>();
      try {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
              ignored.merge("hidden", 1, Integer::sum);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            String name = f.getFileName().toString();
            if (name.startsWith(".")) {
              ignored.merge("hidden", 1, Integer::sum);
            } else if (!attrs.isRegularFile()) {
              ignored.merge("not a regular file", 1, Integer::sum);
            } else {
              files.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            ignored.merge("unreadable", 1, Integer::sum);
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new InputException(shown + ": cannot list folder: " + e.getMessage());
      }
      files.sort(null);
      Map<String, Integer> read = new TreeMap<>();
      List<Path> readable = new ArrayList<>();
      for (Path f : files) {
        String name = f.getFileName().toString();
        Optional<InputFormat> format = InputFormat.byExtension(name);
        if (format.isEmpty() && looksLikePage(f)) {
          format = Optional.of(InputFormat.HTML);
        }
        String kind = InputFormat.extension(name).isEmpty() ? "no extension"
            : InputFormat.extension(name);
        if (format.isEmpty()) {
          ignored.merge(kind, 1, Integer::sum);
        } else {
          read.merge(kind, 1, Integer::sum);
          readable.add(f);
        }
      }
      String display = shown.endsWith("/") ? shown : shown + "/";
      folders.add(new FolderCount(display, read, ignored));
      if (readable.isEmpty()) {
        throw new InputException(shown + ": folder has no articles (no .txt, .md, .html, .json, "
            + ".jsonl or .csv files)");
      }
      for (Path f : readable) {
        String rel = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        String name = f.getFileName().toString();
        Optional<InputFormat> format = InputFormat.byExtension(name);
        file(f, display + rel, stem(rel), format.isPresent() ? format
            : Optional.of(InputFormat.HTML));
      }
    }

    /** A file whose extension says nothing, sniffed for a saved page (".php", no extension). */
    boolean looksLikePage(Path f) {
      try (InputStream in = Files.newInputStream(f)) {
        byte[] head = in.readNBytes(1024);
        for (byte b : head) {
          if (b == 0) {
            return false;
          }
        }
        return HtmlPage.looksLikeHtml(new String(head, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        return false;
      }
    }

    void file(Path path, String shown, String idStem, Optional<InputFormat> format)
        throws InputException {
      content(() -> Files.newInputStream(path), shown, idStem, format);
    }

    /**
     * A file's articles. JSON and JSON Lines are checked through once for their encoding and
     * format, then read as a stream, so a large file is never held whole; other formats are an
     * article or a table, read from the whole text.
     */
    void content(TextDecoder.Bytes bytes, String shown, String idStem,
        Optional<InputFormat> known) throws InputException {
      boolean html = known.map(f -> f == InputFormat.HTML).orElse(true);
      if (known.isPresent() && known.get() != InputFormat.JSON
          && known.get() != InputFormat.JSON_LINES) {
        whole(bytes, shown, idStem, html, known.get());
        return;
      }
      TextDecoder.Checked checked;
      try {
        checked = TextDecoder.check(bytes, encoding, html, InputFormat.HEAD);
      } catch (IOException e) {
        fileProblem(shown, "cannot read: " + e.getMessage());
        return;
      }
      if (checked.layout().isEmpty()) {
        fileProblem(shown, checked.problem());
        return;
      }
      TextDecoder.Layout layout = checked.layout().get();
      InputFormat format = known.orElse(null);
      if (format != InputFormat.JSON_LINES) {
        InputFormat sniffed = InputFormat.byContent(layout.head(), layout.lastNonBlank(),
            columns.get(ArticleField.TEXT));
        // A .json file may hold one object a line, as many tools write it.
        format = format == null || sniffed == InputFormat.JSON_LINES ? sniffed : format;
      }
      if (format != InputFormat.JSON && format != InputFormat.JSON_LINES) {
        whole(bytes, shown, idStem, html, format);
        return;
      }
      int before = articles.size() + skipped.size();
      try (Reader text = layout.open(bytes)) {
        if (format == InputFormat.JSON_LINES) {
          JsonArticles.lines(text, sink(shown, idStem, true));
        } else {
          JsonArticles.document(text, sink(shown, idStem, false));
        }
      } catch (IOException e) {
        fileProblem(shown, "cannot read: " + e.getMessage());
        return;
      }
      if (articles.size() + skipped.size() == before) {
        fileProblem(shown, "no articles in it");
      }
    }

    /** A file read as one text: plain text, a page, or a table. */
    void whole(TextDecoder.Bytes source, String shown, String idStem, boolean html,
        InputFormat format) throws InputException {
      byte[] bytes;
      try (InputStream in = source.open()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        fileProblem(shown, "cannot read: " + e.getMessage());
        return;
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding, html);
      bytes = null; // decoded: the text alone is held from here
      if (decoded.text().isEmpty()) {
        fileProblem(shown, decoded.problem());
        return;
      }
      String text = decoded.text().get();
      int before = articles.size() + skipped.size();
      switch (format) {
        case TEXT -> add(() -> Article.of(idStem, text), shown, Optional.empty());
        case HTML -> page(text, shown, idStem);
        case CSV, TSV -> CsvArticles.read(text, format == InputFormat.TSV, columns,
            sink(shown, idStem, true));
        default -> throw new IllegalStateException(format.toString());
      }
      if (articles.size() + skipped.size() == before) {
        fileProblem(shown, "no articles in it");
      }
    }

    void page(String html, String shown, String id) throws InputException {
      HtmlPage page = HtmlPage.read(html);
      Optional<LocalDate> date = date(page.published(), shown, "the page's publication date");
      page.language().ifPresent(this::language);
      add(() -> new Article(id, page.source(), date, page.title(), page.url(), page.text()),
          shown, Optional.empty());
    }

    JsonArticles.Sink sink(String shown, String idStem, boolean perLine) {
      return new JsonArticles.Sink() {
        int rows;

        @Override
        public void row(Row row, int line, int index) throws InputException {
          rows++;
          try {
            record(row, shown, line, idStem, perLine || index > 1 || rows > 1
                ? Optional.of(idStem + ":" + (perLine ? line : index)) : Optional.empty());
          } catch (Row.BadRow e) {
            Run.this.problem(shown, Optional.of(line), e.getMessage());
          }
        }

        @Override
        public void problem(int line, String reason, boolean rest) throws InputException {
          Run.this.problem(shown, Optional.of(line), reason
              + (rest && skipInvalid ? " (the rest of the file is not read)" : ""));
        }
      };
    }

    /** An article from one JSON object or CSV row. */
    void record(Row row, String file, int line, String idStem, Optional<String> positional)
        throws InputException, Row.BadRow {
      // Plain tests rather than a chain of lambdas: this runs for the first record of every
      // short run, where each lambda's first use costs more than the look-up.
      Optional<String> id = get(row, ArticleField.ID);
      if (id.isEmpty()) {
        id = newsPleaseFilename(row);
      }
      if (id.isEmpty()) {
        id = positional;
      }
      String articleId = (id.isPresent() ? id.get() : idStem).strip();
      String text = get(row, ArticleField.TEXT).orElse("");
      Optional<LocalDate> date = date(get(row, ArticleField.PUBLISHED), file + ":" + line,
          "'" + ArticleField.PUBLISHED.label() + "'");
      get(row, ArticleField.LANGUAGE).ifPresent(this::language);
      Optional<String> source = get(row, ArticleField.SOURCE);
      Optional<String> title = get(row, ArticleField.TITLE);
      Optional<String> url = get(row, ArticleField.URL);
      add(() -> new Article(articleId, source, date, title, url, text), file, Optional.of(line));
    }

    /** news-please names each article's file after it: that name is a stable id. */
    Optional<String> newsPleaseFilename(Row row) {
      try {
        return row.get("filename").map(InputReader::stem).filter(s -> !s.isBlank());
      } catch (Row.BadRow e) {
        return Optional.empty();
      }
    }

    Optional<String> get(Row row, ArticleField f) throws Row.BadRow {
      for (String name : columns.get(f)) {
        Optional<String> v = row.get(name);
        if (v.isPresent()) {
          return v;
        }
      }
      return Optional.empty();
    }

    Optional<LocalDate> date(Optional<String> raw, String where, String what) {
      if (raw.isEmpty()) {
        return Optional.empty();
      }
      PublishedDates.Reading r = PublishedDates.read(raw.get());
      if (r.precision() == PublishedDates.Precision.UNREADABLE) {
        warnings.add(where + ": " + what + " is not a date we can read ('" + shorten(raw.get())
            + "'); the article is kept undated");
      }
      return r.day();
    }

    void language(String lang) {
      String l = lang.strip().toLowerCase(Locale.ROOT);
      if (!l.isEmpty() && !l.startsWith("en")) {
        otherLanguages.merge(l, 1, Integer::sum);
      }
    }

    void languageWarning() {
      if (otherLanguages.isEmpty()) {
        return;
      }
      int n = otherLanguages.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder b = new StringBuilder();
      otherLanguages.forEach((l, c) -> b.append(b.length() > 0 ? ", " : "").append(l).append(' ')
          .append(c));
      warnings.add(n + (n == 1 ? " article declares" : " articles declare") + " a language other "
          + "than English (" + b + "); the extractors read English, so expect few claims from "
          + (n == 1 ? "it" : "them"));
    }

    interface ArticleMaker {
      Article make();
    }

    void add(ArticleMaker maker, String file, Optional<Integer> line) throws InputException {
      Article a;
      try {
        a = maker.make();
      } catch (IllegalArgumentException e) {
        problem(file, line, e.getMessage());
        return;
      }
      Origin earlier = origins.putIfAbsent(a.id(), new Origin(file, line));
      if (earlier != null) {
        problem(file, line, "duplicate article id '" + a.id() + "', first seen at "
            + earlier.where());
        return;
      }
      articles.add(a);
    }

    void fileProblem(String file, String reason) throws InputException {
      problem(file, Optional.empty(), reason);
    }

    void problem(String file, Optional<Integer> line, String reason) throws InputException {
      SkippedInput s = new SkippedInput(file, line, reason);
      if (!skipInvalid) {
        throw new InputException(s.where() + ": " + reason);
      }
      skipped.add(s);
    }
  }

  /** A file name without its extension; a path keeps its folders ("nested/report"). */
  static String stem(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  private static String shorten(String s) {
    String t = s.strip();
    return t.length() <= 60 ? t : t.substring(0, 57) + "…";
  }
}
